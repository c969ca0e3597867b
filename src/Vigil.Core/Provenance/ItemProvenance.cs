namespace Vigil.Core.Provenance;

/// <summary>
/// The AI-provenance evidence read from one item by the provenance step, stored with the item (one row per item,
/// written with the step's job completion). Columns hold what lists and filters need; <see cref="Evidence"/> is the
/// whole report in the <c>vigil inspect --format json</c> shape with the prompt hidden, and <see cref="Signals"/>
/// and <see cref="Prompt"/> hold the prompt-bearing parts that are returned only on explicit request.
/// </summary>
public sealed class ItemProvenance
{
    public const int NameMaxLength = 400;
    public const int HashMaxLength = 80;
    public const int HashKindMaxLength = 16;
    public const int UriMaxLength = 400;
    public const int SchemeMaxLength = 64;
    public const int PayloadMaxLength = 128;

    public long Id { get; set; }

    public long ItemId { get; set; }

    /// <summary>True when any generator or AI-origin declaration (or known AI watermark) was found.</summary>
    public bool AiSignal { get; set; }

    public string? Generator { get; set; }

    public string? ModelName { get; set; }

    public string? ModelHash { get; set; }

    /// <summary>What <see cref="ModelHash"/> is: AutoV1, AutoV2, AutoV3, SHA256 or BLAKE3.</summary>
    public string? ModelHashKind { get; set; }

    /// <summary>The applied LoRAs as a JSON array of <c>{name, weight, hash, hash_kind}</c>.</summary>
    public string Loras { get; set; } = "[]";

    /// <summary>The IPTC digital source type URI declared by XMP or C2PA.</summary>
    public string? DigitalSourceType { get; set; }

    /// <summary>The prompt as declared; returned only on explicit request (an audited content view).</summary>
    public string? Prompt { get; set; }

    public bool C2paPresent { get; set; }

    public string? C2paClaimGenerator { get; set; }

    public bool? C2paSignatureValid { get; set; }

    public bool? C2paDataHashValid { get; set; }

    public bool C2paTrusted { get; set; }

    /// <summary>The C2PA validation status codes as a JSON array of strings.</summary>
    public string C2paValidationCodes { get; set; } = "[]";

    public string? WatermarkScheme { get; set; }

    public string? WatermarkPayloadHex { get; set; }

    public int? WatermarkBitsMatched { get; set; }

    /// <summary>Every signal with its raw value (prompts included), as the JSON array <c>vigil inspect</c> writes.</summary>
    public string Signals { get; set; } = "[]";

    /// <summary>The full report as <c>vigil inspect --format json</c> writes it without <c>--show-prompt</c>.</summary>
    public string Evidence { get; set; } = "{}";

    public DateTimeOffset InspectedAt { get; set; }
}
