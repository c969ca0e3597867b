namespace Vigil.Provenance.Results;

/// <summary>One piece of evidence found in a file.</summary>
/// <param name="Kind">What the signal is, e.g. <c>a1111.infotext</c>, <c>c2pa.action</c>, <c>xmp.digital_source_type</c>.</param>
/// <param name="Location">Where in the file it was found, e.g. <c>png tEXt 'parameters'</c>.</param>
/// <param name="RawValue">The value as found (truncated to a bounded length).</param>
/// <param name="Strength">How much weight it bears.</param>
/// <param name="IndicatesAi">Whether this signal on its own declares generative-AI origin.</param>
public sealed record ProvenanceSignal(string Kind, string Location, string RawValue, SignalStrength Strength, bool IndicatesAi)
{
    private static readonly HashSet<string> PromptKinds = new(StringComparer.Ordinal)
    {
        "a1111.infotext", "comfyui.prompt", "comfyui.workflow", "invokeai.metadata", "novelai.comment", "fooocus.metadata",
        "midjourney.description", "xmp.ai_prompt_information", "stealth_pnginfo", "exif.user_comment",
    };

    /// <summary>Whether the raw value can carry the prompt (show it only where prompts may be shown).</summary>
    public bool MayContainPrompt => PromptKinds.Contains(Kind);
}
