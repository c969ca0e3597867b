using System.Security.Cryptography;
using Vigil.Hashing.Pdq;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Matching;

/// <summary>
/// A data folder with two lists, made once per test class through the real `vigil lists` commands, and two folders
/// of benign generated pictures to match against them:
/// list A holds the PDQ of good/listed.png, the PDQ of the upright picture good/turned.png shows turned a quarter,
/// and an MD5; list B holds a PDQ five bits from listed.png's and the SHA-256 of mixed/broken-listed.png, a truncated
/// PNG. mixed/ also holds listed.png and broken.png, a truncated PNG listed nowhere.
/// </summary>
public sealed class MatchingFixture : IAsyncLifetime, IDisposable
{
    public const string Md5 = "0123456789abcdef0123456789abcdef";

    private readonly TempFolder _folder = new();

    public string Data => _folder.File("data");

    public string Good => _folder.File("good");

    public string Mixed => _folder.File("mixed");

    /// <summary>PDQ of listed.png (in list A).</summary>
    public string ListedPdq { get; private set; } = string.Empty;

    /// <summary>listed.png's PDQ with five bits flipped (in list B).</summary>
    public string NearPdq { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Good);
        Directory.CreateDirectory(Mixed);
        var (listed, listedPdq) = Picture(160, 120, 31);
        var (_, uprightPdq) = Picture(160, 120, 32);
        var (other, _) = Picture(160, 120, 33);
        var (turnedPixels, tw, th) = TurnQuarter(TestImages.Shapes(160, 120, 32), 160, 120);
        ListedPdq = listedPdq.ToString();
        NearPdq = FlipBits(listedPdq, 5).ToString();
        await File.WriteAllBytesAsync(Path.Combine(Good, "listed.png"), listed);
        await File.WriteAllBytesAsync(Path.Combine(Good, "other.png"), other);
        await File.WriteAllBytesAsync(Path.Combine(Good, "turned.png"), PngWriter.Encode(turnedPixels, tw, th, 3));
        await File.WriteAllBytesAsync(Path.Combine(Mixed, "listed.png"), listed);
        await File.WriteAllBytesAsync(Path.Combine(Mixed, "broken.png"), other[..(other.Length / 2)]);
        var brokenListed = listed[..(listed.Length / 2)];
        await File.WriteAllBytesAsync(Path.Combine(Mixed, "broken-listed.png"), brokenListed);

        var a = _folder.File("a.csv");
        var b = _folder.File("b.csv");
        await File.WriteAllTextAsync(a, $"kind,value\npdq,{ListedPdq}\npdq,{uprightPdq}\nmd5,{Md5}\n");
        await File.WriteAllTextAsync(b, $"kind,value\npdq,{NearPdq}\nsha256,{Convert.ToHexStringLower(SHA256.HashData(brokenListed))}\n");
        foreach (var arguments in new[]
        {
            new[] { "lists", "create", "A" },
            ["lists", "create", "B"],
            ["lists", "import", "A", a, "--format", "csv"],
            ["lists", "import", "B", b, "--format", "csv"],
        })
        {
            var result = await CliRunner.RunAsync([.. arguments, "--data", Data]);
            Assert.True(result.ExitCode == 0, string.Join(' ', arguments) + ": " + result.StandardError);
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();

    public Task<CliRunner.Result> RunAsync(params string[] arguments) => CliRunner.RunAsync([.. arguments, "--data", Data]);

    private static (byte[] Png, PdqHash Pdq) Picture(int width, int height, int seed)
    {
        var pixels = TestImages.Shapes(width, height, seed);
        return (PngWriter.Encode(pixels, width, height, 3), PdqHasher.Hash(pixels, PixelFormat.Packed(width, height, 3)).Hash);
    }

    // Clockwise quarter turn of packed RGB: the picture's left column becomes its top row.
    private static (byte[] Pixels, int Width, int Height) TurnQuarter(byte[] pixels, int width, int height)
    {
        var turned = new byte[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var target = ((x * height) + (height - 1 - y)) * 3;
                pixels.AsSpan(((y * width) + x) * 3, 3).CopyTo(turned.AsSpan(target, 3));
            }
        }

        return (turned, height, width);
    }

    private static PdqHash FlipBits(PdqHash hash, int count)
    {
        Span<ulong> w = [hash.W0, hash.W1, hash.W2, hash.W3];
        for (var i = 0; i < count; i++)
        {
            w[i % 4] ^= 1UL << (i * 7 % 64);
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }
}
