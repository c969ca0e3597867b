using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vigil.Persistence.Sqlite;

/// <summary>
/// Sets SQLite's own busy timeout on every opened connection. Without it a writer that finds the database locked
/// fails at once and Microsoft.Data.Sqlite retries it after sleeping 150 ms; with it SQLite waits inside the call
/// and proceeds within a millisecond or so of the lock's release. With several processing workers, intake and the
/// index refresh all writing to the one file, that sleep was the queue's largest stall.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <summary>As long as the connection's command timeout (<c>Default Timeout=30</c>).</summary>
    public const int TimeoutMilliseconds = 30_000;

    public static SqliteBusyTimeoutInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            // A plain setter on the native handle (no statement); pooled handles simply get the same value again.
            _ = SQLitePCL.raw.sqlite3_busy_timeout(handle, TimeoutMilliseconds);
        }
    }
}
