namespace Vigil.Core.Processing;

/// <summary>One durable unit of work: run step <see cref="Step"/> on item <see cref="ItemId"/>.</summary>
public sealed class Job
{
    /// <summary>Longest stored error message.</summary>
    public const int ErrorMaxLength = 2000;

    public long Id { get; set; }

    /// <summary>The step's stable name, e.g. <c>hash</c>.</summary>
    public string Step { get; set; } = string.Empty;

    public long ItemId { get; set; }

    public JobState State { get; set; } = JobState.Queued;

    public int Attempts { get; set; }

    public int MaxAttempts { get; set; }

    /// <summary>Not claimed before this time (backoff after a failure).</summary>
    public DateTimeOffset RunAfter { get; set; }

    /// <summary>The worker holding the lease while running.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease lapses; a crashed worker's job is claimed again after this.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
