namespace Vigil.Core.Processing;

/// <summary>
/// Wakes this process's idle processing loops when new jobs are queued (intake pulses it), so a report is picked
/// up at once rather than at the next poll. Loops on other nodes are not woken; they still poll every
/// <see cref="ProcessingOptions.PollInterval"/>.
/// </summary>
public sealed class JobSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>
    /// Completes at the next <see cref="Pulse"/>. Take it before looking at the queue, so a pulse between finding the
    /// queue empty and starting to wait is not missed.
    /// </summary>
    public Task NextPulse => Volatile.Read(ref _next).Task;

    /// <summary>Wakes every loop waiting on <see cref="NextPulse"/>.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
