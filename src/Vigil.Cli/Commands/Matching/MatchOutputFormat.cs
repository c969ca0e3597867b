namespace Vigil.Cli.Commands.Matching;

/// <summary>Output of `vigil match` and `vigil scan`.</summary>
public enum MatchOutputFormat
{
    /// <summary>One aligned line per match (or "no match") for people.</summary>
    Table,

    /// <summary>One JSON object per input, for programs.</summary>
    Jsonl,
}
