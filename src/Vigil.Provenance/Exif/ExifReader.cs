using System.Buffers.Binary;
using System.Text;

namespace Vigil.Provenance.Exif;

/// <summary>
/// Reads the TIFF structure of an EXIF block: IFD0 and the Exif sub-IFD. Offsets are bounded by the block,
/// entry counts are capped, and an IFD is never visited twice.
/// </summary>
internal static class ExifReader
{
    public const ushort ImageDescription = 0x010E;
    public const ushort Make = 0x010F;
    public const ushort Model = 0x0110;
    public const ushort Software = 0x0131;
    public const ushort Artist = 0x013B;
    public const ushort ExifIfdPointer = 0x8769;
    public const ushort UserComment = 0x9286;
    public const ushort MakerNote = 0x927C;

    private static readonly int[] TypeSizes = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

    /// <summary>Returns the entries, or throws <see cref="FormatException"/> when the header is not TIFF.</summary>
    public static List<ExifEntry> Read(ReadOnlyMemory<byte> tiff, List<string> warnings)
    {
        var s = tiff.Span;
        if (s.Length < 8)
        {
            throw new FormatException("exif: shorter than a TIFF header");
        }

        bool little;
        if (s[0] == (byte)'I' && s[1] == (byte)'I')
        {
            little = true;
        }
        else if (s[0] == (byte)'M' && s[1] == (byte)'M')
        {
            little = false;
        }
        else
        {
            throw new FormatException("exif: no TIFF byte-order mark");
        }

        var entries = new List<ExifEntry>();
        var visited = new HashSet<uint>();
        var ifd0 = U32(s, 4, little);
        ReadIfd(tiff, ifd0, "IFD0", little, entries, visited, warnings);
        foreach (var e in entries.Where(e => e.Tag == ExifIfdPointer && e.Value.Length >= 4).ToList())
        {
            ReadIfd(tiff, U32(e.Value.Span, 0, little), "ExifIFD", little, entries, visited, warnings);
        }

        return entries;
    }

    /// <summary>An ASCII tag's text without trailing NULs.</summary>
    public static string Ascii(ReadOnlySpan<byte> v)
    {
        var end = v.IndexOf((byte)0);
        var text = end >= 0 ? v[..end] : v;
        return System.Text.Unicode.Utf8.IsValid(text) ? Encoding.UTF8.GetString(text) : Encoding.Latin1.GetString(text);
    }

    /// <summary>Decodes a UserComment: 8-byte character-code prefix (ASCII, UNICODE, JIS, undefined) or none.</summary>
    public static string UserCommentText(ReadOnlySpan<byte> v)
    {
        if (v.Length >= 8 && v.StartsWith("UNICODE\0"u8))
        {
            var body = v[8..];
            if (body.Length % 2 == 1)
            {
                body = body[..^1];
            }

            // The EXIF spec leaves the UTF-16 byte order open; A1111 (piexif) writes big-endian. Guess from the
            // first character: ASCII text has its zero byte first in big-endian.
            var bigEndian = body.Length < 2 || body[0] == 0 || body[1] != 0;
            var text = bigEndian ? Encoding.BigEndianUnicode.GetString(body) : Encoding.Unicode.GetString(body);
            return text.TrimEnd('\0');
        }

        if (v.Length >= 8 && (v.StartsWith("ASCII\0\0\0"u8) || v.StartsWith("\0\0\0\0\0\0\0\0"u8) || v.StartsWith("JIS\0\0\0\0\0"u8)))
        {
            return Ascii(v[8..]).TrimEnd('\0', ' ');
        }

        return Ascii(v).TrimEnd('\0', ' ');
    }

    private static void ReadIfd(
        ReadOnlyMemory<byte> tiff,
        uint offset,
        string name,
        bool little,
        List<ExifEntry> entries,
        HashSet<uint> visited,
        List<string> warnings)
    {
        var s = tiff.Span;
        if (!visited.Add(offset) || offset > (uint)s.Length - 2 || s.Length < 2)
        {
            warnings.Add($"exif: {name} offset {offset} is outside the block or repeated");
            return;
        }

        int count = U16(s, (int)offset, little);
        if (count > ProvenanceLimits.MaxExifEntries || (long)offset + 2 + (count * 12L) > s.Length)
        {
            warnings.Add($"exif: {name} declares {count} entries past the block end");
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var at = (int)offset + 2 + (i * 12);
            var tag = U16(s, at, little);
            var type = U16(s, at + 2, little);
            var n = U32(s, at + 4, little);
            var unit = type < TypeSizes.Length ? TypeSizes[type] : 0;
            if (unit == 0)
            {
                continue;
            }

            var total = (long)n * unit;
            if (total <= 4)
            {
                entries.Add(new ExifEntry(name, tag, type, tiff.Slice(at + 8, (int)total)));
                continue;
            }

            var valueOffset = U32(s, at + 8, little);
            if (valueOffset > s.Length || total > s.Length - valueOffset)
            {
                warnings.Add($"exif: {name} tag 0x{tag:X4} value runs past the block end");
                continue;
            }

            entries.Add(new ExifEntry(name, tag, type, tiff.Slice((int)valueOffset, (int)total)));
        }
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(s[at..]) : BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
