using Vigil.Core.Assessment;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Server.Ui.Workspace;

/// <summary>Reads the assessment form into facts; an unknown or missing value is an error naming the field.</summary>
internal static class AssessmentFormReader
{
    public static AssessmentFacts Read(IFormCollection form)
    {
        var category = One(form, "category", FormCodes.Categories.Select(c => (c.Code, c.Value)));
        var realism = One(form, "realism", FormCodes.Realisms.Select(c => (c.Code, c.Value)));
        var ai = One(form, "ai", FormCodes.AiStatuses.Select(c => (c.Code, c.Value)));
        var age = One(form, "age", FormCodes.AgeBands.Select(c => (c.Code, c.Value)));
        var sex = One(form, "sex", FormCodes.Sexes.Select(c => (c.Code, c.Value)));
        var evidence = AiEvidence.None;
        var values = form["evidence"];
        if (values.Count > FormCodes.Evidence.Count)
        {
            throw new WorkspaceException("evidence: too many values.");
        }

        foreach (var code in values)
        {
            var match = FormCodes.Evidence.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.Ordinal));
            evidence |= match.Code is null ? throw new WorkspaceException("evidence: unknown value.") : match.Value;
        }

        if (!AssessmentCodes.SiteTypes.TryParse(form["site"].ToString(), out var site))
        {
            throw new WorkspaceException("site: choose the site type.");
        }

        return new AssessmentFacts(category, realism, ai, evidence, age, sex, form["multiple"].ToString() is "on" or "true", site);
    }

    private static T One<T>(IFormCollection form, string field, IEnumerable<(string Code, T Value)> choices)
    {
        var value = form[field].ToString();
        foreach (var (code, choice) in choices)
        {
            if (string.Equals(code, value, StringComparison.Ordinal))
            {
                return choice;
            }
        }

        throw new WorkspaceException($"{field}: choose one of the options.");
    }

    public static SiteType DefaultSite(Report report) => report.SiteType;
}
