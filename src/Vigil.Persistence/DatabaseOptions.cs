namespace Vigil.Persistence;

/// <summary>Configuration section <c>Vigil:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Vigil:Database";

    /// <summary>The engine; SQLite unless configured.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string (required for PostgreSQL); for SQLite an optional override of the file.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data folder; the SQLite file is <c>vigil.db</c> in it.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Checks the combination, naming the key at fault.</summary>
    public void Validate()
    {
        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException($"{SectionName}:ConnectionString is required when {SectionName}:Provider is PostgreSql.");
        }

        if (Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(DataFolder) && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException($"{SectionName}:DataFolder is required for SQLite.");
        }
    }

    /// <summary>The SQLite connection string: the file in the data folder, shared cache off, a busy timeout.</summary>
    public string SqliteConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), "vigil.db")};Default Timeout=30;Pooling=True"
            : ConnectionString;
}
