using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Core.Vault;
using Vigil.Persistence.Stores;
using Vigil.Persistence.Vault;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Processing;

/// <summary>
/// A worker renews its lease while a step runs (real clock, a 1 s lease renewed every third of it), so a step longer
/// than the lease is not taken over; a renewal that finds the lease gone stops the step.
/// </summary>
public sealed class LeaseRenewalTests
{
    private static readonly ProcessingOptions ShortLease = new() { Lease = TimeSpan.FromSeconds(1), BaseBackoff = TimeSpan.FromSeconds(2) };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunOneAsync_StepLongerThanTheLease_LeaseRenewedAndJobRunsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var step = new TimedStep(TimeSpan.FromSeconds(3.5));
        var (runner, jobs) = await QueueOneItemAsync(database, step);

        var first = runner.RunOneAsync("worker-a", default);
        var takeovers = 0;
        while (!first.IsCompleted)
        {
            // Another worker polls all the while; without renewal it would take the job over after 1 s.
            takeovers += await runner.RunOneAsync("worker-b", default) ? 1 : 0;
            await Task.Delay(100);
        }

        Assert.True(await first);
        Assert.Equal(0, takeovers);
        Assert.Equal(1, step.Runs);
        var job = Assert.Single(await jobs.ListAsync(JobState.Succeeded, 10, default));
        Assert.Equal(1, job.Attempts);
        await using var context = database.CreateContext();
        Assert.Equal("worker-a", (await context.ProcessingRecords.SingleAsync()).WorkerId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunOneAsync_LeaseTakenOverWhileTheStepRuns_StepStoppedAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var step = new TimedStep(TimeSpan.FromSeconds(30));
        var (runner, _) = await QueueOneItemAsync(database, step);

        var run = runner.RunOneAsync("worker-a", default);
        await step.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await using (var context = database.CreateContext())
        {
            // Another node took the job over (as after a database outage long enough for the lease to lapse).
            await context.Jobs.ExecuteUpdateAsync(u => u.SetProperty(j => j.LeaseOwner, "worker-b"));
        }

        Assert.True(await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(step.Cancelled);
        await using var after = database.CreateContext();
        var job = await after.Jobs.SingleAsync();
        Assert.Equal((JobState.Running, "worker-b"), (job.State, job.LeaseOwner));
        Assert.Equal(0, await after.ProcessingRecords.CountAsync());
        Assert.Equal(ItemStatus.Pending, (await after.Items.SingleAsync()).Status);
    }

    private static async Task<(JobRunner Runner, JobStore Jobs)> QueueOneItemAsync(TestDatabase database, IProcessingStep step)
    {
        var reports = new ReportStore(database.ContextFactory, TimeProvider.System);
        var jobs = new JobStore(database.ContextFactory, TimeProvider.System);
        var vault = new MediaVault(new FolderVaultBlobStore(Path.Combine(database.DataFolder, "vault")), new VaultKeyRing(RandomNumberGenerator.GetBytes(32)));
        var png = TestPng.GradientPng(16, 16, 4);
        var (sha, _) = await vault.PutAsync(png, default);
        var report = new Report { Source = ReportSource.Public, ReceivedAt = TimeProvider.System.GetUtcNow(), SubmittedBy = "test" };
        await reports.AddAsync(report, [new NewMedia(sha, png.Length, "image/png", null)], HashStep.StepName, default);
        var runner = new JobRunner(jobs, reports, vault, new ProcessingPipeline([step]), ShortLease, TimeProvider.System, NullLogger<JobRunner>.Instance);
        return (runner, jobs);
    }

    /// <summary>Takes <paramref name="duration"/> unless cancelled first; counts its runs.</summary>
    private sealed class TimedStep(TimeSpan duration) : IProcessingStep
    {
        private int _runs;

        public string Name => HashStep.StepName;

        public int Runs => _runs;

        public bool Cancelled { get; private set; }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            Started.TrySetResult();
            try
            {
                await Task.Delay(duration, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled = true;
                throw;
            }

            return StepResult.Of(i => i.Width = content.Length);
        }
    }
}
