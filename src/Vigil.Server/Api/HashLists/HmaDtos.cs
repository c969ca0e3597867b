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

/// <summary>HMA's content JSON (<c>GET /c/bank/NAME/content/ID</c>).</summary>
internal sealed record HmaContentDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("bank")] string Bank,
    [property: JsonPropertyName("enabled")] bool Enabled,
    [property: JsonPropertyName("original_media_uri")] string? OriginalMediaUri,
    [property: JsonPropertyName("signals"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Signals);

/// <summary>HMA's BankContentConfig as <c>PUT /c/bank/NAME/content/ID</c> returns it.</summary>
internal sealed record HmaContentConfigDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("disable_until_ts")] long DisableUntilTs,
    [property: JsonPropertyName("collab_metadata")] IReadOnlyDictionary<string, string[]> CollabMetadata,
    [property: JsonPropertyName("original_media_uri")] string? OriginalMediaUri,
    [property: JsonPropertyName("bank")] HmaBankDto Bank);

/// <summary>HMA's <c>PUT /c/bank/NAME/content/ID</c> body.</summary>
internal sealed record HmaContentUpdateRequest([property: JsonPropertyName("disable_until_ts")] long? DisableUntilTs);

/// <summary>HMA's error body.</summary>
internal sealed record HmaMessageDto([property: JsonPropertyName("message")] string Message);
