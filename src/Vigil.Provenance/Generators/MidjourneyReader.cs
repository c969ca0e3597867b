using System.Text.RegularExpressions;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Generators;

/// <summary>
/// Midjourney-style descriptions: "prompt --ar 4:3 --v 6.1 Job ID: uuid" in a PNG Description (or XMP
/// dc:description). Plain text, easily forged: declared strength at most.
/// </summary>
internal static partial class MidjourneyReader
{
    [GeneratedRegex(@"Job ID:\s*([0-9a-fA-F-]{36})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JobId();

    [GeneratedRegex(@"--(v|version|niji)\s+([0-9.]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VersionFlag();

    public static bool TryRead(string text, string location, ProvenanceReport report)
    {
        var job = JobId().Match(text);
        var version = VersionFlag().Match(text);
        if (!job.Success || !text.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        report.Generator ??= "Midjourney";
        report.AddSignal("midjourney.description", location, text, SignalStrength.Declared, true);
        report.AddSignal("midjourney.job_id", location, job.Groups[1].Value, SignalStrength.Declared, true);
        if (version.Success)
        {
            var family = string.Equals(version.Groups[1].Value, "niji", StringComparison.Ordinal) ? "Niji" : "Midjourney";
            report.Model ??= new ModelReference($"{family} v{version.Groups[2].Value}", null, null);
        }

        var cut = text.IndexOf(" --", StringComparison.Ordinal);
        report.Prompt ??= (cut > 0 ? text[..cut] : text).Trim();
        return true;
    }
}
