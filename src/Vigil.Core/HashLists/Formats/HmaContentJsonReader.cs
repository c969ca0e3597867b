using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// HMA bank content as JSON: an array of content objects shaped like HMA's
/// <c>GET /c/bank/NAME/content/ID?include_signals=true</c> answer, <c>{"id": 1, "disable_until_ts": 1,
/// "original_media_uri": null, "bank": {"name": "NAME", "matching_enabled_ratio": 1.0}, "signals": {"pdq": "HEX",
/// "vpdq": "[\"HEX,Q,T\", ...]"}, "note": "..."}</c>; only <c>signals</c> is required. Each signal becomes an entry
/// with the object's <c>note</c>; everything else (id, bank, disable_until_ts, metadata) is kept in Extra, not
/// applied. A content object with a bad signal is reported and skipped whole; broken JSON fails the file.
/// </summary>
public static class HmaContentJsonReader
{
    public static async IAsyncEnumerable<HashListRecord> ReadAsync(Stream stream, HashListReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var json = new JsonStreamCursor(stream);
        await json.StartAsync(cancellationToken);
        if (await json.NextAsync(cancellationToken) != JsonTokenType.StartArray)
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, json.Line, "HMA bank content JSON is an array of content objects");
        }

        while (await json.ReadObjectElementAsync(cancellationToken) is { } content)
        {
            foreach (var record in Parse(content.Bytes, content.Line, report))
            {
                yield return record;
            }
        }
    }

    private static List<HashListRecord> Parse(byte[] bytes, long line, HashListReadReport report)
    {
        var records = new List<HashListRecord>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            report.Bad(line, "the content object could not be parsed as JSON");
            return records;
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("signals", out var signals) || signals.ValueKind != JsonValueKind.Object)
            {
                report.Bad(line, "the content object has no \"signals\" object");
                return records;
            }

            string? note = null;
            var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == "note" && property.Value.ValueKind == JsonValueKind.String)
                {
                    note = property.Value.GetString();
                }
                else if (property.Name != "signals")
                {
                    extra[property.Name] = property.Value;
                }
            }

            var extraJson = extra.Count > 0 ? JsonSerializer.Serialize(extra) : null;
            foreach (var signal in signals.EnumerateObject())
            {
                if (!TryRecord(signal, extraJson, line, out var record, out var error))
                {
                    report.Bad(line, error);
                    return [];
                }

                records.Add(record with { Note = string.IsNullOrEmpty(note) ? null : note });
            }
        }

        foreach (var _ in records)
        {
            report.Good();
        }

        return records;
    }

    private static bool TryRecord(JsonProperty signal, string? extra, long line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HashListRecord? record, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        record = null;
        if (!HmaSignalTypes.TryParse(signal.Name, out var kind))
        {
            error = "unknown signal type (expected pdq, vpdq, video_md5, md5, sha1 or sha256)";
            return false;
        }

        if (signal.Value.ValueKind != JsonValueKind.String)
        {
            error = "a signal value must be a string";
            return false;
        }

        var text = signal.Value.GetString()!;
        if (kind == HashListEntryKind.Vpdq)
        {
            if (!VpdqFrames.TryFromHmaSignal(text, out var frames, out error))
            {
                return false;
            }

            record = new HashListRecord { Kind = kind, Value = VpdqFrames.ValueOf(frames), Frames = frames, Extra = extra, Line = line };
            return true;
        }

        if (!HashValues.TryNormalize(kind, text, out var value, out error))
        {
            return false;
        }

        record = new HashListRecord { Kind = kind, Value = value, Extra = extra, Line = line };
        return true;
    }
}
