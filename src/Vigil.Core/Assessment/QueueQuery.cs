namespace Vigil.Core.Assessment;

/// <summary>
/// One page of the queue as the store ranks it: the filter, who is asking and when (a claim by someone else that is
/// still live at <paramref name="Now"/> is what "hide claimed" hides), and the rows to skip and take.
/// </summary>
public sealed record QueueQuery(QueueFilter Filter, string Analyst, DateTimeOffset Now, int Skip, int Take);
