using Vigil.Media.Images;

namespace Vigil.Media.Previews;

public sealed partial class PreviewRenderer
{
    /// <inheritdoc />
    public async Task<VideoPreview> RenderVideoAsync(string path, PreviewOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        try
        {
            var info = await _prober.ProbeAsync(path, cancellationToken);
            var interval = Interval(info.FrameRate, info.DurationSeconds, options.VideoFrames);
            var sampler = new StripSampler<PreviewFrame>(options.VideoFrames);
            var sample = 0L;
            var decoded = await _reader.ReadAsync(
                path,
                info,
                interval,
                (rgb, frameNumber) =>
                {
                    if (sampler.Accepts(sample))
                    {
                        var image = RenderPixels(rgb, info.Width, info.Height, 3, options);
                        sampler.Add(sample, new PreviewFrame(frameNumber, frameNumber / info.FrameRate, image));
                    }

                    sample++;
                },
                cancellationToken);

            var frames = sampler.Pick();
            LogVideoRendered(_logger, frames.Count, decoded);
            return new VideoPreview(info.Width, info.Height, info.DurationSeconds, decoded, frames);
        }
        catch (MediaDecodeException e)
        {
            LogFailed(_logger, e.Code);
            throw;
        }
    }

    /// <summary>
    /// Frames between two samples: the declared length over the frames wanted, so that about that many samples
    /// arrive; where the length is unknown, one sample a second (the sampler thins them evenly).
    /// </summary>
    internal static int Interval(double frameRate, double? durationSeconds, int wanted)
    {
        var frames = durationSeconds is > 0 and var d ? d * frameRate : double.NaN;
        var interval = double.IsFinite(frames) ? Math.Floor(frames / wanted) : Math.Round(frameRate);
        return (int)Math.Clamp(interval, 1, 1_000_000);
    }
}
