using System.Text.Json;
using Vigil.Media.Video;

namespace Vigil.Cli.Commands.Hashing;

/// <summary>
/// The video fields of `vigil hash --format jsonl`: <c>duration_s</c>, <c>frame_count</c> (frames decoded) and
/// <c>vpdq</c>, one <c>{frame, quality, pdq, timestamp}</c> per sampled frame, timestamps to the reference's 3 decimals.
/// </summary>
public static class VideoHashJson
{
    public static void Write(Utf8JsonWriter json, VideoHash video)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(video);
        json.WriteNumber("duration_s", Math.Round(video.DurationSeconds, 3));
        json.WriteNumber("frame_count", video.FramesDecoded);
        json.WriteStartArray("vpdq");
        foreach (var f in video.Features)
        {
            json.WriteStartObject();
            json.WriteNumber("frame", f.FrameNumber);
            json.WriteNumber("quality", f.Quality);
            json.WriteString("pdq", f.Hash.ToString());
            json.WriteNumber("timestamp", Math.Round(f.Timestamp, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
