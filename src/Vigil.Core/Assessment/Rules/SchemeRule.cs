namespace Vigil.Core.Assessment.Rules;

/// <summary>A condition and the scheme code it yields.</summary>
internal sealed record SchemeRule(RuleCondition When, string Then);
