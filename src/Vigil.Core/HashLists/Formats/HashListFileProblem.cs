namespace Vigil.Core.HashLists.Formats;

/// <summary>Why a whole file was rejected.</summary>
public enum HashListFileProblem
{
    /// <summary>The file has no bytes.</summary>
    Empty = 0,

    /// <summary>Not UTF-8 throughout: a UTF-16/UTF-32 byte-order mark, NUL bytes, or invalid UTF-8 anywhere (mixed encodings).</summary>
    WrongEncoding = 1,

    /// <summary>Not valid JSON.</summary>
    BadJson = 2,

    /// <summary>Valid syntax but not the format's shape (missing header, no "value" array, ...).</summary>
    BadStructure = 3,

    /// <summary>A single record exceeds the reader's size cap.</summary>
    RecordTooLarge = 4,
}
