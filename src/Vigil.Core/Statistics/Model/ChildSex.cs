namespace Vigil.Core.Statistics.Model;

/// <summary>The sex of the children depicted, as graded.</summary>
public enum ChildSex
{
    Girls,
    Boys,
    Both,
    Unknown,
}
