using Vigil.Hashing.Vpdq;

namespace Vigil.Core.Matching;

/// <summary>
/// Reads a vPDQ entry's <c>Frames</c> text. The lists capability defines the canonical text; it is the reference
/// hasher's line format (<c>frame,quality,pdq_hex,timestamp</c>, <see cref="VpdqTextFormat"/>), so this is the one
/// place to change should that ever differ.
/// </summary>
public static class VpdqEntryFrames
{
    /// <summary>The frames, or null (with the reason) when the text is malformed.</summary>
    public static IReadOnlyList<VpdqFeature>? TryParse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "the entry has no frames";
            return null;
        }

        try
        {
            return VpdqTextFormat.Parse(text);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }
}
