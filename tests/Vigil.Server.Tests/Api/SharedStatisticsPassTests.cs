using System.Runtime.CompilerServices;
using Vigil.Core.Statistics.Counting;
using Vigil.Server.Api.Statistics;

namespace Vigil.Server.Tests.Api;

public sealed class SharedStatisticsPassTests
{
    [Fact]
    public async Task ReportAsync_ConcurrentRequests_ShareOnePassAndALaterRequestStartsAnother()
    {
        var source = new GatedSource();
        var shared = new SharedStatisticsPass(source);

        var first = shared.ReportAsync(2025, comparePrevious: true, CancellationToken.None);
        var second = shared.ReportAsync(2024, comparePrevious: false, CancellationToken.None);
        await source.Started.Task;
        source.Release.SetResult();
        var reports = await Task.WhenAll(first, second);
        var later = await shared.ReportAsync(2025, comparePrevious: false, CancellationToken.None);

        Assert.Equal(("2025", "2024", "2025"), (reports[0].Period.Label, reports[1].Period.Label, later.Period.Label));
        Assert.Equal(2, source.Passes);
    }

    [Fact]
    public async Task ReportAsync_OneWaiterCancelled_OthersStillGetTheirReport()
    {
        var source = new GatedSource();
        var shared = new SharedStatisticsPass(source);
        using var cancel = new CancellationTokenSource();

        var cancelled = shared.ReportAsync(2025, comparePrevious: true, cancel.Token);
        var kept = shared.ReportAsync(2025, comparePrevious: true, CancellationToken.None);
        await source.Started.Task;
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        source.Release.SetResult();

        Assert.Equal("2025", (await kept).Period.Label);
        Assert.Equal(1, source.Passes);
    }

    private sealed class GatedSource : IAssessmentSource
    {
        private int _passes;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Passes => _passes;

        public async IAsyncEnumerable<CountableAssessment> ReadByContentAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _passes) == 1)
            {
                Started.SetResult();
                await Release.Task.WaitAsync(cancellationToken);
            }

            yield break;
        }
    }
}
