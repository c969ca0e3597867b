using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Infrastructure;
using Vigil.Core;
using Vigil.Core.Audit;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Core.Vault;

namespace Vigil.Cli.Commands.Reports;

/// <summary>
/// `vigil intake PATH... [--source S] [--site-type T] [--network N] [--country CC] [--description TEXT] [--per-report N]
/// [--max-file-bytes N]`: takes a bulk folder in (a seizure, a platform's export, an analyst's proactive finds) as
/// reports of at most N files each. Every image or video goes into the encrypted vault and is queued for processing,
/// exactly as a report submitted through the API; `vigil serve` on the same data folder or database processes it.
/// </summary>
public static class IntakeCommand
{
    public const int DefaultPerReport = 500;
    public const int MaxPerReport = 10_000;
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    // Files read, hashed and written to the vault at once: twice the cores, as each write waits on its fsync.
    private static readonly int Parallelism = Environment.ProcessorCount * 2;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (recursive; links inside folders are not followed)", Arity = ArgumentArity.OneOrMore };
        var source = EnumOption("--source", "Who brought the material", ReportSource.Proactive);
        var siteType = EnumOption("--site-type", "Kind of site the material came from", SiteType.Unknown);
        var network = EnumOption("--network", "Clear or dark web", WebNetwork.Unknown);
        var country = new Option<string?>("--country") { Description = "Hosting country, ISO 3166-1 alpha-2 (e.g. NL)" };
        country.Validators.Add(r =>
        {
            if (r.GetValue(country) is { } c && (c.Length != 2 || !c.All(char.IsAsciiLetter)))
            {
                r.AddError("--country is an ISO 3166-1 alpha-2 code such as NL.");
            }
        });
        var description = new Option<string?>("--description") { Description = "A note kept with each report (never logged)" };
        description.Validators.Add(r =>
        {
            if (r.GetValue(description) is { Length: > Report.DescriptionMaxLength })
            {
                r.AddError($"--description has at most {Report.DescriptionMaxLength} characters.");
            }
        });
        var perReport = new Option<int>("--per-report") { Description = $"Files per report (1..{MaxPerReport})", DefaultValueFactory = _ => DefaultPerReport };
        perReport.Validators.Add(r =>
        {
            if (r.GetValue(perReport) is < 1 or > MaxPerReport)
            {
                r.AddError($"--per-report must be 1..{MaxPerReport}.");
            }
        });
        var maxBytes = new Option<long>("--max-file-bytes") { Description = "Largest file taken in", DefaultValueFactory = _ => DefaultMaxFileBytes };
        maxBytes.Validators.Add(r =>
        {
            if (r.GetValue(maxBytes) is var max && (max < 1 || max > Array.MaxLength))
            {
                r.AddError($"--max-file-bytes must be 1..{Array.MaxLength}.");
            }
        });

        var command = new Command("intake", "Take files and folders in as reports: vault, then the processing queue")
        {
            paths, source, siteType, network, country, description, perReport, maxBytes,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var template = new ReportTemplate(
                parseResult.GetValue(source), parseResult.GetValue(siteType), parseResult.GetValue(network),
                parseResult.GetValue(country)?.ToUpperInvariant(), parseResult.GetValue(description));
            var files = InputFiles.Expand(parseResult.GetRequiredValue(paths));
            await using var services = await StorageAccess.OpenAsync(parseResult, cancellationToken);
            return await RunAsync(services, files, template, parseResult.GetValue(perReport), parseResult.GetValue(maxBytes), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        ServiceProvider services, IReadOnlyList<string> files, ReportTemplate template, int perReport, long maxBytes, CancellationToken cancellationToken)
    {
        var vault = services.GetRequiredService<MediaVault>();
        var reports = services.GetRequiredService<IReportStore>();
        var audit = services.GetRequiredService<IAuditLog>();
        var time = services.GetRequiredService<TimeProvider>();
        var batch = new List<NewMedia>(Math.Min(perReport, files.Count));
        var (failed, reportCount, newItems) = (0, 0, 0);

        async Task FlushAsync()
        {
            var result = await reports.AddAsync(template.NewReport(time.GetUtcNow()), batch, HashStep.StepName, cancellationToken);
            await CliAudit.AppendAsync(audit, "report.submitted", $"report:{result.ReportId}", cancellationToken);
            var fresh = result.Items.Count(i => i.IsNew);
            (reportCount, newItems) = (reportCount + 1, newItems + fresh);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report {result.ReportId}: {batch.Count} files, {fresh} new items"));
            batch.Clear();
        }

        // Reading, hashing, sealing and the vault's fsync overlap across files; reports take them in input order.
        // Only the small results wait in order: at most Parallelism files are in memory at once.
        await ProgressDisplay.RunAsync("intake", files.Count, async tick =>
        {
            await OrderedParallel.RunAsync(
                files.Count,
                Parallelism,
                async (i, ct) =>
                {
                    var (content, mediaType, error) = await BulkFile.ReadAsync(files[i], maxBytes, ct);
                    return error is null
                        ? new Taken(new NewMedia((await vault.PutAsync(content, ct)).Sha256, content.Length, mediaType!, null), null)
                        : new Taken(null, error);
                },
                async (i, taken) =>
                {
                    if (taken.Media is { } media)
                    {
                        batch.Add(media);
                        if (batch.Count == perReport)
                        {
                            await FlushAsync();
                        }
                    }
                    else
                    {
                        failed++;
                        Console.WriteLine($"{files[i]}: {taken.Error}");
                    }

                    tick();
                },
                cancellationToken);

            if (batch.Count > 0)
            {
                await FlushAsync();
            }
        });

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"files {files.Count}, taken in {files.Count - failed}, failed {failed}; reports {reportCount}, new items {newItems} (processed by vigil serve)"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static Option<T> EnumOption<T>(string name, string description, T fallback)
        where T : struct, Enum
    {
        var option = new Option<T>(name)
        {
            Description = description,
            DefaultValueFactory = _ => fallback,
            CustomParser = r =>
            {
                var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;
                if (EnumNames.TryParse<T>(text, out var parsed))
                {
                    return parsed;
                }

                r.AddError($"{name} must be one of: {EnumNames.List<T>()}.");
                return fallback;
            },
        };
        return option;
    }

    private sealed record Taken(NewMedia? Media, string? Error);

    private sealed record ReportTemplate(ReportSource Source, SiteType SiteType, WebNetwork Network, string? Country, string? Description)
    {
        public Report NewReport(DateTimeOffset now) => new()
        {
            Source = Source,
            SiteType = SiteType,
            Network = Network,
            HostingCountry = Country,
            Description = Description,
            ReceivedAt = now,
            SubmittedBy = $"cli:{Environment.UserName}",
        };
    }
}
