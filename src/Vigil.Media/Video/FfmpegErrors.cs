using Vigil.Media.Images;

namespace Vigil.Media.Video;

/// <summary>Turns what ffmpeg or ffprobe said into a typed <see cref="MediaDecodeException"/> without the file's path.</summary>
internal static class FfmpegErrors
{
    private const int MaxDetailLength = 200;

    public static MediaDecodeException From(string tool, ToolResult result, string path, string fallback)
    {
        var detail = Detail(result.Diagnostics, path);
        var kind = Classify(result.Diagnostics.Errors);
        var what = kind switch
        {
            MediaErrorKind.Unsupported => "No video decoder Vigil allows recognises this data",
            MediaErrorKind.Truncated => "The video ends before its data does (truncated)",
            _ => fallback,
        };
        return new MediaDecodeException(kind, detail.Length == 0 ? $"{what} ({tool} exit code {result.ExitCode})." : $"{what}: {tool} said \"{detail}\".");
    }

    // Truncation first: a cut file also makes the decoder report invalid data. Then an unrecognised container
    // (ffprobe's "Invalid data found" on opening, not a decoding error). Anything else is damage.
    internal static MediaErrorKind Classify(IReadOnlyList<string> errors)
    {
        if (errors.Any(line =>
                line.Contains("moov atom not found", StringComparison.Ordinal)
                || line.Contains("partial file", StringComparison.OrdinalIgnoreCase)
                || line.Contains("truncat", StringComparison.OrdinalIgnoreCase)
                || line.Contains("End of file", StringComparison.OrdinalIgnoreCase)))
        {
            return MediaErrorKind.Truncated;
        }

        if (errors.Any(line =>
                line.Contains("not on whitelist", StringComparison.Ordinal)
                || line.Contains("Unknown input format", StringComparison.Ordinal)
                || (line.Contains("Invalid data found when processing input", StringComparison.Ordinal)
                    && !line.Contains("decoding", StringComparison.Ordinal))))
        {
            return MediaErrorKind.Unsupported;
        }

        return MediaErrorKind.Corrupt;
    }

    // The first error line without ffmpeg's "[component @ 0x...] [level] " prefixes, the path replaced, shortened.
    private static string Detail(ToolDiagnostics diagnostics, string path)
    {
        if (diagnostics.Errors.Count == 0)
        {
            return string.Empty;
        }

        var line = diagnostics.Errors[0];
        while (line.StartsWith('['))
        {
            var close = line.IndexOf("] ", StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            line = line[(close + 2)..];
        }

        line = line.Replace("file:" + path, "<input>", StringComparison.Ordinal).Replace(path, "<input>", StringComparison.Ordinal).Trim();
        return line.Length > MaxDetailLength ? line[..MaxDetailLength] + "..." : line;
    }
}
