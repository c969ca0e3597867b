namespace Vigil.Core.Statistics.Rendering;

/// <summary>Prints a self-contained HTML document to PDF (an I/O edge: a browser process, implemented outside Core).</summary>
public interface IPdfPrinter
{
    /// <summary>Prints <paramref name="html"/> (no external resources) and writes the PDF bytes to <paramref name="output"/>.</summary>
    Task PrintAsync(string html, Stream output, CancellationToken cancellationToken);
}
