using Vigil.Core.HashLists;

namespace Vigil.Core.Provenance;

/// <summary>One hash-list look-up derived from a model or LoRA named in an item's metadata.</summary>
/// <param name="Kind">The entry kind to look in (one of the model kinds).</param>
/// <param name="Value">Lower-case hex.</param>
/// <param name="Role"><c>model</c> or <c>lora</c>.</param>
/// <param name="Name">The model or LoRA name as declared.</param>
/// <param name="DeclaredHash">The hash as the metadata declared it.</param>
/// <param name="Prefix">
/// Whether entries whose value merely starts with <paramref name="Value"/> match too: a declared AutoV2 is the
/// first 10 hex of a file's SHA-256, a declared short AutoV3 the first 12 of a full one.
/// </param>
public sealed record ModelHashLookup(HashListEntryKind Kind, string Value, string Role, string Name, string DeclaredHash, bool Prefix = false)
{
    /// <summary>Whether an entry of <paramref name="kind"/> with (lower-case) <paramref name="value"/> answers this look-up.</summary>
    public bool Matches(HashListEntryKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return kind == Kind && (Prefix ? value.StartsWith(Value, StringComparison.Ordinal) : string.Equals(value, Value, StringComparison.Ordinal));
    }
}
