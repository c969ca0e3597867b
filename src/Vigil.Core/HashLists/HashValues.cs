using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vigil.Core.HashLists;

/// <summary>Validates and normalises entry values: hex of one of the kind's lengths, stored lower case.</summary>
public static class HashValues
{
    /// <summary>Hex length of a kind's full value (model AutoV3 also accepts its 12-character short form).</summary>
    public static int HexLength(HashListEntryKind kind) => kind switch
    {
        HashListEntryKind.Pdq => 64,
        HashListEntryKind.Md5 => 32,
        HashListEntryKind.Sha1 => 40,
        HashListEntryKind.Sha256 => 64,
        HashListEntryKind.ModelSha256 => 64,
        HashListEntryKind.ModelAutoV2 => 10,
        HashListEntryKind.Vpdq => 64,
        HashListEntryKind.ModelAutoV3 => 64,
        HashListEntryKind.ModelAutoV1 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entry kind."),
    };

    /// <summary>The length of AUTOMATIC1111's short AutoV3 (<c>Lora hashes</c>).</summary>
    public const int AutoV3ShortLength = 12;

    /// <summary>Whether <paramref name="length"/> hex characters is a valid value of the kind.</summary>
    public static bool IsValidLength(HashListEntryKind kind, int length) =>
        length == HexLength(kind) || (kind == HashListEntryKind.ModelAutoV3 && length == AutoV3ShortLength);

    /// <summary>The kind's name in files and on the command line.</summary>
    public static string Name(HashListEntryKind kind) => kind switch
    {
        HashListEntryKind.Pdq => "pdq",
        HashListEntryKind.Md5 => "md5",
        HashListEntryKind.Sha1 => "sha1",
        HashListEntryKind.Sha256 => "sha256",
        HashListEntryKind.ModelSha256 => "model-sha256",
        HashListEntryKind.ModelAutoV2 => "model-autov2",
        HashListEntryKind.Vpdq => "vpdq",
        HashListEntryKind.ModelAutoV3 => "model-autov3",
        HashListEntryKind.ModelAutoV1 => "model-autov1",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entry kind."),
    };

    /// <summary>Parses a kind name (case-insensitive; "sha-1", "sha-256", "autov1", "autov2" and "autov3" accepted too).</summary>
    public static bool TryParseKind(ReadOnlySpan<char> text, out HashListEntryKind kind)
    {
        Span<char> lower = stackalloc char[16];
        text = text.Trim();
        kind = default;
        if (text.Length > lower.Length)
        {
            return false;
        }

        var n = text.ToLowerInvariant(lower);
        switch (lower[..n])
        {
            case "pdq": kind = HashListEntryKind.Pdq; return true;
            case "md5": kind = HashListEntryKind.Md5; return true;
            case "sha1" or "sha-1": kind = HashListEntryKind.Sha1; return true;
            case "sha256" or "sha-256": kind = HashListEntryKind.Sha256; return true;
            case "model-sha256": kind = HashListEntryKind.ModelSha256; return true;
            case "model-autov2" or "autov2": kind = HashListEntryKind.ModelAutoV2; return true;
            case "model-autov3" or "autov3": kind = HashListEntryKind.ModelAutoV3; return true;
            case "model-autov1" or "autov1": kind = HashListEntryKind.ModelAutoV1; return true;
            case "vpdq": kind = HashListEntryKind.Vpdq; return true;
            default: return false;
        }
    }

    /// <summary>Checks <paramref name="text"/> is hex of one of the kind's lengths; returns it lower case.</summary>
    public static bool TryNormalize(HashListEntryKind kind, ReadOnlySpan<char> text, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        text = text.Trim();
        value = null;
        if (!IsValidLength(kind, text.Length))
        {
            var lengths = kind == HashListEntryKind.ModelAutoV3
                ? string.Create(CultureInfo.InvariantCulture, $"{AutoV3ShortLength} or {HexLength(kind)}")
                : HexLength(kind).ToString(CultureInfo.InvariantCulture);
            error = string.Create(CultureInfo.InvariantCulture, $"a {Name(kind)} value is {lengths} hex characters, got {text.Length}");
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"a {Name(kind)} value may contain only hex digits");
                return false;
            }
        }

        value = text.ToString().ToLowerInvariant();
        error = null;
        return true;
    }
}
