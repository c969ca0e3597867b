namespace Vigil.Core.Processing;

/// <summary>A job's life: queued, running under a lease, then succeeded or failed for good.</summary>
public enum JobState
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
