using System.Globalization;
using Vigil.Media.Images;

namespace Vigil.Media.Video;

/// <summary>
/// Decodes a video with the ffmpeg command line and hands every <c>interval</c>-th decoded frame to a callback as
/// RGB24 at the stream's coded size, read from ffmpeg's stdout: no temporary files, one frame buffer reused, a
/// time limit, and ffmpeg killed and reaped on cancellation, timeout or failure.
/// </summary>
/// <remarks>
/// Faithful to the reference vPDQ decoder (vpdq/cpp ffmpegwrapper.cpp): every frame is decoded and counted in
/// decoder output order (ffmpeg's <c>select</c> filter keeps frame <c>n</c> when <c>n % interval == 0</c>, so the
/// k-th frame out is frame <c>k * interval</c>); frames pass through swscale with the reference's settings (area
/// filter, BT.601 matrix, range from the pixel format alone, scaled to the coded size when a stream changes size);
/// no rotation from metadata; timestamps play no part (<c>-fps_mode passthrough</c>).
/// </remarks>
public sealed class VideoFrameReader
{
    private readonly VideoOptions _options;

    public VideoFrameReader(VideoOptions? options = null)
    {
        _options = options ?? new VideoOptions();
        _options.Validate();
    }

    /// <summary>
    /// Decodes <paramref name="path"/> (described by <paramref name="info"/> from <see cref="VideoProber"/>) and
    /// calls <paramref name="onFrame"/> for frames 0, interval, 2 x interval, ... Returns the number of frames
    /// decoded. Throws <see cref="MediaDecodeException"/>; cancellation throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<long> ReadAsync(string path, VideoInfo info, int interval, VideoFrameHandler onFrame, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(onFrame);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(interval);
        if ((long)info.Width * info.Height > _options.MaxFramePixels || info.Width <= 0 || info.Height <= 0)
        {
            throw new MediaDecodeException(MediaErrorKind.TooManyPixels, $"{info.Width}x{info.Height} frames are outside the limit of {_options.MaxFramePixels} pixels.");
        }

        var fullPath = Path.GetFullPath(path);
        VideoProber.CheckFile(fullPath, _options.MaxInputBytes);
        var frameBytes = checked(info.Width * info.Height * 3);
        var sampled = 0L;
        var result = await ToolProcess.RunAsync(
            _options.FfmpegPath,
            Arguments(fullPath, info, interval),
            async (stdout, ct) =>
            {
                // One buffer for the whole video: the callback gets a span over it and must not keep it.
                var frame = GC.AllocateUninitializedArray<byte>(frameBytes);
                int read;
                while ((read = await stdout.ReadAtLeastAsync(frame, frameBytes, throwOnEndOfStream: false, ct)) > 0)
                {
                    if (read < frameBytes)
                    {
                        throw new MediaDecodeException(MediaErrorKind.Corrupt, $"ffmpeg stopped in the middle of a frame ({read} of {frameBytes} bytes).");
                    }

                    onFrame(frame, checked((int)(sampled * interval)));
                    sampled++;
                }
            },
            _options.Timeout,
            cancellationToken);

        if (result.ExitCode != 0)
        {
            throw FfmpegErrors.From("ffmpeg", result, fullPath, "ffmpeg could not decode the video");
        }

        if (result.Diagnostics.ErrorCount > 0 && !_options.TolerateDecodeErrors)
        {
            throw FfmpegErrors.From("ffmpeg", result, fullPath, "The video stream is damaged");
        }

        if (sampled == 0)
        {
            throw new MediaDecodeException(MediaErrorKind.Corrupt, "No frame of the video could be decoded.");
        }

        // ffmpeg's own count of decoded frames; where its statistics are missing, the least count consistent with the samples.
        return result.Diagnostics.FramesDecoded() ?? (((sampled - 1) * interval) + 1);
    }

    internal IEnumerable<string> Arguments(string fullPath, VideoInfo info, int interval)
    {
        var arguments = new List<string> { "-hide_banner", "-nostdin", "-loglevel", "level+verbose" };
        if (_options.DecoderThreads > 0)
        {
            arguments.AddRange(["-threads", _options.DecoderThreads.ToString(CultureInfo.InvariantCulture)]);
        }

        // Input options: no rotation from metadata (the reference hashes the coded frame), and one filter graph for
        // the whole stream so that the select filter's frame counter never restarts.
        arguments.AddRange(["-noautorotate", "-reinit_filter", "0"]);
        arguments.AddRange(FfmpegInput.Arguments(fullPath));
        arguments.AddRange([
            "-map", "0:v:0", "-an", "-sn", "-dn",
            "-vf", Filter(info, interval),
            "-fps_mode", "passthrough",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
        ]);
        return arguments;
    }

    // Every value put in the graph is an integer or a fixed word: nothing from the file reaches it as text.
    internal static string Filter(VideoInfo info, int interval)
    {
        var select = interval == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"select=not(mod(n\\,{interval})),");
        var scale = string.Create(CultureInfo.InvariantCulture, $"scale={info.Width}:{info.Height}:flags=area");

        // swscale as the reference calls it (sws_getContext with default colour details): BT.601, and full range
        // only for the JPEG pixel formats, whatever the stream's colour tags say.
        if (info.PixelFormat.StartsWith("yuvj", StringComparison.Ordinal))
        {
            scale += ":in_color_matrix=bt601:in_range=full";
        }
        else if (info.PixelFormat.StartsWith("yuv", StringComparison.Ordinal))
        {
            scale += ":in_color_matrix=bt601:in_range=limited";
        }

        return select + scale + ",format=rgb24";
    }
}
