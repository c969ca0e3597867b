using Vigil.Core.HashLists;

namespace Vigil.Server.Api.Matching;

/// <summary>
/// HMA's signal type names and the entry kinds they look up: <c>pdq</c> and <c>video_md5</c> as HMA names them,
/// plus Vigil's exact digests (<c>md5</c>, <c>sha1</c>, <c>sha256</c>) and <c>vpdq</c> for the status report.
/// </summary>
internal static class HmaSignalTypes
{
    public const string Pdq = "pdq";
    public const string VideoMd5 = "video_md5";

    /// <summary>The names served, with the kind each reads.</summary>
    public static IReadOnlyDictionary<string, HashListEntryKind> All { get; } = new Dictionary<string, HashListEntryKind>(StringComparer.Ordinal)
    {
        [Pdq] = HashListEntryKind.Pdq,
        [VideoMd5] = HashListEntryKind.Md5,
        ["md5"] = HashListEntryKind.Md5,
        ["sha1"] = HashListEntryKind.Sha1,
        ["sha256"] = HashListEntryKind.Sha256,
        ["vpdq"] = HashListEntryKind.Vpdq,
    };

    /// <summary>HMA's content types (the multipart field name of an upload) and the signal types hashed for each.</summary>
    public static IReadOnlyDictionary<string, string[]> ContentTypes { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["photo"] = [Pdq],
        ["video"] = [VideoMd5],
    };
}
