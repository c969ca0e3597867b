namespace Vigil.Index.Digests;

/// <summary>A cryptographic digest kind held by a <see cref="DigestIndex"/>.</summary>
public enum DigestAlgorithm
{
    /// <summary>MD5, 16 bytes.</summary>
    Md5 = 0,

    /// <summary>SHA-1, 20 bytes.</summary>
    Sha1 = 1,

    /// <summary>SHA-256, 32 bytes (also model-file digests such as AutoV2's source).</summary>
    Sha256 = 2,
}
