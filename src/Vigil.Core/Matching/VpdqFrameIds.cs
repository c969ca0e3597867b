namespace Vigil.Core.Matching;

/// <summary>
/// vPDQ frames share the PDQ index with PDQ entries. A PDQ entry is indexed under its entry id (never negative);
/// a frame under -(entry id * 2^17 + ordinal) - 1, so the entry and the frame's ordinal come back by arithmetic
/// with no frame-to-entry table. 2^17 = 131,072 frames per entry covers VpdqTextFormat.MaxLines (86,400).
/// </summary>
internal static class VpdqFrameIds
{
    public const int OrdinalBits = 17;

    public const int MaxFrames = 1 << OrdinalBits;

    public static long Encode(long entryId, int ordinal) => -((entryId << OrdinalBits) + ordinal) - 1;

    public static bool IsFrame(long id) => id < 0;

    public static (long EntryId, int Ordinal) Decode(long id)
    {
        var raw = -(id + 1);
        return (raw >> OrdinalBits, (int)(raw & (MaxFrames - 1)));
    }
}
