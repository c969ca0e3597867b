namespace Vigil.Hashing.Pdq;

/// <summary>RGB or grey bytes to float luma, exactly as the reference's fillFloatLumaFrom{RGB,Grey}.</summary>
internal static class Luma
{
    // The reference's coefficients are float constants initialised from the doubles 0.299/0.587/0.114.
    private const float R = 0.299f;
    private const float G = 0.587f;
    private const float B = 0.114f;

    /// <summary>Fills <paramref name="luma"/> (row-major, width x height) from interleaved pixels.</summary>
    public static void Fill(ReadOnlySpan<byte> pixels, PixelFormat format, Span<float> luma)
    {
        var width = format.Width;
        for (var y = 0; y < format.Height; y++)
        {
            var row = pixels.Slice(y * format.Stride, width * format.Bands);
            var dst = luma.Slice(y * width, width);
            if (format.Bands >= 3)
            {
                FillRgbRow(row, format.Bands, dst);
            }
            else
            {
                for (var x = 0; x < dst.Length; x++)
                {
                    dst[x] = row[x * format.Bands];
                }
            }
        }
    }

    private static void FillRgbRow(ReadOnlySpan<byte> row, int bands, Span<float> dst)
    {
        // float * float products summed left to right, no fused multiply-add: the reference's float32
        // arithmetic (x86-64 SSE, FLT_EVAL_METHOD 0).
        var p = 0;
        for (var x = 0; x < dst.Length; x++, p += bands)
        {
            dst[x] = (R * row[p]) + (G * row[p + 1]) + (B * row[p + 2]);
        }
    }
}
