namespace Vigil.Provenance.Results;

/// <summary>Everything Vigil.Provenance found in one file. None of it is a verdict; absence proves nothing.</summary>
public sealed class ProvenanceReport
{
    internal List<LoraReference> LoraList { get; } = [];

    internal List<ProvenanceSignal> SignalList { get; } = [];

    internal List<string> WarningList { get; } = [];

    /// <summary>The file's path as given by the caller, or null.</summary>
    public string? Path { get; internal set; }

    /// <summary>True when any generator or AI-origin declaration (or known AI watermark) was found.</summary>
    public bool AiSignal { get; internal set; }

    /// <summary>The generator tool or AI system, e.g. <c>AUTOMATIC1111</c>, <c>ComfyUI</c>, a C2PA claim generator.</summary>
    public string? Generator { get; internal set; }

    /// <summary>The generator's version as declared.</summary>
    public string? GeneratorVersion { get; internal set; }

    /// <summary>The base model, or null.</summary>
    public ModelReference? Model { get; internal set; }

    /// <summary>The LoRAs that were applied (bypassed nodes excluded).</summary>
    public IReadOnlyList<LoraReference> Loras => LoraList;

    /// <summary>The IPTC digital source type URI declared by XMP or C2PA.</summary>
    public string? DigitalSourceType { get; internal set; }

    /// <summary>The prompt as declared; store it, show it only on request.</summary>
    public string? Prompt { get; internal set; }

    /// <summary>The C2PA findings; <see cref="C2paReport.Present"/> is false when there is no manifest store.</summary>
    public C2paReport C2pa { get; } = new();

    /// <summary>A known invisible watermark decoded from pixels, or null.</summary>
    public WatermarkResult? InvisibleWatermark { get; internal set; }

    /// <summary>Every signal found, with where it was and how much weight it bears.</summary>
    public IReadOnlyList<ProvenanceSignal> Signals => SignalList;

    /// <summary>Malformed optional data that was skipped (no file content, offsets and names only).</summary>
    public IReadOnlyList<string> Warnings => WarningList;

    /// <summary>Set when the file's structure is corrupt or truncated; what was read before is still reported.</summary>
    public ProvenanceFailure? Failure { get; internal set; }

    internal void AddSignal(string kind, string location, string raw, SignalStrength strength, bool ai)
    {
        if (SignalList.Count >= ProvenanceLimits.MaxSignals)
        {
            return;
        }

        SignalList.Add(new ProvenanceSignal(kind, location, ProvenanceLimits.Clip(raw), strength, ai));
        AiSignal |= ai;
    }

    internal void Warn(string warning)
    {
        if (WarningList.Count < ProvenanceLimits.MaxWarnings)
        {
            WarningList.Add(warning);
        }
    }
}
