namespace Vigil.Persistence.Migrations;

/// <summary>One ordered SQL script for one provider, read from the assembly's embedded resources.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql);
