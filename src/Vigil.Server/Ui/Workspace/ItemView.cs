using Vigil.Core.Assessment;
using Vigil.Core.Items;
using Vigil.Core.Reports;
using Vigil.Server.Ui.Workspace.Previews;

namespace Vigil.Server.Ui.Workspace;

/// <summary>Everything the item page shows.</summary>
public sealed record ItemView(
    Item Item,
    Report Report,
    ItemMode Mode,
    bool ClaimHeld,
    bool Revealed,
    int Blur,
    bool Greyscale,
    PriorGrade? Prior,
    WorkspaceAssessment? Initial,
    IReadOnlyList<WorkspaceAssessment> History,
    ItemSignals Signals,
    IReadOnlyList<long> OtherReports,
    IReadOnlyList<(long ItemId, int Distance)> NearDuplicates,
    string? Error)
{
    /// <summary>A video's sampled, blurred frames as data URIs (rendered with the page, so no further request exists).</summary>
    public IReadOnlyList<string> Frames { get; init; } = [];

    public Vigil.Core.Provenance.ItemProvenance? Provenance { get; init; }

    /// <summary>The exposure-log id of this viewing (0 when the media are hidden); the page reports it on leaving.</summary>
    public long ViewId { get; init; }

    /// <summary>Already graded: the media are not shown unless the analyst asks.</summary>
    public bool MediaHidden => Mode is ItemMode.ConfirmPrior or ItemMode.ConfirmPending;

    /// <summary>The earlier grade's facts with this report's site type (site type belongs to the report, not the content).</summary>
    public AssessmentFacts? PriorFacts => Prior is null ? null : Prior.Assessment.Facts with { SiteType = Report.SiteType };

    public bool IsVideo => Item.MediaType.StartsWith("video/", StringComparison.Ordinal);

    public string Base => $"/workspace/items/{Item.Id}";

    internal PreviewStyle Style => new(Blur, Greyscale);
}
