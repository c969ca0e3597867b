namespace Vigil.Core.Assessment;

/// <summary>Categories of other classification schemes, derived from recorded facts by one version of the rule table.</summary>
/// <param name="InterpolBaseline">INTERPOL Baseline: yes or no.</param>
/// <param name="TechCoalition">Tech Coalition industry classification: A1, A2, B1, B2, or empty when none applies.</param>
/// <param name="ProjectVic">Project VIC category 0..4.</param>
/// <param name="RulesVersion">The rule-table version that derived these (stored with each assessment).</param>
public sealed record DerivedCategories(bool InterpolBaseline, string TechCoalition, int ProjectVic, string RulesVersion);
