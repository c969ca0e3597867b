namespace Vigil.Core.Statistics.Reporting;

/// <summary>One value of a breakdown, AI and non-AI items side by side, each with its share of its own total.</summary>
public sealed record BreakdownRow(string Value, long AiItems, int? AiPct, long NonAiItems, int? NonAiPct);
