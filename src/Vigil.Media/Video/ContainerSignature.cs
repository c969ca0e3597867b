namespace Vigil.Media.Video;

/// <summary>
/// Recognises the containers Vigil lets ffmpeg open by their first bytes, before any tool runs: a file that is not
/// one of them is refused as unsupported rather than handed to a demuxer that guesses from the file name (ffmpeg
/// reads a text file called <c>x.mp4</c> as an MP4 with no index, which would look like a truncated video).
/// </summary>
internal static class ContainerSignature
{
    /// <summary>Bytes read from the start of the file.</summary>
    public const int Length = 16;

    public static bool IsKnown(ReadOnlySpan<byte> head)
    {
        if (head.Length < 8)
        {
            return false;
        }

        // ISO BMFF (MP4, MOV, 3GP): a box type at offset 4; QuickTime files may start with moov, mdat, free, wide...
        var box = head.Slice(4, 4);
        if (box.SequenceEqual("ftyp"u8) || box.SequenceEqual("moov"u8) || box.SequenceEqual("mdat"u8)
            || box.SequenceEqual("free"u8) || box.SequenceEqual("wide"u8) || box.SequenceEqual("skip"u8)
            || box.SequenceEqual("pnot"u8))
        {
            return true;
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) // EBML: Matroska, WebM
            || (head.StartsWith("RIFF"u8) && head.Length >= 12 && head.Slice(8, 4).SequenceEqual("AVI "u8))
            || head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)
            || head.StartsWith("FLV"u8)
            || head.StartsWith("OggS"u8)
            || head.StartsWith((ReadOnlySpan<byte>)[0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11]) // ASF (WMV)
            || head[0] == 0x47 // MPEG-TS sync byte
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x01]) // MPEG-PS pack header, elementary stream start codes
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x00, 0x01]); // H.264/HEVC Annex B
    }

    public static bool IsKnown(string path)
    {
        Span<byte> head = stackalloc byte[Length];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var read = stream.ReadAtLeast(head, Length, throwOnEndOfStream: false);
        return IsKnown(head[..read]);
    }
}
