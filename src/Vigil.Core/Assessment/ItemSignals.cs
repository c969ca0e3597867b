namespace Vigil.Core.Assessment;

/// <summary>What raises an item in the queue: hash-list matches and AI-provenance signals.</summary>
public sealed record ItemSignals(int ListMatches, bool AiSignal, IReadOnlyList<string> Notes)
{
    public static ItemSignals None { get; } = new(0, false, []);

    public bool Any => ListMatches > 0 || AiSignal;
}
