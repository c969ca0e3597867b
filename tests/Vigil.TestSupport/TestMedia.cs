namespace Vigil.TestSupport;

/// <summary>Benign media made by ffmpeg's test sources (the testsrc2 card: colour bars, a counter, moving shapes).</summary>
public static class TestMedia
{
    /// <summary>One frame of the testsrc2 card as PNG (a structured picture: PDQ quality 100).</summary>
    public static byte[] TestCardPng(int width, int height) =>
        Make("card.png", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate=1", "-frames:v", "1");

    /// <summary>The same picture re-encoded (another format and quality: other bytes, a PDQ a few bits away).</summary>
    public static byte[] Reencoded(byte[] image, string extension, params string[] options)
    {
        using var folder = new TempFolder();
        var input = folder.File("input.bin");
        File.WriteAllBytes(input, image);
        var output = folder.File("output" + extension);
        Ffmpeg.Convert(input, output, options);
        return File.ReadAllBytes(output);
    }

    /// <summary>A short H.264 MP4 of the moving testsrc2 card, no audio.</summary>
    public static byte[] TestClipMp4(int seconds, int width, int height, int rate = 10) =>
        Make("clip.mp4", "-f", "lavfi", "-i", $"testsrc2=size={width}x{height}:rate={rate}", "-t", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p", "-c:v", "libx264");

    private static byte[] Make(string name, params string[] arguments)
    {
        using var folder = new TempFolder();
        var output = folder.File(name);
        Ffmpeg.Run([.. arguments, output]);
        return File.ReadAllBytes(output);
    }
}
