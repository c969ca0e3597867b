using Vigil.Core.Matching;

namespace Vigil.Cli.Commands.Matching;

/// <summary>One input's outcome: what it was hashed to and what it matched, or why it could not be matched.</summary>
public sealed record MatchRecord(string Input, string? Kind, string? Hash, IReadOnlyList<HashMatch> Matches, string? Error)
{
    public bool Failed => Error is not null;
}
