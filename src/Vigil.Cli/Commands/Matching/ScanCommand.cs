using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Hashing;
using Vigil.Core.Matching;

namespace Vigil.Cli.Commands.Matching;

/// <summary>
/// `vigil scan FOLDER [--lists A,B] [--radius R] [--dihedral] [--format table|jsonl] [--jobs N]`: hashes every file
/// of a folder on all cores and matches it against the lists (index built once from the database), with a progress
/// bar; ends with a line on stderr splitting the time between decoding+hashing and lookups.
/// </summary>
public static class ScanCommand
{
    public static Command Create()
    {
        var folder = new Argument<string[]>("folder") { Description = "Folders (walked recursively) or files", Arity = ArgumentArity.OneOrMore };
        var lists = new Option<string?>("--lists") { Description = "Only these lists (comma-separated names; default: all)" };
        var radius = new Option<int>("--radius") { Description = "PDQ radius 0..64 (default 31)", DefaultValueFactory = _ => 31 };
        radius.Validators.Add(MatchIndexLoader.ValidateRadius);
        var dihedral = new Option<bool>("--dihedral") { Description = "Also match the eight rotations and flips of images" };
        var format = new Option<MatchOutputFormat>("--format") { Description = "table or jsonl", DefaultValueFactory = _ => MatchOutputFormat.Table };
        var jobs = new Option<int>("--jobs") { Description = "Files hashed at once (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError("--jobs must be 1..256.");
            }
        });

        var command = new Command("scan", "Hash and match a folder against the hash lists") { folder, lists, radius, dihedral, format, jobs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var host = await MatchIndexLoader.LoadAsync(GlobalOptions.DataFolder(parseResult), parseResult.GetValue(radius), cancellationToken);
            var built = Stopwatch.GetElapsedTime(started);
            return await ScanAsync(
                host,
                built,
                InputFiles.Expand(parseResult.GetRequiredValue(folder)),
                parseResult.GetValue(lists),
                parseResult.GetValue(radius),
                parseResult.GetValue(dihedral),
                parseResult.GetValue(format),
                parseResult.GetValue(jobs),
                cancellationToken);
        });
        return command;
    }

    /// <summary>Scans <paramref name="files"/> against a built index (the bench runs this over a synthetic index).</summary>
    public static async Task<int> ScanAsync(
        MatchIndexHost host, TimeSpan buildTime, IReadOnlyList<string> files, string? lists, int radius, bool dihedral, MatchOutputFormat format, int jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var filter = host.Filter(MatchIndexLoader.Lists(host, lists));
        var hasher = new FileHasher(new FileHasherOptions { Dihedral = dihedral });
        long hashTicks = 0;
        long lookupTicks = 0;
        var wall = Stopwatch.StartNew();
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16) { AutoFlush = false };
        var writer = new MatchRecordWriter(stdout, format);
        await writer.WriteHeaderAsync();
        var exitCode = await FileBatch.RunAsync(
            files,
            jobs,
            "Scanning",
            async (file, ct) =>
            {
                var t0 = Stopwatch.GetTimestamp();
                var result = await hasher.HashFileAsync(file, ct);
                var t1 = Stopwatch.GetTimestamp();
                var record = MatchCommand.FileRecord(host, file, result, radius, filter);
                Interlocked.Add(ref hashTicks, t1 - t0);
                Interlocked.Add(ref lookupTicks, Stopwatch.GetTimestamp() - t1);
                return record;
            },
            (_, record) => writer.WriteAsync(record),
            static record => record.Failed,
            cancellationToken);
        await stdout.FlushAsync(cancellationToken);

        var hashSeconds = hashTicks / (double)Stopwatch.Frequency;
        var lookupSeconds = lookupTicks / (double)Stopwatch.Frequency;
        var status = host.Status;
        await Console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"files={files.Count} index_entries={status.Counts.Values.Sum()} index_build_s={buildTime.TotalSeconds:0.00} wall_s={wall.Elapsed.TotalSeconds:0.00} hash_s={hashSeconds:0.000} lookup_s={lookupSeconds:0.000} lookup_share={(hashSeconds + lookupSeconds > 0 ? 100 * lookupSeconds / (hashSeconds + lookupSeconds) : 0):0.00}%"));
        return exitCode;
    }
}
