using Vigil.Core.Assessment;
using Vigil.Core.Assessment.Rules;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Tests.Assessment;

/// <summary>
/// The shipped rule table against the public scheme definitions (docs/workspace.md): every code of every scheme is
/// derived from recorded facts, and AI status and more than one child behave as documented.
/// </summary>
public sealed class SchemeRuleTableTests
{
    private static readonly SchemeRuleTable Table = SchemeRuleTable.Default;

    public static TheoryData<string, bool> BaselineCases => new()
    {
        // Real (not drawn, not confirmed AI), prepubescent (youngest 0-10) and sexual activity (UK A or B).
        { "A photographic no 7-10", true },
        { "B photographic suspected 0-2", true },
        { "A photographic no 3-6", true },
        { "C photographic no 3-6", false },
        { "A photographic no 11-13", false },
        { "B non-photographic no 3-6", false },
        { "A photographic confirmed 3-6", false },
        { "not-indecent photographic no 7-10", false },
    };

    public static TheoryData<string, string> TechCoalitionCases => new()
    {
        // A prepubescent / B pubescent; 1 sex act (UK A, B) / 2 lascivious exhibition (UK C); apparent minors in
        // photographic or realistic content, AI-made included; nothing for drawings or non-indecent content.
        { "A photographic no 0-2", "A1" },
        { "B photographic confirmed 7-10", "A1" },
        { "C photographic no 3-6", "A2" },
        { "A photographic no 11-13", "B1" },
        { "B photographic suspected 14-15", "B1" },
        { "C photographic no 16-17", "B2" },
        { "A non-photographic no 3-6", "" },
        { "not-indecent photographic no 7-10", "" },
    };

    public static TheoryData<string, int> ProjectVicCases => new()
    {
        { "not-indecent photographic no unknown", 0 },
        { "not-indecent non-photographic no unknown", 0 },
        { "A photographic no 7-10", 1 },
        { "C photographic suspected 14-15", 1 },
        { "B photographic no 16-17", 2 },
        { "C non-photographic no 11-13", 3 },
        { "A photographic confirmed 7-10", 3 },
        { "B photographic confirmed 16-17", 3 },
        { "not-indecent photographic no 7-10", 4 },
    };

    [Theory]
    [MemberData(nameof(BaselineCases))]
    public void Derive_InterpolBaseline_YesOnlyForRealPrepubescentSexualActivity(string facts, bool expected) =>
        Assert.Equal(expected, Table.Derive(Facts(facts)).InterpolBaseline);

    [Theory]
    [MemberData(nameof(TechCoalitionCases))]
    public void Derive_TechCoalition_AgeLetterAndActNumber(string facts, string expected) =>
        Assert.Equal(expected, Table.Derive(Facts(facts)).TechCoalition);

    [Theory]
    [MemberData(nameof(ProjectVicCases))]
    public void Derive_ProjectVic_EveryCategoryFromFacts(string facts, int expected) =>
        Assert.Equal(expected, Table.Derive(Facts(facts)).ProjectVic);

    [Fact]
    public void Derive_EveryFactCombination_EveryCodeReachedAndVersionStamped()
    {
        var derived = SchemeRuleTable.RuleFacts().Select(Table.Derive).ToList();

        Assert.Equal([false, true], derived.Select(d => d.InterpolBaseline).Distinct().Order());
        Assert.Equal(["", "A1", "A2", "B1", "B2"], derived.Select(d => d.TechCoalition).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([0, 1, 2, 3, 4], derived.Select(d => d.ProjectVic).Distinct().Order());
        Assert.All(derived, d => Assert.Equal("vigil-2026.2", d.RulesVersion));
    }

    [Fact]
    public void Derive_MoreThanOneChildOrSex_NeverChangesACode()
    {
        // The age band is the youngest child's, so every scheme's age test already covers the others.
        foreach (var facts in SchemeRuleTable.RuleFacts())
        {
            var one = Table.Derive(facts with { MultipleChildren = false });
            Assert.Equal(one, Table.Derive(facts with { MultipleChildren = true }));
            Assert.Equal(one, Table.Derive(facts with { Sex = ChildSex.Both, SiteType = SiteType.Chat }));
        }
    }

    [Fact]
    public void Derive_NotIndecent_NoSchemeCategory()
    {
        foreach (var facts in SchemeRuleTable.RuleFacts().Where(f => f.Category == UkCategory.NotIndecent))
        {
            var derived = Table.Derive(facts);
            Assert.False(derived.InterpolBaseline);
            Assert.Equal(string.Empty, derived.TechCoalition);
            Assert.True(derived.ProjectVic is 0 or 4, $"Project VIC {derived.ProjectVic}");
        }
    }

    [Fact]
    public void Shipped_EarlierVersion_StillLoadsForStoredAssessments()
    {
        var earlier = SchemeRuleTable.Shipped("vigil-2026.1");

        Assert.Equal("vigil-2026.1", earlier.Version);
        Assert.False(earlier.DerivesSameAs(Table));
        Assert.True(Table.DerivesSameAs(SchemeRuleTable.Shipped("vigil-2026.2")));
        Assert.Throws<RuleTableException>(() => SchemeRuleTable.Shipped("vigil-1999.1"));
    }

    /// <summary>"CATEGORY REALISM AI AGE" as the rule table writes the codes.</summary>
    internal static AssessmentFacts Facts(string text)
    {
        var parts = text.Split(' ');
        var category = parts[0] switch { "A" => UkCategory.A, "B" => UkCategory.B, "C" => UkCategory.C, _ => UkCategory.NotIndecent };
        var realism = parts[1] == "photographic" ? Realism.Photographic : Realism.NonPhotographic;
        Assert.True(AssessmentCodes.Ai.TryParse(parts[2], out var ai));
        Assert.True(AssessmentCodes.AgeBands.TryParse(parts[3], out var age));
        return new AssessmentFacts(category, realism, ai, ai == AiStatus.No ? AiEvidence.None : AiEvidence.VisualArtefacts, age, ChildSex.Girls, false, SiteType.Forum);
    }
}
