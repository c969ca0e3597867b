namespace Vigil.Core.Assessment;

/// <summary>An earlier verified grade that applies to an item: its own (same SHA-256) or a strict PDQ neighbour's.</summary>
public sealed record PriorGrade(WorkspaceAssessment Assessment, bool SameContent, int PdqDistance);
