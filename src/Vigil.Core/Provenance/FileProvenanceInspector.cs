using Vigil.Media.Images;
using Vigil.Media.Sniffing;
using Vigil.Provenance;
using Vigil.Provenance.Models;
using Vigil.Provenance.Pixels;
using Vigil.Provenance.Results;

namespace Vigil.Core.Provenance;

/// <summary>
/// Composes Vigil.Provenance with Vigil.Media for one file on disk: model files (.safetensors, .ckpt, .pt) are
/// hashed; other files are read (up to the image byte limit), decoded for the pixel readers when they are
/// images, and inspected. Never throws for bad content. Thread-safe.
/// </summary>
public sealed class FileProvenanceInspector
{
    private readonly ProvenanceInspector _inspector;
    private readonly IImageDecoder _decoder;
    private readonly long _maxBytes;
    private readonly bool _readPixels;

    public FileProvenanceInspector(ProvenanceOptions? options = null, IImageDecoder? decoder = null, ImageDecoderOptions? imageOptions = null, TimeProvider? time = null)
    {
        options ??= new ProvenanceOptions();
        imageOptions ??= new ImageDecoderOptions();
        _inspector = new ProvenanceInspector(options, time);
        _decoder = decoder ?? new ImageDecoder(imageOptions);
        _maxBytes = imageOptions.MaxInputBytes;
        _readPixels = options.ReadPixels;
    }

    public async Task<FileProvenanceResult> InspectFileAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            if (ModelFileInspector.IsModelFile(path))
            {
                return new FileProvenanceResult { Path = path, Model = await ModelFileInspector.InspectAsync(path, cancellationToken) };
            }

            var info = new FileInfo(path);
            if (info.Length > _maxBytes)
            {
                return new FileProvenanceResult { Path = path, Error = $"The file has {info.Length} bytes, over the limit of {_maxBytes}." };
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return InspectBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileProvenanceResult { Path = path, Error = $"The file could not be read: {e.GetType().Name}." };
        }
    }

    /// <summary>Inspects bytes already in memory (decoding them for the pixel readers when they are an image).</summary>
    public FileProvenanceResult InspectBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (report, pixelError) = Inspect(bytes, path);
        return new FileProvenanceResult { Path = path, Media = report, PixelError = pixelError };
    }

    /// <summary>
    /// Inspects stored media (no path): metadata for every format (C2PA in JPEG, PNG, WebP, HEIF/AVIF, MP4/MOV),
    /// pixels decoded only for images. <paramref name="pixelError"/> says why the pixel readers did not run.
    /// </summary>
    public ProvenanceReport InspectContent(ReadOnlyMemory<byte> content, out string? pixelError)
    {
        (var report, pixelError) = Inspect(content, null);
        return report;
    }

    private (ProvenanceReport Report, string? PixelError) Inspect(ReadOnlyMemory<byte> bytes, string? path)
    {
        PixelBuffer? pixels = null;
        string? pixelError = null;
        if (_readPixels && MediaSniffer.Sniff(bytes.Span[..Math.Min(bytes.Length, MediaSniffer.HeaderLength)]).Kind == MediaKind.Image)
        {
            try
            {
                using var image = _decoder.Decode(bytes.Span);
                pixels = new PixelBuffer(image.Width, image.Height, image.Bands, image.Pixels.ToArray());
            }
            catch (MediaDecodeException e)
            {
                pixelError = e.Message;
            }
        }

        return (_inspector.Inspect(bytes, path, pixels), pixelError);
    }
}
