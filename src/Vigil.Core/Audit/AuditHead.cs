namespace Vigil.Core.Audit;

/// <summary>
/// The anchor of the chain: one row naming the last record's sequence and hash, sealed with the audit key and
/// rewritten in the same transaction as every append. A chain alone cannot show that its newest records were cut
/// off; the sealed head can, because moving it back needs the key.
/// </summary>
public sealed class AuditHead
{
    /// <summary>The single head row's id.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The last record's sequence (0 before the first record).</summary>
    public long Sequence { get; set; }

    /// <summary>The last record's hash (32 zero bytes before the first record).</summary>
    public byte[] Hash { get; set; } = AuditChain.Genesis;

    /// <summary>HMAC over the head's fields (see <see cref="AuditChain.Seal"/>); null until the first append.</summary>
    public byte[]? Seal { get; set; }
}
