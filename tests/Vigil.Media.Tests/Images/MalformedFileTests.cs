using Vigil.Media.Images;

namespace Vigil.Media.Tests.Images;

/// <summary>
/// Regression files in Malformed/: each is named <c>kind__description.ext</c> and must give a typed error of that
/// kind, never a crash, a hang or pixels. Add a file here for every malformed-input bug.
/// </summary>
public sealed class MalformedFileTests
{
    private static readonly ImageDecoder Decoder = new(new ImageDecoderOptions { Timeout = TimeSpan.FromSeconds(10) });

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Malformed")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_MalformedFile_ThrowsTypedErrorOfTheNamedKind(string file)
    {
        var expected = file[..file.IndexOf("__", StringComparison.Ordinal)];
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Malformed", file));

        var error = Assert.Throws<MediaDecodeException>(() => Decoder.Decode(bytes).Dispose());

        Assert.True(expected == error.Code, $"{file}: expected {expected}, got {error.Code}: {error.Message}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Decode_HugeDimensions_IsRefusedFromTheHeaderWithTheDeclaredSize()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Malformed", "too_many_pixels__png-100000x100000.png"));

        var error = Assert.Throws<MediaDecodeException>(() => Decoder.Decode(bytes).Dispose());

        Assert.Contains("100000x100000", error.Message, StringComparison.Ordinal);
        Assert.Contains("before decoding", error.Message, StringComparison.Ordinal);
    }
}
