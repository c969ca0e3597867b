using Vigil.Core.Assessment;
using Vigil.Core.Statistics.Model;

namespace Vigil.Server.Ui.Workspace;

/// <summary>A one-line description of recorded facts for tables.</summary>
internal static class GradeText
{
    public static string Describe(AssessmentFacts facts) =>
        $"{FormCodes.Categories.First(c => c.Value == facts.Category).Label}, {FormCodes.Realisms.First(c => c.Value == facts.Realism).Label.ToLowerInvariant()}, "
        + $"{FormCodes.AiStatuses.First(c => c.Value == facts.Ai).Label}, age {AssessmentCodes.AgeBands.Format(facts.YoungestAge)}, "
        + $"{AssessmentCodes.Sexes.Format(facts.Sex)}{(facts.MultipleChildren ? ", more than one child" : string.Empty)}, {AssessmentCodes.SiteTypes.Format(facts.SiteType)}";
}
