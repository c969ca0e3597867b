using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// CSV with a header naming typed columns: <c>kind,value</c> required; <c>category, ai, source, note, quality</c>
/// optional; any other column is kept in <see cref="HashListRecord.Extra"/>. Blank lines and lines starting
/// with '#' are skipped. Streams with bounded memory; bad rows are reported with their line and skipped.
/// </summary>
public static class CsvHashListReader
{
    public const int MaxCategoryLength = HashListEntry.CategoryMaxLength;
    public const int MaxSourceLength = HashListEntry.SourceMaxLength;
    public const int MaxNoteLength = HashListEntry.NoteMaxLength;

    private static readonly string[] Known = ["kind", "value", "category", "ai", "source", "note", "quality", "frames"];

    public static async IAsyncEnumerable<HashListRecord> ReadAsync(Stream stream, HashListReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var lines = new Utf8LineReader(stream);
        string[]? header = null;
        var fields = new List<string>();
        while (await lines.ReadLineAsync(cancellationToken) is { } read)
        {
            var line = lines.LineNumber;
            if (read.TooLong)
            {
                Fail(header, report, line, $"the row is longer than {Utf8LineReader.MaxLineBytes} bytes");
                continue;
            }

            var text = TextRows.Decode(read.Line.Span);
            if (TextRows.IsBlankOrComment(text))
            {
                continue;
            }

            if (!CsvFields.TrySplit(text, fields, out var splitError))
            {
                Fail(header, report, line, splitError);
                continue;
            }

            if (header is null)
            {
                header = ParseHeader(fields, line);
                continue;
            }

            if (TryParseRow(header, fields, line, out var record, out var error))
            {
                report.Good();
                yield return record;
            }
            else
            {
                report.Bad(line, error);
            }
        }

        if (header is null)
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, 0, "The CSV file has no header row (kind,value,...)");
        }
    }

    private static void Fail(string[]? header, HashListReadReport report, long line, string problem)
    {
        if (header is null)
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, line, $"The CSV header is unreadable: {problem}");
        }

        report.Bad(line, problem);
    }

    private static string[] ParseHeader(List<string> fields, long line)
    {
        var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        if (!header.Contains("kind") || !header.Contains("value"))
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, line, "The CSV header must name the columns kind and value");
        }

        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, line, $"The CSV header names the column {duplicate.Key} twice");
        }

        return header;
    }

    private static bool TryParseRow(string[] header, List<string> fields, long line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HashListRecord? record, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        record = null;
        if (fields.Count != header.Length)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"expected {header.Length} fields, got {fields.Count}");
            return false;
        }

        string? Field(string name)
        {
            var i = Array.IndexOf(header, name);
            return i < 0 || fields[i].Trim().Length == 0 ? null : fields[i].Trim();
        }

        if (!HashValues.TryParseKind(Field("kind") ?? string.Empty, out var kind))
        {
            error = "unknown kind (expected pdq, vpdq, md5, sha1, sha256, model-sha256, model-autov2, model-autov3 or model-autov1)";
            return false;
        }

        string? frames = null;
        string? value;
        if (kind == HashListEntryKind.Vpdq)
        {
            // vPDQ rows carry their frames ("pdq_hex,quality,timestamp;..." in a quoted field); the value is derived.
            if (!VpdqFrames.TryCanonicalize(Field("frames"), out frames, out error))
            {
                return false;
            }

            value = VpdqFrames.ValueOf(frames);
            if (Field("value") is { } given && !string.Equals(given, value, StringComparison.OrdinalIgnoreCase))
            {
                error = "the value of a vpdq row must be empty or the SHA-256 of its canonical frames";
                return false;
            }
        }
        else if (!HashValues.TryNormalize(kind, Field("value") ?? string.Empty, out value, out error))
        {
            return false;
        }

        bool? ai = null;
        if (Field("ai") is { } aiText)
        {
            ai = aiText.ToLowerInvariant() switch
            {
                "true" or "yes" or "1" or "y" => true,
                "false" or "no" or "0" or "n" => false,
                _ => null,
            };
            if (ai is null)
            {
                error = "ai must be true/false, yes/no or 1/0";
                return false;
            }
        }

        int? quality = null;
        if (Field("quality") is { } qualityText)
        {
            if (kind != HashListEntryKind.Pdq || !int.TryParse(qualityText, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q > 100)
            {
                error = "quality must be 0..100 and only on pdq rows";
                return false;
            }

            quality = q;
        }

        var (category, source, note) = (Field("category"), Field("source"), Field("note"));
        if (category?.Length > MaxCategoryLength || source?.Length > MaxSourceLength || note?.Length > MaxNoteLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"category, source or note too long (caps {MaxCategoryLength}, {MaxSourceLength}, {MaxNoteLength})");
            return false;
        }

        string? extra = null;
        var extras = header.Select((name, i) => (name, i)).Where(x => !Known.Contains(x.name)).ToList();
        if (extras.Count > 0)
        {
            extra = JsonSerializer.Serialize(extras.ToDictionary(x => x.name, x => fields[x.i], StringComparer.Ordinal));
        }

        record = new HashListRecord
        {
            Kind = kind,
            Value = value,
            Frames = frames,
            Category = category,
            AiGenerated = ai,
            Source = source,
            Note = note,
            Quality = quality,
            Extra = extra,
            Line = line,
        };
        return true;
    }
}
