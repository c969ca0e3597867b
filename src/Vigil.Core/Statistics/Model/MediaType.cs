namespace Vigil.Core.Statistics.Model;

/// <summary>What kind of content an assessment is about.</summary>
public enum MediaType
{
    Image,
    Video,
}
