namespace Vigil.Server.Api.Items;

/// <summary>The item's AI-provenance summary in its status response; null until the provenance step has run.</summary>
public sealed record ProvenanceSummaryDto(bool AiSignal, string? Generator);
