using Vigil.Core.HashLists;
using Vigil.Core.Matching;

namespace Vigil.Server.Api.Matching;

/// <summary>One list entry a hash or file matched.</summary>
internal sealed record MatchDto(string List, long ListId, long EntryId, string Signal, int Distance, string? Variant, int? Frame, double? QueryMatchPct, double? TargetMatchPct)
{
    public static MatchDto From(HashMatch m) => new(
        m.ListName,
        m.ListId,
        m.EntryId,
        HashValues.Name(m.Signal),
        m.Distance,
        m.Variant is { } v ? Vigil.Hashing.Pdq.PdqDihedral.TransformNames[v] : null,
        m.Frame,
        m.QueryMatchPercent,
        m.TargetMatchPercent);
}

/// <summary>The answer for one hash.</summary>
internal sealed record HashMatchesDto(string Kind, string Hash, int? Radius, IReadOnlyList<MatchDto> Matches);

/// <summary>The answer for an uploaded file: its hashes and what they matched.</summary>
internal sealed record FileMatchesDto(string MediaType, string Sha256, string Md5, string Sha1, string? Pdq, int? PdqQuality, IReadOnlyList<MatchDto> Matches);

/// <summary>A stored match of an item.</summary>
internal sealed record StoredMatchDto(long Id, string List, long ListId, long EntryId, string Signal, string Value, int Distance, string? Category, bool? AiGenerated, string? Detail, DateTimeOffset MatchedAt)
{
    public static StoredMatchDto From(StoredMatch s) => new(
        s.Match.Id, s.ListName, s.Match.ListId, s.Match.EntryId, HashValues.Name(s.Match.Signal), s.EntryValue, s.Match.Distance, s.Category, s.AiGenerated, s.Match.Detail, s.Match.MatchedAt);
}
