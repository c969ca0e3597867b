using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Pixels;

/// <summary>
/// Decodes the dwtDct watermark for each known payload and colour path and reports the best match when nearly
/// every bit agrees. Random images decode to random bits, so only a near-exact match to a known payload counts.
/// </summary>
internal static class WatermarkDetector
{
    public const string Scheme = "invisible-watermark dwtDct";

    /// <summary>
    /// Payloads from the generators' source. Stable Diffusion XL (Stability generative-models and diffusers
    /// StableDiffusionXLWatermarker): <c>WATERMARK_MESSAGE = 0b1011...0</c> = 0xB3EC907BB19E, 48 bits. FLUX
    /// (black-forest-labs flux, src/flux/util.py): <c>WATERMARK_MESSAGE = 0b0010...1110</c> = 0x2AFE879CF52E, but
    /// the bits embedded are <c>bin(WATERMARK_MESSAGE)[2:]</c>, which drops the two leading zeros: 46 bits. The
    /// CompVis / Stability Stable Diffusion 1.x-2.x scripts: "StableDiffusionV1" as bytes, 136 bits.
    /// </summary>
    internal static readonly KnownWatermark[] Known =
    [
        new("b3ec907bb19e", 48, "Stable Diffusion XL (invisible-watermark)", "SDXL reference/diffusers watermark"),
        new("2afe879cf52e", 46, "FLUX.1 (invisible-watermark)", "FLUX.1 reference (black-forest-labs flux) watermark"),
        new(Convert.ToHexStringLower(Encoding.ASCII.GetBytes("StableDiffusionV1")), 136, "Stable Diffusion (invisible-watermark)", "Stable Diffusion 1.x/2.x reference scripts watermark"),
    ];

    /// <summary>Minimum share of bits that must agree with a known payload.</summary>
    private const double MinAgreement = 0.92;

    private static readonly bool[][] KnownBits = [.. Known.Select(k => ToBits(k.PayloadHex, k.Bits))];

    public static WatermarkDetection? Detect(PixelBuffer image)
    {
        if (DwtDctDecoder.BlockBits(image) is not { } blockBits)
        {
            return null;
        }

        WatermarkDetection? best = null;
        for (var v = 0; v < DwtDctDecoder.VariantCount; v++)
        {
            for (var k = 0; k < Known.Length; k++)
            {
                var known = Known[k];
                var bits = DwtDctDecoder.Vote(blockBits[v], known.Bits);
                var expected = KnownBits[k];
                var matched = 0;
                for (var i = 0; i < bits.Length; i++)
                {
                    matched += bits[i] == expected[i] ? 1 : 0;
                }

                // Compare by share of bits, since the payloads differ in length; ties keep the earlier variant.
                if (matched >= known.Bits * MinAgreement
                    && (best is null || (long)matched * best.Known.Bits > (long)best.Result.BitsMatched * known.Bits))
                {
                    best = new WatermarkDetection(new WatermarkResult(Scheme, ToHex(bits), matched, known.Bits, known.Meaning), known, (DwtDctVariant)v);
                }
            }
        }

        return best;
    }

    /// <summary>The low <paramref name="count"/> bits of a hexadecimal number, most significant first.</summary>
    internal static bool[] ToBits(string hex, int count)
    {
        var bits = new bool[count];
        var skip = (hex.Length * 4) - count;
        for (var i = 0; i < count; i++)
        {
            var at = skip + i;
            bits[i] = at >= 0 && ((Convert.FromHexString(string.Concat("0", hex.AsSpan(at / 4, 1)))[0] >> (3 - (at % 4))) & 1) == 1;
        }

        return bits;
    }

    /// <summary>
    /// Bits (most significant first) as a lowercase hexadecimal number of <c>ceil(count / 4)</c> digits, so a
    /// 46-bit FLUX payload reads as its <c>WATERMARK_MESSAGE</c> and byte-sized payloads as their bytes.
    /// </summary>
    internal static string ToHex(bool[] bits)
    {
        var digits = (bits.Length + 3) / 4;
        var pad = (digits * 4) - bits.Length;
        var text = new StringBuilder(digits);
        for (var d = 0; d < digits; d++)
        {
            var nibble = 0;
            for (var k = 0; k < 4; k++)
            {
                var i = (d * 4) + k - pad;
                nibble = (nibble << 1) | (i >= 0 && bits[i] ? 1 : 0);
            }

            text.Append("0123456789abcdef"[nibble]);
        }

        return text.ToString();
    }
}
