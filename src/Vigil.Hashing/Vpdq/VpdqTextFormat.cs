using System.Globalization;
using System.Text;
using Vigil.Hashing.Pdq;

namespace Vigil.Hashing.Vpdq;

/// <summary>
/// The reference hasher's text output: one line per sampled frame, <c>frame_number,quality,pdq_hex,timestamp</c>
/// with the timestamp to three decimals (vpdq/cpp io/vpdqio.cpp). Parsing is bounded and strict.
/// </summary>
public static class VpdqTextFormat
{
    /// <summary>Most lines <see cref="Parse"/> accepts (a day of video at one hash per second).</summary>
    public const int MaxLines = 86_400;

    /// <summary>Longest line accepted, in characters.</summary>
    public const int MaxLineLength = 128;

    /// <summary>Parses the reference's text; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is malformed; the message gives its 1-based number.</exception>
    public static IReadOnlyList<VpdqFeature> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var features = new List<VpdqFeature>();
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (features.Count >= MaxLines)
            {
                throw new FormatException($"More than {MaxLines} vPDQ lines.");
            }

            features.Add(ParseLine(line, lineNumber));
        }

        return features;
    }

    /// <summary>Formats features as the reference writes them, one line each, '\n'-terminated.</summary>
    public static string Format(IEnumerable<VpdqFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var builder = new StringBuilder();
        foreach (var f in features)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{f.FrameNumber},{f.Quality},{f.Hash},{f.Timestamp:F3}\n");
        }

        return builder.ToString();
    }

    private static VpdqFeature ParseLine(ReadOnlySpan<char> line, int lineNumber)
    {
        if (line.Length > MaxLineLength)
        {
            throw new FormatException($"Line {lineNumber}: longer than {MaxLineLength} characters.");
        }

        Span<Range> parts = stackalloc Range[5];
        if (line.Split(parts, ',') != 4)
        {
            throw new FormatException($"Line {lineNumber}: expected frame_number,quality,pdq_hex,timestamp.");
        }

        if (!int.TryParse(line[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var frame))
        {
            throw new FormatException($"Line {lineNumber}: the frame number is not a non-negative integer.");
        }

        if (!int.TryParse(line[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var quality) || quality > 100)
        {
            throw new FormatException($"Line {lineNumber}: the quality is not an integer 0..100.");
        }

        if (!PdqHash.TryParse(line[parts[2]], out var hash, out var error))
        {
            throw new FormatException($"Line {lineNumber}: {error}");
        }

        if (!double.TryParse(line[parts[3]], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var timestamp)
            || !double.IsFinite(timestamp))
        {
            throw new FormatException($"Line {lineNumber}: the timestamp is not a non-negative number.");
        }

        return new VpdqFeature(hash, quality, frame, timestamp);
    }
}
