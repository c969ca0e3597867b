using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Hashing.Vpdq;
using Vigil.Media.Images;

namespace Vigil.Media.Video;

/// <summary>
/// vPDQ hashing of a video file as the reference does it: ffprobe for the stream's size and frame rate, ffmpeg for
/// the frames (one per <see cref="VideoOptions.SecondsPerHash"/>), PDQ for each, hashed while ffmpeg decodes on. Thread-safe; hash different files
/// on different threads.
/// </summary>
public sealed partial class VideoHasher
{
    private readonly VideoOptions _options;
    private readonly VideoProber _prober;
    private readonly VideoFrameReader _reader;
    private readonly ILogger _logger;

    public VideoHasher(VideoOptions? options = null, ILogger<VideoHasher>? logger = null)
    {
        _options = options ?? new VideoOptions();
        _options.Validate();
        _prober = new VideoProber(_options);
        _reader = new VideoFrameReader(_options);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Hashes <paramref name="path"/>. Throws <see cref="MediaDecodeException"/>.</summary>
    public async Task<VideoHash> HashAsync(string path, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var info = await _prober.ProbeAsync(path, cancellationToken);
        var interval = VpdqSampling.FrameInterval(info.FrameRate, _options.SecondsPerHash);
        LogStarted(_logger, info.Width, info.Height, info.FrameRate, interval);

        using var frames = new OverlappedFrameHasher(info);
        long decoded;
        IReadOnlyList<VpdqFeature> features;
        try
        {
            decoded = await _reader.ReadAsync(path, info, interval, frames.Add, cancellationToken);
            features = await frames.FinishAsync();
        }
        catch (MediaDecodeException e)
        {
            await frames.DrainAsync();
            LogFailed(_logger, e.Code, frames.Count);
            throw;
        }
        catch
        {
            await frames.DrainAsync();
            throw;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        LogFinished(_logger, decoded, features.Count, elapsed.TotalMilliseconds);
        return new VideoHash(info, decoded, features);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Video hashing started: {Width}x{Height} at {FrameRate:0.###} fps, every {Interval} frames")]
    private static partial void LogStarted(ILogger logger, int width, int height, double frameRate, int interval);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Video hashed: {Decoded} frames decoded, {Sampled} hashed in {ElapsedMs:0} ms")]
    private static partial void LogFinished(ILogger logger, long decoded, int sampled, double elapsedMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Video hashing failed ({Code}) after {Sampled} frames")]
    private static partial void LogFailed(ILogger logger, string code, int sampled);
}
