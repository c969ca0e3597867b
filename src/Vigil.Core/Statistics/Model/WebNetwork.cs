namespace Vigil.Core.Statistics.Model;

/// <summary>Whether the content was on the clear web or on a dark-web (anonymising network) site.</summary>
public enum WebNetwork
{
    Clear,
    Dark,
}
