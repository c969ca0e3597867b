using System.Buffers;
using System.Security.Cryptography;

namespace Vigil.Hashing.Digests;

/// <summary>MD5, SHA-1 and SHA-256 of the same bytes, as lowercase hex.</summary>
/// <param name="Md5">MD5 (kept because hash lists such as Project VIC use it; not a security primitive here).</param>
/// <param name="Sha1">SHA-1 (likewise, for exchange).</param>
/// <param name="Sha256">SHA-256: Vigil's identity for content.</param>
/// <param name="Length">Bytes read.</param>
public sealed record ContentDigests(string Md5, string Sha1, string Sha256, long Length)
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Computes all three digests in one streaming pass over <paramref name="stream"/>.</summary>
    public static async Task<ContentDigests> ComputeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var accumulator = new Accumulator();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                accumulator.Append(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return accumulator.Finish();
    }

    /// <summary>Computes all three digests over bytes already in memory.</summary>
    public static ContentDigests Compute(ReadOnlySpan<byte> data)
    {
        using var accumulator = new Accumulator();
        accumulator.Append(data);
        return accumulator.Finish();
    }

    /// <summary>Incremental form, for callers that already read the bytes for another purpose.</summary>
    public sealed class Accumulator : IDisposable
    {
        private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        private readonly IncrementalHash _sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        /// <summary>Feeds the next chunk.</summary>
        public void Append(ReadOnlySpan<byte> data)
        {
            _md5.AppendData(data);
            _sha1.AppendData(data);
            _sha256.AppendData(data);
            _length += data.Length;
        }

        /// <summary>Returns the digests of everything appended.</summary>
        public ContentDigests Finish() => new(
            Convert.ToHexStringLower(_md5.GetHashAndReset()),
            Convert.ToHexStringLower(_sha1.GetHashAndReset()),
            Convert.ToHexStringLower(_sha256.GetHashAndReset()),
            _length);

        /// <inheritdoc />
        public void Dispose()
        {
            _md5.Dispose();
            _sha1.Dispose();
            _sha256.Dispose();
        }
    }
}
