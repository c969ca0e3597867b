namespace Vigil.Core.HashLists;

/// <summary>
/// A named hash list (an HMA "bank"). Every change to the list or its entries raises <see cref="Checkpoint"/> in
/// the same transaction, so a node's index learns of changes by comparing checkpoints (see docs/hash-list-index.md).
/// </summary>
public sealed class HashList
{
    /// <summary>Longest list name; names are upper-case letters, digits and underscores (HMA bank names).</summary>
    public const int NameMaxLength = 100;

    public const int DescriptionMaxLength = 1000;

    public long Id { get; set; }

    /// <summary>Unique name, e.g. <c>PARTNER_PDQ</c>.</summary>
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Share of the list's entries that take part in matching (HMA's <c>matching_enabled_ratio</c>); 0 switches the list off.</summary>
    public double MatchingEnabledRatio { get; set; } = 1.0;

    /// <summary>Raised by one on every change to the list or any of its entries; entries carry the checkpoint of their last change.</summary>
    public long Checkpoint { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
