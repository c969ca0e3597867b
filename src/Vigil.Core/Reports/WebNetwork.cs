namespace Vigil.Core.Reports;

/// <summary>Whether the reported content sits on the clear web or behind an anonymity network.</summary>
public enum WebNetwork
{
    /// <summary>Not stated by the reporter.</summary>
    Unknown = 0,

    /// <summary>Ordinary, publicly routable web.</summary>
    Clear = 1,

    /// <summary>An anonymity network such as Tor onion services.</summary>
    Dark = 2,
}
