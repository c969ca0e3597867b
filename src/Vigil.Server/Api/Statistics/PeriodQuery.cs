using System.Globalization;
using Vigil.Core.Statistics.Reporting;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.Statistics;

/// <summary>Reads a reporting period from the query (<c>from</c> and <c>to</c>, UTC days as yyyy-MM-dd, both included).</summary>
internal static class PeriodQuery
{
    public static ReportingPeriod Parse(string? from, string? to)
    {
        var first = Day(from, "from");
        var last = Day(to, "to");
        if (ReportingPeriod.Check(first, last) is { } problem)
        {
            var field = problem.IsFirst ? "from" : "to";
            throw new RequestValidationException(field, $"'{field}': {problem.Message}");
        }

        return ReportingPeriod.Between(first, last);
    }

    private static DateOnly Day(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new RequestValidationException(field, $"'{field}' is required: a UTC day as yyyy-MM-dd.");
        }

        if (value.Length != 10 || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new RequestValidationException(field, $"'{field}' must be a UTC day as yyyy-MM-dd.");
        }

        return day;
    }
}
