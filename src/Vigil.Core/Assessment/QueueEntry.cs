namespace Vigil.Core.Assessment;

/// <summary>One row of the prioritised queue.</summary>
public sealed record QueueEntry(QueueCandidate Candidate, ItemSignals Signals, bool ClaimedByOther, bool ClaimedByMe);
