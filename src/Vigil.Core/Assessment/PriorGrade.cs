namespace Vigil.Core.Assessment;

/// <summary>
/// An earlier grade that applies to an item: its own (same SHA-256) or a strict PDQ neighbour's when verified, or
/// the same item's initial grade in another report that still awaits verification (<see cref="Verified"/> false).
/// </summary>
public sealed record PriorGrade(WorkspaceAssessment Assessment, bool SameContent, int PdqDistance)
{
    /// <summary>The grade counts (a senior verified it, or it confirmed a verified one): it may be confirmed unseen.</summary>
    public bool Verified => Assessment.Verified;
}
