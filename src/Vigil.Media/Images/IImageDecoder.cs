namespace Vigil.Media.Images;

/// <summary>The decoding seam: libvips in production; the only implementation Vigil ships.</summary>
public interface IImageDecoder
{
    /// <summary>Reads the header only. Throws <see cref="MediaDecodeException"/>.</summary>
    ImageHeader ReadHeader(ReadOnlySpan<byte> data);

    /// <summary>Decodes to 8-bit pixels within the configured limits. Throws <see cref="MediaDecodeException"/>.</summary>
    DecodedImage Decode(ReadOnlySpan<byte> data);
}
