using Vigil.Media.Native;

namespace Vigil.Media.Images;

/// <summary>
/// Decoded pixels: 8-bit, band-interleaved, tightly packed rows, 1 (grey), 2 (grey + alpha), 3 (RGB) or
/// 4 (RGBA) bands, exactly as the codec produced them (no colour management, no EXIF rotation). Owns native
/// memory: dispose it.
/// </summary>
public sealed unsafe class DecodedImage : IDisposable
{
    private byte* _pixels;
    private readonly nuint _length;
    private readonly bool _ownedByVips;

    internal DecodedImage(byte* pixels, nuint length, bool ownedByVips, int width, int height, int bands, string format)
    {
        _pixels = pixels;
        _length = length;
        _ownedByVips = ownedByVips;
        Width = width;
        Height = height;
        Bands = bands;
        Format = format;
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>Interleaved 8-bit bands per pixel (1..4).</summary>
    public int Bands { get; }

    /// <summary>The container format, e.g. <c>jpeg</c>, <c>png</c>, <c>webp</c>.</summary>
    public string Format { get; }

    /// <summary>Whether the last band is alpha (2 or 4 bands).</summary>
    public bool HasAlpha => Bands is 2 or 4;

    /// <summary>The pixel bytes, <c>Width * Height * Bands</c> long.</summary>
    public ReadOnlySpan<byte> Pixels
    {
        get
        {
            ObjectDisposedException.ThrowIf(_pixels == null, this);
            return new ReadOnlySpan<byte>(_pixels, checked((int)_length));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_pixels == null)
        {
            return;
        }

        if (_ownedByVips)
        {
            LibVips.Free((nint)_pixels);
        }
        else
        {
            System.Runtime.InteropServices.NativeMemory.Free(_pixels);
        }

        _pixels = null;
    }
}
