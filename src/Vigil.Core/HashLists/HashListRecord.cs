namespace Vigil.Core.HashLists;

/// <summary>One entry as read from or written to a hash-list file.</summary>
public sealed record HashListRecord
{
    public required HashListEntryKind Kind { get; init; }

    /// <summary>Lower-case hex of the kind's length (see <see cref="HashValues"/>).</summary>
    public required string Value { get; init; }

    /// <summary>vPDQ only: the canonical frame text (<see cref="VpdqFrames"/>); <see cref="Value"/> is its SHA-256.</summary>
    public string? Frames { get; init; }

    public string? Category { get; init; }

    /// <summary>Whether the item is known to be AI-generated; null when the file does not say.</summary>
    public bool? AiGenerated { get; init; }

    public string? Source { get; init; }

    public string? Note { get; init; }

    /// <summary>PDQ quality (0..100) where the file gives one.</summary>
    public int? Quality { get; init; }

    /// <summary>Everything else the file said about the entry, as a JSON object (VICS Media fields, extra CSV columns).</summary>
    public string? Extra { get; init; }

    /// <summary>Line of the file the entry came from (1-based; for VICS the line its Media record starts on).</summary>
    public long Line { get; init; }
}
