using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Core.Vault;
using Vigil.Media.Images;
using Vigil.Persistence.Stores;
using Vigil.Persistence.Vault;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Processing;

/// <summary>The real stores, vault and runner over one test database, with a hand-moved clock.</summary>
internal sealed class QueueHarness : IAsyncDisposable
{
    private QueueHarness(TestDatabase database, Func<TimeProvider, IProcessingStep[]> createSteps)
    {
        Database = database;
        Time = new ManualTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        Reports = new ReportStore(database.ContextFactory, Time);
        Jobs = new JobStore(database.ContextFactory, Time);
        Vault = new MediaVault(new FolderVaultBlobStore(Path.Combine(database.DataFolder, "vault")), new VaultKeyRing(RandomNumberGenerator.GetBytes(32)));
        Options = new ProcessingOptions { Lease = TimeSpan.FromMinutes(1), BaseBackoff = TimeSpan.FromSeconds(2) };
        var steps = createSteps(Time);
        Runner = new JobRunner(Jobs, Reports, Vault, new ProcessingPipeline(steps.Length > 0 ? steps : [new HashStep(new ImageDecoder())]), Options, Time, NullLogger<JobRunner>.Instance);
    }

    public TestDatabase Database { get; }

    public ManualTimeProvider Time { get; }

    public ReportStore Reports { get; }

    public JobStore Jobs { get; }

    public MediaVault Vault { get; }

    public ProcessingOptions Options { get; }

    public JobRunner Runner { get; }

    public static async Task<QueueHarness> CreateAsync(DatabaseProvider provider, params IProcessingStep[] steps) =>
        new(await TestDatabase.CreateAsync(provider), _ => steps);

    /// <summary>A harness whose steps are built with its clock.</summary>
    public static async Task<QueueHarness> CreateAsync(DatabaseProvider provider, Func<TimeProvider, IProcessingStep[]> createSteps) =>
        new(await TestDatabase.CreateAsync(provider), createSteps);

    /// <summary>Stores the files in the vault and submits one report with them.</summary>
    public async Task<IntakeResult> SubmitAsync(params byte[][] files)
    {
        var media = new List<NewMedia>();
        foreach (var file in files)
        {
            var (sha, _) = await Vault.PutAsync(file, default);
            media.Add(new NewMedia(sha, file.Length, "image/png", null));
        }

        var report = new Report { Source = ReportSource.Public, ReceivedAt = Time.GetUtcNow(), SubmittedBy = "test" };
        return await Reports.AddAsync(report, media, HashStep.StepName, default);
    }

    public async Task<int> DrainAsync(string workerId = "worker-1")
    {
        var count = 0;
        while (await Runner.RunOneAsync(workerId, default))
        {
            count++;
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        Jobs.Dispose();
        await Database.DisposeAsync();
    }
}
