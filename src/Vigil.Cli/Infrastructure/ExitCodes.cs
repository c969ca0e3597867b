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

    /// <summary>A check found a problem (e.g. `vigil audit verify` on a tampered log); the output names it.</summary>
    public const int CheckFailed = 3;

    /// <summary>A part of the installation is missing (e.g. the server build `vigil serve` runs).</summary>
    public const int MissingComponent = 4;
}
