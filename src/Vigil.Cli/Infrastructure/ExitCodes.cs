namespace Vigil.Cli.Infrastructure;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The run completed but some inputs failed (each failure is in the output).</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;
}
