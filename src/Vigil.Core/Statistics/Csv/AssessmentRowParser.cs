using System.Globalization;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Csv;

/// <summary>Validates one split CSV record into an <see cref="AssessmentRecord"/>; errors name the column, never its value.</summary>
internal sealed class AssessmentRowParser(int[] order)
{
    private const int MaxIdLength = 64;
    private const int MaxUrlLength = 2048;

    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public AssessmentRecord? Parse(List<string> fields, out string? error)
    {
        if (fields.Count != order.Length)
        {
            error = $"expected {order.Length} fields, found {fields.Count}";
            return null;
        }

        error = null;
        string Field(int column) => fields[order[column]];

        if (!TryId(Field(AssessmentColumns.AssessmentId), "assessment_id", out var id, ref error)
            | !TryId(Field(AssessmentColumns.ReportId), "report_id", out var reportId, ref error)
            | !TryTime(Field(AssessmentColumns.ReportedAt), "reported_at", out var reportedAt, ref error)
            | !TryTime(Field(AssessmentColumns.AssessedAt), "assessed_at", out var assessedAt, ref error)
            | !TrySha256(Field(AssessmentColumns.ContentSha256), out var sha, ref error)
            | !TryCode(AssessmentCodes.MediaTypes, Field(AssessmentColumns.MediaType), "media_type", out var media, ref error)
            | !TryCode(AssessmentCodes.Ai, Field(AssessmentColumns.Ai), "ai", out var ai, ref error)
            | !TryCode(AssessmentCodes.Categories, Field(AssessmentColumns.Category), "category", out var category, ref error)
            | !TryCode(AssessmentCodes.Sexes, Field(AssessmentColumns.Sex), "sex", out var sex, ref error)
            | !TryCode(AssessmentCodes.AgeBands, Field(AssessmentColumns.AgeBand), "age_band", out var age, ref error)
            | !TryCode(AssessmentCodes.SiteTypes, Field(AssessmentColumns.SiteType), "site_type", out var site, ref error)
            | !TryCode(AssessmentCodes.Networks, Field(AssessmentColumns.Network), "network", out var network, ref error)
            | !TryVerified(Field(AssessmentColumns.Verified), out var verified, ref error))
        {
            return null;
        }

        var url = Field(AssessmentColumns.Url);
        if (url.Length == 0 || url.Length > MaxUrlLength)
        {
            error = $"url must have 1 to {MaxUrlLength} characters";
            return null;
        }

        string? supersedes = null;
        var supersedesField = Field(AssessmentColumns.Supersedes);
        if (supersedesField.Length > 0)
        {
            if (!TryId(supersedesField, "supersedes", out var superseded, ref error))
            {
                return null;
            }

            if (string.Equals(superseded, id, StringComparison.Ordinal))
            {
                error = "supersedes names the assessment itself";
                return null;
            }

            supersedes = superseded;
        }

        if (assessedAt < reportedAt)
        {
            error = "assessed_at is before reported_at";
            return null;
        }

        return new AssessmentRecord(id, reportId, url, reportedAt, assessedAt, sha, media, ai, category, sex, age, site, network, verified, supersedes);
    }

    private static bool TryId(string value, string column, out string id, ref string? error)
    {
        id = value;
        if (value.Length is > 0 and <= MaxIdLength && value.AsSpan().IndexOfAnyExceptInRange('!', '~') < 0)
        {
            return true;
        }

        error ??= $"{column} must be 1 to {MaxIdLength} printable ASCII characters without spaces";
        return false;
    }

    private static bool TryTime(string value, string column, out DateTimeOffset time, ref string? error)
    {
        if (DateTimeOffset.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
        {
            time = time.ToUniversalTime();
            return true;
        }

        error ??= $"{column} is not an ISO 8601 date-time with a time zone (e.g. 2025-01-31T12:00:00Z)";
        return false;
    }

    private static bool TrySha256(string value, out string sha, ref string? error)
    {
        sha = value.ToLowerInvariant();
        if (value.Length == 64 && !value.AsSpan().ContainsAnyExcept(HexDigits))
        {
            return true;
        }

        error ??= "content_sha256 must be 64 hexadecimal digits";
        return false;
    }

    private static bool TryCode<T>(CodeTable<T> table, string value, string column, out T parsed, ref string? error)
        where T : struct, Enum
    {
        if (table.TryParse(value, out parsed))
        {
            return true;
        }

        error ??= $"{column} is not one of {table.Describe()}";
        return false;
    }

    private static bool TryVerified(string value, out bool verified, ref string? error)
    {
        verified = string.Equals(value, "yes", StringComparison.Ordinal);
        if (verified || string.Equals(value, "no", StringComparison.Ordinal))
        {
            return true;
        }

        error ??= "verified is not one of yes|no";
        return false;
    }
}
