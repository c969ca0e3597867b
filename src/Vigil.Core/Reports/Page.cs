namespace Vigil.Core.Reports;

/// <summary>One page of results and the total count over all pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long Total);
