using System.Globalization;
using System.Text.Json;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Assessment.Rules;

/// <summary>
/// A versioned table that derives INTERPOL Baseline, Tech Coalition and Project VIC categories from recorded facts.
/// The table is data (JSON); the first rule of a scheme whose conditions hold wins and each scheme must end with a
/// catch-all rule, so every consistent set of facts derives exactly one code per scheme.
/// </summary>
public sealed class SchemeRuleTable
{
    public const int MaxTableBytes = 64 * 1024;
    public const int MaxRulesPerScheme = 64;
    public const string DefaultResource = "Vigil.Core.Assessment.Rules.vigil-2026.2.json";

    private static readonly bool[] Booleans = [false, true];
    private static readonly string[] TechCoalitionCodes = ["", "A1", "A2", "B1", "B2"];
    private static readonly CodeTableLookup<UkCategory> CategoryCodes = new(("A", UkCategory.A), ("B", UkCategory.B), ("C", UkCategory.C), ("not-indecent", UkCategory.NotIndecent));
    private static readonly CodeTableLookup<Realism> RealismCodes = new(("photographic", Realism.Photographic), ("non-photographic", Realism.NonPhotographic));

    private readonly IReadOnlyList<SchemeRule> _baseline;
    private readonly IReadOnlyList<SchemeRule> _techCoalition;
    private readonly IReadOnlyList<SchemeRule> _projectVic;

    private SchemeRuleTable(string version, IReadOnlyList<SchemeRule> baseline, IReadOnlyList<SchemeRule> techCoalition, IReadOnlyList<SchemeRule> projectVic)
    {
        Version = version;
        _baseline = baseline;
        _techCoalition = techCoalition;
        _projectVic = projectVic;
    }

    /// <summary>The version string stored with every assessment derived by this table.</summary>
    public string Version { get; }

    /// <summary>The table shipped with Vigil.</summary>
    public static SchemeRuleTable Default { get; } = LoadResource(DefaultResource);

    /// <summary>A table shipped with Vigil by version (the current default and the earlier ones that derived stored assessments).</summary>
    /// <exception cref="RuleTableException">No table of that version is shipped.</exception>
    public static SchemeRuleTable Shipped(string version) => LoadResource($"Vigil.Core.Assessment.Rules.{version}.json");

    /// <summary>
    /// Reads and checks an organisation's table file (at most <see cref="MaxTableBytes"/>). A table that carries a
    /// shipped table's version must derive exactly what that table derives: a changed table needs a new version,
    /// since assessments store the version, not the rules.
    /// </summary>
    /// <exception cref="RuleTableException">The file cannot be read, is too large, malformed, or reuses a shipped version for other rules.</exception>
    public static SchemeRuleTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (file.Length > MaxTableBytes)
            {
                throw new RuleTableException($"A rule table has at most {MaxTableBytes} bytes; this one has {file.Length}.");
            }

            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleTableException($"The rule table cannot be read: {e.Message}", e);
        }

        var table = Parse(bytes);
        if (ShippedVersion(table.Version) is { } shipped && !table.DerivesSameAs(shipped))
        {
            throw new RuleTableException($"Version '{table.Version}' is a table shipped with Vigil, but these rules derive other codes; give the table a new version.");
        }

        return table;
    }

    /// <summary>True when both tables derive the same three codes for every combination of the facts rules may test.</summary>
    public bool DerivesSameAs(SchemeRuleTable other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var facts in RuleFacts())
        {
            if (Derive(facts) with { RulesVersion = string.Empty } != other.Derive(facts) with { RulesVersion = string.Empty })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every combination of the facts a rule can test (category, realism, AI status, age band, more than one child).</summary>
    public static IEnumerable<AssessmentFacts> RuleFacts() =>
        from category in Enum.GetValues<UkCategory>()
        from realism in Enum.GetValues<Realism>()
        from ai in Enum.GetValues<AiStatus>()
        from age in Enum.GetValues<AgeBand>()
        from multiple in Booleans
        select new AssessmentFacts(category, realism, ai, ai == AiStatus.No ? AiEvidence.None : AiEvidence.VisualArtefacts, age, ChildSex.Unknown, multiple, SiteType.Unknown);

    /// <summary>Derives the other schemes' categories from <paramref name="facts"/>.</summary>
    public DerivedCategories Derive(AssessmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new DerivedCategories(
            string.Equals(First(_baseline, facts), "yes", StringComparison.Ordinal),
            First(_techCoalition, facts),
            int.Parse(First(_projectVic, facts), CultureInfo.InvariantCulture),
            Version);
    }

    /// <summary>Parses and checks a table.</summary>
    /// <exception cref="RuleTableException">The table is too large, malformed, or a rule names an unknown code.</exception>
    public static SchemeRuleTable Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxTableBytes)
        {
            throw new RuleTableException($"A rule table has at most {MaxTableBytes} bytes; this one has {json.Length}.");
        }

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8, CommentHandling = JsonCommentHandling.Skip });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw new RuleTableException("The rule table is not valid JSON.", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
            if (version.Length is 0 or > 32)
            {
                throw new RuleTableException("The rule table needs a version string of 1 to 32 characters.");
            }

            if (!root.TryGetProperty("schemes", out var schemes) || schemes.ValueKind != JsonValueKind.Object)
            {
                throw new RuleTableException("The rule table has no 'schemes' object.");
            }

            return new SchemeRuleTable(
                version,
                Scheme(schemes, "interpolBaseline", code => code is "yes" or "no"),
                Scheme(schemes, "techCoalition", code => TechCoalitionCodes.Contains(code, StringComparer.Ordinal)),
                Scheme(schemes, "projectVic", code => code is "0" or "1" or "2" or "3" or "4"));
        }
    }

    private static SchemeRuleTable LoadResource(string name)
    {
        using var stream = typeof(SchemeRuleTable).Assembly.GetManifestResourceStream(name)
            ?? throw new RuleTableException($"No rule table resource {name} is shipped.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    private static SchemeRuleTable? ShippedVersion(string version) =>
        typeof(SchemeRuleTable).Assembly.GetManifestResourceInfo($"Vigil.Core.Assessment.Rules.{version}.json") is null ? null : Shipped(version);

    private static string First(IReadOnlyList<SchemeRule> rules, AssessmentFacts facts)
    {
        foreach (var rule in rules)
        {
            if (rule.When.Matches(facts))
            {
                return rule.Then;
            }
        }

        // Parse guarantees a final catch-all rule.
        throw new InvalidOperationException("A scheme without a catch-all rule.");
    }

    private static List<SchemeRule> Scheme(JsonElement schemes, string name, Func<string, bool> validCode)
    {
        if (!schemes.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new RuleTableException($"Scheme '{name}' is missing or not a list of rules.");
        }

        var count = array.GetArrayLength();
        if (count is 0 or > MaxRulesPerScheme)
        {
            throw new RuleTableException($"Scheme '{name}' needs 1 to {MaxRulesPerScheme} rules; it has {count}.");
        }

        var rules = new List<SchemeRule>(count);
        foreach (var element in array.EnumerateArray())
        {
            var at = $"scheme '{name}' rule {rules.Count + 1}";
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("then", out var then) || then.ValueKind != JsonValueKind.String || !validCode(then.GetString()!))
            {
                throw new RuleTableException($"{at}: 'then' is missing or not a code of the scheme.");
            }

            var when = element.TryGetProperty("when", out var w) ? w : default;
            rules.Add(new SchemeRule(Condition(when, at), then.GetString()!));
        }

        if (!rules[^1].When.IsCatchAll)
        {
            throw new RuleTableException($"Scheme '{name}' must end with a rule without conditions.");
        }

        return rules;
    }

    private static RuleCondition Condition(JsonElement when, string at)
    {
        if (when.ValueKind == JsonValueKind.Undefined)
        {
            return new RuleCondition(null, null, null, null, null);
        }

        if (when.ValueKind != JsonValueKind.Object)
        {
            throw new RuleTableException($"{at}: 'when' must be an object.");
        }

        foreach (var property in when.EnumerateObject())
        {
            if (property.Name is not ("category" or "realism" or "ageBand" or "ai" or "multipleChildren"))
            {
                throw new RuleTableException($"{at}: unknown condition '{property.Name}'.");
            }
        }

        bool? multiple = null;
        if (when.TryGetProperty("multipleChildren", out var m))
        {
            multiple = m.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new RuleTableException($"{at}: 'multipleChildren' must be true or false."),
            };
        }

        return new RuleCondition(
            Set<UkCategory>(when, "category", at, CategoryCodes.TryParse),
            Set<Realism>(when, "realism", at, RealismCodes.TryParse),
            Set<AgeBand>(when, "ageBand", at, AssessmentCodes.AgeBands.TryParse),
            Set<AiStatus>(when, "ai", at, AssessmentCodes.Ai.TryParse),
            multiple);
    }

    private delegate bool TryParseCode<T>(ReadOnlySpan<char> code, out T value);

    private static HashSet<T>? Set<T>(JsonElement when, string field, string at, TryParseCode<T> parse)
    {
        if (!when.TryGetProperty(field, out var array))
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() is 0 or > 16)
        {
            throw new RuleTableException($"{at}: '{field}' must be a list of 1 to 16 codes.");
        }

        var set = new HashSet<T>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !parse(item.GetString(), out var value))
            {
                throw new RuleTableException($"{at}: '{field}' holds an unknown code.");
            }

            set.Add(value);
        }

        return set;
    }
}
