using System.Runtime.CompilerServices;

namespace Vigil.Core.HashLists.Formats;

/// <summary>Picks a format's reader or writer; format names as the CLI and API spell them.</summary>
public static class HashListFiles
{
    public const string Names = "csv, vics, hma-pdq, hma-json";

    public static string NameOf(HashListFormat format) => format switch
    {
        HashListFormat.Csv => "csv",
        HashListFormat.Vics => "vics",
        HashListFormat.HmaPdq => "hma-pdq",
        HashListFormat.HmaJson => "hma-json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    public static bool TryParse(string? name, out HashListFormat format)
    {
        foreach (var candidate in Enum.GetValues<HashListFormat>())
        {
            if (string.Equals(name?.Trim(), NameOf(candidate), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The file's content type for downloads.</summary>
    public static string ContentTypeOf(HashListFormat format) => format switch
    {
        HashListFormat.Csv => "text/csv",
        HashListFormat.HmaPdq => "text/plain",
        _ => "application/json",
    };

    public static IAsyncEnumerable<HashListRecord> Read(HashListFormat format, Stream stream, HashListReadReport report, CancellationToken cancellationToken) => format switch
    {
        HashListFormat.Csv => CsvHashListReader.ReadAsync(stream, report, cancellationToken),
        HashListFormat.Vics => VicsJsonReader.ReadAsync(stream, report, cancellationToken),
        HashListFormat.HmaPdq => HmaPdqTextReader.ReadAsync(stream, report, cancellationToken),
        HashListFormat.HmaJson => HmaContentJsonReader.ReadAsync(stream, report, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    /// <summary>Writes entries; returns how many were written and how many the format cannot hold (e.g. MD5 in PDQ text).</summary>
    public static async Task<(long Written, long Skipped)> WriteAsync(
        HashListFormat format, Stream stream, HashList list, IAsyncEnumerable<HashListEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        switch (format)
        {
            case HashListFormat.Csv:
                return (await CsvHashListWriter.WriteAsync(stream, Records(entries, cancellationToken), cancellationToken), 0);
            case HashListFormat.Vics:
                return await VicsJsonWriter.WriteAsync(stream, Records(entries, cancellationToken), cancellationToken);
            case HashListFormat.HmaPdq:
                return await HmaPdqTextWriter.WriteAsync(stream, Records(entries, cancellationToken), cancellationToken);
            case HashListFormat.HmaJson:
                return (await HmaContentJsonWriter.WriteAsync(stream, list.Name, list.MatchingEnabledRatio, Contents(entries, cancellationToken), cancellationToken), 0);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }
    }

    public static HashListRecord ToRecord(HashListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new HashListRecord
        {
            Kind = entry.Kind,
            Value = entry.Value,
            Frames = entry.Frames,
            Category = entry.Category,
            AiGenerated = entry.AiGenerated,
            Source = entry.Source,
            Note = entry.Note,
            Quality = entry.Quality,
            Extra = entry.Extra,
        };
    }

    private static async IAsyncEnumerable<HashListRecord> Records(IAsyncEnumerable<HashListEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return ToRecord(entry);
        }
    }

    private static async IAsyncEnumerable<(long, DateTimeOffset?, HashListRecord)> Contents(IAsyncEnumerable<HashListEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return (entry.Id, entry.DisabledUntil, ToRecord(entry));
        }
    }
}
