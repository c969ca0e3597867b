namespace Vigil.Core.Statistics.Model;

/// <summary>The kind of site the content was found on.</summary>
public enum SiteType
{
    Website,
    Forum,
    ImageHost,
    FileHost,
    SocialNetwork,
    Chatbot,
}
