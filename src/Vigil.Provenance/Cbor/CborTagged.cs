namespace Vigil.Provenance.Cbor;

/// <summary>A CBOR tagged item (major type 6).</summary>
internal sealed record CborTagged(ulong Tag, object? Value);
