namespace Vigil.Core.HashLists;

/// <summary>Why a list operation was refused.</summary>
public enum HashListError
{
    /// <summary>A value, name or field is not acceptable.</summary>
    Invalid = 0,

    /// <summary>No such list or entry.</summary>
    NotFound = 1,

    /// <summary>The name is taken.</summary>
    Conflict = 2,
}
