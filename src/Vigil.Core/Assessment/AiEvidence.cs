namespace Vigil.Core.Assessment;

/// <summary>The evidence an analyst relied on for an AI finding (several may apply).</summary>
[Flags]
public enum AiEvidence
{
    None = 0,

    /// <summary>A C2PA manifest naming a generative action or tool.</summary>
    C2pa = 1,

    /// <summary>Generator metadata (model, LoRAs, prompt parameters) in XMP, EXIF or PNG text.</summary>
    GeneratorMetadata = 2,

    /// <summary>An invisible or visible generator watermark.</summary>
    Watermark = 4,

    /// <summary>Visual artefacts the analyst observed.</summary>
    VisualArtefacts = 8,

    /// <summary>A hash-list entry that records the content as AI-made.</summary>
    ListEntry = 16,

    /// <summary>The reporter or the hosting site says so.</summary>
    SourceStatement = 32,
}
