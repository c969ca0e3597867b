using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Writes entries as the JSON array <see cref="HmaContentJsonReader"/> reads: one content object per entry, shaped as
/// HMA's <c>GET /c/bank/NAME/content/ID?include_signals=true</c> answers (<c>BankContentResponse</c>):
/// <c>{"id", "disable_until_ts", "original_media_uri", "bank": {"name", "matching_enabled_ratio"}, "signals", "note"?}</c>.
/// </summary>
public static class HmaContentJsonWriter
{
    public static async Task<long> WriteAsync(
        Stream stream, string bank, double matchingEnabledRatio, IAsyncEnumerable<(long Id, DateTimeOffset? DisabledUntil, HashListRecord Record)> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        long written = 0;
        await foreach (var (id, disabledUntil, record) in entries.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteNumber("disable_until_ts", HmaDisableUntil.ToTimestamp(disabledUntil));
            json.WriteNull("original_media_uri");
            json.WriteStartObject("bank");
            json.WriteString("name", bank);
            json.WriteNumber("matching_enabled_ratio", matchingEnabledRatio);
            json.WriteEndObject();
            json.WriteStartObject("signals");
            json.WriteString(
                HmaSignalTypes.NameOf(record.Kind),
                record.Kind == HashListEntryKind.Vpdq && record.Frames is { } frames ? VpdqFrames.ToHmaSignal(frames) : record.Value);
            json.WriteEndObject();
            if (record.Note is { } note)
            {
                json.WriteString("note", note);
            }

            json.WriteEndObject();
            if (++written % 4096 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        return written;
    }
}
