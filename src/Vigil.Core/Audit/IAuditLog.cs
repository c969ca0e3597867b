namespace Vigil.Core.Audit;

/// <summary>The append-only audit store (a storage seam: implemented in Vigil.Persistence).</summary>
public interface IAuditLog
{
    /// <summary>Appends one record, chained to the last, atomically with respect to other writers.</summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Re-reads the whole chain and checks every link.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);

    /// <summary>The most recent records, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> RecentAsync(int count, CancellationToken cancellationToken);
}
