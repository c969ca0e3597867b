using System.CommandLine;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Provenance;
using Vigil.Provenance;

namespace Vigil.Cli.Commands.Provenance;

/// <summary>`vigil inspect FILE...`: AI-provenance evidence per file (C2PA, XMP/IPTC, generator metadata, watermark, model hashes).</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders (folders are walked recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<InspectOutputFormat>("--format") { Description = "table or json (JSON Lines)", DefaultValueFactory = _ => InspectOutputFormat.Table };
        var showPrompt = new Option<bool>("--show-prompt") { Description = "Show declared prompts and raw signal values (hidden by default)" };
        var anchors = new Option<string[]>("--trust-anchor") { Description = "PEM file of C2PA trust anchors (repeatable)", AllowMultipleArgumentsPerToken = false };
        var noPixels = new Option<bool>("--no-pixels") { Description = "Skip the pixel readers (stealth alpha data, dwtDct watermark)" };
        var jobs = new Option<int>("--jobs") { Description = "Files inspected at once (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
            {
                r.AddError("--jobs must be 1..256.");
            }
        });

        var command = new Command("inspect", "Report AI-provenance evidence: C2PA, IPTC/XMP, generator metadata, watermarks, model hashes")
        {
            paths, format, showPrompt, anchors, noPixels, jobs,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(paths),
            parseResult.GetValue(format),
            parseResult.GetValue(showPrompt),
            parseResult.GetValue(anchors) ?? [],
            parseResult.GetValue(noPixels),
            parseResult.GetValue(jobs),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, InspectOutputFormat format, bool showPrompt, string[] anchors, bool noPixels, int jobs, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(paths);
        var options = new ProvenanceOptions { ReadPixels = !noPixels };
        foreach (var pem in anchors)
        {
            try
            {
                options.AddTrustAnchorsFromPem(pem);
            }
            catch (Exception e) when (e is ArgumentException or IOException or System.Security.Cryptography.CryptographicException)
            {
                throw new UsageException($"--trust-anchor {pem}: {e.Message}");
            }
        }

        var inspector = new FileProvenanceInspector(options);
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16) { AutoFlush = false };
        var writer = new InspectRecordWriter(stdout, format, showPrompt);
        await writer.WriteHeaderAsync();
        var exitCode = await FileBatch.RunAsync(
            files,
            jobs,
            "Inspecting",
            inspector.InspectFileAsync,
            (_, result) => writer.WriteAsync(result),
            static result => result.Error is not null,
            cancellationToken);

        await stdout.FlushAsync(cancellationToken);
        return exitCode;
    }
}
