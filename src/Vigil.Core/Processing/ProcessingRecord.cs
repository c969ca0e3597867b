namespace Vigil.Core.Processing;

/// <summary>
/// The durable effect marker of a step: written in the same transaction as the step's result and the job's
/// completion, unique per (item, step), so a step's effect happens once however often its job is re-run.
/// </summary>
public sealed class ProcessingRecord
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public string Step { get; set; } = string.Empty;

    public long JobId { get; set; }

    public string WorkerId { get; set; } = string.Empty;

    public DateTimeOffset CompletedAt { get; set; }
}
