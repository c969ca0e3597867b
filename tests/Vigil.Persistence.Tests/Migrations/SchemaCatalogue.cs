using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Persistence.Tests.Migrations;

/// <summary>Tables, columns (type, nullability) and indexes, read from the EF model or from a live database.</summary>
internal static class SchemaCatalogue
{
    public static SortedSet<string> FromModel(VigilDbContext context)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            facts.Add($"table {table}");
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                var type = property.GetColumnType().ToUpperInvariant();
                facts.Add($"column {table}.{column} {type} {(property.IsColumnNullable() ? "NULL" : "NOT NULL")}");
            }

            foreach (var index in entity.GetIndexes())
            {
                facts.Add($"index {table}.{index.GetDatabaseName()} {(index.IsUnique ? "unique" : "plain")}");
            }
        }

        return facts;
    }

    public static async Task<SortedSet<string>> FromDatabaseAsync(VigilDbContext context)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        if (context.IsPostgreSql)
        {
            await ReadAsync(connection, """
                SELECT 'table ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'vigil_schema_version'
                """, facts);
            await ReadAsync(connection, """
                SELECT 'column ' || c.relname || '.' || a.attname || ' ' || upper(format_type(a.atttypid, a.atttypmod)) || ' ' ||
                       CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> 'vigil_schema_version'
                """, facts);
            await ReadAsync(connection, """
                SELECT 'index ' || t.relname || '.' || i.relname || ' ' || CASE WHEN x.indisunique THEN 'unique' ELSE 'plain' END
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'public' AND NOT x.indisprimary AND t.relname <> 'vigil_schema_version'
                """, facts);
        }
        else
        {
            await ReadAsync(connection, """
                SELECT 'table ' || name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'vigil_schema_version'
                """, facts);
            await ReadAsync(connection, """
                SELECT 'column ' || m.name || '.' || p.name || ' ' || upper(p.type) || ' ' ||
                       CASE WHEN p."notnull" = 1 OR p.pk = 1 THEN 'NOT NULL' ELSE 'NULL' END
                FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'vigil_schema_version'
                """, facts);
            await ReadAsync(connection, """
                SELECT 'index ' || m.name || '.' || l.name || ' ' || CASE WHEN l."unique" = 1 THEN 'unique' ELSE 'plain' END
                FROM sqlite_master m JOIN pragma_index_list(m.name) l
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND l.origin = 'c'
                """, facts);
        }

        return facts;
    }

    private static async Task ReadAsync(DbConnection connection, string sql, SortedSet<string> facts)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts.Add(reader.GetString(0));
        }
    }
}
