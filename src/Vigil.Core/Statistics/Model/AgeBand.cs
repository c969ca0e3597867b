namespace Vigil.Core.Statistics.Model;

/// <summary>The age band of the youngest child depicted, as graded.</summary>
public enum AgeBand
{
    Age0To2,
    Age3To6,
    Age7To10,
    Age11To13,
    Age14To15,
    Age16To17,
    Unknown,
}
