using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.Processing;
using Vigil.Persistence.Postgres;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Processing;

/// <summary>
/// Work queued on PostgreSQL wakes idle workers through LISTEN/NOTIFY, with no in-process pulse: as when another node
/// or the CLI takes a report in. PostgreSQL only (the test script always provides it).
/// </summary>
public sealed class PostgresJobListenerTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Notify_ReportQueuedByAnotherWriter_IdleWorkerWithTenMinutePollRunsItAtOnce()
    {
        await using var harness = await QueueHarness.CreateAsync(DatabaseProvider.PostgreSql);
        var signal = new JobSignal();
        var options = new ProcessingOptions { Concurrency = 1, PollInterval = TimeSpan.FromMinutes(10) };
        using var listener = new PostgresJobListener(harness.Database.Options, options, signal, TimeProvider.System, NullLogger<PostgresJobListener>.Instance);
        using var worker = new ProcessingWorker(harness.Runner, signal, options, TimeProvider.System, NullLogger<ProcessingWorker>.Instance);

        // The listener pulses once when it starts listening; from then on every commit that queues work pulses.
        var listening = signal.NextPulse;
        await listener.StartAsync(default);
        await worker.StartAsync(default);
        try
        {
            await listening.WaitAsync(Generous);
            for (var round = 1; round <= 3; round++)
            {
                // Let the worker find the queue empty and settle into its ten-minute wait.
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                var intake = await harness.SubmitAsync(TestPng.GradientPng(16, 16, round));
                await harness.WaitProcessedAsync(intake.Items[0].ItemId, Generous);
            }
        }
        finally
        {
            await worker.StopAsync(default);
            await listener.StopAsync(default);
        }
    }

    [Fact]
    public async Task Notify_QueuedReportAndHandedBackJobEachPulseTheListener()
    {
        await using var harness = await QueueHarness.CreateAsync(DatabaseProvider.PostgreSql);
        var signal = new JobSignal();
        using var listener = new PostgresJobListener(harness.Database.Options, new ProcessingOptions(), signal, TimeProvider.System, NullLogger<PostgresJobListener>.Instance);
        var listening = signal.NextPulse;
        await listener.StartAsync(default);
        try
        {
            await listening.WaitAsync(Generous);

            var queued = signal.NextPulse;
            await harness.SubmitAsync(TestPng.GradientPng(16, 16, 7));
            await queued.WaitAsync(Generous);

            var job = await harness.Jobs.ClaimAsync("stopping", harness.Options.Lease, default);
            var handedBack = signal.NextPulse;
            Assert.True(await harness.Jobs.ReleaseAsync(job!, "stopping", default));
            await handedBack.WaitAsync(Generous);
        }
        finally
        {
            await listener.StopAsync(default);
        }
    }
}
