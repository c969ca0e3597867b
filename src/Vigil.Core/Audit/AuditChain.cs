using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Audit;

/// <summary>
/// The chaining rule: hash = SHA-256(previous hash || sequence || at (UTC ticks) || actor || action || target ||
/// address), integers big-endian 8 bytes, strings UTF-8 each prefixed by its 4-byte big-endian length so no two
/// field splits give the same bytes. The first record's previous hash is 32 zero bytes.
/// </summary>
public static class AuditChain
{
    public const int HashLength = 32;

    public static byte[] Genesis => new byte[HashLength];

    public static byte[] ComputeHash(ReadOnlySpan<byte> previousHash, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previousHash);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, record.Sequence);
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, record.At.UtcTicks);
        hash.AppendData(number);
        AppendString(hash, record.Actor);
        AppendString(hash, record.Action);
        AppendString(hash, record.Target);
        AppendString(hash, record.Address);
        return hash.GetHashAndReset();
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
