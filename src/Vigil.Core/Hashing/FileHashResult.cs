using Vigil.Hashing.Digests;
using Vigil.Hashing.Pdq;
using Vigil.Media.Sniffing;
using Vigil.Media.Video;

namespace Vigil.Core.Hashing;

/// <summary>
/// Everything Vigil computes for one file. Digests are present whenever the bytes could be read; the perceptual
/// fields are present when decoding succeeded; <see cref="Error"/> names the cause of whatever is missing.
/// </summary>
public sealed record FileHashResult
{
    /// <summary>What the file is, from its magic bytes.</summary>
    public required MediaKind Kind { get; init; }

    /// <summary>Short format name (jpeg, png, mp4, other, ...).</summary>
    public required string Format { get; init; }

    /// <summary>MD5/SHA-1/SHA-256 of the whole file; null only when the file could not be read.</summary>
    public ContentDigests? Digests { get; init; }

    /// <summary>Pixel width, when decoded.</summary>
    public int? Width { get; init; }

    /// <summary>Pixel height, when decoded.</summary>
    public int? Height { get; init; }

    /// <summary>PDQ hash and quality of an image.</summary>
    public PdqResult? Pdq { get; init; }

    /// <summary>The eight dihedral hashes, when asked for.</summary>
    public PdqDihedral? Dihedral { get; init; }

    /// <summary>The vPDQ hash of a video, with its stream's details and decoded frame count.</summary>
    public VideoHash? Video { get; init; }

    /// <summary>Stable error code (e.g. <c>truncated</c>), when something could not be computed.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>A sentence naming the cause, when something could not be computed.</summary>
    public string? Error { get; init; }

    /// <summary>True when every field this kind of file should have was computed.</summary>
    public bool Succeeded => Error is null;
}
