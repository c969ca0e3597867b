namespace Vigil.Index.Pdq;

/// <summary>An index entry within the search radius of a query.</summary>
/// <param name="Id">The entry's id, as given when it was added.</param>
/// <param name="Distance">Hamming distance from the query (0..256).</param>
public readonly record struct PdqMatch(long Id, int Distance);
