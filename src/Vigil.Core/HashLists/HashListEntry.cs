namespace Vigil.Core.HashLists;

/// <summary>
/// One entry of a <see cref="HashList"/>. Removal is a tombstone (<see cref="Removed"/>) so that a node catching up
/// from an older checkpoint sees it; (list, kind, value) is unique, which makes imports idempotent.
/// </summary>
public sealed class HashListEntry
{
    public const int CategoryMaxLength = 32;
    public const int SourceMaxLength = 200;
    public const int NoteMaxLength = 1000;
    public const int AddedByMaxLength = 140;

    /// <summary>Longest value: 64 hex characters (PDQ, SHA-256, model SHA-256; for vPDQ the SHA-256 of <see cref="Frames"/>).</summary>
    public const int ValueMaxLength = 64;

    public long Id { get; set; }

    public long ListId { get; set; }

    public HashListEntryKind Kind { get; set; }

    /// <summary>Lower-case hex of the kind's length (<see cref="HashValues"/>). For vPDQ: the SHA-256 of the canonical frame text.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>vPDQ only: the video's frame hashes in canonical text form; null for every other kind.</summary>
    public string? Frames { get; set; }

    public string? Category { get; set; }

    /// <summary>Whether the material is known to be AI-generated; null when not stated.</summary>
    public bool? AiGenerated { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    /// <summary>PDQ quality 0..100 when known.</summary>
    public int? Quality { get; set; }

    /// <summary>Everything else the source said about the entry, as a JSON object (VICS Media fields, extra CSV columns).</summary>
    public string? Extra { get; set; }

    public string AddedBy { get; set; } = string.Empty;

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>The entry does not match before this time (null: active).</summary>
    public DateTimeOffset? DisabledUntil { get; set; }

    /// <summary>Tombstone: the entry was removed; kept so that indexes catching up from an older checkpoint drop it.</summary>
    public bool Removed { get; set; }

    /// <summary>The list's checkpoint at this entry's last change.</summary>
    public long Checkpoint { get; set; }
}
