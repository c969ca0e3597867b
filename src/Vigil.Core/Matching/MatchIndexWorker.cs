using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Vigil.Core.Matching;

/// <summary>Builds the node's index at start, then compares list checkpoints every <see cref="MatchingOptions.RefreshInterval"/>.</summary>
public sealed partial class MatchIndexWorker(MatchIndexHost host, MatchingOptions options, TimeProvider time, ILogger<MatchIndexWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await host.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database outage must not end the loop; the index keeps serving what it has.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRefreshFailed(logger, ex);
            }

            try
            {
                await Task.Delay(options.RefreshInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Matching index refresh failed; retrying at the next interval")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
