using Vigil.Core.Items;
using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Core.Processing;

/// <summary>
/// vPDQ for a video item held in memory. ffprobe and ffmpeg read a path (MP4 files with the index at the end need
/// seeking, which a pipe cannot give), so the decrypted bytes go to a file readable only by this user in a private
/// folder, removed as soon as ffmpeg is done, also on failure and cancellation. The video hasher bounds ffmpeg's
/// time and kills it on cancellation.
/// </summary>
internal static class VideoItemHasher
{
    public static async Task<VideoHash> HashAsync(VideoHasher video, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("vigil-video-");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var path = Path.Combine(folder.FullName, "item");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var file = new FileStream(path, create))
            {
                await file.WriteAsync(content, cancellationToken);
            }

            return await video.HashAsync(path, cancellationToken);
        }
        catch (MediaDecodeException e)
        {
            throw new PermanentStepException($"The video could not be decoded ({e.Code}): {e.Message}", e);
        }
        finally
        {
            folder.Delete(recursive: true);
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
