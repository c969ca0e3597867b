namespace Vigil.Core.Accounts;

/// <summary>What an API key may do.</summary>
[Flags]
public enum ApiScopes
{
    None = 0,

    /// <summary>POST reports with URLs and files.</summary>
    SubmitReports = 1,

    /// <summary>Ask whether a hash is known.</summary>
    LookupHashes = 2,

    /// <summary>Read and change hash lists (Vigil's /api/lists and HMA's /c/bank* endpoints).</summary>
    ManageLists = 4,
}
