namespace Vigil.Core.Processing;

/// <summary>The outcome of completing a job: whether it was written, and the next step's job when it was claimed with it.</summary>
/// <param name="Completed">False when the worker no longer held the lease and nothing was written.</param>
/// <param name="Next">The item's next job, already claimed by the same worker; null when there is none to run now.</param>
public sealed record JobCompletion(bool Completed, Job? Next)
{
    public static JobCompletion LeaseLost { get; } = new(false, null);
}
