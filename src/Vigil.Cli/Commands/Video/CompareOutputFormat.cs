namespace Vigil.Cli.Commands.Video;

/// <summary>Output formats of `vigil compare`.</summary>
public enum CompareOutputFormat
{
    /// <summary>Aligned lines for people.</summary>
    Text,

    /// <summary>One JSON object.</summary>
    Json,
}
