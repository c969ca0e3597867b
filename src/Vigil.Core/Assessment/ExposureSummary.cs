namespace Vigil.Core.Assessment;

/// <summary>An analyst's exposure figures over a window.</summary>
public sealed record ExposureSummary(int ItemsShown, int Reveals, int Assessed, int ConfirmedUnseen, double Minutes, int CategoryA, bool BreakDue)
{
    /// <summary>Share of graded items that were category A, 0..1 (0 when none were graded).</summary>
    public double ShareCategoryA => Assessed == 0 ? 0 : (double)CategoryA / Assessed;
}
