using System.Runtime.InteropServices;
using Vigil.Media.Native;

namespace Vigil.Media.Images;

/// <summary>
/// Brings libvips' decoded buffer to Vigil's one pixel form: 8-bit, 1..4 bands. 8-bit grey/RGB(A) passes
/// through untouched (the common case, no copy). 16-bit samples keep their high byte (what 8-bit decoders such
/// as CImg/libpng's strip-16 do); float samples are read as 0..255 and clamped. CMYK becomes RGB by the naive
/// ink formula, since Vigil applies no colour management. These are the "decoder-sensitive" modes in which
/// PDQ may move a few bits against other decoders.
/// </summary>
internal static unsafe class PixelConversion
{
    public static DecodedImage ToEightBit(byte* raw, nuint size, ImageHeader header, int vipsFormat, int interpretation)
    {
        var inBands = header.Bands;
        var cmyk = interpretation == LibVips.InterpretationCmyk && inBands >= 4;
        var outBands = cmyk ? (inBands >= 5 ? 4 : 3) : Math.Min(inBands, inBands > 4 ? 3 : 4);
        var pixels = (long)header.Width * header.Height;
        var sampleSize = SampleSize(vipsFormat);
        if ((ulong)(pixels * inBands * sampleSize) > size)
        {
            LibVips.Free((nint)raw);
            throw new MediaDecodeException(MediaErrorKind.Corrupt, "The decoder returned fewer pixels than the header declares.");
        }

        if (vipsFormat == LibVips.FormatUChar && !cmyk && outBands == inBands)
        {
            return new DecodedImage(raw, (nuint)(pixels * inBands), true, header.Width, header.Height, inBands, header.Format);
        }

        var outLength = checked((nuint)(pixels * outBands));
        var output = (byte*)NativeMemory.Alloc(outLength);
        try
        {
            var sample = new byte[inBands];
            for (long i = 0; i < pixels; i++)
            {
                for (var b = 0; b < inBands; b++)
                {
                    sample[b] = ReadSample(raw, (i * inBands) + b, vipsFormat);
                }

                var o = output + (i * outBands);
                if (cmyk)
                {
                    // CMYK as ink amounts (0 = none), as libvips presents it after undoing Adobe inversion.
                    var k = 255 - sample[3];
                    o[0] = (byte)((255 - sample[0]) * k / 255);
                    o[1] = (byte)((255 - sample[1]) * k / 255);
                    o[2] = (byte)((255 - sample[2]) * k / 255);
                    if (outBands == 4)
                    {
                        o[3] = sample[4];
                    }
                }
                else
                {
                    for (var b = 0; b < outBands; b++)
                    {
                        o[b] = sample[b];
                    }
                }
            }
        }
        catch
        {
            NativeMemory.Free(output);
            throw;
        }
        finally
        {
            LibVips.Free((nint)raw);
        }

        return new DecodedImage(output, outLength, false, header.Width, header.Height, outBands, header.Format);
    }

    private static int SampleSize(int vipsFormat) => vipsFormat switch
    {
        LibVips.FormatUChar or LibVips.FormatChar => 1,
        LibVips.FormatUShort or LibVips.FormatShort => 2,
        LibVips.FormatUInt or LibVips.FormatInt or LibVips.FormatFloat => 4,
        LibVips.FormatDouble => 8,
        _ => throw new MediaDecodeException(MediaErrorKind.Unsupported, $"Complex-valued pixels (libvips format {vipsFormat}) are not images Vigil decodes."),
    };

    private static byte ReadSample(byte* raw, long index, int vipsFormat) => vipsFormat switch
    {
        LibVips.FormatUChar => raw[index],
        LibVips.FormatChar => (byte)Math.Max((sbyte)raw[index], (sbyte)0),
        LibVips.FormatUShort => (byte)(((ushort*)raw)[index] >> 8),
        LibVips.FormatShort => (byte)(Math.Max(((short*)raw)[index], (short)0) >> 7),
        LibVips.FormatUInt => (byte)(((uint*)raw)[index] >> 24),
        LibVips.FormatInt => (byte)(Math.Max(((int*)raw)[index], 0) >> 23),
        LibVips.FormatFloat => Clamp(((float*)raw)[index]),
        _ => Clamp(((double*)raw)[index]),
    };

    private static byte Clamp(double v) => v <= 0 || double.IsNaN(v) ? (byte)0 : v >= 255 ? (byte)255 : (byte)v;
}
