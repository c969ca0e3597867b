using Vigil.Media.Images;

namespace Vigil.Server.Ui.Workspace.Previews;

/// <summary>
/// Decodes with libvips (Vigil.Media), area-averages down to at most <see cref="MaxSide"/> pixels, converts to
/// greyscale when asked (Rec. 601 luma) and applies three box-blur passes (close to a Gaussian). The preview is
/// small by design: it shows composition, never detail, until the analyst reveals.
/// </summary>
internal sealed class BlurredPreviewRenderer(IImageDecoder decoder) : IPreviewRenderer
{
    public const int MaxSide = 240;

    public byte[]? Render(ReadOnlySpan<byte> content, PreviewStyle style)
    {
        DecodedImage image;
        try
        {
            image = decoder.Decode(content);
        }
        catch (MediaDecodeException)
        {
            return null;
        }

        using (image)
        {
            var scale = Math.Min(1.0, (double)MaxSide / Math.Max(image.Width, image.Height));
            var width = Math.Max(1, (int)(image.Width * scale));
            var height = Math.Max(1, (int)(image.Height * scale));
            var bands = style.Greyscale ? 1 : 3;
            var buffer = Downscale(image, width, height, bands);
            var radius = style.Blur * Math.Max(width, height) / 160;
            for (var pass = 0; pass < 3 && radius > 0; pass++)
            {
                BoxBlur(buffer, width, height, bands, radius);
            }

            var bytes = new byte[buffer.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)Math.Clamp((int)(buffer[i] + 0.5f), 0, 255);
            }

            return PngEncoder.Encode(bytes, width, height, bands);
        }
    }

    private static float[] Downscale(DecodedImage image, int width, int height, int bands)
    {
        var source = image.Pixels;
        var sourceBands = image.Bands;
        var colour = sourceBands >= 3;
        var sums = new float[width * height * bands];
        var counts = new int[width * height];
        for (var y = 0; y < image.Height; y++)
        {
            var ty = Math.Min(height - 1, (int)((long)y * height / image.Height));
            for (var x = 0; x < image.Width; x++)
            {
                var tx = Math.Min(width - 1, (int)((long)x * width / image.Width));
                var p = ((y * image.Width) + x) * sourceBands;
                float r = source[p], g = colour ? source[p + 1] : r, b = colour ? source[p + 2] : r;
                var t = (ty * width) + tx;
                counts[t]++;
                if (bands == 1)
                {
                    sums[t] += (0.299f * r) + (0.587f * g) + (0.114f * b);
                }
                else
                {
                    sums[t * 3] += r;
                    sums[(t * 3) + 1] += g;
                    sums[(t * 3) + 2] += b;
                }
            }
        }

        for (var t = 0; t < counts.Length; t++)
        {
            for (var c = 0; c < bands; c++)
            {
                sums[(t * bands) + c] /= Math.Max(1, counts[t]);
            }
        }

        return sums;
    }

    private static void BoxBlur(float[] data, int width, int height, int bands, int radius)
    {
        var line = new float[Math.Max(width, height) * bands];
        for (var y = 0; y < height; y++)
        {
            BlurLine(data, (y * width) * bands, bands, width, bands, radius, line);
        }

        for (var x = 0; x < width; x++)
        {
            BlurLine(data, x * bands, width * bands, height, bands, radius, line);
        }
    }

    // Running-sum box filter along one row or column, clamping at the edges.
    private static void BlurLine(float[] data, int start, int step, int length, int bands, int radius, float[] line)
    {
        for (var c = 0; c < bands; c++)
        {
            for (var i = 0; i < length; i++)
            {
                line[i] = data[start + (i * step) + c];
            }

            var sum = 0f;
            for (var i = -radius; i <= radius; i++)
            {
                sum += line[Math.Clamp(i, 0, length - 1)];
            }

            var window = (2 * radius) + 1;
            for (var i = 0; i < length; i++)
            {
                data[start + (i * step) + c] = sum / window;
                sum += line[Math.Min(i + radius + 1, length - 1)] - line[Math.Max(i - radius, 0)];
            }
        }
    }
}
