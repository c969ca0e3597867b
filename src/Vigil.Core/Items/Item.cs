namespace Vigil.Core.Items;

/// <summary>One distinct piece of media, identified by the SHA-256 of its bytes, stored once whatever the number of reports.</summary>
public sealed class Item
{
    /// <summary>Longest media type string stored.</summary>
    public const int MediaTypeMaxLength = 100;

    public long Id { get; set; }

    /// <summary>SHA-256 of the bytes (32 bytes): the item's identity and its vault address.</summary>
    public byte[] Sha256 { get; set; } = [];

    /// <summary>MD5 (16 bytes), set by the hash step.</summary>
    public byte[]? Md5 { get; set; }

    /// <summary>SHA-1 (20 bytes), set by the hash step.</summary>
    public byte[]? Sha1 { get; set; }

    /// <summary>PDQ hash (32 bytes, big-endian as in the hex form), set by the hash step for images.</summary>
    public byte[]? Pdq { get; set; }

    /// <summary>PDQ quality 0..100.</summary>
    public int? PdqQuality { get; set; }

    public long SizeBytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Duration in milliseconds for time-based media; null for stills.</summary>
    public long? DurationMs { get; set; }

    /// <summary>Media type sniffed from the bytes (never taken from the uploader), e.g. <c>image/png</c>.</summary>
    public string MediaType { get; set; } = "application/octet-stream";

    public ItemStatus Status { get; set; } = ItemStatus.Pending;

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}
