using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>One VICS Media object to entries: MD5, SHA1 and SHA256 with the record's Category.</summary>
internal static class VicsMediaRecord
{
    private static readonly (string Property, HashListEntryKind Kind)[] Digests =
        [("MD5", HashListEntryKind.Md5), ("SHA1", HashListEntryKind.Sha1), ("SHA256", HashListEntryKind.Sha256)];

    public static List<HashListRecord> Parse(byte[] bytes, long line, HashListReadReport report)
    {
        // The bytes are valid UTF-8: JsonStreamCursor's validator fails the whole file otherwise.
        var records = new List<HashListRecord>(2);
        using var document = JsonDocument.Parse(bytes);
        var media = document.RootElement;
        string? category = null;
        if (Property(media, "Category") is { } c)
        {
            category = c.ValueKind switch
            {
                JsonValueKind.Number when c.TryGetInt32(out var n) => n.ToString(CultureInfo.InvariantCulture),
                JsonValueKind.String => c.GetString(),
                _ => null,
            };
            if (category is null || category.Length > CsvHashListReader.MaxCategoryLength)
            {
                report.Bad(line, "Category must be an integer or a short string");
                return records;
            }
        }

        var extra = Encoding.UTF8.GetString(bytes);
        foreach (var (name, kind) in Digests)
        {
            if (Property(media, name) is not { } digest || digest.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (digest.ValueKind != JsonValueKind.String || !HashValues.TryNormalize(kind, digest.GetString(), out var value, out var error))
            {
                report.Bad(line, digest.ValueKind == JsonValueKind.String ? $"{name}: {Error(kind, digest.GetString())}" : $"{name} must be a string");
                records.Clear();
                return records;
            }

            records.Add(new HashListRecord { Kind = kind, Value = value, Category = category, Extra = extra, Line = line });
        }

        if (records.Count == 0)
        {
            report.Bad(line, "the Media record has no MD5, SHA1 or SHA256");
            return records;
        }

        report.Good();
        return records;
    }

    private static string Error(HashListEntryKind kind, string? text)
    {
        HashValues.TryNormalize(kind, text, out _, out var error);
        return error ?? "invalid";
    }

    // VICS names are PascalCase, but exports differ in case ("Md5"); match case-insensitively.
    private static JsonElement? Property(JsonElement media, string name)
    {
        if (media.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in media.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
