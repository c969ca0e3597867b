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

    public bool IsVideo => Item.MediaType.StartsWith("video/", StringComparison.Ordinal);

    public string Base => $"/workspace/items/{Item.Id}";

    internal PreviewStyle Style => new(Blur, Greyscale);
}
