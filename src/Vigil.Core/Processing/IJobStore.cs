namespace Vigil.Core.Processing;

/// <summary>The durable queue (storage seam: PostgreSQL uses FOR UPDATE SKIP LOCKED, SQLite a single writer).</summary>
public interface IJobStore
{
    /// <summary>Claims the oldest runnable job (queued and due, or running with a lapsed lease) or returns null.</summary>
    Task<Job?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Extends a running job's lease to now + <paramref name="lease"/> while <paramref name="workerId"/> still holds
    /// it; false when it does not (another worker took the job over after the lease lapsed, or it finished).
    /// </summary>
    Task<bool> RenewAsync(Job job, string workerId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the step's result, writes its processing record, marks the job succeeded and queues
    /// <paramref name="nextStep"/> (or marks the item processed when null), in one transaction. Returns false when
    /// the worker no longer holds the lease (another worker took the job over) and nothing was written.
    /// </summary>
    Task<bool> CompleteAsync(Job job, string workerId, StepResult result, string? nextStep, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="CompleteAsync"/>, and the next step's job is created already claimed by
    /// <paramref name="workerId"/> for <paramref name="lease"/> and returned in <see cref="JobCompletion.Next"/>, so the
    /// worker runs it at once on the item and bytes it holds (null when this was the last step, or the next step's job
    /// existed already and stays with the queue).
    /// </summary>
    Task<JobCompletion> CompleteAndClaimNextAsync(Job job, string workerId, StepResult result, string? nextStep, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Hands a running job back to the queue, due at once and with the interrupted attempt not counted, while
    /// <paramref name="workerId"/> still holds it (the host is stopping, so the job need not wait for its lease to
    /// lapse); false when it does not hold it.
    /// </summary>
    Task<bool> ReleaseAsync(Job job, string workerId, CancellationToken cancellationToken);

    /// <summary>Records a failure: queued again at <paramref name="retryAt"/>, or failed for good when it is null.</summary>
    Task FailAsync(Job job, string workerId, string errorMessage, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Jobs in a state, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Job>> ListAsync(JobState state, int limit, CancellationToken cancellationToken);
}
