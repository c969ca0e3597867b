namespace Vigil.Core.Assessment;

/// <summary>
/// An analyst's exposure figures over a window: distinct items whose media was shown, reveals, items graded after
/// viewing, items graded unseen, minutes of viewing (see <see cref="ExposureLog"/>), category A gradings among those
/// viewed, and whether the break prompt is due.
/// </summary>
public sealed record ExposureSummary(int ItemsShown, int Reveals, int Assessed, int ConfirmedUnseen, double Minutes, int CategoryA, bool BreakDue)
{
    /// <summary>Share of graded items that were category A, 0..1 (0 when none were graded).</summary>
    public double ShareCategoryA => Assessed == 0 ? 0 : (double)CategoryA / Assessed;
}
