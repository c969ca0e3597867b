namespace Vigil.Core.Statistics.Model;

/// <summary>The analyst's finding on whether content was made or altered by AI.</summary>
public enum AiStatus
{
    /// <summary>AI generation confirmed: counts as AI.</summary>
    Confirmed,

    /// <summary>Suspected only: never counted as AI, reported separately.</summary>
    Suspected,

    /// <summary>Not AI.</summary>
    No,
}
