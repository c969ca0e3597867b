using Vigil.Core.Items;
using Vigil.Core.Vault;
using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Core.Processing;

/// <summary>
/// vPDQ for a video item held in memory. ffprobe and ffmpeg read a path, so the decrypted bytes go to a private file
/// in the data folder's <see cref="ScratchFolder"/>, removed as soon as ffmpeg is done, also on failure and
/// cancellation. The video hasher bounds ffmpeg's time and kills it on cancellation.
/// </summary>
internal static class VideoItemHasher
{
    public static async Task<VideoHash> HashAsync(VideoHasher video, ScratchFolder scratch, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var file = await scratch.WriteAsync(content, cancellationToken);
        try
        {
            return await video.HashAsync(file.Path, cancellationToken);
        }
        catch (MediaDecodeException e)
        {
            throw new PermanentStepException($"The video could not be decoded ({e.Code}): {e.Message}", e);
        }
    }

    public static IReadOnlyList<object> FramesOf(long itemId, VideoHash hash)
    {
        var rows = new List<object>(hash.Features.Count);
        foreach (var f in hash.Features)
        {
            var pdq = new byte[32];
            f.Hash.WriteBytes(pdq);
            rows.Add(new ItemVideoFrame
            {
                ItemId = itemId,
                FrameNumber = f.FrameNumber,
                TimestampMs = (long)Math.Round(f.Timestamp * 1000),
                Pdq = pdq,
                Quality = f.Quality,
            });
        }

        return rows;
    }
}
