using Microsoft.Extensions.Logging;
using Vigil.Core.Items;
using Vigil.Core.Processing;

namespace Vigil.Core.Provenance;

/// <summary>
/// Runs the provenance readers on every item (metadata for every format; pixels for images only) and returns the
/// evidence as a new <see cref="ItemProvenance"/> row, which the job store writes with the job's completion. Bad
/// content never fails the step: what could be read is stored with the report's failure and warnings.
/// </summary>
public sealed partial class ProvenanceStep(FileProvenanceInspector inspector, TimeProvider time, ILogger<ProvenanceStep> logger) : IProcessingStep
{
    public const string StepName = "provenance";

    public string Name => StepName;

    public Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        var report = inspector.InspectContent(content, out var pixelError);
        if (pixelError is not null)
        {
            LogPixelsSkipped(logger, item.Id);
        }

        if (report.AiSignal)
        {
            LogAiSignal(logger, item.Id, report.Signals.Count);
        }

        var row = ProvenanceEvidence.ToRow(item.Id, report, time.GetUtcNow());
        return Task.FromResult(new StepResult(null, [row]));
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Item {ItemId}: pixels did not decode; provenance read metadata only")]
    private static partial void LogPixelsSkipped(ILogger logger, long itemId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Item {ItemId}: AI-provenance signal found ({SignalCount} signals)")]
    private static partial void LogAiSignal(ILogger logger, long itemId, int signalCount);
}
