using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Processing;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Processing;

public sealed class ProcessingWorkerTests
{
    // Generous: a 10-minute poll would miss it by far; the wake itself takes milliseconds.
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Pulse_IdleWorkerWithTenMinutePoll_PicksUpNewWorkAtOnce()
    {
        await using var harness = await QueueHarness.CreateAsync(DatabaseProvider.Sqlite);
        var signal = new JobSignal();
        var options = new ProcessingOptions { Concurrency = 1, PollInterval = TimeSpan.FromMinutes(10) };
        using var worker = new ProcessingWorker(harness.Runner, signal, options, TimeProvider.System, NullLogger<ProcessingWorker>.Instance);
        var first = await harness.SubmitAsync(TestPng.GradientPng(16, 16, 1));
        await worker.StartAsync(default);
        try
        {
            // The first report is taken by the worker's first look at the queue; then the queue is empty and the
            // worker waits: for ten minutes, unless something pulses the signal.
            await harness.WaitProcessedAsync(first.Items[0].ItemId, Generous);
            await Task.Delay(TimeSpan.FromSeconds(1));

            var second = await harness.SubmitAsync(TestPng.GradientPng(16, 16, 2));
            signal.Pulse();

            await harness.WaitProcessedAsync(second.Items[0].ItemId, Generous);
        }
        finally
        {
            await worker.StopAsync(default);
        }
    }

    [Fact]
    public async Task NextPulse_TakenBeforePulse_CompletesOnceAndIsReplaced()
    {
        var signal = new JobSignal();
        var before = signal.NextPulse;
        Assert.False(before.IsCompleted);

        signal.Pulse();

        await before.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(signal.NextPulse.IsCompleted);
    }
}
