using System.Globalization;
using System.Text.Json;

namespace Vigil.Provenance.Generators;

/// <summary>
/// What ComfyUI loader nodes hold, by class type: in the API (<c>prompt</c>) graph as named inputs, in the editor
/// (<c>workflow</c>) graph as <c>widgets_values</c> in widget order. Core nodes from ComfyUI's nodes.py; custom
/// nodes from their published input definitions: rgthree "Power Lora Loader" (dynamic <c>lora_N</c> objects
/// <c>{on, lora, strength, strengthTwo}</c>, strengthTwo the CLIP strength when present) and "Lora Loader Stack"
/// (<c>lora_01</c>/<c>strength_01</c>..., one strength for model and CLIP), pysssss <c>LoraLoader|pysssss</c> and
/// <c>CheckpointLoader|pysssss</c> (the core inputs), Comfyroll "CR LoRA Stack" (<c>switch_N</c> On/Off,
/// <c>lora_name_N</c>, <c>model_weight_N</c>, <c>clip_weight_N</c>), Efficiency Nodes "Efficient Loader",
/// "Eff. Loader SDXL" and "LoRA Stacker". ComfyUI's LoraLoader returns early when both strengths are 0, so such a
/// LoRA is listed but inactive, as is one whose switch is off; "None" means no LoRA.
/// </summary>
internal static class ComfyUiNodes
{
    private const int MaxStackSlots = 64;

    // class_type -> (API input, editor widget index or -1 when not read from the editor graph).
    private static readonly Dictionary<string, (string Input, int Widget)[]> ModelLoaders = new(StringComparer.Ordinal)
    {
        ["CheckpointLoaderSimple"] = [("ckpt_name", 0)],
        ["CheckpointLoader"] = [("ckpt_name", 1)],
        ["CheckpointLoader|pysssss"] = [("ckpt_name", 0)],
        ["ImageOnlyCheckpointLoader"] = [("ckpt_name", 0)],
        ["unCLIPCheckpointLoader"] = [("ckpt_name", 0)],
        ["CheckpointLoaderNF4"] = [("ckpt_name", 0)],
        ["UNETLoader"] = [("unet_name", 0)],
        ["UnetLoaderGGUF"] = [("unet_name", 0)],
        ["UnetLoaderGGUFAdvanced"] = [("unet_name", 0)],
        ["DiffusersLoader"] = [("model_path", 0)],
        ["Efficient Loader"] = [("ckpt_name", 0)],
        ["Eff. Loader SDXL"] = [("base_ckpt_name", 0), ("refiner_ckpt_name", 2)],
    };

    // class_type -> (name input, model strength input, CLIP strength input or null, editor widget indices or null).
    private static readonly Dictionary<string, (string Name, string Model, string? Clip, int[]? Widgets)> SingleLoras = new(StringComparer.Ordinal)
    {
        ["LoraLoader"] = ("lora_name", "strength_model", "strength_clip", [0, 1, 2]),
        ["LoraLoader|pysssss"] = ("lora_name", "strength_model", "strength_clip", [0, 1, 2]),
        ["LoraLoaderModelOnly"] = ("lora_name", "strength_model", null, [0, 1]),
        ["Efficient Loader"] = ("lora_name", "lora_model_strength", "lora_clip_strength", null),
    };

    private const string PowerLoraLoader = "Power Lora Loader (rgthree)";
    private const string RgthreeStack = "Lora Loader Stack (rgthree)";
    private const string ComfyrollStack = "CR LoRA Stack";
    private const string EfficiencyStack = "LoRA Stacker";

    /// <summary>Whether the class type is a loader this reader knows.</summary>
    public static bool IsLoader(string type) =>
        ModelLoaders.ContainsKey(type) || SingleLoras.ContainsKey(type) || type is PowerLoraLoader or RgthreeStack or ComfyrollStack or EfficiencyStack;

    /// <summary>The loaders an API-graph node names, from its inputs.</summary>
    public static List<ComfyUiLoader> FromInputs(string type, JsonElement inputs)
    {
        var found = new List<ComfyUiLoader>();
        foreach (var (input, _) in ModelLoaders.GetValueOrDefault(type) ?? [])
        {
            if (Name(inputs.Get(input)) is { } model)
            {
                found.Add(new ComfyUiLoader(false, model, null, null, null));
            }
        }

        if (SingleLoras.TryGetValue(type, out var single))
        {
            AddLora(found, Name(inputs.Get(single.Name)), inputs.Num(single.Model), single.Clip is null ? null : inputs.Num(single.Clip), true);
        }
        else if (type == PowerLoraLoader)
        {
            foreach (var p in inputs.EnumerateObject().Take(ProvenanceLimits.MaxLoras))
            {
                if (p.Name.StartsWith("lora_", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Object)
                {
                    PowerLora(found, p.Value);
                }
            }
        }
        else if (type == RgthreeStack)
        {
            for (var n = 1; n <= MaxStackSlots && inputs.Get(string.Create(CultureInfo.InvariantCulture, $"lora_{n:00}")) is { } name; n++)
            {
                var strength = inputs.Num(string.Create(CultureInfo.InvariantCulture, $"strength_{n:00}"));
                AddLora(found, Name(name), strength, strength, true);
            }
        }
        else if (type is ComfyrollStack or EfficiencyStack)
        {
            var count = (int)Math.Clamp(inputs.Num("lora_count") ?? MaxStackSlots, 0, MaxStackSlots);
            var simple = string.Equals(inputs.Str("input_mode"), "simple", StringComparison.Ordinal);
            for (var n = 1; n <= count && inputs.Get(Slot("lora_name_", n)) is { } name; n++)
            {
                var on = type != ComfyrollStack || string.Equals(inputs.Str(Slot("switch_", n)), "On", StringComparison.OrdinalIgnoreCase);
                var (model, clip) = type == ComfyrollStack
                    ? (inputs.Num(Slot("model_weight_", n)), inputs.Num(Slot("clip_weight_", n)))
                    : simple ? (inputs.Num(Slot("lora_wt_", n)), inputs.Num(Slot("lora_wt_", n))) : (inputs.Num(Slot("model_str_", n)), inputs.Num(Slot("clip_str_", n)));
                AddLora(found, Name(name), model, clip, on);
            }
        }

        return found;
    }

    /// <summary>The loaders an editor-graph node names, from its widget values (the common loaders only).</summary>
    public static List<ComfyUiLoader> FromWidgets(string type, JsonElement widgets)
    {
        var found = new List<ComfyUiLoader>();
        if (widgets.ValueKind != JsonValueKind.Array)
        {
            return found;
        }

        var w = widgets.EnumerateArray().Take(4 * MaxStackSlots).ToList();
        JsonElement? At(int i) => i >= 0 && i < w.Count ? w[i] : null;
        double? Number(int i) => At(i) is { } e ? Json.AsNumber(e) : null;
        foreach (var (_, index) in ModelLoaders.GetValueOrDefault(type) ?? [])
        {
            if (Name(At(index)) is { } model)
            {
                found.Add(new ComfyUiLoader(false, model, null, null, null));
            }
        }

        if (SingleLoras.TryGetValue(type, out var single) && single.Widgets is { } idx)
        {
            AddLora(found, Name(At(idx[0])), Number(idx[1]), idx.Length > 2 ? Number(idx[2]) : null, true);
        }
        else if (type == PowerLoraLoader)
        {
            foreach (var v in w.Where(v => v.ValueKind == JsonValueKind.Object && v.Get("lora") is not null))
            {
                PowerLora(found, v);
            }
        }
        else if (type == RgthreeStack)
        {
            for (var i = 0; i + 1 < w.Count; i += 2)
            {
                AddLora(found, Name(w[i]), Number(i + 1), Number(i + 1), true);
            }
        }
        else if (type == ComfyrollStack)
        {
            for (var i = 0; i + 3 < w.Count; i += 4)
            {
                var on = w[i].ValueKind == JsonValueKind.String && string.Equals(w[i].GetString(), "On", StringComparison.OrdinalIgnoreCase);
                AddLora(found, Name(w[i + 1]), Number(i + 2), Number(i + 3), on);
            }
        }

        return found;
    }

    private static void PowerLora(List<ComfyUiLoader> found, JsonElement slot)
    {
        var strength = slot.Num("strength");
        var on = slot.Get("on") is { ValueKind: JsonValueKind.True };
        AddLora(found, Name(slot.Get("lora")), strength, slot.Num("strengthTwo") ?? strength, on);
    }

    private static void AddLora(List<ComfyUiLoader> found, string? name, double? model, double? clip, bool on)
    {
        if (name is null)
        {
            return;
        }

        var inactive = !on ? "switched off" : model == 0 && (clip ?? 0) == 0 ? "strength 0" : null;
        found.Add(new ComfyUiLoader(true, name, model, clip, inactive));
    }

    // A file name: a non-empty string other than "None" (pysssss may wrap it as {"content": name}). A link
    // ([node, slot]) is not a name.
    private static string? Name(JsonElement? value)
    {
        var text = value switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Object } o => o.Str("content"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) || string.Equals(text, "None", StringComparison.Ordinal) ? null : text;
    }

    private static string Slot(string prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{n}");
}
