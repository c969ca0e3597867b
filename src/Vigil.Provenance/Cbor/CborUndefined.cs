namespace Vigil.Provenance.Cbor;

/// <summary>The CBOR simple value <c>undefined</c> (distinct from null).</summary>
internal sealed class CborUndefined
{
    public static readonly CborUndefined Instance = new();

    private CborUndefined()
    {
    }
}
