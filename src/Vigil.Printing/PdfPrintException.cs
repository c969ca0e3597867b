namespace Vigil.Printing;

/// <summary>Chromium could not be started or could not print the document.</summary>
public sealed class PdfPrintException : Exception
{
    public PdfPrintException()
    {
    }

    public PdfPrintException(string message)
        : base(message)
    {
    }

    public PdfPrintException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
