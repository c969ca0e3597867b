using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Core.Provenance;
using Vigil.Provenance.Models;
using Vigil.Provenance.Results;

namespace Vigil.Cli.Commands.Provenance;

/// <summary>Writes `vigil inspect` results as a table or JSON Lines. Prompts appear only with --show-prompt.</summary>
public sealed class InspectRecordWriter(TextWriter output, InspectOutputFormat format, bool showPrompt)
{
    public async Task WriteHeaderAsync()
    {
        if (format == InspectOutputFormat.Table)
        {
            await output.WriteLineAsync($"{"AI",-4}{"GENERATOR",-16}{"MODEL",-34}{"LORAS",-6}{"C2PA",-26}{"WATERMARK",-14}PATH");
        }
    }

    public Task WriteAsync(FileProvenanceResult result) =>
        output.WriteLineAsync(format == InspectOutputFormat.Json ? ToJson(result) : ToTableRow(result));

    public string ToJson(FileProvenanceResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Media is { } media)
        {
            return ProvenanceReportJson.Write(media, showPrompt);
        }

        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("path", r.Path);
            if (r.Model is { } m)
            {
                WriteModel(w, m);
            }
            else
            {
                w.WriteString("error", r.Error);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteModel(Utf8JsonWriter w, ModelFileReport m)
    {
        w.WriteString("kind", "model");
        w.WriteString("format", m.Format);
        w.WriteNumber("size", m.Size);
        w.WriteString("sha256", m.Sha256);
        w.WriteString("autov1", m.AutoV1);
        w.WriteString("autov2", m.AutoV2);
        w.WriteString("autov3", m.AutoV3);
        w.WriteString("base_model", m.BaseModel);
        w.WriteBoolean("looks_like_lora", m.LooksLikeLora);
        w.WriteNumber("tensor_count", m.TensorCount);
        w.WriteStartArray("training_tags");
        foreach (var t in m.TrainingTags)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
        w.WriteStartObject("metadata");
        foreach (var kv in m.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteString(kv.Key, kv.Value);
        }

        w.WriteEndObject();
        w.WriteString("failure", m.Failure);
        w.WriteStartArray("warnings");
        foreach (var warning in m.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
    }

    private string ToTableRow(FileProvenanceResult r)
    {
        if (r.Model is { } m)
        {
            return $"{"-",-4}{"model " + m.Format,-16}{"sha256 " + m.AutoV2 + (m.AutoV3 is null ? "" : " v3 " + m.AutoV3[..12]),-34}{"-",-6}{"-",-26}{"-",-14}{r.Path}";
        }

        if (r.Media is not { } p)
        {
            return $"{"ERR",-4}{r.Error}  {r.Path}";
        }

        var model = p.Model is null ? "-" : p.Model.Hash is null ? p.Model.Name : $"{p.Model.Name} [{p.Model.Hash}]";
        var c2pa = !p.C2pa.Present ? "-"
            : $"sig:{Flag(p.C2pa.SignatureValid)} hash:{Flag(p.C2pa.DataHashValid)} {(p.C2pa.Trusted ? "trusted" : "untrusted")}";
        var wm = p.InvisibleWatermark is { } w ? $"{w.PayloadHex}" : "-";
        var row = $"{(p.AiSignal ? "yes" : "no"),-4}{Clip(p.Generator ?? "-", 15),-16}{Clip(model, 33),-34}{p.Loras.Count.ToString(CultureInfo.InvariantCulture),-6}{c2pa,-26}{wm,-14}{p.Path}";
        return showPrompt && p.Prompt is not null ? $"{row}{Environment.NewLine}    prompt: {p.Prompt}" : row;
    }

    private static string Flag(bool? value) => value switch { true => "ok", false => "FAIL", _ => "n/a" };

    private static string Clip(string s, int max) => s.Length <= max ? s : string.Concat(s.AsSpan(0, max - 1), "…");
}
