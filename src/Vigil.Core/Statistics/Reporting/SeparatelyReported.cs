namespace Vigil.Core.Statistics.Reporting;

/// <summary>Items outside the AI and non-AI headline material, counted so that nothing silently disappears.</summary>
public sealed record SeparatelyReported(
    long AiSuspectedItems,
    long AiNonPhotographicItems,
    long AiNotIndecentItems,
    long NonAiNonPhotographicItems,
    long NonAiNotIndecentItems);
