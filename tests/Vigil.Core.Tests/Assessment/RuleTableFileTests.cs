using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Assessment;
using Vigil.Core.Assessment.Rules;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.Assessment;

/// <summary>An organisation's own rule table: parsed strictly, checked at start-up, errors naming the place.</summary>
public sealed class RuleTableFileTests
{
    private const string Valid = """
        {
          "version": "org-2026.1",
          "schemes": {
            "interpolBaseline": [ { "when": { "category": ["A"] }, "then": "yes" }, { "then": "no" } ],
            "techCoalition": [ { "when": { "category": ["A", "B"], "multipleChildren": true }, "then": "A1" }, { "when": {}, "then": "" } ],
            "projectVic": [ { "when": { "category": ["A", "B", "C"], "ai": ["suspected"] }, "then": "3" }, { "when": {}, "then": "1" } ]
          }
        }
        """;

    public static TheoryData<string, string> Malformed => new()
    {
        { "{ not json", "not valid JSON" },
        { """{ "schemes": {} }""", "version string" },
        { """{ "version": "v1" }""", "no 'schemes' object" },
        { Valid.Replace("\"techCoalition\"", "\"tech\"", StringComparison.Ordinal), "Scheme 'techCoalition' is missing" },
        { Valid.Replace("\"then\": \"A1\"", "\"then\": \"A3\"", StringComparison.Ordinal), "scheme 'techCoalition' rule 1: 'then'" },
        { Valid.Replace("\"category\": [\"A\"]", "\"category\": [\"D\"]", StringComparison.Ordinal), "scheme 'interpolBaseline' rule 1: 'category' holds an unknown code" },
        { Valid.Replace("\"ai\": [\"suspected\"]", "\"ai\": [\"maybe\"]", StringComparison.Ordinal), "scheme 'projectVic' rule 1: 'ai' holds an unknown code" },
        { Valid.Replace("\"multipleChildren\": true", "\"multipleChildren\": \"yes\"", StringComparison.Ordinal), "'multipleChildren' must be true or false" },
        { Valid.Replace("\"category\": [\"A\"]", "\"colour\": [\"A\"]", StringComparison.Ordinal), "unknown condition 'colour'" },
        { Valid.Replace("{ \"when\": {}, \"then\": \"1\" }", "{ \"when\": { \"category\": [\"not-indecent\"] }, \"then\": \"0\" }", StringComparison.Ordinal), "Scheme 'projectVic' must end with a rule without conditions" },
        { Valid.Replace("{ \"then\": \"no\" }", "{ \"when\": { \"realism\": [\"photographic\"] }, \"then\": \"no\" }", StringComparison.Ordinal), "Scheme 'interpolBaseline' must end with a rule without conditions" },
        { Valid.Replace("[ { \"when\": { \"category\": [\"A\"] }, \"then\": \"yes\" }, { \"then\": \"no\" } ]", "[]", StringComparison.Ordinal), "needs 1 to 64 rules" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedTable_ErrorNamesTheProblem(string json, string expected)
    {
        var error = Assert.Throws<RuleTableException>(() => SchemeRuleTable.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverSizeLimit_Refused()
    {
        var padded = Valid.Replace("\"version\"", $"\"pad\": \"{new string('x', SchemeRuleTable.MaxTableBytes)}\", \"version\"", StringComparison.Ordinal);

        Assert.Throws<RuleTableException>(() => SchemeRuleTable.Parse(Encoding.UTF8.GetBytes(padded)));
    }

    [Fact]
    public void LoadRules_OrganisationFile_DerivesItsOwnCodesUnderItsVersion()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("rules.json"), Valid);

        var table = new WorkspaceOptions { RulesFile = folder.File("rules.json") }.LoadRules();
        var derived = table.Derive(SchemeRuleTableTests.Facts("B photographic suspected 16-17") with { MultipleChildren = true });

        Assert.Equal(new DerivedCategories(false, "A1", 3, "org-2026.1"), derived);
    }

    [Fact]
    public void LoadRules_NoFile_ShippedDefault()
    {
        Assert.Same(SchemeRuleTable.Default, new WorkspaceOptions().LoadRules());
        Assert.Same(SchemeRuleTable.Default, new WorkspaceOptions { RulesFile = " " }.LoadRules());
    }

    [Fact]
    public void AddVigilAssessment_MissingOrBadFile_StartRefusedNamingKeyAndFile()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.json");
        File.WriteAllText(bad, Valid.Replace("{ \"then\": \"no\" }", "{ \"when\": { \"category\": [\"B\"] }, \"then\": \"no\" }", StringComparison.Ordinal));
        var missing = folder.File("missing.json");

        var badError = Assert.Throws<RuleTableException>(() => new ServiceCollection().AddVigilAssessment(new WorkspaceOptions { RulesFile = bad }));
        var missingError = Assert.Throws<RuleTableException>(() => new ServiceCollection().AddVigilAssessment(new WorkspaceOptions { RulesFile = missing }));

        Assert.StartsWith($"Vigil:Workspace:RulesFile ({bad}): Scheme 'interpolBaseline' must end", badError.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Vigil:Workspace:RulesFile ({missing}): The rule table cannot be read", missingError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedVersionWithOtherRules_RefusedUntilRenamed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("same.json"), Valid.Replace("org-2026.1", "vigil-2026.2", StringComparison.Ordinal));
        var shippedCopy = folder.File("copy.json");
        using (var resource = typeof(SchemeRuleTable).Assembly.GetManifestResourceStream(SchemeRuleTable.DefaultResource)!)
        using (var file = File.Create(shippedCopy))
        {
            resource.CopyTo(file);
        }

        var error = Assert.Throws<RuleTableException>(() => SchemeRuleTable.Load(folder.File("same.json")));

        Assert.Contains("give the table a new version", error.Message, StringComparison.Ordinal);
        Assert.Equal("vigil-2026.2", SchemeRuleTable.Load(shippedCopy).Version);
    }

    [Fact]
    public void AddVigilAssessment_ValidFile_RegistersThatTable()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("rules.json"), Valid);

        using var provider = new ServiceCollection().AddVigilAssessment(new WorkspaceOptions { RulesFile = folder.File("rules.json") }).BuildServiceProvider();

        Assert.Equal("org-2026.1", provider.GetRequiredService<SchemeRuleTable>().Version);
    }
}
