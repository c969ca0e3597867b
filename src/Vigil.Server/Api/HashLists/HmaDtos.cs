using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.HashLists;

namespace Vigil.Server.Api.HashLists;

/// <summary>HMA's BankConfig as its API returns it.</summary>
internal sealed record HmaBankDto(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("matching_enabled_ratio")] double MatchingEnabledRatio)
{
    public static HmaBankDto From(HashList list) => new(list.Name, list.MatchingEnabledRatio);
}

/// <summary>HMA's <c>POST /c/banks</c> and <c>PUT /c/bank/NAME</c> body.</summary>
internal sealed record HmaBankRequest(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("enabled")] bool? Enabled,
    [property: JsonPropertyName("enabled_ratio")] double? EnabledRatio);

/// <summary>HMA's answer to adding content or signals: the content id and the signals stored.</summary>
internal sealed record HmaAddedDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("signals")] IReadOnlyDictionary<string, string> Signals);

/// <summary>
/// HMA's <c>BankContentResponse</c> (<c>GET /c/bank/NAME/content/ID</c>): <c>signals</c> only with
/// <c>include_signals=true</c>, <c>metadata</c> and <c>note</c> only when there are any; <c>original_media_uri</c> is
/// always written (null: Vigil never fetches media by URL).
/// </summary>
internal sealed record HmaContentDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("disable_until_ts")] long DisableUntilTs,
    [property: JsonPropertyName("original_media_uri")] string? OriginalMediaUri,
    [property: JsonPropertyName("bank")] HmaBankDto Bank,
    [property: JsonPropertyName("signals"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Signals,
    [property: JsonPropertyName("metadata"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Metadata,
    [property: JsonPropertyName("note"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);

/// <summary>HMA's BankContentConfig as <c>PUT /c/bank/NAME/content/ID</c> returns it (every field, nulls included).</summary>
internal sealed record HmaContentConfigDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("disable_until_ts")] long DisableUntilTs,
    [property: JsonPropertyName("collab_metadata")] IReadOnlyDictionary<string, string[]> CollabMetadata,
    [property: JsonPropertyName("original_media_uri")] string? OriginalMediaUri,
    [property: JsonPropertyName("bank")] HmaBankDto Bank,
    [property: JsonPropertyName("user_metadata")] JsonElement? UserMetadata,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>HMA's error body.</summary>
internal sealed record HmaMessageDto([property: JsonPropertyName("message")] string Message);
