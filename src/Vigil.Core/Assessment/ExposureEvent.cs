namespace Vigil.Core.Assessment;

/// <summary>One entry of an analyst's exposure log (wellbeing figures; never the content itself).</summary>
public sealed class ExposureEvent
{
    public long Id { get; set; }

    public string Analyst { get; set; } = string.Empty;

    public long? ItemId { get; set; }

    public ExposureKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Seconds from the item first being shown to its grading (Assessed only; capped; informative: the exposure minutes are counted from the whole log).</summary>
    public int Seconds { get; set; }

    /// <summary>The grade was category A (Assessed only).</summary>
    public bool CategoryA { get; set; }
}
