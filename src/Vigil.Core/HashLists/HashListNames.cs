using System.Globalization;

namespace Vigil.Core.HashLists;

/// <summary>
/// List names are HMA bank names: upper-case ASCII letters, digits and underscores, 1..100 characters. A deleted
/// list keeps its row (matches still point at it) under the name <c>~ID~NAME</c>, which no live name can take,
/// so the name is free again.
/// </summary>
public static class HashListNames
{
    private const char DeletedMark = '~';

    /// <summary>Whether <paramref name="name"/> is a valid live list name.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > HashList.NameMaxLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws a <see cref="HashListException"/> naming the problem when the name is not valid.</summary>
    public static void Validate(string? name)
    {
        if (!IsValid(name))
        {
            throw new HashListException(
                HashListError.Invalid,
                string.Create(CultureInfo.InvariantCulture, $"A list name is 1..{HashList.NameMaxLength} characters of A-Z, 0-9 and _ (HMA bank names), e.g. PARTNER_PDQ."),
                "name");
        }
    }

    /// <summary>Whether the list was deleted (tombstoned).</summary>
    public static bool IsDeleted(HashList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Name.StartsWith(DeletedMark);
    }

    /// <summary>The name a deleted list is kept under: unique by id, never a valid live name.</summary>
    public static string DeletedName(long id, string name)
    {
        var deleted = string.Create(CultureInfo.InvariantCulture, $"{DeletedMark}{id}{DeletedMark}{name}");
        return deleted.Length > HashList.NameMaxLength ? deleted[..HashList.NameMaxLength] : deleted;
    }
}
