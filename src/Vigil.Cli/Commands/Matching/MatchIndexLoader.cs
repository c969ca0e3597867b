using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Matching;
using Vigil.Persistence.Stores;

namespace Vigil.Cli.Commands.Matching;

/// <summary>Builds the matching index once from the data folder's database, and resolves --lists.</summary>
public static class MatchIndexLoader
{
    public static async Task<MatchIndexHost> LoadAsync(string dataFolder, int radius, CancellationToken cancellationToken)
    {
        var host = new MatchIndexHost(
            new MatchingStore(await DatabaseAccess.OpenAsync(dataFolder, cancellationToken)),
            new MatchingOptions { Radius = radius },
            TimeProvider.System,
            NullLogger<MatchIndexHost>.Instance);
        await host.RefreshAsync(cancellationToken);
        return host;
    }

    /// <summary>The ids of comma-separated list names (null: every list); an unknown name is a usage error.</summary>
    public static IReadOnlySet<long>? Lists(MatchIndexHost host, string? names)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (string.IsNullOrWhiteSpace(names))
        {
            return null;
        }

        try
        {
            return host.ResolveLists(names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        catch (KeyNotFoundException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    /// <summary>The shared --radius validator (0..64).</summary>
    public static void ValidateRadius(System.CommandLine.Parsing.OptionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.GetValueOrDefault<int>() is < 0 or > MatchingOptions.MaxRadius)
        {
            result.AddError($"--radius must be 0..{MatchingOptions.MaxRadius}.");
        }
    }
}
