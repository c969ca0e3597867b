using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Project VIC VICS JSON (OData): 2.0 files are <c>{"@odata.context": "...#Media", "value": [Media...]}</c>;
/// 1.3 files are <c>{"odata.metadata": "...#Cases", "value": [{..., "Media": [Media...]}]}</c>. Each Media
/// record's MD5, SHA1 (and SHA256 where present) become entries with its Category; the whole record is kept in
/// <see cref="HashListRecord.Extra"/>. Streams with <see cref="Utf8JsonReader"/>: memory is bounded by one
/// record (1 MiB cap), never the file. A bad record (wrong hex length, bad Category) is reported and skipped;
/// broken JSON, a wrong shape or invalid UTF-8 anywhere fails the whole file.
/// </summary>
public static class VicsJsonReader
{
    public static async IAsyncEnumerable<HashListRecord> ReadAsync(Stream stream, HashListReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var json = new JsonStreamCursor(stream);
        await json.StartAsync(cancellationToken);
        if (await json.NextAsync(cancellationToken) != JsonTokenType.StartObject)
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, json.Line, "A VICS file is a JSON object with a \"value\" array");
        }

        var casesShape = false;
        var sawValue = false;
        while (await json.NextAsync(cancellationToken) == JsonTokenType.PropertyName)
        {
            var name = json.LastString;
            if (name is "odata.metadata" or "@odata.context")
            {
                if (await json.NextAsync(cancellationToken) == JsonTokenType.String && json.LastString is { } context)
                {
                    // 1.3 exports list Cases that hold Media arrays; 2.0 exports list Media directly.
                    casesShape = context.Contains("#Cases", StringComparison.OrdinalIgnoreCase)
                        || (name == "odata.metadata" && !context.Contains("#Media", StringComparison.OrdinalIgnoreCase));
                }

                continue;
            }

            if (name != "value")
            {
                await json.SkipValueAsync(cancellationToken);
                continue;
            }

            if (await json.NextAsync(cancellationToken) != JsonTokenType.StartArray)
            {
                throw new HashListFormatException(HashListFileProblem.BadStructure, json.Line, "\"value\" must be an array");
            }

            sawValue = true;
            if (casesShape)
            {
                while (await json.NextAsync(cancellationToken) == JsonTokenType.StartObject)
                {
                    while (await json.NextAsync(cancellationToken) == JsonTokenType.PropertyName)
                    {
                        if (json.LastString != "Media")
                        {
                            await json.SkipValueAsync(cancellationToken);
                            continue;
                        }

                        if (await json.NextAsync(cancellationToken) != JsonTokenType.StartArray)
                        {
                            throw new HashListFormatException(HashListFileProblem.BadStructure, json.Line, "\"Media\" must be an array");
                        }

                        while (await json.ReadObjectElementAsync(cancellationToken) is { } media)
                        {
                            foreach (var record in VicsMediaRecord.Parse(media.Bytes, media.Line, report))
                            {
                                yield return record;
                            }
                        }
                    }
                }
            }
            else
            {
                while (await json.ReadObjectElementAsync(cancellationToken) is { } media)
                {
                    foreach (var record in VicsMediaRecord.Parse(media.Bytes, media.Line, report))
                    {
                        yield return record;
                    }
                }
            }
        }

        if (!sawValue)
        {
            throw new HashListFormatException(HashListFileProblem.BadStructure, json.Line, "The VICS file has no \"value\" array");
        }
    }
}
