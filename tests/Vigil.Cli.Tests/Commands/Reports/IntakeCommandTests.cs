using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Audit;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Core.Vault;
using Vigil.Media.Images;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Reports;

/// <summary>`vigil intake`: bulk folders become reports whose media sit encrypted in the vault and queued for processing.</summary>
public sealed class IntakeCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Intake_FolderWithDuplicateAndBadFiles_ReportsOfAtMostNFilesQueuedAndEachFailureNamed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var folder = new TempFolder();
        var images = Enumerable.Range(1, 3).Select(i => TestPng.GradientPng(32, 24, 40 + i)).ToList();
        for (var i = 0; i < images.Count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.Path, $"a{i}.png"), images[i]);
        }

        Directory.CreateDirectory(Path.Combine(folder.Path, "nested"));
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "nested", "copy.png"), images[0]);
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "nested", "empty.png"), []);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "nested", "words.txt"), "neutral stand-in words");

        var result = await CliDatabase.RunAsync(
            database, "intake", folder.Path, "--per-report", "2", "--source", "partnerhotline", "--country", "nl", "--description", "neutral note");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("empty.png: the file is empty", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("words.txt: not a supported image or video", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("files 6, taken in 4, failed 2; reports 2, new items 3", result.StandardOutput, StringComparison.Ordinal);
        await using (var context = database.CreateContext())
        {
            var reports = await context.Reports.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
            Assert.Equal(2, reports.Count);
            Assert.All(reports, r => Assert.Equal(
                (ReportSource.PartnerHotline, "NL", "neutral note", ReportStatus.Received),
                (r.Source, r.HostingCountry, r.Description, r.Status)));
            Assert.All(reports, r => Assert.StartsWith("cli:", r.SubmittedBy, StringComparison.Ordinal));
            Assert.Equal(4, await context.Sightings.CountAsync());
            Assert.Equal(3, await context.Items.CountAsync());
            Assert.Equal(3, await context.Jobs.CountAsync(j => j.State == JobState.Queued && j.Step == HashStep.StepName));
        }

        await using var services = CliDatabase.Services(database);
        var vault = services.GetRequiredService<MediaVault>();
        foreach (var image in images)
        {
            Assert.Equal(image, await vault.ReadAsync(System.Security.Cryptography.SHA256.HashData(image), default));
        }

        var audit = services.GetRequiredService<IAuditLog>();
        Assert.True((await audit.VerifyAsync(default)).IsValid);

        // The server's runner takes the queue from here: every item hashed, both reports processed.
        var runner = new JobRunner(
            services.GetRequiredService<IJobStore>(), services.GetRequiredService<IReportStore>(), vault,
            new ProcessingPipeline([new HashStep(new ImageDecoder())]), new ProcessingOptions(), TimeProvider.System, NullLogger<JobRunner>.Instance);
        while (await runner.RunChainAsync("test-worker", default) > 0)
        {
        }

        await using var check = database.CreateContext();
        Assert.Equal(3, await check.Items.CountAsync(i => i.Status == ItemStatus.Processed && i.Pdq != null));
        Assert.Equal(2, await check.Reports.CountAsync(r => r.Status == ReportStatus.Processed));
    }

    [Theory]
    [InlineData("--source", "somewhere", "--source must be one of")]
    [InlineData("--site-type", "7", "--site-type must be one of")]
    [InlineData("--country", "n1", "--country is an ISO 3166-1 alpha-2 code")]
    [InlineData("--per-report", "0", "--per-report must be 1..10000")]
    [InlineData("--max-file-bytes", "0", "--max-file-bytes must be 1..")]
    public async Task Intake_BadOption_ExitCodeTwoNamingItAndNothingTakenIn(string option, string value, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "a.png"), TestPng.GradientPng(16, 16, 1));

        var result = await CliDatabase.RunAsync(database, "intake", folder.Path, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Reports.CountAsync());
    }

    [Fact]
    public async Task Intake_MissingPath_ExitCodeTwoAndNothingTakenIn()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "a.png"), TestPng.GradientPng(16, 16, 2));

        var result = await CliDatabase.RunAsync(database, "intake", folder.Path, Path.Combine(folder.Path, "absent"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.StandardError, StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Reports.CountAsync());
    }

    [Fact]
    public async Task Intake_FilesOverTheLimit_EachRefusedNamingTheLimitAndNoReport()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var folder = new TempFolder();
        var image = TestPng.GradientPng(64, 64, 3);
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "a.png"), image);
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "b.png"), TestPng.GradientPng(64, 64, 4));

        var result = await CliDatabase.RunAsync(database, "intake", folder.Path, "--max-file-bytes", "100");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.StandardOutput.Split('\n').Count(l => l.Contains("larger than 100 bytes (--max-file-bytes)", StringComparison.Ordinal)));
        Assert.Contains("reports 0", result.StandardOutput, StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Reports.CountAsync());
        await using var services = CliDatabase.Services(database);
        Assert.Null(await services.GetRequiredService<MediaVault>().ReadAsync(System.Security.Cryptography.SHA256.HashData(image), default));
    }
}
