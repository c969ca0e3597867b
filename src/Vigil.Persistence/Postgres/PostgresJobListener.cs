using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Vigil.Core.Processing;

namespace Vigil.Persistence.Postgres;

/// <summary>
/// Holds one connection that <c>LISTEN</c>s on <see cref="JobNotifications.Channel"/> and pulses this node's
/// <see cref="JobSignal"/> at each notification, so a report taken in by any node (or by the CLI) wakes idle workers
/// everywhere at once instead of at their next poll. Polling stays the fallback: while the connection is down (it is
/// opened again with backoff) workers still look at the queue every <see cref="ProcessingOptions.PollInterval"/>.
/// </summary>
internal sealed partial class PostgresJobListener(
    DatabaseOptions database, ProcessingOptions processing, JobSignal signal, TimeProvider time, ILogger<PostgresJobListener> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!processing.Enabled)
        {
            return;
        }

        // Its own unpooled connection; keepalives let a silent network failure surface in WaitAsync.
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 30,
            ApplicationName = "vigil-job-listener",
        }.ConnectionString;
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, _) => signal.Pulse();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand("LISTEN " + JobNotifications.Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Work queued while nobody listened is due now: look at once rather than at the next poll.
                signal.Pulse();
                LogListening(logger);
                retry = FirstRetry;
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A lost connection is reopened; workers poll meanwhile.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLost(logger, ex, retry.TotalSeconds);
                await Task.Delay(retry, time, stoppingToken).ContinueWith(static _ => { }, TaskScheduler.Default);
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
        }
    }

    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "Listening for queued work on PostgreSQL")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "The PostgreSQL job listener lost its connection; workers poll until it is back in {RetrySeconds} s")]
    private static partial void LogLost(ILogger logger, Exception exception, double retrySeconds);
}
