using System.Text;

namespace Vigil.Media.Sniffing;

/// <summary>
/// Classifies a file from its magic bytes (never from its name, which a sender controls). The answer routes the
/// file to the image decoder, the video frame reader, or digests only.
/// </summary>
public static class MediaSniffer
{
    /// <summary>Bytes the sniffer looks at; pass at least this many when the file is that long.</summary>
    public const int HeaderLength = 256;

    // ISO-BMFF major brands that are still images (HEIF/AVIF); every other ftyp is treated as video.
    private static readonly string[] ImageBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"];

    // Formats intake accepts, with the MIME type stored for them; anything else is refused at upload.
    private static readonly Dictionary<string, string> AcceptedMimeTypes = new(StringComparer.Ordinal)
    {
        ["jpeg"] = "image/jpeg",
        ["png"] = "image/png",
        ["gif"] = "image/gif",
        ["webp"] = "image/webp",
        ["tiff"] = "image/tiff",
        ["avif"] = "image/avif",
        ["heif"] = "image/heif",
        ["mp4"] = "video/mp4",
        ["mov"] = "video/quicktime",
        ["matroska"] = "video/webm",
    };

    /// <summary>The MIME type of an image or video Vigil accepts at intake, or null for anything else.</summary>
    public static string? AcceptedMimeType(ReadOnlySpan<byte> header) =>
        AcceptedMimeTypes.TryGetValue(Sniff(header).Format, out var mime) ? mime : null;

    /// <summary>Returns the kind and a short format name (e.g. <c>jpeg</c>, <c>mp4</c>).</summary>
    public static (MediaKind Kind, string Format) Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (MediaKind.Image, "jpeg");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return (MediaKind.Image, "png");
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return (MediaKind.Image, "gif");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[(byte)'I', (byte)'I', 42, 0]) || header.StartsWith((ReadOnlySpan<byte>)[(byte)'M', (byte)'M', 0, 42]))
        {
            return (MediaKind.Image, "tiff");
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8))
        {
            var form = header.Slice(8, 4);
            if (form.SequenceEqual("WEBP"u8))
            {
                return (MediaKind.Image, "webp");
            }

            if (form.SequenceEqual("AVI "u8))
            {
                return (MediaKind.Video, "avi");
            }
        }

        if (header.Length >= 12 && header.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(header.Slice(8, 4));
            if (ImageBrands.Contains(brand, StringComparer.Ordinal))
            {
                return (MediaKind.Image, brand.StartsWith("avi", StringComparison.Ordinal) ? "avif" : "heif");
            }

            return (MediaKind.Video, brand.StartsWith("qt", StringComparison.Ordinal) ? "mov" : "mp4");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return (MediaKind.Video, "matroska");
        }

        if (header.StartsWith("FLV"u8))
        {
            return (MediaKind.Video, "flv");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11]))
        {
            return (MediaKind.Video, "asf");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x01, 0xBA]) || header.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x01, 0xB3]))
        {
            return (MediaKind.Video, "mpeg");
        }

        if (header.Length >= 1 && header[0] == 0x47 && header.Length >= 189 && header[188] == 0x47)
        {
            return (MediaKind.Video, "mpegts");
        }

        return (MediaKind.Other, "other");
    }
}
