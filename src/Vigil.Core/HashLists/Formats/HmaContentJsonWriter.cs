using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>Writes entries as the JSON array <see cref="HmaContentJsonReader"/> reads: one content object per entry.</summary>
public static class HmaContentJsonWriter
{
    public static async Task<long> WriteAsync(Stream stream, string bank, IAsyncEnumerable<(long Id, bool Enabled, HashListRecord Record)> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        long written = 0;
        await foreach (var (id, enabled, record) in entries.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("bank", bank);
            json.WriteBoolean("enabled", enabled);
            json.WriteNull("original_media_uri");
            json.WriteStartObject("signals");
            json.WriteString(
                HmaSignalTypes.NameOf(record.Kind),
                record.Kind == HashListEntryKind.Vpdq && record.Frames is { } frames ? VpdqFrames.ToHmaSignal(frames) : record.Value);
            json.WriteEndObject();
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
