using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vigil.Core.HashLists;

namespace Vigil.Persistence.Stores;

/// <summary>
/// Bulk import: parameterised multi-row <c>INSERT ... ON CONFLICT (list_id, kind, value) DO UPDATE ... WHERE
/// removed</c> (insert if absent, revive a tombstone, leave a live entry alone) in batches inside one transaction,
/// with one prepared statement reused for every full batch. Memory is one batch, whatever the file's size.
/// </summary>
internal sealed partial class HashListStore
{
    /// <summary>Rows per INSERT on PostgreSQL: 9 parameters a row stays far below its 65,535.</summary>
    internal const int PostgresBatchRows = 1000;

    /// <summary>
    /// Rows per INSERT on SQLite. SQLite finds a named parameter by a linear search of the statement's names, so
    /// binding a batch costs (rows x 9)^2 / 2 name comparisons: 1,000 rows (9,000 names) spent about 100 us of CPU
    /// per imported row; 32 rows cut a 1 M-row import's user time from 110 s to 16 s (docs/PERFORMANCE.md).
    /// </summary>
    internal const int SqliteBatchRows = 32;

    private const int ParametersPerRow = 9;

    private const string SqliteImportCacheSize = "PRAGMA cache_size = -262144";

    public async Task<(long Added, long Checkpoint)> ImportAsync(
        long listId, IAsyncEnumerable<HashListRecord> records, string addedBy, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (context.IsPostgreSql)
        {
            return await ImportInTransactionAsync(context, listId, records, addedBy, progress, cancellationToken);
        }

        // The whole import is one transaction, so SQLite keeps its dirty pages until commit and, once they outgrow the
        // page cache (2 MiB by default), spills them to the WAL and reads them back, again and again: the unique
        // (list, kind, value) and (kind, value) indexes take rows in random order. A fixed 256 MiB cache for this
        // connection halved a 1 M-row import (103 s -> 49 s, WAL writes 1.3 -> 0.6 GB) and keeps memory bounded
        // whatever the file's size; the connection's own cache size is restored afterwards (it returns to the pool).
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using (var read = Command(context, "PRAGMA cache_size"))
        {
            var previous = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await ExecuteAsync(context, SqliteImportCacheSize, cancellationToken);
            try
            {
                return await ImportInTransactionAsync(context, listId, records, addedBy, progress, cancellationToken);
            }
            finally
            {
                await ExecuteAsync(context, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {previous}"), CancellationToken.None);
            }
        }
    }

    private async Task<(long Added, long Checkpoint)> ImportInTransactionAsync(
        VigilDbContext context, long listId, IAsyncEnumerable<HashListRecord> records, string addedBy, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var checkpoint = await LockAsync(context, listId, cancellationToken)
            ?? throw new HashListException(HashListError.NotFound, "No such list.", "name");
        var next = checkpoint + 1;
        var shared = new SharedValues(listId, addedBy, time.GetUtcNow().UtcTicks, next);
        var batchRows = context.IsPostgreSql ? PostgresBatchRows : SqliteBatchRows;
        await using var full = Insert(context, batchRows, shared);
        await full.PrepareAsync(cancellationToken);

        var batch = new List<HashListRecord>(batchRows);
        var seen = new HashSet<(HashListEntryKind, string)>(batchRows);
        long added = 0;
        long rows = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            rows++;
            // PostgreSQL refuses one statement that upserts the same key twice; a repeat within a batch is a no-op anyway.
            if (!seen.Add((record.Kind, record.Value)))
            {
                continue;
            }

            batch.Add(record);
            if (batch.Count == batchRows)
            {
                added += await FlushAsync(full, batch, cancellationToken);
                batch.Clear();
                seen.Clear();
                progress?.Report(rows);
            }
        }

        if (batch.Count > 0)
        {
            await using var tail = Insert(context, batch.Count, shared);
            added += await FlushAsync(tail, batch, cancellationToken);
        }

        progress?.Report(rows);
        if (added == 0)
        {
            // Nothing changed: leave the checkpoint alone (the transaction rolls back on dispose).
            return (0, checkpoint);
        }

        await RaiseAsync(context, listId, next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (added, next);
    }

    private static async Task<long> FlushAsync(DbCommand command, List<HashListRecord> batch, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var r = batch[i];
            var p = command.Parameters;
            var at = 4 + (i * ParametersPerRow);
            p[at].Value = r.Kind.ToString();
            p[at + 1].Value = r.Value;
            p[at + 2].Value = (object?)r.Frames ?? DBNull.Value;
            p[at + 3].Value = (object?)r.Category ?? DBNull.Value;
            p[at + 4].Value = r.AiGenerated is { } ai ? ai : DBNull.Value;
            p[at + 5].Value = (object?)r.Source ?? DBNull.Value;
            p[at + 6].Value = (object?)r.Note ?? DBNull.Value;
            p[at + 7].Value = r.Quality is { } q ? q : DBNull.Value;
            p[at + 8].Value = (object?)r.Extra ?? DBNull.Value;
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Insert(VigilDbContext context, int rows, SharedValues shared)
    {
        var sql = new StringBuilder(256 + (rows * 80));
        sql.Append("""INSERT INTO hash_list_entries ("list_id", "kind", "value", "frames", "category", "ai_generated", "source", "note", "quality", "extra", "added_by", "added_at", "disabled_until", "removed", "checkpoint") VALUES """);
        for (var i = 0; i < rows; i++)
        {
            var n = i * ParametersPerRow;
            sql.Append(i == 0 ? "(" : ",(")
                .Append(CultureInfo.InvariantCulture, $"@l,@p{n},@p{n + 1},@p{n + 2},@p{n + 3},@p{n + 4},@p{n + 5},@p{n + 6},@p{n + 7},@p{n + 8},@b,@t,NULL,@no,@c)");
        }

        sql.Append("""
             ON CONFLICT ("list_id", "kind", "value") DO UPDATE SET "removed" = excluded."removed", "checkpoint" = excluded."checkpoint",
             "frames" = excluded."frames", "category" = excluded."category", "ai_generated" = excluded."ai_generated", "source" = excluded."source",
             "note" = excluded."note", "quality" = excluded."quality", "extra" = excluded."extra", "added_by" = excluded."added_by",
             "added_at" = excluded."added_at", "disabled_until" = NULL
             WHERE hash_list_entries."removed" <> excluded."removed"
            """);
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql.ToString();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "@l", DbType.Int64, shared.ListId);
        Add(command, "@b", DbType.String, shared.AddedBy);
        Add(command, "@t", DbType.Int64, shared.AddedAt);
        Add(command, "@c", DbType.Int64, shared.Checkpoint);
        for (var i = 0; i < rows; i++)
        {
            var n = i * ParametersPerRow;
            Add(command, $"@p{n}", DbType.String, null);
            Add(command, $"@p{n + 1}", DbType.String, null);
            Add(command, $"@p{n + 2}", DbType.String, null);
            Add(command, $"@p{n + 3}", DbType.String, null);
            Add(command, $"@p{n + 4}", DbType.Boolean, null);
            Add(command, $"@p{n + 5}", DbType.String, null);
            Add(command, $"@p{n + 6}", DbType.String, null);
            Add(command, $"@p{n + 7}", DbType.Int32, null);
            Add(command, $"@p{n + 8}", DbType.String, null);
        }

        Add(command, "@no", DbType.Boolean, false);
        return command;
    }

    private static void Add(DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private sealed record SharedValues(long ListId, string AddedBy, long AddedAt, long Checkpoint);
}
