namespace Vigil.Index.Pdq;

/// <summary>How a radius search runs. Every strategy returns the same, exact result.</summary>
public enum PdqSearchStrategy
{
    /// <summary>Multi-index probing where its estimated cost is lower than a linear scan, else the scan.</summary>
    Auto = 0,

    /// <summary>Always probe the sixteen 16-bit substring tables.</summary>
    MultiIndex = 1,

    /// <summary>Always scan every hash with the vector Hamming kernel.</summary>
    LinearScan = 2,
}
