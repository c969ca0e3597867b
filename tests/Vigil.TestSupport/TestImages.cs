namespace Vigil.TestSupport;

/// <summary>Benign generated pictures: gradients, shapes and a test card. RGB, 8-bit, packed rows.</summary>
public static class TestImages
{
    /// <summary>A diagonal colour gradient.</summary>
    public static byte[] Gradient(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 3;
                pixels[i] = (byte)(255 * x / Math.Max(width - 1, 1));
                pixels[i + 1] = (byte)(255 * y / Math.Max(height - 1, 1));
                pixels[i + 2] = (byte)(255 * (x + y) / Math.Max(width + height - 2, 1));
            }
        }

        return pixels;
    }

    /// <summary>Circles and bars on a sky-blue field; <paramref name="seed"/> moves the shapes.</summary>
    public static byte[] Shapes(int width, int height, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[width * height * 3];
        for (var i = 0; i < pixels.Length; i += 3)
        {
            pixels[i] = 135;
            pixels[i + 1] = 190;
            pixels[i + 2] = 235;
        }

        for (var s = 0; s < 12; s++)
        {
            var cx = random.Next(width);
            var cy = random.Next(height);
            var r = random.Next(Math.Max(width, height) / 20, Math.Max(width, height) / 5);
            var colour = new[] { (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256) };
            var bar = s % 3 == 0;
            for (var y = Math.Max(cy - r, 0); y < Math.Min(cy + r, height); y++)
            {
                for (var x = Math.Max(cx - r, 0); x < Math.Min(cx + r, width); x++)
                {
                    var inside = bar ? Math.Abs(y - cy) < r / 4 : ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) < r * r;
                    if (inside)
                    {
                        var i = ((y * width) + x) * 3;
                        pixels[i] = colour[0];
                        pixels[i + 1] = colour[1];
                        pixels[i + 2] = colour[2];
                    }
                }
            }
        }

        return pixels;
    }

    /// <summary>Writes <see cref="Shapes"/> as a PNG file and returns its path.</summary>
    public static string WriteShapesPng(string path, int width, int height, int seed)
    {
        File.WriteAllBytes(path, PngWriter.Encode(Shapes(width, height, seed), width, height, 3));
        return path;
    }
}
