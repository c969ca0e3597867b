using Vigil.Hashing.Digests;
using Vigil.Hashing.Pdq;
using Vigil.Media.Images;
using Vigil.Media.Sniffing;
using Vigil.Media.Video;

namespace Vigil.Core.Hashing;

/// <summary>
/// Hashes one file: classifies it by magic bytes, computes MD5/SHA-1/SHA-256 in one pass over its bytes, and for
/// images decodes through libvips and computes PDQ; for videos (when <see cref="FileHasherOptions.Video"/> is set)
/// adds the vPDQ hash from ffmpeg's frames. Never throws for bad content: the result names the cause.
/// Thread-safe; callers parallelise across files.
/// </summary>
public sealed class FileHasher
{
    private readonly FileHasherOptions _options;
    private readonly IImageDecoder _decoder;
    private readonly VideoHasher? _video;

    public FileHasher(FileHasherOptions? options = null, IImageDecoder? decoder = null)
    {
        _options = options ?? new FileHasherOptions();
        _decoder = decoder ?? new ImageDecoder(_options.Images);
        _video = _options.Video is { } video ? new VideoHasher(video) : null;
    }

    /// <summary>Hashes the file at <paramref name="path"/>.</summary>
    public async Task<FileHashResult> HashFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await HashFileBytesAsync(path, cancellationToken);
        return result.Kind == MediaKind.Video && result.Succeeded && _video is not null
            ? await AddVideoAsync(_video, path, result, cancellationToken)
            : result;
    }

    // The video path: ffmpeg reads the file itself (after the digest pass has closed it); a decoding failure keeps
    // the digests and names the cause.
    private static async Task<FileHashResult> AddVideoAsync(VideoHasher video, string path, FileHashResult result, CancellationToken cancellationToken)
    {
        try
        {
            var hash = await video.HashAsync(path, cancellationToken);
            return result with { Width = hash.Info.Width, Height = hash.Info.Height, Video = hash };
        }
        catch (MediaDecodeException e)
        {
            return result with { ErrorCode = e.Code, Error = e.Message };
        }
    }

    private async Task<FileHashResult> HashFileBytesAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
                BufferSize = 0,
            });
            return await HashStreamAsync(stream, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileHashResult { Kind = MediaKind.Other, Format = "other", ErrorCode = "unreadable", Error = $"The file could not be read: {e.GetType().Name}." };
        }
    }

    /// <summary>Hashes a seekable or forward-only stream.</summary>
    public async Task<FileHashResult> HashStreamAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[MediaSniffer.HeaderLength];
        var headerLength = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var (kind, format) = MediaSniffer.Sniff(header.AsSpan(0, headerLength));

        if (headerLength == 0)
        {
            return new FileHashResult { Kind = kind, Format = format, Digests = ContentDigests.Compute([]), ErrorCode = "empty", Error = "The file is empty (0 bytes)." };
        }

        if (kind != MediaKind.Image)
        {
            // Video and other files: digests in one streaming pass; frames are read separately by the video path.
            using var accumulator = new ContentDigests.Accumulator();
            accumulator.Append(header.AsSpan(0, headerLength));
            var rest = await ContentDigestsOfRest(stream, accumulator, cancellationToken);
            return new FileHashResult { Kind = kind, Format = format, Digests = rest };
        }

        // One pass: every byte goes through the digests; bytes are buffered for decoding only up to the limit.
        var limit = _options.Images.MaxInputBytes;
        using var digestPass = new ContentDigests.Accumulator();
        digestPass.Append(header.AsSpan(0, headerLength));
        var capacity = stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length, headerLength), limit + 1) : headerLength + (1 << 16);
        using var memory = new MemoryStream(capacity);
        memory.Write(header, 0, headerLength);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            digestPass.Append(buffer.AsSpan(0, read));
            if (memory.Length <= limit)
            {
                memory.Write(buffer, 0, read);
            }
        }

        var allDigests = digestPass.Finish();
        if (allDigests.Length > limit)
        {
            return Failed(kind, format, allDigests, new MediaDecodeException(MediaErrorKind.TooLarge, $"The file has {allDigests.Length} bytes, over the image limit of {limit}."));
        }

        var bytes = memory.GetBuffer().AsMemory(0, (int)memory.Length);
        try
        {
            return HashImage(bytes.Span, kind, format, allDigests);
        }
        catch (MediaDecodeException e)
        {
            return Failed(kind, format, allDigests, e);
        }
    }

    /// <summary>Hashes image bytes already in memory (the server's vault path).</summary>
    public FileHashResult HashImage(ReadOnlySpan<byte> bytes, MediaKind kind, string format, ContentDigests digests)
    {
        using var image = _decoder.Decode(bytes);
        var layout = PixelFormat.Packed(image.Width, image.Height, image.Bands);
        PdqDihedral? dihedral = null;
        PdqResult pdq;
        if (_options.Dihedral)
        {
            dihedral = PdqHasher.HashDihedral(image.Pixels, layout);
            pdq = new PdqResult(dihedral.Hashes[0], dihedral.Quality);
        }
        else
        {
            pdq = PdqHasher.Hash(image.Pixels, layout);
        }

        return new FileHashResult
        {
            Kind = kind,
            Format = image.Format,
            Digests = digests,
            Width = image.Width,
            Height = image.Height,
            Pdq = pdq,
            Dihedral = dihedral,
        };
    }

    private static FileHashResult Failed(MediaKind kind, string format, ContentDigests digests, MediaDecodeException e) =>
        new() { Kind = kind, Format = format, Digests = digests, ErrorCode = e.Code, Error = e.Message };

    private static async Task<ContentDigests> ContentDigestsOfRest(Stream stream, ContentDigests.Accumulator accumulator, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            accumulator.Append(buffer.AsSpan(0, read));
        }

        return accumulator.Finish();
    }
}
