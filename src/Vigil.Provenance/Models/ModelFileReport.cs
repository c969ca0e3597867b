namespace Vigil.Provenance.Models;

/// <summary>Identity and metadata of a model file (.safetensors, .ckpt, .pt).</summary>
public sealed class ModelFileReport
{
    internal List<string> WarningList { get; } = [];

    internal Dictionary<string, string> MetadataMap { get; } = new(StringComparer.Ordinal);

    /// <summary>The path as given by the caller.</summary>
    public string? Path { get; internal set; }

    /// <summary><c>safetensors</c>, <c>pytorch-zip</c>, <c>pickle</c> or <c>unknown</c>.</summary>
    public string Format { get; internal set; } = "unknown";

    /// <summary>File size in bytes.</summary>
    public long Size { get; internal set; }

    /// <summary>SHA-256 of the whole file (lowercase hex).</summary>
    public string Sha256 { get; internal set; } = "";

    /// <summary>AutoV1: the first 8 hex of SHA-256 over the 64 KiB at offset 1 MiB (A1111's old model hash).</summary>
    public string AutoV1 { get; internal set; } = "";

    /// <summary>AutoV2: the first 10 hex of the file's SHA-256 (A1111 "Model hash", Civitai AutoV2).</summary>
    public string AutoV2 => Sha256.Length >= 10 ? Sha256[..10] : Sha256;

    /// <summary>
    /// AutoV3: SHA-256 of a safetensors file's tensor data (everything after the header), as A1111's
    /// <c>addnet_hash_safetensors</c> and Civitai compute it; A1111 writes its first 12 hex in "Lora hashes".
    /// Null for non-safetensors files.
    /// </summary>
    public string? AutoV3 { get; internal set; }

    /// <summary>The safetensors <c>__metadata__</c> strings (values clipped to a bounded length).</summary>
    public IReadOnlyDictionary<string, string> Metadata => MetadataMap;

    /// <summary>The declared base model (modelspec.architecture, ss_base_model_version or ss_sd_model_name).</summary>
    public string? BaseModel { get; internal set; }

    /// <summary>The most frequent training tags from <c>ss_tag_frequency</c>, most frequent first.</summary>
    public IReadOnlyList<string> TrainingTags { get; internal set; } = [];

    /// <summary>Number of tensors in a safetensors header.</summary>
    public int TensorCount { get; internal set; }

    /// <summary>Whether tensor names look like a LoRA / LyCORIS adapter.</summary>
    public bool LooksLikeLora { get; internal set; }

    /// <summary>Malformed optional data that was skipped.</summary>
    public IReadOnlyList<string> Warnings => WarningList;

    /// <summary>Set when the file's structure is corrupt (the hashes are still computed over the bytes).</summary>
    public string? Failure { get; internal set; }
}
