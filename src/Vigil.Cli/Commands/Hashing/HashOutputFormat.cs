namespace Vigil.Cli.Commands.Hashing;

/// <summary>Output formats of `vigil hash`.</summary>
public enum HashOutputFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,

    /// <summary>One JSON object per line.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}
