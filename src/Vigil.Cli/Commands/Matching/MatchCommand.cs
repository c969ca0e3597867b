using System.CommandLine;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Hashing;
using Vigil.Core.Matching;

namespace Vigil.Cli.Commands.Matching;

/// <summary>
/// `vigil match HASH|FILE... [--kind K] [--radius R] [--dihedral] [--lists A,B] [--format table|jsonl]`: looks
/// hashes (hex; kind by length, 64 is PDQ unless --kind sha256) or files (hashed first) up in the hash lists.
/// </summary>
public static class MatchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("hash-or-file") { Description = "Hex hashes, files or folders", Arity = ArgumentArity.OneOrMore };
        var kind = new Option<string?>("--kind") { Description = "Kind of hex inputs: pdq, md5, sha1, sha256, model-sha256, model-autov2, model-autov3, model-autov1 (default: by length)" };
        var radius = new Option<int>("--radius") { Description = "PDQ radius 0..64 (default 31)", DefaultValueFactory = _ => 31 };
        radius.Validators.Add(MatchIndexLoader.ValidateRadius);
        var dihedral = new Option<bool>("--dihedral") { Description = "Also match the eight rotations and flips of images" };
        var lists = new Option<string?>("--lists") { Description = "Only these lists (comma-separated names)" };
        var format = new Option<MatchOutputFormat>("--format") { Description = "table or jsonl", DefaultValueFactory = _ => MatchOutputFormat.Table };

        var command = new Command("match", "Look hashes or files up in the hash lists") { inputs, kind, radius, dihedral, lists, format };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            GlobalOptions.DataFolder(parseResult),
            parseResult.GetRequiredValue(inputs),
            parseResult.GetValue(kind),
            parseResult.GetValue(radius),
            parseResult.GetValue(dihedral),
            parseResult.GetValue(lists),
            parseResult.GetValue(format),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string dataFolder, string[] inputs, string? kind, int radius, bool dihedral, string? lists, MatchOutputFormat format, CancellationToken cancellationToken)
    {
        using var host = await MatchIndexLoader.LoadAsync(dataFolder, radius, cancellationToken);
        var filter = host.Filter(MatchIndexLoader.Lists(host, lists));
        var hasher = new FileHasher(new FileHasherOptions { Dihedral = dihedral });
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16) { AutoFlush = false };
        var writer = new MatchRecordWriter(stdout, format);
        await writer.WriteHeaderAsync();
        var failures = 0;
        foreach (var input in inputs)
        {
            var records = File.Exists(input) || Directory.Exists(input)
                ? await MatchFilesAsync(hasher, host, InputFiles.Expand([input]), radius, filter, cancellationToken)
                : [MatchHex(host, input, kind, radius, filter)];
            foreach (var record in records)
            {
                failures += record.Failed ? 1 : 0;
                await writer.WriteAsync(record);
            }
        }

        await stdout.FlushAsync(cancellationToken);
        return failures == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static MatchRecord MatchHex(MatchIndexHost host, string input, string? kind, int radius, MatchFilter filter)
    {
        if (!HashLookup.TryResolveKind(input, kind, out var resolved, out var error))
        {
            return new MatchRecord(input, kind, null, [], error);
        }

        var hex = input.Trim().ToLowerInvariant();
        return new MatchRecord(input, Core.HashLists.HashValues.Name(resolved), hex, HashLookup.Find(host, resolved, hex, radius, filter), null);
    }

    private static async Task<List<MatchRecord>> MatchFilesAsync(FileHasher hasher, MatchIndexHost host, IReadOnlyList<string> files, int radius, MatchFilter filter, CancellationToken cancellationToken)
    {
        var records = new List<MatchRecord>();
        foreach (var file in files)
        {
            records.Add(FileRecord(host, file, await hasher.HashFileAsync(file, cancellationToken), radius, filter));
        }

        return records;
    }

    /// <summary>The record of a hashed file: its PDQ (else SHA-256) and every match of its hashes.</summary>
    public static MatchRecord FileRecord(MatchIndexHost host, string file, FileHashResult result, int radius, MatchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (kind, hash) = result.Pdq is { } pdq ? ("pdq", pdq.Hash.ToString()) : ("sha256", result.Digests?.Sha256);
        var matches = result.Digests is null ? [] : HashLookup.FindFile(host, result, radius, filter);
        // A file whose digests matched is reported even when its pixels could not be decoded.
        return new MatchRecord(file, kind, hash, matches, matches.Count > 0 ? null : result.Error);
    }
}
