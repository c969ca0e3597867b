using System.Text.Json;

namespace Vigil.Provenance.Generators;

/// <summary>
/// Which ComfyUI nodes ran. ComfyUI executes only output nodes (OUTPUT_NODE classes: SaveImage, PreviewImage,
/// SaveAnimatedWEBP, ...) and what they depend on: it walks back from each output through the inputs that are links
/// (<c>[node id, output slot]</c>), and refuses a prompt without outputs. A loader that feeds nothing reaching an
/// output is in the graph but never ran. Output nodes are known by name or by "Save"/"Preview" in the class type
/// (custom nodes are not declared in the file); when a graph has none of those, its samplers stand in.
/// </summary>
internal static class ComfyUiGraph
{
    private static readonly HashSet<string> KnownOutputs = new(StringComparer.Ordinal)
    {
        "VHS_VideoCombine", "ShowText|pysssss", "Image Save", "PreviewAny", "CheckpointSave", "LoraSave",
    };

    public static bool IsOutput(string type) =>
        KnownOutputs.Contains(type) || type.Contains("Save", StringComparison.OrdinalIgnoreCase) || type.Contains("Preview", StringComparison.OrdinalIgnoreCase);

    public static bool IsSampler(string type) => type.Contains("Sampler", StringComparison.Ordinal);

    /// <summary>The ids of the API-graph nodes that ran: the outputs (else the samplers) and their ancestors.</summary>
    public static HashSet<string> ApiRunning(JsonElement graph)
    {
        var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in graph.EnumerateObject().Take(ProvenanceLimits.MaxChunks))
        {
            nodes.TryAdd(p.Name, p.Value);
        }

        var roots = Roots(nodes, n => n.Str("class_type"));
        var running = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.Count > 0 && running.Count < ProvenanceLimits.MaxChunks)
        {
            var id = pending.Pop();
            if (!running.Add(id) || nodes[id].Get("inputs") is not { ValueKind: JsonValueKind.Object } inputs)
            {
                continue;
            }

            foreach (var input in inputs.EnumerateObject())
            {
                // ComfyUI's own test for a link: a two-element list.
                if (input.Value is { ValueKind: JsonValueKind.Array } link && link.GetArrayLength() == 2
                    && LinkId(link[0]) is { } from && nodes.ContainsKey(from) && !running.Contains(from))
                {
                    pending.Push(from);
                }
            }
        }

        return running;
    }

    /// <summary>
    /// The ids of the editor-graph nodes that ran: walking back from active outputs (else samplers) along the
    /// links, a bypassed node (mode 4) passes its inputs through without running, a muted one (mode 2) cuts the
    /// path. Null when the graph carries no links to follow.
    /// </summary>
    public static HashSet<long>? EditorRunning(JsonElement nodeArray, JsonElement? linkArray)
    {
        var origins = new Dictionary<long, long>();
        foreach (var l in linkArray is { ValueKind: JsonValueKind.Array } la ? la.EnumerateArray().Take(ProvenanceLimits.MaxChunks) : [])
        {
            // [id, origin_id, origin_slot, target_id, target_slot, type], or the object form of newer frontends.
            var (id, origin) = l.ValueKind == JsonValueKind.Array && l.GetArrayLength() >= 2
                ? (Json.AsNumber(l[0]), Json.AsNumber(l[1]))
                : (l.Num("id"), l.Num("origin_id"));
            if (id is double i && origin is double o)
            {
                origins.TryAdd((long)i, (long)o);
            }
        }

        if (origins.Count == 0)
        {
            return null;
        }

        var nodes = new Dictionary<long, JsonElement>();
        foreach (var n in nodeArray.EnumerateArray().Take(ProvenanceLimits.MaxChunks))
        {
            if (n.Num("id") is double id)
            {
                nodes.TryAdd((long)id, n);
            }
        }

        var active = nodes.Where(n => Mode(n.Value) is not (2 or 4)).ToDictionary(n => n.Key, n => n.Value);
        var running = new HashSet<long>();
        var visited = new HashSet<long>();
        var pending = new Stack<long>(Roots(active, n => n.Str("type")));
        while (pending.Count > 0 && visited.Count < ProvenanceLimits.MaxChunks)
        {
            var id = pending.Pop();
            if (!visited.Add(id) || !nodes.TryGetValue(id, out var node) || Mode(node) == 2)
            {
                continue;
            }

            if (Mode(node) != 4)
            {
                running.Add(id);
            }

            foreach (var input in node.Get("inputs") is { ValueKind: JsonValueKind.Array } ins ? ins.EnumerateArray() : [])
            {
                if (input.Num("link") is double link && origins.TryGetValue((long)link, out var from))
                {
                    pending.Push(from);
                }
            }
        }

        return running;
    }

    private static int Mode(JsonElement node) => (int)(node.Num("mode") ?? 0);

    private static List<TKey> Roots<TKey>(Dictionary<TKey, JsonElement> nodes, Func<JsonElement, string?> typeOf)
        where TKey : notnull
    {
        var outputs = nodes.Where(n => typeOf(n.Value) is { } t && IsOutput(t)).Select(n => n.Key).ToList();
        return outputs.Count > 0 ? outputs : [.. nodes.Where(n => typeOf(n.Value) is { } t && IsSampler(t)).Select(n => n.Key)];
    }

    private static string? LinkId(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        _ => null,
    };
}
