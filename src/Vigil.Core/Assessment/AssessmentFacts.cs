using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Assessment;

/// <summary>The facts an analyst records about one item. Other schemes' categories are derived from these, never typed.</summary>
public sealed record AssessmentFacts(
    UkCategory Category,
    Realism Realism,
    AiStatus Ai,
    AiEvidence AiEvidence,
    AgeBand YoungestAge,
    ChildSex Sex,
    bool MultipleChildren,
    SiteType SiteType)
{
    /// <summary>The statistics severity these facts count as (non-photographic indecent content is NPI).</summary>
    public Severity Severity => Category switch
    {
        UkCategory.NotIndecent => Severity.NotIndecent,
        _ when Realism == Realism.NonPhotographic => Severity.NonPhotographic,
        UkCategory.A => Severity.A,
        UkCategory.B => Severity.B,
        _ => Severity.C,
    };

    /// <summary>The first rule these facts break, or null when they are consistent.</summary>
    public string? Problem()
    {
        if (!Enum.IsDefined(Category) || !Enum.IsDefined(Realism) || !Enum.IsDefined(Ai) || !Enum.IsDefined(YoungestAge)
            || !Enum.IsDefined(Sex) || !Enum.IsDefined(SiteType) || (AiEvidence & ~AllEvidence) != 0)
        {
            return "a field holds a value outside its list";
        }

        if (Ai != AiStatus.No && AiEvidence == AiEvidence.None)
        {
            return "an AI finding (suspected or confirmed) needs the evidence relied on";
        }

        if (Ai == AiStatus.No && AiEvidence != AiEvidence.None)
        {
            return "AI evidence is recorded only with a suspected or confirmed AI finding";
        }

        if (Category != UkCategory.NotIndecent && YoungestAge == AgeBand.Unknown)
        {
            return "an indecent item needs the age band of the youngest child";
        }

        return null;
    }

    private const AiEvidence AllEvidence = AiEvidence.C2pa | AiEvidence.GeneratorMetadata | AiEvidence.Watermark
        | AiEvidence.VisualArtefacts | AiEvidence.ListEntry | AiEvidence.SourceStatement;
}
