namespace Vigil.Core.Assessment;

/// <summary>An item in a report that awaits its first grading, as the store lists it (oldest report first).</summary>
public sealed record QueueCandidate(long ItemId, long ReportId, DateTimeOffset ReportedAt, string MediaType, string? ClaimedBy, DateTimeOffset? ClaimExpiresAt);
