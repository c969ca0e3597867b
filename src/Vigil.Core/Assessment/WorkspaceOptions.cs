using Vigil.Core.Assessment.Rules;

namespace Vigil.Core.Assessment;

/// <summary>The organisation's workspace settings (<c>Vigil:Workspace</c>), checked at start-up.</summary>
public sealed class WorkspaceOptions
{
    public const string SectionName = "Vigil:Workspace";
    public const int MaxBlur = 40;

    /// <summary>How long a claim holds an item, in minutes (1..240).</summary>
    public int ClaimMinutes { get; set; } = 20;

    /// <summary>Organisation default blur strength (0..<see cref="MaxBlur"/>); users may override.</summary>
    public int DefaultBlur { get; set; } = 24;

    /// <summary>Organisation default: previews in greyscale; users may override.</summary>
    public bool DefaultGreyscale { get; set; } = true;

    /// <summary>Minutes of viewing after which the break prompt appears (5..480).</summary>
    public int BreakAfterMinutes { get; set; } = 45;

    /// <summary>The window over which exposure counts towards the break prompt, in hours (1..24).</summary>
    public int ExposureWindowHours { get; set; } = 8;

    /// <summary>How long a reveal lets the original be fetched, in minutes (1..60).</summary>
    public int RevealMinutes { get; set; } = 5;

    /// <summary>PDQ Hamming distance within which an item counts as already graded (0..31; strict by design).</summary>
    public int PdqRadius { get; set; } = 8;

    /// <summary>
    /// Lowest PDQ quality (0..100) both hashes need before a PDQ neighbour's verified grade applies to an item
    /// (weak hashes of flat or tiny images sit close to unrelated ones).
    /// </summary>
    public int MinPdqQuality { get; set; } = 50;

    /// <summary>
    /// The organisation's own rule table (a JSON file, docs/workspace.md); empty: the table shipped with Vigil. Read
    /// and checked at start-up.
    /// </summary>
    public string? RulesFile { get; set; }

    /// <summary>Already graded items are confirmed without showing the media unless the analyst asks to see them.</summary>
    public bool ConfirmWithoutMedia { get; set; } = true;

    /// <summary>Longest viewing time one item adds to the exposure log, in seconds (60..3600).</summary>
    public int MaxSecondsPerItem { get; set; } = 900;

    public void Validate()
    {
        Check(ClaimMinutes, 1, 240, nameof(ClaimMinutes));
        Check(DefaultBlur, 0, MaxBlur, nameof(DefaultBlur));
        Check(BreakAfterMinutes, 5, 480, nameof(BreakAfterMinutes));
        Check(ExposureWindowHours, 1, 24, nameof(ExposureWindowHours));
        Check(RevealMinutes, 1, 60, nameof(RevealMinutes));
        Check(PdqRadius, 0, 31, nameof(PdqRadius));
        Check(MaxSecondsPerItem, 60, 3600, nameof(MaxSecondsPerItem));
        Check(MinPdqQuality, 0, 100, nameof(MinPdqQuality));
    }

    /// <summary>The rule table to derive other schemes' categories with: <see cref="RulesFile"/>, else the shipped default.</summary>
    /// <exception cref="RuleTableException">The file is missing, unreadable or invalid; the message names the key and the file.</exception>
    public SchemeRuleTable LoadRules()
    {
        if (string.IsNullOrWhiteSpace(RulesFile))
        {
            return SchemeRuleTable.Default;
        }

        try
        {
            return SchemeRuleTable.Load(RulesFile);
        }
        catch (RuleTableException e)
        {
            throw new RuleTableException($"{SectionName}:{nameof(RulesFile)} ({RulesFile}): {e.Message}", e);
        }
    }

    private static void Check(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException($"{SectionName}:{name}", value, $"{SectionName}:{name} must be {min}..{max}.");
        }
    }
}
