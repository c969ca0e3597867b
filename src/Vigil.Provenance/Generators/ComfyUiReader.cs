using System.Text.Json;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>
/// Reads ComfyUI graphs and reports the checkpoint/UNET loaders and LoRA loaders that actually ran. The
/// <c>prompt</c> (API) graph is what was queued: the frontend leaves muted (mode 2) nodes out and routes around
/// bypassed (mode 4) ones, and ComfyUI runs only the nodes an output depends on (<see cref="ComfyUiGraph"/>), so a
/// loader there counts when it is connected to an output. The <c>workflow</c> (editor) graph is used for loaders only
/// without a prompt graph (active nodes reaching an output along its links) and to report bypassed or muted LoRA
/// loaders separately. Loaders that did not run become signals, never models or LoRAs.
/// </summary>
internal static class ComfyUiReader
{
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
            ReadEditorGraph(nodes, workflowDoc!.RootElement.Get("links"), location, report, useActive: api is null);
        }

        return true;
    }

    private static void ReadApiGraph(JsonElement graph, string location, ProvenanceReport report)
    {
        var running = ComfyUiGraph.ApiRunning(graph);
        foreach (var node in graph.EnumerateObject().Take(ProvenanceLimits.MaxChunks))
        {
            if (node.Value.Str("class_type") is not { } type || !ComfyUiNodes.IsLoader(type) || node.Value.Get("inputs") is not { ValueKind: JsonValueKind.Object } inputs)
            {
                continue;
            }

            var where = $"{type} (id {node.Name})";
            foreach (var loader in ComfyUiNodes.FromInputs(type, inputs))
            {
                if (running.Contains(node.Name))
                {
                    Apply(loader, where, $"{location} prompt node {node.Name} ({type})", report);
                }
                else
                {
                    report.AddSignal("comfyui.unused_loader", $"{location} prompt node {node.Name} ({type}), not connected to an output: did not run", loader.Name, SignalStrength.Declared, false);
                }
            }
        }

        report.Prompt ??= PositivePrompt(graph, running);
    }

    private static void ReadEditorGraph(JsonElement nodes, JsonElement? links, string location, ProvenanceReport report, bool useActive)
    {
        var running = useActive ? ComfyUiGraph.EditorRunning(nodes, links) : null;
        if (useActive && running is null)
        {
            report.Warn($"comfyui: {location} workflow has no links; its active loaders are reported without checking that they reach an output");
        }

        foreach (var node in nodes.EnumerateArray().Take(ProvenanceLimits.MaxChunks))
        {
            if (node.Str("type") is not { } type || !ComfyUiNodes.IsLoader(type) || node.Get("widgets_values") is not { } widgets)
            {
                continue;
            }

            var id = node.Num("id") is double d ? (long)d : -1;
            var mode = (int)(node.Num("mode") ?? 0);
            foreach (var loader in ComfyUiNodes.FromWidgets(type, widgets))
            {
                if (mode is 2 or 4)
                {
                    var kind = loader.IsLora ? "comfyui.bypassed_lora" : "comfyui.bypassed_model";
                    report.AddSignal(kind, $"{location} workflow node {id} (mode {mode}, did not run)", loader.Name, SignalStrength.Declared, false);
                }
                else if (!useActive)
                {
                    continue;
                }
                else if (running is null || running.Contains(id))
                {
                    Apply(loader, $"{type} (id {id})", $"{location} workflow node {id} ({type})", report);
                }
                else
                {
                    report.AddSignal("comfyui.unused_loader", $"{location} workflow node {id} ({type}), not connected to an output: did not run", loader.Name, SignalStrength.Declared, false);
                }
            }
        }
    }

    private static void Apply(ComfyUiLoader loader, string node, string where, ProvenanceReport report)
    {
        if (!loader.IsLora)
        {
            report.Model ??= new ModelReference(loader.Name, null, null) { LoaderNode = node };
        }
        else if (loader.Inactive is { } why)
        {
            report.AddSignal("comfyui.inactive_lora", $"{where}, {why}: not applied", loader.Name, SignalStrength.Declared, false);
        }
        else if (report.LoraList.Count < ProvenanceLimits.MaxLoras)
        {
            report.LoraList.Add(new LoraReference(loader.Name, loader.Weight, null, null) { ClipWeight = loader.ClipWeight, LoaderNode = node });
        }
    }

    // Follows a running sampler's "positive" link back through conditioning nodes to the text encoder.
    private static string? PositivePrompt(JsonElement graph, HashSet<string> running)
    {
        foreach (var node in graph.EnumerateObject().Where(n => running.Contains(n.Name)))
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
            .Where(n => running.Contains(n.Name) && string.Equals(n.Value.Str("class_type"), "CLIPTextEncode", StringComparison.Ordinal))
            .Select(n => n.Value.Get("inputs")?.Str("text"))
            .FirstOrDefault(t => t is not null);
    }
}
