using System.Globalization;
using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Writes MD5 and SHA-1 records as a VICS 2.0 Media list, one Media object per record (with its numeric
/// Category where it has one), streaming through <see cref="Utf8JsonWriter"/>; other kinds are skipped.
/// </summary>
public static class VicsJsonWriter
{
    public const string Context = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media";

    public static async Task<(long Written, long Skipped)> WriteAsync(Stream stream, IAsyncEnumerable<HashListRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("@odata.context", Context);
        json.WriteStartArray("value");
        long written = 0, skipped = 0;
        await foreach (var r in records.WithCancellation(cancellationToken))
        {
            var property = r.Kind switch
            {
                HashListEntryKind.Md5 => "MD5",
                HashListEntryKind.Sha1 => "SHA1",
                HashListEntryKind.Sha256 => "SHA256",
                _ => null,
            };
            if (property is null)
            {
                skipped++;
                continue;
            }

            json.WriteStartObject();
            json.WriteNumber("MediaID", written + 1);
            if (int.TryParse(r.Category, NumberStyles.None, CultureInfo.InvariantCulture, out var category))
            {
                json.WriteNumber("Category", category);
            }

            json.WriteString(property, r.Value.ToUpperInvariant());
            json.WriteEndObject();
            written++;
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return (written, skipped);
    }
}
