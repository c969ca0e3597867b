namespace Vigil.Core.Items;

/// <summary>One sampled frame of a video item's vPDQ hash (issue 5), written by the hash step.</summary>
public sealed class ItemVideoFrame
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    /// <summary>Decoder output index of the frame (0-based), as the reference vPDQ numbers frames.</summary>
    public int FrameNumber { get; set; }

    /// <summary>Presentation time in milliseconds.</summary>
    public long TimestampMs { get; set; }

    /// <summary>PDQ hash of the frame (32 bytes, hex order).</summary>
    public byte[] Pdq { get; set; } = [];

    public int Quality { get; set; }
}
