namespace Vigil.Provenance.Cbor;

/// <summary>Malformed or over-limit CBOR.</summary>
internal sealed class CborFormatException : Exception
{
    public CborFormatException(string message)
        : base(message)
    {
    }

    public CborFormatException()
    {
    }

    public CborFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
