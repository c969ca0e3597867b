using System.Text.Json;
using Microsoft.Extensions.Logging;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;
using Vigil.Core.Processing;

namespace Vigil.Core.Provenance;

/// <summary>
/// Runs the provenance readers on every item (metadata for every format; pixels for images only) and returns the
/// evidence as a new <see cref="ItemProvenance"/> row, plus an <see cref="ItemMatch"/> for every listed model or
/// LoRA the metadata names; the job store writes them with the job's completion, once. Bad content never fails
/// the step: what could be read is stored with the report's failure and warnings.
/// </summary>
public sealed partial class ProvenanceStep(FileProvenanceInspector inspector, IProvenanceStore store, TimeProvider time, ILogger<ProvenanceStep> logger) : IProcessingStep
{
    public const string StepName = "provenance";

    private const int DetailNameMaxLength = 200;

    public string Name => StepName;

    public async Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        cancellationToken.ThrowIfCancellationRequested();
        var report = inspector.InspectContent(content, out var pixelError);
        if (pixelError is not null)
        {
            LogPixelsSkipped(logger, item.Id);
        }

        var now = time.GetUtcNow();
        List<object> rows = [ProvenanceEvidence.ToRow(item.Id, report, now)];
        var lookups = ModelHashLookups.From(report);
        if (lookups.Count > 0)
        {
            var entries = await store.FindModelEntriesAsync(lookups, now, cancellationToken);
            foreach (var entry in entries)
            {
                var lookup = lookups.First(l => l.Matches(entry.Kind, entry.Value));
                rows.Add(new ItemMatch
                {
                    ItemId = item.Id,
                    ListId = entry.ListId,
                    EntryId = entry.Id,
                    Signal = entry.Kind,
                    Distance = 0,
                    Detail = Detail(lookup),
                    MatchedAt = now,
                });
            }

            if (entries.Count > 0)
            {
                LogModelListed(logger, item.Id, entries.Count);
            }
        }

        if (report.AiSignal)
        {
            LogAiSignal(logger, item.Id, report.Signals.Count);
        }

        return new StepResult(null, rows);
    }

    private static string Detail(ModelHashLookup lookup)
    {
        var name = lookup.Name.Length <= DetailNameMaxLength ? lookup.Name : lookup.Name[..DetailNameMaxLength];
        var declared = lookup.DeclaredHash.Length <= HashListEntry.ValueMaxLength ? lookup.DeclaredHash : lookup.DeclaredHash[..HashListEntry.ValueMaxLength];
        return JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["via"] = "provenance",
            ["role"] = lookup.Role,
            ["name"] = name,
            ["declared_hash"] = declared,
        });
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Item {ItemId}: pixels did not decode; provenance read metadata only")]
    private static partial void LogPixelsSkipped(ILogger logger, long itemId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Item {ItemId}: AI-provenance signal found ({SignalCount} signals)")]
    private static partial void LogAiSignal(ILogger logger, long itemId, int signalCount);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Item {ItemId}: its metadata names {EntryCount} listed model or LoRA hash entries")]
    private static partial void LogModelListed(ILogger logger, long itemId, int entryCount);
}
