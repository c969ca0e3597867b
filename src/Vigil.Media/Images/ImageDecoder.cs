using System.Runtime.InteropServices;
using Vigil.Media.Native;

namespace Vigil.Media.Images;

/// <summary>
/// Decodes JPEG, PNG, WebP, GIF (first frame), TIFF and HEIF/AVIF (where the installed libvips has libheif)
/// through libvips. Pixels come out as the codec produced them: no colour management, no EXIF rotation.
/// Limits are enforced in order: bytes, then the header's pixel count (before any pixel is decoded), then time.
/// Thread-safe; decode different files on different threads.
/// </summary>
public sealed unsafe partial class ImageDecoder : IImageDecoder
{
    // Only these libvips loaders are used: anything else (SVG, PDF, ImageMagick, matrix, raw...) is refused,
    // because those loaders parse far more than a hotline's images need and some reach outside the buffer.
    // Keyed by the loader class name vips_foreign_find_load_buffer returns.
    private static readonly Dictionary<string, string> AllowedLoaders = new(StringComparer.Ordinal)
    {
        ["VipsForeignLoadJpegBuffer"] = "jpeg",
        ["VipsForeignLoadPngBuffer"] = "png",
        ["VipsForeignLoadWebpBuffer"] = "webp",
        ["VipsForeignLoadNsgifBuffer"] = "gif",
        ["VipsForeignLoadGifBuffer"] = "gif",
        ["VipsForeignLoadTiffBuffer"] = "tiff",
        ["VipsForeignLoadHeifBuffer"] = "heif",
    };

    private readonly ImageDecoderOptions _options;

    public ImageDecoder(ImageDecoderOptions? options = null)
    {
        _options = options ?? new ImageDecoderOptions();
        _options.Validate();
    }

    /// <summary>The formats this machine's libvips can decode, of those Vigil accepts.</summary>
    public static IReadOnlyList<string> SupportedFormats()
    {
        VipsRuntime.EnsureInitialised();
        return [.. AllowedLoaders
            .Where(l => LibVips.TypeFind("VipsOperation", l.Value + "load_buffer") != 0)
            .Select(l => l.Value)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public ImageHeader ReadHeader(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            var (image, format) = Open(p, data.Length);
            try
            {
                return HeaderOf(image, format);
            }
            finally
            {
                LibVips.ObjectUnref(image);
            }
        }
    }

    /// <inheritdoc />
    public DecodedImage Decode(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            var (image, format) = Open(p, data.Length);
            try
            {
                var header = HeaderOf(image, format);
                if ((long)header.Width * header.Height > _options.MaxPixels)
                {
                    throw new MediaDecodeException(
                        MediaErrorKind.TooManyPixels,
                        $"The header declares {header.Width}x{header.Height} pixels, over the limit of {_options.MaxPixels}; refused before decoding.");
                }

                var raw = WriteToMemory(image, format, data, out var size);
                return PixelConversion.ToEightBit(
                    raw,
                    size,
                    header,
                    LibVips.ImageGetFormat(image),
                    LibVips.ImageGetInterpretation(image));
            }
            finally
            {
                LibVips.ObjectUnref(image);
            }
        }
    }

    private (nint Image, string Format) Open(byte* data, int length)
    {
        if (length == 0)
        {
            throw new MediaDecodeException(MediaErrorKind.Empty, "The file is empty (0 bytes).");
        }

        if (length > _options.MaxInputBytes)
        {
            throw new MediaDecodeException(MediaErrorKind.TooLarge, $"The file has {length} bytes, over the limit of {_options.MaxInputBytes}.");
        }

        VipsRuntime.EnsureInitialised();
        var loaderPtr = LibVips.FindLoadBuffer((nint)data, (nuint)length);
        if (loaderPtr == 0)
        {
            LibVips.TakeError();
            throw new MediaDecodeException(MediaErrorKind.Unsupported, "No image decoder recognises this data (not JPEG, PNG, WebP, GIF, TIFF or HEIF/AVIF).");
        }

        var loader = Marshal.PtrToStringUTF8(loaderPtr) ?? string.Empty;
        if (!AllowedLoaders.TryGetValue(loader, out var format))
        {
            throw new MediaDecodeException(MediaErrorKind.Unsupported, $"The format read by libvips' '{loader}' is not one Vigil decodes.");
        }

        // fail_on=error: a truncated or damaged file is an error, not grey-filled pixels.
        var image = LibVips.ImageNewFromBuffer((nint)data, (nuint)length, "[access=sequential,fail_on=error]", 0);
        if (image == 0)
        {
            throw Classify(LibVips.TakeError(), "read the header", format, new ReadOnlySpan<byte>(data, length));
        }

        return (image, format);
    }

    private static ImageHeader HeaderOf(nint image, string format)
    {
        var pages = LibVips.ImageGetNPages(image);
        return new ImageHeader(
            format,
            LibVips.ImageGetWidth(image),
            LibVips.ImageGetHeight(image),
            LibVips.ImageGetBands(image),
            Math.Max(pages, 1));
    }

    private byte* WriteToMemory(nint image, string format, ReadOnlySpan<byte> data, out nuint size)
    {
        // A watchdog sets libvips' kill flag on the image; the sink loop checks it and fails the write.
        using var state = new VipsWatchdog(image, _options.Timeout);
        var memory = LibVips.ImageWriteToMemory(image, out size);
        state.Disarm();
        if (memory != 0)
        {
            return (byte*)memory;
        }

        var error = LibVips.TakeError();
        if (state.Fired)
        {
            throw new MediaDecodeException(MediaErrorKind.Timeout, $"Decoding took longer than {_options.Timeout.TotalSeconds:0.#} s and was stopped.");
        }

        throw Classify(error, "decode the pixels", format, data);
    }

    private static MediaDecodeException Classify(string vipsError, string stage, string format, ReadOnlySpan<byte> data)
    {
        var lower = vipsError.ToLowerInvariant();
        var endsEarly = TruncationCheck.EndsEarly(format, data);
        string[] truncationWords = ["premature end", "truncated", "not enough", "unexpected end", "end of file", "out of data", "short read", "incomplete"];
        var kind = endsEarly || truncationWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? MediaErrorKind.Truncated : MediaErrorKind.Corrupt;
        var reason = kind == MediaErrorKind.Truncated ? "the data ends before the image does" : "the data is damaged";
        var detail = FirstLine(vipsError);
        return new MediaDecodeException(kind, $"Could not {stage}: {reason} ({detail}).");
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no detail";
        return line.Length > 200 ? line[..200] : line;
    }
}
