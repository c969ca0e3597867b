namespace Vigil.Core.HashLists.Formats;

/// <summary>The list file formats Vigil imports and exports (docs/hash-list-formats.md).</summary>
public enum HashListFormat
{
    /// <summary>CSV with typed columns (<c>csv</c>).</summary>
    Csv = 0,

    /// <summary>Project VIC VICS JSON 1.3 / 2.0 (<c>vics</c>; written as 2.0).</summary>
    Vics = 1,

    /// <summary>HMA / ThreatExchange PDQ text, <c>hash[,quality]</c> per line (<c>hma-pdq</c>).</summary>
    HmaPdq = 2,

    /// <summary>HMA bank content JSON (<c>hma-json</c>).</summary>
    HmaJson = 3,
}
