namespace Vigil.Printing;

/// <summary>Where Chromium is and how long printing may take.</summary>
public sealed record ChromiumPdfOptions
{
    /// <summary>The system Chromium (Playwright's own browser download is never used).</summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    /// <summary>Upper bound on launching, loading and printing one document.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest HTML document accepted (characters).</summary>
    public int MaxHtmlLength { get; init; } = 16 * 1024 * 1024;
}
