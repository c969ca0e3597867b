using Vigil.Core;
using Vigil.Core.Reports;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.Reports;

/// <summary>Turns a submission into a <see cref="Report"/>, refusing anything out of range with the field's name.</summary>
internal static class SubmissionValidator
{
    public static Report ToReport(ReportSubmission submission, int fileCount, string submittedBy, DateTimeOffset now)
    {
        var urls = submission.Urls ?? [];
        if (urls.Count == 0 && fileCount == 0)
        {
            throw new RequestValidationException("urls", "A report needs at least one URL or one file.");
        }

        if (urls.Count > Report.MaxUrls)
        {
            throw new RequestValidationException("urls", $"A report has at most {Report.MaxUrls} URLs (got {urls.Count}).");
        }

        var report = new Report
        {
            Source = ParseEnum<ReportSource>(submission.Source, "source", ReportSource.Public),
            SiteType = ParseEnum<SiteType>(submission.SiteType, "siteType", SiteType.Unknown),
            Network = ParseEnum<WebNetwork>(submission.Network, "network", WebNetwork.Unknown),
            ReceivedAt = submission.ReceivedAt is { } at && at <= now ? at : now,
            SubmittedBy = submittedBy,
        };
        if (submission.Description is { Length: > Report.DescriptionMaxLength })
        {
            throw new RequestValidationException("description", $"The description has at most {Report.DescriptionMaxLength} characters.");
        }

        report.Description = submission.Description;
        if (submission.HostingCountry is { } country)
        {
            if (country.Length != 2 || !country.All(char.IsAsciiLetter))
            {
                throw new RequestValidationException("hostingCountry", "The hosting country is an ISO 3166-1 alpha-2 code such as 'NL'.");
            }

            report.HostingCountry = country.ToUpperInvariant();
        }

        for (var i = 0; i < urls.Count; i++)
        {
            report.Urls.Add(new ReportUrl { Url = ValidateUrl(urls[i], i) });
        }

        var indexes = submission.FileUrlIndexes ?? [];
        if (indexes.Count > fileCount || indexes.Any(x => x is { } v && (v < 0 || v >= urls.Count)))
        {
            throw new RequestValidationException("fileUrlIndexes", "fileUrlIndexes has one entry per file, each null or an index into urls.");
        }

        return report;
    }

    private static string ValidateUrl(string? url, int index)
    {
        var field = $"urls[{index}]";
        if (string.IsNullOrWhiteSpace(url) || url.Length > ReportUrl.MaxLength)
        {
            throw new RequestValidationException(field, $"Each URL has 1..{ReportUrl.MaxLength} characters.");
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            throw new RequestValidationException(field, "Each URL must be an absolute http or https URL with a host.");
        }

        return uri.AbsoluteUri;
    }

    private static T ParseEnum<T>(string? value, string field, T fallback)
        where T : struct, Enum
    {
        if (value is null)
        {
            return fallback;
        }

        return EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new RequestValidationException(field, $"'{field}' must be one of: {EnumNames.List<T>()}.");
    }
}
