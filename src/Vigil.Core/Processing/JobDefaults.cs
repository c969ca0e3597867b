namespace Vigil.Core.Processing;

/// <summary>Queue defaults shared by intake (which queues the first step) and the worker.</summary>
public static class JobDefaults
{
    /// <summary>Attempts before a job that keeps failing is marked failed.</summary>
    public const int MaxAttempts = 5;
}
