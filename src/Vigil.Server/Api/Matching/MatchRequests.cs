using Vigil.Core.Matching;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.Matching;

/// <summary>Validation shared by the matching endpoints: the index is ready, a radius in range, list names known.</summary>
internal static class MatchRequests
{
    /// <summary>Longest list of names accepted in a <c>lists</c> or <c>banks</c> parameter.</summary>
    public const int MaxLists = 100;

    public static void RequireReady(MatchIndexHost host)
    {
        if (!host.IsBuilt)
        {
            throw new RequestValidationException("index", "index not yet ready", StatusCodes.Status503ServiceUnavailable);
        }
    }

    public static int Radius(int? radius, MatchingOptions options, string field = "radius")
    {
        var value = radius ?? options.Radius;
        if (value is < 0 or > MatchingOptions.MaxRadius)
        {
            throw new RequestValidationException(field, $"{field} must be 0..{MatchingOptions.MaxRadius}.");
        }

        return value;
    }

    /// <summary>
    /// HMA's <c>banks</c>: the ids of the named lists that exist (names compared exactly, as HMA does; unknown names
    /// are dropped, so a lookup intersects with them and may match nothing), or null for all lists.
    /// </summary>
    public static IReadOnlySet<long>? Banks(MatchIndexHost host, string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return null;
        }

        var parts = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxLists)
        {
            throw new RequestValidationException("banks", $"banks names at most {MaxLists} banks.");
        }

        return host.ListIdsNamed(parts);
    }

    /// <summary>The ids of comma-separated list names, or null for all lists.</summary>
    public static IReadOnlySet<long>? Lists(MatchIndexHost host, string? names, string field)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return null;
        }

        var parts = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxLists)
        {
            throw new RequestValidationException(field, $"{field} names at most {MaxLists} lists.");
        }

        try
        {
            return host.ResolveLists(parts);
        }
        catch (KeyNotFoundException e)
        {
            throw new RequestValidationException(field, e.Message);
        }
    }
}
