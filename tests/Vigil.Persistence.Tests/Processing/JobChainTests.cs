using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Processing;

/// <summary>
/// <see cref="JobRunner.RunChainAsync"/>: an item's steps run one after the other on one claim and one vault read,
/// and each step is still its own job with its own completion, record and lease.
/// </summary>
public sealed class JobChainTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunChainAsync_ThreeSteps_OneCallRunsEachStepAsItsOwnSucceededJob(DatabaseProvider provider)
    {
        var steps = ThreeSteps();
        await using var harness = await QueueHarness.CreateAsync(provider, steps);
        var png = TestPng.GradientPng(24, 24, 1);
        var intake = await harness.SubmitAsync(png);

        Assert.Equal(3, await harness.Runner.RunChainAsync("w", default));
        Assert.Equal(0, await harness.Runner.RunChainAsync("w", default));

        var succeeded = await harness.Jobs.ListAsync(JobState.Succeeded, 10, default);
        Assert.Equal(["hash", "second", "third"], succeeded.Select(j => j.Step));
        Assert.All(succeeded, j => Assert.Equal(1, j.Attempts));
        await using var context = harness.Database.CreateContext();
        Assert.Equal(["hash", "second", "third"], await context.ProcessingRecords.OrderBy(p => p.Id).Select(p => p.Step).ToListAsync());
        Assert.Equal(ItemStatus.Processed, (await harness.Reports.GetItemAsync(intake.Items[0].ItemId, default))!.Status);
        Assert.Equal(ReportStatus.Processed, (await harness.Reports.GetAsync(intake.ReportId, default))!.Status);

        // Later steps see the earlier steps' effect on the item, and all three got the bytes of one vault read.
        Assert.Equal([0, png.Length, png.Length], steps.Select(s => s.SeenWidths.Single()));
        var arrays = steps.Select(s => s.SeenArrays.Single()).ToList();
        Assert.All(arrays, a => Assert.Same(arrays[0], a));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunChainAsync_MiddleStepFails_ChainStopsAndThatStepIsRetriedAfterBackoff(DatabaseProvider provider)
    {
        var steps = ThreeSteps(secondFailures: 1);
        await using var harness = await QueueHarness.CreateAsync(provider, steps);
        await harness.SubmitAsync(TestPng.GradientPng(24, 24, 2));

        Assert.Equal(2, await harness.Runner.RunChainAsync("w", default));

        var queued = Assert.Single(await harness.Jobs.ListAsync(JobState.Queued, 10, default));
        Assert.Equal("second", queued.Step);
        Assert.Equal(harness.Time.GetUtcNow().AddSeconds(2), queued.RunAfter);
        Assert.Contains("neutral test failure", queued.LastError, StringComparison.Ordinal);
        Assert.Empty(steps[2].SeenWidths);
        Assert.Equal(0, await harness.Runner.RunChainAsync("w", default));

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await harness.Runner.RunChainAsync("w", default));
        var succeeded = await harness.Jobs.ListAsync(JobState.Succeeded, 10, default);
        Assert.Equal(["hash", "second", "third"], succeeded.Select(j => j.Step));
        Assert.Equal(2, succeeded.Single(j => j.Step == "second").Attempts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunChainAsync_LeaseTakenOverDuringAStep_NothingWrittenAndChainStops(DatabaseProvider provider)
    {
        var steps = ThreeSteps();
        await using var harness = await QueueHarness.CreateAsync(provider, steps);
        steps[1].BeforeResult = async item =>
        {
            // Another worker took the job over (as after a lapsed lease) while this step ran.
            await using var context = harness.Database.CreateContext();
            await context.Jobs.Where(j => j.ItemId == item.Id && j.Step == "second")
                .ExecuteUpdateAsync(u => u.SetProperty(j => j.LeaseOwner, "other-worker"));
        };
        await harness.SubmitAsync(TestPng.GradientPng(24, 24, 3));

        Assert.Equal(2, await harness.Runner.RunChainAsync("w", default));

        await using var check = harness.Database.CreateContext();
        Assert.Equal(["hash"], await check.ProcessingRecords.Select(p => p.Step).ToListAsync());
        var second = await check.Jobs.SingleAsync(j => j.Step == "second");
        Assert.Equal((JobState.Running, "other-worker"), (second.State, second.LeaseOwner));
        Assert.False(await check.Jobs.AnyAsync(j => j.Step == "third"));
        Assert.Empty(steps[2].SeenWidths);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompleteAndClaimNextAsync_WorkerDiesBeforeTheNextStep_NextJobRunsOnceAfterItsLease(DatabaseProvider provider)
    {
        var steps = ThreeSteps();
        await using var harness = await QueueHarness.CreateAsync(provider, steps);
        await harness.SubmitAsync(TestPng.GradientPng(24, 24, 4));
        var first = await harness.Jobs.ClaimAsync("doomed", harness.Options.Lease, default);

        var completion = await harness.Jobs.CompleteAndClaimNextAsync(first!, "doomed", StepResult.Of(i => i.Width = 7), "second", harness.Options.Lease, default);

        Assert.True(completion.Completed);
        var next = completion.Next!;
        Assert.Equal(("second", JobState.Running, "doomed", 1), (next.Step, next.State, next.LeaseOwner, next.Attempts));
        Assert.Equal(harness.Time.GetUtcNow() + harness.Options.Lease, next.LeaseExpiresAt);

        // The worker dies here. Until the lease lapses nobody else may take the claimed job.
        Assert.Equal(0, await harness.Runner.RunChainAsync("survivor", default));
        harness.Time.Advance(harness.Options.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(2, await harness.Runner.RunChainAsync("survivor", default));

        await using var context = harness.Database.CreateContext();
        var records = await context.ProcessingRecords.OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(["hash", "second", "third"], records.Select(p => p.Step));
        Assert.Equal(["doomed", "survivor", "survivor"], records.Select(p => p.WorkerId));
        Assert.Equal(2, (await context.Jobs.SingleAsync(j => j.Step == "second")).Attempts);
        Assert.Equal(7, steps[1].SeenWidths.Single());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunChainAsync_HostStopsDuringAStep_JobIsHandedBackUncountedAndRunsAtOnceElsewhere(DatabaseProvider provider)
    {
        var steps = ThreeSteps();
        await using var harness = await QueueHarness.CreateAsync(provider, steps);
        using var stopping = new CancellationTokenSource();
        steps[1].BeforeResult = async _ =>
        {
            // The host stops while this step runs; the step ends as a cancelled step does.
            await stopping.CancelAsync();
            stopping.Token.ThrowIfCancellationRequested();
        };
        await harness.SubmitAsync(TestPng.GradientPng(24, 24, 5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Runner.RunChainAsync("stopping", stopping.Token));

        await using (var context = harness.Database.CreateContext())
        {
            var second = await context.Jobs.AsNoTracking().SingleAsync(j => j.Step == "second");
            Assert.Equal((JobState.Queued, 0, (string?)null, (DateTimeOffset?)null), (second.State, second.Attempts, second.LeaseOwner, second.LeaseExpiresAt));
            Assert.True(second.RunAfter <= harness.Time.GetUtcNow());
            Assert.Equal(["hash"], await context.ProcessingRecords.Select(p => p.Step).ToListAsync());
        }

        // No lease to wait for: another worker takes the job at once (the clock has not moved), as its first attempt.
        steps[1].BeforeResult = null;
        Assert.Equal(2, await harness.Runner.RunChainAsync("survivor", default));
        await using var check = harness.Database.CreateContext();
        var done = await check.Jobs.AsNoTracking().SingleAsync(j => j.Step == "second");
        Assert.Equal((JobState.Succeeded, 1), (done.State, done.Attempts));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReleaseAsync_WorkerNoLongerHoldsTheJob_ChangesNothing(DatabaseProvider provider)
    {
        await using var harness = await QueueHarness.CreateAsync(provider, ThreeSteps());
        await harness.SubmitAsync(TestPng.GradientPng(24, 24, 6));
        var job = await harness.Jobs.ClaimAsync("holder", harness.Options.Lease, default);

        Assert.False(await harness.Jobs.ReleaseAsync(job!, "someone-else", default));
        Assert.True(await harness.Jobs.ReleaseAsync(job!, "holder", default));
        Assert.False(await harness.Jobs.ReleaseAsync(job!, "holder", default));

        var queued = Assert.Single(await harness.Jobs.ListAsync(JobState.Queued, 10, default));
        Assert.Equal(0, queued.Attempts);
    }

    private static RecordingStep[] ThreeSteps(int secondFailures = 0) =>
        [new RecordingStep(HashStep.StepName, 0, setWidth: true), new RecordingStep("second", secondFailures, setWidth: false), new RecordingStep("third", 0, setWidth: false)];

    /// <summary>Records what it was given; the first step writes the content length into the item's width.</summary>
    private sealed class RecordingStep(string name, int failures, bool setWidth) : IProcessingStep
    {
        private int _failuresLeft = failures;

        public string Name => name;

        public List<int?> SeenWidths { get; } = [];

        public List<byte[]> SeenArrays { get; } = [];

        public Func<Item, Task>? BeforeResult { get; set; }

        public async Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                throw new IOException("neutral test failure");
            }

            SeenWidths.Add(item.Width ?? 0);
            Assert.True(MemoryMarshal.TryGetArray(content, out var segment));
            SeenArrays.Add(segment.Array!);
            if (BeforeResult is { } before)
            {
                await before(item);
            }

            var length = content.Length;
            return setWidth ? StepResult.Of(i => i.Width = length) : new StepResult(null, []);
        }
    }
}
