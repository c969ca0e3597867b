namespace Vigil.Core.Assessment;

/// <summary>
/// An item in a report that awaits its first grading, as the store ranks it: with the live hash-list matches and
/// whether a matched entry or the item's provenance carries an AI signal (the ranking keys), and its claim if any.
/// </summary>
public sealed record QueueCandidate(
    long ItemId,
    long ReportId,
    DateTimeOffset ReportedAt,
    string MediaType,
    string? ClaimedBy,
    DateTimeOffset? ClaimExpiresAt,
    int ListMatches = 0,
    bool AiSignal = false);
