namespace Vigil.Core.Audit;

/// <summary>
/// One append-only audit record. <see cref="Hash"/> = SHA-256 over the previous record's hash and this record's
/// canonical fields (see <see cref="AuditChain"/>), so an edit or a removal breaks the chain.
/// </summary>
public sealed class AuditRecord
{
    public const int ActorMaxLength = 120;
    public const int ActionMaxLength = 64;
    public const int TargetMaxLength = 200;
    public const int AddressMaxLength = 64;

    public long Id { get; set; }

    /// <summary>Position in the chain, 1, 2, 3, ... without gaps.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who: <c>user:NAME</c>, <c>apikey:ID</c> or <c>system</c>.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>What, as a stable verb such as <c>report.submitted</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The object acted on, as ids (e.g. <c>report:12</c>); never content.</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>From where: the remote IP address, or <c>cli</c>.</summary>
    public string Address { get; set; } = string.Empty;

    public byte[] PreviousHash { get; set; } = [];

    public byte[] Hash { get; set; } = [];
}
