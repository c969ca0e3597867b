namespace Vigil.Core.HashLists;

/// <summary>What a hash-list entry's value is.</summary>
public enum HashListEntryKind
{
    /// <summary>PDQ perceptual hash, 64 hex characters; matched by Hamming radius.</summary>
    Pdq = 0,

    /// <summary>MD5 of the file bytes, 32 hex characters.</summary>
    Md5 = 1,

    /// <summary>SHA-1 of the file bytes, 40 hex characters.</summary>
    Sha1 = 2,

    /// <summary>SHA-256 of the file bytes, 64 hex characters.</summary>
    Sha256 = 3,

    /// <summary>
    /// SHA-256 of a generative model or LoRA file, 64 hex characters. Provenance flags items whose metadata
    /// names a listed model.
    /// </summary>
    ModelSha256 = 4,

    /// <summary>
    /// A model's AutoV2 hash: the first 10 hex characters of the model file's SHA-256. An item declaring only the
    /// AutoV2 of a file is also flagged by a <see cref="ModelSha256"/> entry for that file.
    /// </summary>
    ModelAutoV2 = 5,

    /// <summary>
    /// vPDQ video hash: the entry's value is the SHA-256 (64 hex characters) of its canonical frame text, which is
    /// kept beside it; matching compares the frames through the PDQ index.
    /// </summary>
    Vpdq = 6,

    /// <summary>
    /// A LoRA's AutoV3 hash: the SHA-256 of a safetensors file's tensor data (after its header), 64 hex characters,
    /// or the 12-character prefix AUTOMATIC1111 writes in <c>Lora hashes</c>. A declared 12-character hash is
    /// flagged by entries of either length that start with it.
    /// </summary>
    ModelAutoV3 = 7,

    /// <summary>A model's AutoV1 hash (AUTOMATIC1111's legacy hash): the first 8 hex of the SHA-256 of 64 KiB at 1 MiB.</summary>
    ModelAutoV1 = 8,
}
