using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Assessment.Rules;

/// <summary>One rule's conditions: each non-null set must contain the fact's value; null sets match anything.</summary>
internal sealed record RuleCondition(
    IReadOnlySet<UkCategory>? Categories,
    IReadOnlySet<Realism>? Realisms,
    IReadOnlySet<AgeBand>? AgeBands,
    IReadOnlySet<AiStatus>? AiStatuses,
    bool? MultipleChildren)
{
    public bool IsCatchAll => Categories is null && Realisms is null && AgeBands is null && AiStatuses is null && MultipleChildren is null;

    public bool Matches(AssessmentFacts facts) =>
        (Categories is null || Categories.Contains(facts.Category))
        && (Realisms is null || Realisms.Contains(facts.Realism))
        && (AgeBands is null || AgeBands.Contains(facts.YoungestAge))
        && (AiStatuses is null || AiStatuses.Contains(facts.Ai))
        && (MultipleChildren is null || MultipleChildren == facts.MultipleChildren);
}
