using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Media.Images;
using Vigil.Media.Native;
using Vigil.Media.Video;

namespace Vigil.Media.Previews;

/// <summary>
/// Renders previews through libvips: decode with <see cref="ImageDecoder"/> (its byte, pixel and time limits), flatten
/// alpha and optionally reduce to grey, shrink to <see cref="PreviewOptions.MaxSide"/> (never enlarge), optionally
/// blur, encode. The output is a fresh encoding of pixels only: no EXIF, XMP, ICC or C2PA data from the original.
/// Thread-safe; render different files on different threads.
/// </summary>
public sealed unsafe partial class PreviewRenderer : IPreviewRenderer
{
    // Blurs with a larger sigma run on a copy shrunk so that sigma is this many pixels, then enlarged back: the
    // result is the same to the eye (the blurred image has no detail the smaller copy cannot hold) and the cost
    // stays flat, where a direct Gaussian's kernel grows with sigma (sigma 500 would be ~1,800 taps per pixel).
    private const double MaxDirectSigma = 6;

    // Below this a Gaussian changes nothing visible (and libvips' mask would be a single tap).
    private const double MinSigma = 0.5;

    private readonly ImageDecoderOptions _imageOptions;
    private readonly ImageDecoder _decoder;
    private readonly VideoProber _prober;
    private readonly VideoFrameReader _reader;
    private readonly ILogger _logger;

    public PreviewRenderer(ImageDecoderOptions? imageOptions = null, VideoOptions? videoOptions = null, ILogger<PreviewRenderer>? logger = null)
    {
        _imageOptions = imageOptions ?? new ImageDecoderOptions();
        _decoder = new ImageDecoder(_imageOptions);
        var video = videoOptions ?? new VideoOptions();
        _prober = new VideoProber(video);
        _reader = new VideoFrameReader(video);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public byte[] RenderImage(ReadOnlySpan<byte> file, PreviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        try
        {
            using var image = _decoder.Decode(file);
            var preview = RenderPixels(image.Pixels, image.Width, image.Height, image.Bands, options);
            LogImageRendered(_logger, image.Width, image.Height, preview.Length);
            return preview;
        }
        catch (MediaDecodeException e)
        {
            LogFailed(_logger, e.Code);
            throw;
        }
    }

    /// <summary>Renders packed 8-bit pixels (1..4 bands) as a preview.</summary>
    internal byte[] RenderPixels(ReadOnlySpan<byte> pixels, int width, int height, int bands, PreviewOptions options)
    {
        if (PreviewPixels.IsReady(bands, options.Greyscale))
        {
            return ShrinkBlurEncode(pixels, width, height, bands, options);
        }

        var outBands = options.Greyscale ? 1 : 3;
        var converted = GC.AllocateUninitializedArray<byte>(checked(width * height * outBands));
        PreviewPixels.Convert(pixels, bands, options.Greyscale, converted);
        return ShrinkBlurEncode(converted, width, height, outBands, options);
    }

    private byte[] ShrinkBlurEncode(ReadOnlySpan<byte> pixels, int width, int height, int bands, PreviewOptions options)
    {
        byte[] small;
        int smallWidth, smallHeight, smallBands;
        fixed (byte* p = pixels)
        {
            using var pipeline = VipsPipeline.FromPixels(p, pixels.Length, width, height, bands);
            var longer = Math.Max(width, height);
            if (longer > options.MaxSide)
            {
                pipeline.Resize((double)options.MaxSide / longer);
            }

            Blur(pipeline, options);
            small = pipeline.ToPixels(_imageOptions.Timeout, out smallWidth, out smallHeight, out smallBands);
        }

        // Encoding reads a buffer of at most MaxSide squared pixels: bounded work, outside the watchdog.
        fixed (byte* s = small)
        {
            using var encoder = VipsPipeline.FromPixels(s, small.Length, smallWidth, smallHeight, smallBands);
            return encoder.Encode(options.Format == PreviewFormat.WebP);
        }
    }

    private static void Blur(VipsPipeline pipeline, PreviewOptions options)
    {
        var (width, height) = (pipeline.Width, pipeline.Height);
        var longer = Math.Max(width, height);
        var sigma = options.SigmaFor(longer);
        if (sigma < MinSigma)
        {
            return;
        }

        if (sigma <= MaxDirectSigma)
        {
            pipeline.GaussBlur(sigma);
            return;
        }

        var factor = sigma / MaxDirectSigma;
        pipeline.Resize(1 / factor);
        pipeline.GaussBlur(MaxDirectSigma);
        pipeline.Resize((double)longer / Math.Max(pipeline.Width, pipeline.Height));

        // Rounding on the way down and up can leave the shorter side a pixel longer than it was: trim it back.
        if (pipeline.Width > width || pipeline.Height > height)
        {
            pipeline.Crop(Math.Min(pipeline.Width, width), Math.Min(pipeline.Height, height));
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Image preview rendered from {Width}x{Height}: {Bytes} bytes")]
    private static partial void LogImageRendered(ILogger logger, int width, int height, int bytes);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Debug, Message = "Video preview rendered: {Frames} frames of {Decoded} decoded")]
    private static partial void LogVideoRendered(ILogger logger, int frames, long decoded);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Preview rendering failed ({Code})")]
    private static partial void LogFailed(ILogger logger, string code);
}
