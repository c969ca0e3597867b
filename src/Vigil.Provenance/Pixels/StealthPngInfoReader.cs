using System.Text;
using Vigil.Provenance.Containers;

namespace Vigil.Provenance.Pixels;

/// <summary>
/// Reads "stealth pnginfo" (the A1111 extension's format, also used by NovelAI): bits in the least significant
/// bit of the alpha channel (or of R, G, B), read column by column (x outer, y inner), most significant bit
/// first: a 15-byte magic (<c>stealth_pnginfo</c>/<c>stealth_pngcomp</c> for alpha, <c>stealth_rgbinfo</c>/
/// <c>stealth_rgbcomp</c> for RGB), a 32-bit payload length in bits, then the payload (gzip when "comp").
/// </summary>
internal static class StealthPngInfoReader
{
    /// <summary>The decoded payload text and which magic carried it, or null when there is no stealth data.</summary>
    public static (string Text, string Magic)? Read(PixelBuffer image, List<string> warnings)
    {
        if (image.HasAlpha && TryRead(image, alpha: true, warnings) is { } a)
        {
            return a;
        }

        return image.Bands >= 3 ? TryRead(image, alpha: false, warnings) : null;
    }

    private static (string, string)? TryRead(PixelBuffer image, bool alpha, List<string> warnings)
    {
        var bits = new BitCursor(image, alpha);
        var magic = new byte[15];
        for (var i = 0; i < magic.Length; i++)
        {
            if (bits.ReadByte() is not byte b)
            {
                return null;
            }

            magic[i] = b;
        }

        var name = Encoding.ASCII.GetString(magic);
        var (info, comp) = alpha ? ("stealth_pnginfo", "stealth_pngcomp") : ("stealth_rgbinfo", "stealth_rgbcomp");
        var compressed = string.Equals(name, comp, StringComparison.Ordinal);
        if (!compressed && !string.Equals(name, info, StringComparison.Ordinal))
        {
            return null;
        }

        long lengthBits = 0;
        for (var i = 0; i < 32; i++)
        {
            if (bits.ReadBit() is not int bit)
            {
                warnings.Add($"stealth: {name} length truncated");
                return null;
            }

            lengthBits = (lengthBits << 1) | (uint)bit;
        }

        var byteCount = lengthBits / 8;
        if (byteCount > ProvenanceLimits.MaxStealthBytes || byteCount * 8 > bits.Remaining)
        {
            warnings.Add($"stealth: {name} declares {lengthBits} bits, more than the image holds or the cap");
            return null;
        }

        var payload = new byte[byteCount];
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] = bits.ReadByte() ?? 0;
        }

        if (!compressed)
        {
            return (Encoding.UTF8.GetString(payload), name);
        }

        var inflated = Inflate.Gzip(payload, ProvenanceLimits.MaxInflatedBytes);
        if (inflated is null)
        {
            warnings.Add($"stealth: {name} payload does not inflate");
            return null;
        }

        return (Encoding.UTF8.GetString(inflated), name);
    }

    private sealed class BitCursor
    {
        private readonly PixelBuffer _image;
        private readonly bool _alpha;
        private readonly long _total;
        private long _index;
        private int _sub;

        public BitCursor(PixelBuffer image, bool alpha)
        {
            _image = image;
            _alpha = alpha;
            _total = (long)image.Width * image.Height * (alpha ? 1 : 3);
        }

        public long Remaining => _total - Consumed;

        private long Consumed => _alpha ? _index : (_index * 3) + _sub;

        public int? ReadBit()
        {
            if (_index >= (long)_image.Width * _image.Height)
            {
                return null;
            }

            // Column-major: pixel n is at x = n / height, y = n % height.
            var x = _index / _image.Height;
            var y = _index % _image.Height;
            var at = (int)(((y * _image.Width) + x) * _image.Bands);
            var px = _image.Pixels.Span;
            int value;
            if (_alpha)
            {
                value = px[at + _image.Bands - 1];
                _index++;
            }
            else
            {
                value = px[at + _sub];
                if (++_sub == 3)
                {
                    _sub = 0;
                    _index++;
                }
            }

            return value & 1;
        }

        public byte? ReadByte()
        {
            var b = 0;
            for (var i = 0; i < 8; i++)
            {
                if (ReadBit() is not int bit)
                {
                    return null;
                }

                b = (b << 1) | bit;
            }

            return (byte)b;
        }
    }
}
