namespace Vigil.Cli.Commands.Provenance;

/// <summary>How `vigil inspect` writes its results.</summary>
public enum InspectOutputFormat
{
    /// <summary>One aligned line per file for people.</summary>
    Table,

    /// <summary>JSON Lines: one object per file.</summary>
    Json,
}
