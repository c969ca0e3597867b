using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Items;
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
    private QueueHarness(TestDatabase database, Func<TestDatabase, TimeProvider, IProcessingStep[]> createSteps)
    {
        Database = database;
        Time = new ManualTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        Reports = new ReportStore(database.ContextFactory, Time);
        Jobs = new JobStore(database.ContextFactory, Time);
        Vault = new MediaVault(new FolderVaultBlobStore(Path.Combine(database.DataFolder, "vault")), new VaultKeyRing(RandomNumberGenerator.GetBytes(32)));
        Options = new ProcessingOptions { Lease = TimeSpan.FromMinutes(1), BaseBackoff = TimeSpan.FromSeconds(2) };
        var steps = createSteps(database, Time);
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
        new(await TestDatabase.CreateAsync(provider), (_, _) => steps);

    /// <summary>A harness over a database the caller created (and the harness disposes), with steps built with its clock.</summary>
    public static QueueHarness Create(TestDatabase database, Func<TimeProvider, IProcessingStep[]> createSteps) =>
        new(database, (_, time) => createSteps(time));

    /// <summary>A harness whose steps are made over its database (e.g. a match step reading the lists).</summary>
    public static async Task<QueueHarness> CreateAsync(DatabaseProvider provider, Func<TestDatabase, IProcessingStep[]> createSteps) =>
        new(await TestDatabase.CreateAsync(provider), (database, _) => createSteps(database));

    /// <summary>Stores the files in the vault and submits one report with them.</summary>
    public Task<IntakeResult> SubmitAsync(params byte[][] files) => SubmitAsync("image/png", files);

    /// <summary>Stores the files (all of one media type) in the vault and submits one report with them.</summary>
    public async Task<IntakeResult> SubmitAsync(string mediaType, params byte[][] files)
    {
        var media = new List<NewMedia>();
        foreach (var file in files)
        {
            var (sha, _) = await Vault.PutAsync(file, default);
            media.Add(new NewMedia(sha, file.Length, mediaType, null));
        }

        return await Reports.AddAsync(NewReport(), media, HashStep.StepName, default);
    }

    /// <summary>A public report received now, with no URLs.</summary>
    public Report NewReport() => new() { Source = ReportSource.Public, ReceivedAt = Time.GetUtcNow(), SubmittedBy = "test" };

    /// <summary>Waits (in real time) until a worker has processed the item; fails after <paramref name="within"/>.</summary>
    public async Task WaitProcessedAsync(long itemId, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while ((await Reports.GetItemAsync(itemId, default))!.Status != ItemStatus.Processed)
        {
            Assert.True(waited.Elapsed < within, $"Item {itemId} was not processed within {within.TotalSeconds} s.");
            await Task.Delay(50);
        }
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
