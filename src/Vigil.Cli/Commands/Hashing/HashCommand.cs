using System.CommandLine;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Hashing;

namespace Vigil.Cli.Commands.Hashing;

/// <summary>`vigil hash PATH...`: digests and PDQ for files and folders (recursive), on all cores.</summary>
public static class HashCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders (folders are walked recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<HashOutputFormat>("--format") { Description = "table, jsonl or csv", DefaultValueFactory = _ => HashOutputFormat.Table };
        var dihedral = new Option<bool>("--dihedral") { Description = "Also output the eight dihedral PDQ hashes (pdq_dihedral)" };
        var jobs = new Option<int>("--jobs") { Description = "Files hashed at once (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError("--jobs must be 1..256.");
            }
        });

        var command = new Command("hash", "Compute MD5, SHA-1, SHA-256 and PDQ for files and folders") { paths, format, dihedral, jobs };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(paths),
            parseResult.GetValue(format),
            parseResult.GetValue(dihedral),
            parseResult.GetValue(jobs),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, HashOutputFormat format, bool dihedral, int jobs, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(paths);
        var hasher = new FileHasher(new FileHasherOptions { Dihedral = dihedral });
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16) { AutoFlush = false };
        var writer = new HashRecordWriter(stdout, format, dihedral);
        await writer.WriteHeaderAsync();
        var exitCode = await FileBatch.RunAsync(
            files,
            jobs,
            "Hashing",
            hasher.HashFileAsync,
            writer.WriteAsync,
            static result => !result.Succeeded,
            cancellationToken);

        await stdout.FlushAsync(cancellationToken);
        return exitCode;
    }
}
