using System.CommandLine;

namespace Vigil.Cli.Infrastructure;

/// <summary>Options every command understands.</summary>
public static class GlobalOptions
{
    /// <summary>The data folder: --data, else $VIGIL_DATA, else ./data (the folder `vigil serve` uses).</summary>
    public static readonly Option<DirectoryInfo?> Data = new("--data")
    {
        Description = "Data folder (database, vault, keys). Default: $VIGIL_DATA or ./data",
        Recursive = true,
    };

    /// <summary>Resolves the data folder for a parse result.</summary>
    public static string DataFolder(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.GetValue(Data) is { } dir)
        {
            return dir.FullName;
        }

        var env = Environment.GetEnvironmentVariable("VIGIL_DATA");
        return Path.GetFullPath(string.IsNullOrWhiteSpace(env) ? "data" : env);
    }
}
