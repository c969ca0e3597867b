using System.Globalization;

namespace Vigil.Media.Video;

/// <summary>
/// Bounded record of what ffmpeg or ffprobe wrote to stderr (run with <c>-loglevel level+...</c>, so each line
/// carries its level): the first error lines, the last lines (where ffmpeg prints its final statistics) and a count.
/// Memory stays bounded whatever the tool writes.
/// </summary>
internal sealed class ToolDiagnostics
{
    public const int MaxLineLength = 512;
    private const int MaxErrorLines = 16;
    private const int MaxTailLines = 64;

    private readonly List<string> _errors = [];
    private readonly Queue<string> _tail = new();

    /// <summary>Lines at level error, fatal or panic seen in all.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The first error lines (at most 16), each at most 512 characters.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The last lines (at most 64).</summary>
    public IEnumerable<string> Tail => _tail;

    /// <summary>Reads <paramref name="reader"/> to its end, in bounded chunks, splitting lines at CR or LF.</summary>
    public async Task DrainAsync(TextReader reader)
    {
        var buffer = new char[4096];
        var line = new System.Text.StringBuilder(MaxLineLength);
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory())) > 0)
        {
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (c is '\n' or '\r')
                {
                    Add(line.ToString());
                    line.Clear();
                }
                else if (line.Length < MaxLineLength)
                {
                    line.Append(c);
                }
            }
        }

        Add(line.ToString());
    }

    /// <summary>The largest "N frames decoded" count of a video input stream in ffmpeg's final statistics.</summary>
    public long? FramesDecoded()
    {
        long? best = null;
        foreach (var line in _tail)
        {
            var video = line.IndexOf("(video):", StringComparison.Ordinal);
            var end = line.IndexOf(" frames decoded", StringComparison.Ordinal);
            if (video < 0 || end < 0 || end < video)
            {
                continue;
            }

            var start = line.LastIndexOf(' ', end - 1) + 1;
            if (long.TryParse(line.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                best = Math.Max(best ?? 0, n);
            }
        }

        return best;
    }

    internal void Add(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (IsError(line))
        {
            ErrorCount++;
            if (_errors.Count < MaxErrorLines)
            {
                _errors.Add(line);
            }
        }

        _tail.Enqueue(line);
        if (_tail.Count > MaxTailLines)
        {
            _tail.Dequeue();
        }
    }

    private static bool IsError(string line) =>
        line.Contains("[error] ", StringComparison.Ordinal)
        || line.Contains("[fatal] ", StringComparison.Ordinal)
        || line.Contains("[panic] ", StringComparison.Ordinal);
}
