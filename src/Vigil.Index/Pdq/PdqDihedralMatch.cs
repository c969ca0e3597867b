namespace Vigil.Index.Pdq;

/// <summary>An index entry within the radius of at least one of a query's dihedral variants.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Distance">The smallest distance over the variants.</param>
/// <param name="Variant">Index (into the variants passed to the search) of the variant that gave <paramref name="Distance"/>; the lowest on ties.</param>
public readonly record struct PdqDihedralMatch(long Id, int Distance, int Variant);
