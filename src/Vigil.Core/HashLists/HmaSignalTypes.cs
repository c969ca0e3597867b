namespace Vigil.Core.HashLists;

/// <summary>
/// HMA signal type names for entry kinds. HMA names PDQ <c>pdq</c>, vPDQ <c>vpdq</c> and the MD5 of a video file
/// <c>video_md5</c>; Vigil's MD5 is the MD5 of any file's bytes, so <c>video_md5</c> reads as MD5 and MD5 is written
/// as <c>md5</c>. The other Vigil kinds use their own names (<see cref="HashValues.Name"/>).
/// </summary>
public static class HmaSignalTypes
{
    public static string NameOf(HashListEntryKind kind) => HashValues.Name(kind);

    public static bool TryParse(string? name, out HashListEntryKind kind)
    {
        if (string.Equals(name, "video_md5", StringComparison.OrdinalIgnoreCase))
        {
            kind = HashListEntryKind.Md5;
            return true;
        }

        return HashValues.TryParseKind(name ?? string.Empty, out kind);
    }
}
