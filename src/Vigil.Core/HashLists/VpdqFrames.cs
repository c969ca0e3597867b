using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vigil.Core.HashLists;

/// <summary>
/// The canonical text of a vPDQ entry: one line per frame, <c>pdq_hex,quality,timestamp</c> (HMA's compact vPDQ
/// feature: lower-case 64-hex PDQ, integer quality 0..100, seconds with exactly three decimals), each line ending
/// in '\n', frames in the order given. The entry's value is the SHA-256 of that text's UTF-8 bytes, so the same
/// frames always give the same value and (list, kind, value) stays unique.
/// </summary>
public static class VpdqFrames
{
    /// <summary>Most frames per entry (a day of video at one frame a second, as the vPDQ text parser allows).</summary>
    public const int MaxFrames = 86_400;

    /// <summary>Longest frame text accepted before canonicalising.</summary>
    public const int MaxFrameLength = 128;

    /// <summary>
    /// Canonicalises frames separated by '\n' or ';' (the CSV <c>frames</c> column uses ';' because a CSV row is
    /// one line). Blank frames are skipped; at least one frame is required.
    /// </summary>
    public static bool TryCanonicalize(string? text, [NotNullWhen(true)] out string? canonical, [NotNullWhen(false)] out string? error)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a vpdq entry needs at least one frame (pdq_hex,quality,timestamp)";
            return false;
        }

        return TryCanonicalize(text.Split(['\n', ';']), out canonical, out error);
    }

    /// <summary>Canonicalises a sequence of frame texts (<c>pdq_hex,quality,timestamp</c> each).</summary>
    public static bool TryCanonicalize(IEnumerable<string> frames, [NotNullWhen(true)] out string? canonical, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(frames);
        canonical = null;
        var builder = new StringBuilder();
        var count = 0;
        foreach (var raw in frames)
        {
            var frame = raw.AsSpan().Trim();
            if (frame.IsEmpty)
            {
                continue;
            }

            if (++count > MaxFrames)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"a vpdq entry has at most {MaxFrames} frames");
                return false;
            }

            if (!TryAppendFrame(frame, builder, count, out error))
            {
                return false;
            }
        }

        if (count == 0)
        {
            error = "a vpdq entry needs at least one frame (pdq_hex,quality,timestamp)";
            return false;
        }

        canonical = builder.ToString();
        error = null;
        return true;
    }

    /// <summary>The entry value: lower-case hex SHA-256 of the canonical text's UTF-8 bytes.</summary>
    public static string ValueOf(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>HMA's vPDQ signal string: a JSON array of the frame texts.</summary>
    public static string ToHmaSignal(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return JsonSerializer.Serialize(canonical.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Reads HMA's vPDQ signal string (a JSON array of <c>pdq_hex,quality,timestamp</c> strings).</summary>
    public static bool TryFromHmaSignal(string? signal, [NotNullWhen(true)] out string? canonical, [NotNullWhen(false)] out string? error)
    {
        canonical = null;
        string[]? frames;
        try
        {
            frames = JsonSerializer.Deserialize<string[]>(signal ?? string.Empty);
        }
        catch (JsonException)
        {
            frames = null;
        }

        if (frames is null)
        {
            error = "a vpdq signal is a JSON array of \"pdq_hex,quality,timestamp\" strings";
            return false;
        }

        return TryCanonicalize(frames, out canonical, out error);
    }

    private static bool TryAppendFrame(ReadOnlySpan<char> frame, StringBuilder builder, int number, [NotNullWhen(false)] out string? error)
    {
        Span<Range> parts = stackalloc Range[4];
        if (frame.Length > MaxFrameLength || frame.Split(parts, ',') != 3)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"vpdq frame {number} is not pdq_hex,quality,timestamp");
            return false;
        }

        if (!HashValues.TryNormalize(HashListEntryKind.Pdq, frame[parts[0]], out var hex, out _))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"vpdq frame {number}: the pdq is not 64 hex characters");
            return false;
        }

        if (!int.TryParse(frame[parts[1]].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quality) || quality > 100)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"vpdq frame {number}: the quality is not an integer 0..100");
            return false;
        }

        if (!double.TryParse(frame[parts[2]].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || !double.IsFinite(seconds) || seconds > 1e9)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"vpdq frame {number}: the timestamp is not a non-negative number of seconds");
            return false;
        }

        builder.Append(CultureInfo.InvariantCulture, $"{hex},{quality},{seconds:F3}\n");
        error = null;
        return true;
    }
}
