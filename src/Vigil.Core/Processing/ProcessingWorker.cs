using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Vigil.Core.Processing;

/// <summary>Runs <see cref="ProcessingOptions.Concurrency"/> loops that claim and run jobs (an item's steps as one chain) until the host stops.</summary>
public sealed partial class ProcessingWorker(JobRunner runner, JobSignal signal, ProcessingOptions options, TimeProvider time, ILogger<ProcessingWorker> logger) : BackgroundService
{
    /// <summary>This host's worker id prefix: machine, process id and a random tag (several hosts may share a process in tests).</summary>
    public string WorkerId { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}");

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(i => LoopAsync($"{WorkerId}:{i}", stoppingToken)));
    }

    private async Task LoopAsync(string workerId, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pulse = signal.NextPulse;
                if (await runner.RunChainAsync(workerId, stoppingToken) == 0)
                {
                    // Idle: wait for intake in this process to queue work, or poll again (work from other nodes).
                    await Task.WhenAny(pulse, Task.Delay(options.PollInterval, time, stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a database outage; it logs and waits.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopError(logger, ex, workerId);
                await Task.Delay(options.BaseBackoff, time, stoppingToken).ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Worker {WorkerId} hit an error outside a job; pausing")]
    private static partial void LogLoopError(ILogger logger, Exception exception, string workerId);
}
