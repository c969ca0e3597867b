namespace Vigil.Core.Assessment;

/// <summary>Whether the content is photographic or realistic (an indecent image) or non-photographic (a prohibited image).</summary>
public enum Realism
{
    Photographic = 0,
    NonPhotographic = 1,
}
