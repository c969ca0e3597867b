namespace Vigil.Core;

/// <summary>
/// Enum values as people and clients write them: one member's name, in any case. A number, an undefined value or a
/// comma-joined list (which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would OR into another
/// member) is refused.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        if (text is not null && !text.Any(c => char.IsDigit(c) || c == ',') && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every member's name, comma-separated, for a "must be one of" message.</summary>
    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
