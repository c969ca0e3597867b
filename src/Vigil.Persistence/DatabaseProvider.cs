namespace Vigil.Persistence;

/// <summary>The database engines Vigil runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the data folder (WAL mode); one node.</summary>
    Sqlite = 1,

    /// <summary>A PostgreSQL server; several nodes may share it.</summary>
    PostgreSql = 2,
}
