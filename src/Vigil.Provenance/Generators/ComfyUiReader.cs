using System.Text.Json;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>
/// Reads ComfyUI graphs. The <c>prompt</c> (API) graph is what was queued: bypassed (mode 4) and muted (mode 2)
/// nodes are not in it, so its loaders are the ones that ran. The <c>workflow</c> (editor) graph is used only
/// when there is no prompt graph (its active nodes), and to report bypassed LoRA loaders separately.
/// </summary>
internal static class ComfyUiReader
{
    private static readonly Dictionary<string, string> ModelLoaders = new(StringComparer.Ordinal)
    {
        ["CheckpointLoaderSimple"] = "ckpt_name",
        ["CheckpointLoader"] = "ckpt_name",
        ["ImageOnlyCheckpointLoader"] = "ckpt_name",
        ["UNETLoader"] = "unet_name",
        ["UnetLoaderGGUF"] = "unet_name",
        ["DiffusersLoader"] = "model_path",
    };

    private static readonly HashSet<string> LoraLoaders = new(StringComparer.Ordinal) { "LoraLoader", "LoraLoaderModelOnly" };

    public static bool TryRead(string? prompt, string? workflow, string location, ProvenanceReport report)
    {
        using var promptDoc = prompt is null ? null : Json.TryParse(prompt);
        using var workflowDoc = workflow is null ? null : Json.TryParse(workflow);
        var api = promptDoc?.RootElement is { ValueKind: JsonValueKind.Object } a && a.EnumerateObject().Any(p => p.Value.Str("class_type") is not null) ? a : (JsonElement?)null;
        var editor = workflowDoc?.RootElement.Get("nodes") is { ValueKind: JsonValueKind.Array } n ? n : (JsonElement?)null;
        if (api is null && editor is null)
        {
            if (prompt is not null || workflow is not null)
            {
                report.Warn($"comfyui: {location} holds no readable graph");
            }

            return false;
        }

        report.Generator ??= "ComfyUI";
        if (api is { } g)
        {
            report.AddSignal("comfyui.prompt", $"{location} prompt", prompt!, SignalStrength.Declared, true);
            ReadApiGraph(g, location, report);
        }

        if (editor is { } nodes)
        {
            report.AddSignal("comfyui.workflow", $"{location} workflow", workflow!, SignalStrength.Declared, true);
            ReadEditorGraph(nodes, location, report, useActive: api is null);
        }

        return true;
    }

    private static void ReadApiGraph(JsonElement graph, string location, ProvenanceReport report)
    {
        foreach (var node in graph.EnumerateObject())
        {
            var type = node.Value.Str("class_type");
            var inputs = node.Value.Get("inputs");
            if (type is null || inputs is not { } inp)
            {
                continue;
            }

            if (ModelLoaders.TryGetValue(type, out var key) && inp.Str(key) is { } model)
            {
                report.Model ??= new ModelReference(model, null, null);
            }
            else if (LoraLoaders.Contains(type) && inp.Str("lora_name") is { } lora && report.LoraList.Count < ProvenanceLimits.MaxLoras)
            {
                report.LoraList.Add(new LoraReference(lora, inp.Num("strength_model"), null, null));
            }
        }

        report.Prompt ??= PositivePrompt(graph);
    }

    // Follows a sampler's "positive" link back through conditioning nodes to the text encoder.
    private static string? PositivePrompt(JsonElement graph)
    {
        foreach (var node in graph.EnumerateObject())
        {
            if (node.Value.Get("inputs")?.Get("positive") is not { ValueKind: JsonValueKind.Array } link)
            {
                continue;
            }

            for (var hops = 0; hops < 16 && link.ValueKind == JsonValueKind.Array && link.GetArrayLength() > 0; hops++)
            {
                var id = link[0].ValueKind == JsonValueKind.String ? link[0].GetString() : link[0].ToString();
                if (id is null || graph.Get(id)?.Get("inputs") is not { } inputs)
                {
                    break;
                }

                if (inputs.Str("text") is { } text)
                {
                    return text;
                }

                if (inputs.Get("conditioning") is not { } next)
                {
                    break;
                }

                link = next;
            }
        }

        return graph.EnumerateObject()
            .Where(n => string.Equals(n.Value.Str("class_type"), "CLIPTextEncode", StringComparison.Ordinal))
            .Select(n => n.Value.Get("inputs")?.Str("text"))
            .FirstOrDefault(t => t is not null);
    }

    private static void ReadEditorGraph(JsonElement nodes, string location, ProvenanceReport report, bool useActive)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            var type = node.Str("type");
            var mode = node.Num("mode") ?? 0;
            var widgets = node.Get("widgets_values");
            var first = widgets is { ValueKind: JsonValueKind.Array } w && w.GetArrayLength() > 0 && w[0].ValueKind == JsonValueKind.String ? w[0].GetString() : null;
            if (type is null || first is null)
            {
                continue;
            }

            var isLora = LoraLoaders.Contains(type);
            if (mode is 2 or 4)
            {
                if (isLora)
                {
                    report.AddSignal("comfyui.bypassed_lora", $"{location} workflow node {node.Num("id")} (mode {mode}, did not run)", first, SignalStrength.Declared, false);
                }

                continue;
            }

            if (!useActive)
            {
                continue;
            }

            if (ModelLoaders.ContainsKey(type))
            {
                report.Model ??= new ModelReference(first, null, null);
            }
            else if (isLora && report.LoraList.Count < ProvenanceLimits.MaxLoras)
            {
                var weight = widgets!.Value.GetArrayLength() > 1 ? Json.AsNumber(widgets.Value[1]) : null;
                report.LoraList.Add(new LoraReference(first, weight, null, null));
            }
        }
    }
}
