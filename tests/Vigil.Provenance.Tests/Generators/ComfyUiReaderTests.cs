using Vigil.Provenance.Results;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests.Generators;

/// <summary>ComfyUI graphs built by hand (neutral prompts): only loaders that ran count.</summary>
public sealed class ComfyUiReaderTests
{
    // Node 1 (an unused checkpoint) comes first; node 5's LoRA hangs off it, and sampler 12 uses it but feeds no output.
    private const string DisconnectedPrompt = """
        {
         "1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "unused_base.safetensors"}},
         "2": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "SD/landscape_base.safetensors"}},
         "3": {"class_type": "LoraLoader", "inputs": {"lora_name": "watercolour.safetensors", "strength_model": 0.8, "strength_clip": 0.6, "model": ["2", 0], "clip": ["2", 1]}},
         "4": {"class_type": "LoraLoaderModelOnly", "inputs": {"lora_name": "fine_detail.safetensors", "strength_model": 0.35, "model": ["3", 0]}},
         "5": {"class_type": "LoraLoader", "inputs": {"lora_name": "stray_style.safetensors", "strength_model": 1.0, "strength_clip": 1.0, "model": ["1", 0], "clip": ["1", 1]}},
         "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "a lighthouse on a rocky coast", "clip": ["3", 1]}},
         "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "blurry", "clip": ["3", 1]}},
         "8": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}},
         "9": {"class_type": "KSampler", "inputs": {"seed": 1, "steps": 20, "cfg": 7, "sampler_name": "euler", "scheduler": "normal", "denoise": 1, "model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["8", 0]}},
         "10": {"class_type": "VAEDecode", "inputs": {"samples": ["9", 0], "vae": ["2", 2]}},
         "11": {"class_type": "SaveImage", "inputs": {"filename_prefix": "out", "images": ["10", 0]}},
         "12": {"class_type": "KSampler", "inputs": {"seed": 2, "steps": 20, "cfg": 7, "sampler_name": "euler", "scheduler": "normal", "denoise": 1, "model": ["5", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["8", 0]}}
        }
        """;

    // Custom loader nodes in one chain: UNET -> Power Lora Loader -> pysssss -> rgthree stack -> core LoraLoader
    // at strength 0 -> CR Apply LoRA Stack (fed by a CR LoRA Stack) -> sampler -> preview.
    private const string CustomLoadersPrompt = """
        {
         "1": {"class_type": "UNETLoader", "inputs": {"unet_name": "flow_model.safetensors", "weight_dtype": "default"}},
         "2": {"class_type": "Power Lora Loader (rgthree)", "inputs": {"PowerLoraLoaderHeaderWidget": {"type": "PowerLoraLoaderHeaderWidget"},
               "lora_1": {"on": true, "lora": "pastel_tones.safetensors", "strength": 0.7, "strengthTwo": 0.5},
               "lora_2": {"on": false, "lora": "night_sky.safetensors", "strength": 1.0},
               "lora_3": {"on": true, "lora": "paper_texture.safetensors", "strength": 0.6},
               "➕ Add Lora": "", "model": ["1", 0], "clip": ["20", 0]}},
         "3": {"class_type": "LoraLoader|pysssss", "inputs": {"lora_name": "ink_lines.safetensors", "strength_model": 0.4, "strength_clip": 0.3, "model": ["2", 0], "clip": ["2", 1]}},
         "4": {"class_type": "Lora Loader Stack (rgthree)", "inputs": {"model": ["3", 0], "clip": ["3", 1], "lora_01": "stack_a.safetensors", "strength_01": 0.25, "lora_02": "None", "strength_02": 1.0, "lora_03": "stack_zero.safetensors", "strength_03": 0.0, "lora_04": "None", "strength_04": 1.0}},
         "5": {"class_type": "LoraLoader", "inputs": {"lora_name": "zero_weight.safetensors", "strength_model": 0.0, "strength_clip": 0.0, "model": ["4", 0], "clip": ["4", 1]}},
         "6": {"class_type": "CR LoRA Stack", "inputs": {"switch_1": "On", "lora_name_1": "cr_on.safetensors", "model_weight_1": 0.9, "clip_weight_1": 0.8, "switch_2": "Off", "lora_name_2": "cr_off.safetensors", "model_weight_2": 1.0, "clip_weight_2": 1.0, "switch_3": "Off", "lora_name_3": "None", "model_weight_3": 1.0, "clip_weight_3": 1.0}},
         "7": {"class_type": "CR Apply LoRA Stack", "inputs": {"model": ["5", 0], "clip": ["5", 1], "lora_stack": ["6", 0]}},
         "8": {"class_type": "KSampler", "inputs": {"seed": 3, "steps": 8, "cfg": 1, "sampler_name": "euler", "scheduler": "simple", "denoise": 1, "model": ["7", 0], "positive": ["9", 0], "negative": ["9", 0], "latent_image": ["10", 0]}},
         "9": {"class_type": "CLIPTextEncode", "inputs": {"text": "a bowl of lemons on a table", "clip": ["7", 1]}},
         "10": {"class_type": "EmptySD3LatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}},
         "11": {"class_type": "VAEDecode", "inputs": {"samples": ["8", 0], "vae": ["21", 0]}},
         "12": {"class_type": "PreviewImage", "inputs": {"images": ["11", 0]}},
         "20": {"class_type": "DualCLIPLoader", "inputs": {"clip_name1": "te_a.safetensors", "clip_name2": "te_b.safetensors", "type": "flux"}},
         "21": {"class_type": "VAELoader", "inputs": {"vae_name": "ae.safetensors"}}
        }
        """;

    // Editor graph only, with links: checkpoint -> bypassed LoRA (passes through) -> LoRA -> sampler -> decode -> save,
    // plus a muted LoRA and a disconnected one.
    private const string BypassWorkflow = """
        {"nodes": [
          {"id": 1, "type": "CheckpointLoaderSimple", "mode": 0, "inputs": [], "widgets_values": ["coast_base.safetensors"]},
          {"id": 2, "type": "LoraLoader", "mode": 4, "inputs": [{"name": "model", "link": 1}, {"name": "clip", "link": 2}], "widgets_values": ["sketch_style.safetensors", 1.0, 1.0]},
          {"id": 3, "type": "LoraLoader", "mode": 0, "inputs": [{"name": "model", "link": 3}, {"name": "clip", "link": 4}], "widgets_values": ["soft_light.safetensors", 0.5, 0.4]},
          {"id": 4, "type": "KSampler", "mode": 0, "inputs": [{"name": "model", "link": 5}], "widgets_values": [1, "fixed", 20, 7, "euler", "normal", 1]},
          {"id": 5, "type": "VAEDecode", "mode": 0, "inputs": [{"name": "samples", "link": 6}, {"name": "vae", "link": 7}], "widgets_values": []},
          {"id": 6, "type": "SaveImage", "mode": 0, "inputs": [{"name": "images", "link": 8}], "widgets_values": ["out"]},
          {"id": 7, "type": "LoraLoader", "mode": 2, "inputs": [], "widgets_values": ["muted_style.safetensors", 0.9, 0.9]},
          {"id": 8, "type": "LoraLoaderModelOnly", "mode": 0, "inputs": [], "widgets_values": ["loose_end.safetensors", 0.7]}
        ],
        "links": [[1, 1, 0, 2, 0, "MODEL"], [2, 1, 1, 2, 1, "CLIP"], [3, 2, 0, 3, 0, "MODEL"], [4, 2, 1, 3, 1, "CLIP"],
                  [5, 3, 0, 4, 0, "MODEL"], [6, 4, 0, 5, 0, "LATENT"], [7, 1, 2, 5, 1, "VAE"], [8, 5, 0, 6, 0, "IMAGE"]]}
        """;

    [Fact]
    public void Inspect_ApiGraphWithDisconnectedLoaders_CountsOnlyTheConnectedChain()
    {
        var r = Inspect(("prompt", DisconnectedPrompt));

        Assert.Equal(("SD/landscape_base.safetensors", "CheckpointLoaderSimple (id 2)"), (r.Model?.Name, r.Model?.LoaderNode));
        Assert.Equal(
            [("watercolour.safetensors", 0.8, (double?)0.6, "LoraLoader (id 3)"), ("fine_detail.safetensors", 0.35, null, "LoraLoaderModelOnly (id 4)")],
            r.Loras.Select(l => (l.Name, l.Weight!.Value, l.ClipWeight, l.LoaderNode)));
        Assert.Equal(["unused_base.safetensors", "stray_style.safetensors"], Raw(r, "comfyui.unused_loader"));
        Assert.Equal("a lighthouse on a rocky coast", r.Prompt);
    }

    [Fact]
    public void Inspect_CustomLoraLoaders_ReportsAppliedOnesWithWeightsAndInactiveOnesAsSignals()
    {
        var r = Inspect(("prompt", CustomLoadersPrompt));

        Assert.Equal(("flow_model.safetensors", "UNETLoader (id 1)"), (r.Model?.Name, r.Model?.LoaderNode));
        Assert.Equal(
            [
                ("pastel_tones.safetensors", 0.7, (double?)0.5),
                ("paper_texture.safetensors", 0.6, 0.6),
                ("ink_lines.safetensors", 0.4, 0.3),
                ("stack_a.safetensors", 0.25, 0.25),
                ("cr_on.safetensors", 0.9, 0.8),
            ],
            r.Loras.Select(l => (l.Name, l.Weight!.Value, l.ClipWeight)));
        Assert.Equal(["night_sky.safetensors", "stack_zero.safetensors", "zero_weight.safetensors", "cr_off.safetensors"], Raw(r, "comfyui.inactive_lora"));
        Assert.Empty(Raw(r, "comfyui.unused_loader"));
    }

    [Fact]
    public void Inspect_WorkflowOnlyWithBypassedLora_CountsItsUpstreamButNotIt()
    {
        var r = Inspect(("workflow", BypassWorkflow));

        Assert.Equal(("coast_base.safetensors", "CheckpointLoaderSimple (id 1)"), (r.Model?.Name, r.Model?.LoaderNode));
        var lora = Assert.Single(r.Loras);
        Assert.Equal(("soft_light.safetensors", 0.5, (double?)0.4), (lora.Name, lora.Weight!.Value, lora.ClipWeight));
        Assert.Equal(["sketch_style.safetensors", "muted_style.safetensors"], Raw(r, "comfyui.bypassed_lora"));
        Assert.Equal(["loose_end.safetensors"], Raw(r, "comfyui.unused_loader"));
        Assert.All(r.Signals.Where(s => s.Kind is "comfyui.bypassed_lora" or "comfyui.unused_loader"), s => Assert.False(s.IndicatesAi));
    }

    [Fact]
    public void Inspect_GraphWithoutOutputNodes_SamplersStandIn()
    {
        var prompt = """
            {"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "idle.safetensors"}},
             "2": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "meadow.safetensors"}},
             "3": {"class_type": "KSampler", "inputs": {"model": ["2", 0], "seed": 1}},
             "4": {"class_type": "CustomUploader", "inputs": {"images": ["3", 0]}}}
            """;

        var r = Inspect(("prompt", prompt));

        Assert.Equal("meadow.safetensors", r.Model?.Name);
        Assert.Equal(["idle.safetensors"], Raw(r, "comfyui.unused_loader"));
    }

    [Fact]
    public void Inspect_WorkflowWithoutLinks_ReportsActiveLoadersAndWarns()
    {
        var workflow = """
            {"nodes": [{"id": 1, "type": "UNETLoader", "mode": 0, "widgets_values": ["river_model.safetensors", "default"]},
                       {"id": 2, "type": "LoraLoaderModelOnly", "mode": 0, "widgets_values": ["fog.safetensors", 0.45]},
                       {"id": 3, "type": "LoraLoaderModelOnly", "mode": 4, "widgets_values": ["rain.safetensors", 1.0]}],
             "links": []}
            """;

        var r = Inspect(("workflow", workflow));

        Assert.Equal(("river_model.safetensors", "UNETLoader (id 1)"), (r.Model?.Name, r.Model?.LoaderNode));
        Assert.Equal(["fog.safetensors"], r.Loras.Select(l => l.Name));
        Assert.Equal(["rain.safetensors"], Raw(r, "comfyui.bypassed_lora"));
        Assert.Contains(r.Warnings, w => w.Contains("workflow has no links", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_LinkCycle_Terminates()
    {
        var prompt = """
            {"1": {"class_type": "LoraLoader", "inputs": {"lora_name": "loop.safetensors", "strength_model": 0.5, "strength_clip": 0.5, "model": ["2", 0], "clip": ["2", 1]}},
             "2": {"class_type": "LoraLoader", "inputs": {"lora_name": "loop2.safetensors", "strength_model": 0.5, "strength_clip": 0.5, "model": ["1", 0], "clip": ["1", 1]}},
             "3": {"class_type": "SaveImage", "inputs": {"images": ["1", 0]}}}
            """;

        var r = Inspect(("prompt", prompt));

        Assert.Equal(["loop.safetensors", "loop2.safetensors"], r.Loras.Select(l => l.Name));
    }

    private static ProvenanceReport Inspect(params (string Key, string Text)[] chunks)
    {
        var png = TestPng.GradientPng(32, 32, 5);
        foreach (var (key, text) in chunks)
        {
            png = PngWriter.WithText(png, key, text);
        }

        return new ProvenanceInspector().Inspect(png);
    }

    private static List<string> Raw(ProvenanceReport r, string kind) => [.. r.Signals.Where(s => s.Kind == kind).Select(s => s.RawValue)];
}
