using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Infrastructure;
using Vigil.Core.HashLists;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>`vigil lists add|remove|disable`: single entries.</summary>
public static class ListsEntryCommands
{
    public static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The list" };
        var kind = new Argument<string>("kind") { Description = "pdq, vpdq, md5, sha1, sha256, model-sha256, model-autov2, model-autov3 or model-autov1" };
        var value = new Argument<string>("value") { Description = "Hex value; for vpdq the frames, pdq_hex,quality,timestamp separated by ';'" };
        var category = new Option<string?>("--category") { Description = "Category code" };
        var source = new Option<string?>("--source") { Description = "Where the hash came from" };
        var note = new Option<string?>("--note") { Description = "Free text note" };
        var ai = new Option<bool?>("--ai") { Description = "Known to be AI-generated (true/false)" };
        var quality = new Option<int?>("--quality") { Description = "PDQ quality 0..100" };
        var command = new Command("add", "Add one entry (adding a live entry again changes nothing)") { name, kind, value, category, source, note, ai, quality };
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(async () =>
        {
            if (!HashValues.TryParseKind(parseResult.GetRequiredValue(kind), out var parsedKind))
            {
                throw new UsageException("kind must be pdq, vpdq, md5, sha1, sha256, model-sha256, model-autov2, model-autov3 or model-autov1.");
            }

            var text = parseResult.GetRequiredValue(value);
            var record = new HashListRecord
            {
                Kind = parsedKind,
                Value = parsedKind == HashListEntryKind.Vpdq ? string.Empty : text,
                Frames = parsedKind == HashListEntryKind.Vpdq ? text : null,
                Category = parseResult.GetValue(category),
                Source = parseResult.GetValue(source),
                Note = parseResult.GetValue(note),
                AiGenerated = parseResult.GetValue(ai),
                Quality = parseResult.GetValue(quality),
            };
            var service = await ListsCommand.OpenAsync(GlobalOptions.DataFolder(parseResult), cancellationToken);
            var outcome = await service.AddEntryAsync(parseResult.GetRequiredValue(name), record, ListsCommand.Actor, cancellationToken);
            await Console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{(outcome.Changed ? "added" : "already present")}: entry {outcome.Entry.Id}, checkpoint {outcome.Entry.Checkpoint}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "The list" };
        var id = new Argument<long>("id") { Description = "Entry id" };
        var command = new Command("remove", "Remove an entry (kept as a tombstone so every index drops it)") { name, id };
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(async () =>
        {
            var service = await ListsCommand.OpenAsync(GlobalOptions.DataFolder(parseResult), cancellationToken);
            var removed = await service.RemoveEntryAsync(parseResult.GetRequiredValue(name), parseResult.GetValue(id), ListsCommand.Actor, cancellationToken);
            await Console.Out.WriteLineAsync(removed ? "removed" : "no live entry with that id");
            return removed ? ExitCodes.Success : ExitCodes.PartialFailure;
        }));
        return command;
    }

    public static Command Disable()
    {
        var name = new Argument<string>("name") { Description = "The list" };
        var id = new Argument<long>("id") { Description = "Entry id" };
        var until = new Option<DateTimeOffset?>("--until") { Description = "Disabled until this time (ISO 8601); omit to enable again" };
        var command = new Command("disable", "Disable an entry until a time, or enable it again") { name, id, until };
        command.SetAction((parseResult, cancellationToken) => ListsCommand.GuardAsync(async () =>
        {
            var service = await ListsCommand.OpenAsync(GlobalOptions.DataFolder(parseResult), cancellationToken);
            var entry = await service.DisableEntryAsync(parseResult.GetRequiredValue(name), parseResult.GetValue(id), parseResult.GetValue(until), ListsCommand.Actor, cancellationToken);
            await Console.Out.WriteLineAsync(entry.DisabledUntil is { } u
                ? string.Create(CultureInfo.InvariantCulture, $"disabled until {u:O}")
                : "enabled");
            return ExitCodes.Success;
        }));
        return command;
    }
}
