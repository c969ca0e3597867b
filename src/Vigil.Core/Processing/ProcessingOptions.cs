namespace Vigil.Core.Processing;

/// <summary>Configuration section <c>Vigil:Processing</c>.</summary>
public sealed class ProcessingOptions
{
    public const string SectionName = "Vigil:Processing";

    /// <summary>Jobs run at once in this process (1..64).</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>
    /// How long a claim holds without renewal before another worker may take the job over (a crashed worker's job
    /// runs again after this). While a step runs its worker renews the lease every <see cref="LeaseRenewal"/>.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A third of <see cref="Lease"/>: a step longer than the lease (a long video on two cores) keeps its job, and two
    /// renewals in a row may fail (a database hiccup) before the lease lapses.
    /// </summary>
    public TimeSpan LeaseRenewal => Lease / 3;

    /// <summary>Wait between polls when the queue is empty.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>First retry delay; doubled per attempt (exponential backoff), capped by <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>False disables the worker in this process (an API-only node).</summary>
    public bool Enabled { get; set; } = true;

    public void Validate()
    {
        if (Concurrency is < 1 or > 64)
        {
            throw new InvalidOperationException($"{SectionName}:Concurrency must be 1..64 (is {Concurrency}).");
        }

        if (Lease < TimeSpan.FromSeconds(1) || PollInterval <= TimeSpan.Zero || BaseBackoff <= TimeSpan.Zero || MaxBackoff < BaseBackoff)
        {
            throw new InvalidOperationException($"{SectionName}: Lease (>= 1 s), PollInterval, BaseBackoff and MaxBackoff (>= BaseBackoff) must be positive.");
        }
    }

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1: base * 2^(attempt-1), capped.</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay;
    }
}
