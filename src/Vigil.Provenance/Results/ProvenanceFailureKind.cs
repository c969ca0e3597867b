namespace Vigil.Provenance.Results;

/// <summary>Why a file's structure could not be read to the end.</summary>
public enum ProvenanceFailureKind
{
    /// <summary>The file ends inside a structure (a chunk, segment or box runs past the end).</summary>
    Truncated,

    /// <summary>A structure is internally inconsistent (bad marker, impossible length, bad checksum).</summary>
    Corrupt,

    /// <summary>A structure exceeds a safety cap (too many chunks, too large a header).</summary>
    LimitExceeded,
}
