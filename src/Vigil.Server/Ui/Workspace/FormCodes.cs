using Vigil.Core.Assessment;
using Vigil.Core.Statistics.Model;

namespace Vigil.Server.Ui.Workspace;

/// <summary>The assessment form's field values and keyboard keys (one table, used by the form, its reader and the legend).</summary>
internal static class FormCodes
{
    public static IReadOnlyList<(UkCategory Value, string Code, string Label, string Key)> Categories { get; } =
    [
        (UkCategory.A, "A", "Category A", "a"),
        (UkCategory.B, "B", "Category B", "b"),
        (UkCategory.C, "C", "Category C", "c"),
        (UkCategory.NotIndecent, "not-indecent", "Not indecent", "n"),
    ];

    public static IReadOnlyList<(Realism Value, string Code, string Label, string Key)> Realisms { get; } =
    [
        (Realism.Photographic, "photographic", "Photographic or realistic", "p"),
        (Realism.NonPhotographic, "non-photographic", "Non-photographic (drawn)", "d"),
    ];

    public static IReadOnlyList<(AiStatus Value, string Code, string Label, string Key)> AiStatuses { get; } =
    [
        (AiStatus.No, "no", "No AI", "x"),
        (AiStatus.Suspected, "suspected", "AI suspected", "s"),
        (AiStatus.Confirmed, "confirmed", "AI confirmed", "i"),
    ];

    public static IReadOnlyList<(AiEvidence Value, string Code, string Label, string Key)> Evidence { get; } =
    [
        (AiEvidence.C2pa, "c2pa", "C2PA manifest", "q"),
        (AiEvidence.GeneratorMetadata, "generator", "Generator metadata", "w"),
        (AiEvidence.Watermark, "watermark", "Watermark", "k"),
        (AiEvidence.VisualArtefacts, "visual", "Visual artefacts", "v"),
        (AiEvidence.ListEntry, "list", "Hash-list entry", "l"),
        (AiEvidence.SourceStatement, "source", "Source statement", "t"),
    ];

    public static IReadOnlyList<(AgeBand Value, string Code, string Label, string Key)> AgeBands { get; } =
    [
        (AgeBand.Age0To2, "0-2", "0-2", "1"),
        (AgeBand.Age3To6, "3-6", "3-6", "2"),
        (AgeBand.Age7To10, "7-10", "7-10", "3"),
        (AgeBand.Age11To13, "11-13", "11-13", "4"),
        (AgeBand.Age14To15, "14-15", "14-15", "5"),
        (AgeBand.Age16To17, "16-17", "16-17", "6"),
        (AgeBand.Unknown, "unknown", "Not applicable", "7"),
    ];

    public static IReadOnlyList<(ChildSex Value, string Code, string Label, string Key)> Sexes { get; } =
    [
        (ChildSex.Girls, "girls", "Girls", "g"),
        (ChildSex.Boys, "boys", "Boys", "y"),
        (ChildSex.Both, "both", "Both", "h"),
        (ChildSex.Unknown, "unknown", "Unidentified", "u"),
    ];

    public const string MultipleKey = "m";
}
