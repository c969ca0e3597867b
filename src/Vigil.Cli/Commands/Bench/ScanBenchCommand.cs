using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Cli.Commands.Matching;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Matching;

namespace Vigil.Cli.Commands.Bench;

/// <summary>
/// `vigil bench scan --hashes N FOLDER`: `vigil scan` of a folder against an index of N random PDQ entries. The
/// last line (stderr) splits the time: <c>hash_s</c> (read, decode, hash) against <c>lookup_s</c> (every lookup).
/// </summary>
public static class ScanBenchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string[]>("folder") { Description = "Folders of images to scan", Arity = ArgumentArity.OneOrMore };
        var hashes = new Option<int>("--hashes") { Description = "Random PDQ entries in the index (0..100000000)", DefaultValueFactory = _ => 10_000_000 };
        hashes.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 100_000_000)
            {
                r.AddError("--hashes must be 0..100000000.");
            }
        });
        var radius = new Option<int>("--radius") { Description = "PDQ radius 0..64 (default 31)", DefaultValueFactory = _ => 31 };
        radius.Validators.Add(MatchIndexLoader.ValidateRadius);
        var jobs = new Option<int>("--jobs") { Description = "Files hashed at once (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("scan", "vigil scan against N random PDQ entries: decode+hash time vs lookup time") { folder, hashes, radius, jobs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var host = new MatchIndexHost(
                new SyntheticMatchingStore(parseResult.GetValue(hashes), 20261122),
                new MatchingOptions { Radius = parseResult.GetValue(radius) },
                TimeProvider.System,
                NullLogger<MatchIndexHost>.Instance);
            await host.RefreshAsync(cancellationToken);
            var built = Stopwatch.GetElapsedTime(started);
            return await ScanCommand.ScanAsync(
                host, built, InputFiles.Expand(parseResult.GetRequiredValue(folder)), null, parseResult.GetValue(radius), false, MatchOutputFormat.Jsonl, parseResult.GetValue(jobs), cancellationToken);
        });
        return command;
    }
}
