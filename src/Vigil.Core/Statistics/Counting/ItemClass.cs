namespace Vigil.Core.Statistics.Counting;

/// <summary>How an item is counted, from its counted assessment (see <see cref="CountingRules.Classify"/>).</summary>
public enum ItemClass
{
    /// <summary>ai = confirmed and category A, B or C: the "AI items" of every headline figure.</summary>
    Ai,

    /// <summary>ai = no and category A, B or C: the non-AI material shown beside AI in breakdowns.</summary>
    NonAi,

    /// <summary>ai = confirmed, non-photographic (NPI): reported separately.</summary>
    AiNonPhotographic,

    /// <summary>ai = confirmed, not indecent: reported separately.</summary>
    AiNotIndecent,

    /// <summary>ai = suspected (any category): not counted as AI, reported separately.</summary>
    AiSuspected,

    /// <summary>ai = no, non-photographic: reported separately.</summary>
    NonAiNonPhotographic,

    /// <summary>ai = no, not indecent: reported separately.</summary>
    NonAiNotIndecent,
}
