using System.Globalization;
using System.Text.Json;
using Vigil.Core.HashLists;

namespace Vigil.Cli.Commands.Matching;

/// <summary>Writes match records as a table or as JSON lines (snake_case, one object per input).</summary>
public sealed class MatchRecordWriter(TextWriter output, MatchOutputFormat format)
{
    public async Task WriteHeaderAsync()
    {
        if (format == MatchOutputFormat.Table)
        {
            await output.WriteLineAsync($"{"input",-40} {"list",-24} {"entry",10} {"signal",-8} {"distance",8}");
        }
    }

    public async Task WriteAsync(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (format == MatchOutputFormat.Jsonl)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                input = record.Input,
                kind = record.Kind,
                hash = record.Hash,
                matches = record.Matches.Select(m => new
                {
                    list = m.ListName,
                    list_id = m.ListId,
                    entry_id = m.EntryId,
                    signal = HashValues.Name(m.Signal),
                    distance = m.Distance,
                    variant = m.Variant is { } v ? Vigil.Hashing.Pdq.PdqDihedral.TransformNames[v] : null,
                    frame = m.Frame,
                    query_match_pct = m.QueryMatchPercent,
                    target_match_pct = m.TargetMatchPercent,
                }),
                error = record.Error,
            }));
            return;
        }

        var input = record.Input.Length > 40 ? "…" + record.Input[^39..] : record.Input;
        if (record.Error is not null)
        {
            await output.WriteLineAsync($"{input,-40} error: {record.Error}");
        }
        else if (record.Matches.Count == 0)
        {
            await output.WriteLineAsync($"{input,-40} no match");
        }

        foreach (var m in record.Matches)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{input,-40} {m.ListName,-24} {m.EntryId,10} {HashValues.Name(m.Signal),-8} {m.Distance,8}"));
        }
    }
}
