using Microsoft.EntityFrameworkCore;

namespace Vigil.Persistence.Postgres;

/// <summary>
/// On PostgreSQL, work queued for now is announced on a notification channel (<c>NOTIFY</c>), which every node's
/// <see cref="PostgresJobListener"/> turns into a wake-up of its idle workers. Sent inside the transaction that queues
/// the job, the notification is delivered when (and only if) it commits. On SQLite, with a single node, it is a no-op.
/// </summary>
internal static class JobNotifications
{
    /// <summary>The channel; the payload is empty (a wake-up carries no data, least of all anything from a report).</summary>
    public const string Channel = "vigil_jobs";

    public static async Task NotifyAsync(VigilDbContext context, CancellationToken cancellationToken)
    {
        if (context.IsPostgreSql)
        {
            await context.Database.ExecuteSqlRawAsync("NOTIFY " + Channel, cancellationToken);
        }
    }
}
