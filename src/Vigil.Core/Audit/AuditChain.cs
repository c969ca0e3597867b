using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Audit;

/// <summary>
/// The chaining rule: hash = HMAC-SHA256(audit key; previous hash || sequence || at (UTC ticks) || actor || action ||
/// target || address), integers big-endian 8 bytes, strings UTF-8 each prefixed by its 4-byte big-endian length so
/// no two field splits give the same bytes. The first record's previous hash is 32 zero bytes. The head's seal is
/// HMAC-SHA256(audit key; "vigil-audit-head" || sequence || hash). Keyed, so whoever edits the database without the
/// key cannot recompute a link or move the head (docs/audit.md).
/// </summary>
public static class AuditChain
{
    public const int HashLength = 32;

    private static readonly byte[] HeadLabel = Encoding.ASCII.GetBytes("vigil-audit-head");

    public static byte[] Genesis => new byte[HashLength];

    public static byte[] ComputeHash(AuditKey key, ReadOnlySpan<byte> previousHash, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Key);
        hash.AppendData(previousHash);
        AppendNumber(hash, record.Sequence);
        AppendNumber(hash, record.At.UtcTicks);
        AppendString(hash, record.Actor);
        AppendString(hash, record.Action);
        AppendString(hash, record.Target);
        AppendString(hash, record.Address);
        return hash.GetHashAndReset();
    }

    /// <summary>The seal of a head pointing at <paramref name="sequence"/> with the last hash <paramref name="lastHash"/>.</summary>
    public static byte[] Seal(AuditKey key, long sequence, ReadOnlySpan<byte> lastHash)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Key);
        hash.AppendData(HeadLabel);
        AppendNumber(hash, sequence);
        hash.AppendData(lastHash);
        return hash.GetHashAndReset();
    }

    private static void AppendNumber(IncrementalHash hash, long value)
    {
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, value);
        hash.AppendData(number);
    }

    private static void AppendString(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
