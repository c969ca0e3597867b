using System.Globalization;
using System.Text.Json;
using Vigil.Media.Images;

namespace Vigil.Media.Video;

/// <summary>Reads a video's first video stream's size, frame rate and duration with ffprobe's JSON output (bounded).</summary>
public sealed class VideoProber
{
    private const int MaxJsonBytes = 1 << 20;
    private readonly VideoOptions _options;

    public VideoProber(VideoOptions? options = null)
    {
        _options = options ?? new VideoOptions();
        _options.Validate();
    }

    /// <summary>Probes <paramref name="path"/>. Throws <see cref="MediaDecodeException"/>.</summary>
    public async Task<VideoInfo> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckFile(path, _options.MaxInputBytes);
        var arguments = new List<string> { "-hide_banner", "-loglevel", "level+error" };
        arguments.AddRange(FfmpegInput.Arguments(Path.GetFullPath(path)));
        arguments.AddRange([
            "-select_streams", "v:0",
            "-show_entries", "stream=codec_name,width,height,pix_fmt,avg_frame_rate,r_frame_rate,duration:format=format_name,duration",
            "-of", "json",
        ]);

        byte[]? json = null;
        var result = await ToolProcess.RunAsync(
            _options.FfprobePath,
            arguments,
            async (stdout, ct) => json = await ReadBoundedAsync(stdout, ct),
            _options.Timeout,
            cancellationToken);
        if (result.ExitCode != 0 || json is null)
        {
            throw FfmpegErrors.From("ffprobe", result, Path.GetFullPath(path), "ffprobe could not read the container");
        }

        return Parse(json, _options.MaxFramePixels);
    }

    /// <summary>Refuses a missing, empty or oversized file before any tool runs.</summary>
    internal static void CheckFile(string path, long maxBytes)
    {
        var length = new FileInfo(path).Length; // FileNotFoundException for a missing file, as any file API.
        if (length == 0)
        {
            throw new MediaDecodeException(MediaErrorKind.Empty, "The file is empty (0 bytes).");
        }

        if (length > maxBytes)
        {
            throw new MediaDecodeException(MediaErrorKind.TooLarge, $"The file has {length} bytes, over the limit of {maxBytes}.");
        }

        if (!ContainerSignature.IsKnown(path))
        {
            throw new MediaDecodeException(
                MediaErrorKind.Unsupported,
                "The data is not a video container Vigil opens (MP4/MOV, Matroska/WebM, AVI, GIF, MPEG-TS/PS, FLV, ASF, Ogg).");
        }
    }

    internal static VideoInfo Parse(ReadOnlySpan<byte> json, long maxFramePixels)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            if (!root.TryGetProperty("streams", out var streams) || streams.ValueKind != JsonValueKind.Array || streams.GetArrayLength() == 0)
            {
                throw new MediaDecodeException(MediaErrorKind.Unsupported, "The file has no video stream.");
            }

            var stream = streams[0];
            var format = root.TryGetProperty("format", out var f) ? f : default;
            var width = Int(stream, "width");
            var height = Int(stream, "height");
            if (width <= 0 || height <= 0)
            {
                throw new MediaDecodeException(MediaErrorKind.Corrupt, "The video stream declares no frame size.");
            }

            if ((long)width * height > maxFramePixels)
            {
                throw new MediaDecodeException(MediaErrorKind.TooManyPixels, $"The video declares {width}x{height} frames, over the limit of {maxFramePixels} pixels; refused before decoding.");
            }

            // As the reference: the average frame rate, else the real base frame rate; zero is an error.
            var rate = Rational(stream, "avg_frame_rate") is > 0 and var average ? average : Rational(stream, "r_frame_rate");
            if (!(rate > 0 && rate < 100_000))
            {
                throw new MediaDecodeException(MediaErrorKind.Corrupt, "The video stream declares no usable frame rate.");
            }

            var duration = Seconds(stream, "duration") ?? (format.ValueKind == JsonValueKind.Object ? Seconds(format, "duration") : null);
            return new VideoInfo(
                Text(format, "format_name"),
                Text(stream, "codec_name"),
                Text(stream, "pix_fmt"),
                width,
                height,
                rate,
                duration);
        }
        catch (JsonException e)
        {
            throw new MediaDecodeException(MediaErrorKind.Corrupt, "ffprobe's output could not be read.", e);
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stdout, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stdout.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxJsonBytes)
            {
                throw new MediaDecodeException(MediaErrorKind.Corrupt, $"ffprobe wrote more than {MaxJsonBytes} bytes; refused.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    private static double? Seconds(JsonElement element, string name) =>
        double.TryParse(Text(element, name), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && double.IsFinite(s) && s >= 0
            ? s
            : null;

    // "30000/1001" -> 29.97...; "0/0", "N/A" or anything malformed -> 0.
    private static double Rational(JsonElement element, string name)
    {
        var text = Text(element, name);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var num)
            || !long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var den)
            || num == 0 || den == 0)
        {
            return 0;
        }

        return (double)num / den;
    }
}
