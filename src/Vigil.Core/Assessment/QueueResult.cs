namespace Vigil.Core.Assessment;

/// <summary>One page of the prioritised queue (pages count from 1) and whether another page follows.</summary>
public sealed record QueueResult(IReadOnlyList<QueueEntry> Entries, int Page, bool HasMore);
