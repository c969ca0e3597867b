using Vigil.Hashing.Pdq;

namespace Vigil.Index.Pdq;

/// <summary>One hash to index with the id the caller wants back in matches (for example a list entry's id).</summary>
/// <param name="Id">Caller's id; ids need not be unique (the same id may be added with several hashes).</param>
/// <param name="Hash">The PDQ hash.</param>
public readonly record struct PdqIndexEntry(long Id, PdqHash Hash);
