namespace Vigil.Core.Assessment;

/// <summary>The UK sentencing-guideline category an analyst records, or that the content is not indecent.</summary>
public enum UkCategory
{
    A = 0,
    B = 1,
    C = 2,
    NotIndecent = 3,
}
