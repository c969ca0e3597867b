using Vigil.Core.HashLists;

namespace Vigil.Core.Provenance;

/// <summary>One hash-list look-up derived from a model or LoRA named in an item's metadata.</summary>
/// <param name="Kind">The entry kind to look in (<see cref="HashListEntryKind.ModelSha256"/> or <see cref="HashListEntryKind.ModelAutoV2"/>).</param>
/// <param name="Value">Lower-case hex of the kind's length.</param>
/// <param name="Role"><c>model</c> or <c>lora</c>.</param>
/// <param name="Name">The model or LoRA name as declared.</param>
/// <param name="DeclaredHash">The hash as the metadata declared it (a full SHA-256 also yields its AutoV2 prefix).</param>
public sealed record ModelHashLookup(HashListEntryKind Kind, string Value, string Role, string Name, string DeclaredHash);
