namespace Vigil.Provenance.C2pa;

/// <summary>A malformed C2PA manifest store (JUMBF structure, claim or signature).</summary>
internal sealed class C2paFormatException : Exception
{
    public C2paFormatException(string message)
        : base(message)
    {
    }

    public C2paFormatException()
    {
    }

    public C2paFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
