namespace Vigil.Index.Hamming;

/// <summary>Which implementation of the 256-bit Hamming kernel runs.</summary>
public enum HammingPath
{
    /// <summary><see cref="System.Numerics.BitOperations.PopCount(ulong)"/> per word: the oracle.</summary>
    Scalar = 0,

    /// <summary>128-bit SSSE3 nibble lookup with SSE2 sum-of-absolute-differences.</summary>
    Vector128 = 1,

    /// <summary>256-bit AVX2 nibble lookup.</summary>
    Vector256 = 2,

    /// <summary>512-bit AVX-512BW nibble lookup.</summary>
    Vector512 = 3,
}
