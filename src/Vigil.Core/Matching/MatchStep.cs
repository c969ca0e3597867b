using System.Globalization;
using System.Text.Json;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Hashing.Pdq;
using Vigil.Hashing.Vpdq;
using Vigil.Media.Images;

namespace Vigil.Core.Matching;

/// <summary>
/// Step 2: matches the item against the hash lists: exact MD5/SHA-1/SHA-256, PDQ within the radius (optionally over
/// the dihedral variants), and a video's frames against vPDQ and PDQ entries. The matches are returned as new
/// <see cref="ItemMatch"/> rows, so they are written with the job's completion, exactly once.
/// </summary>
public sealed class MatchStep(MatchIndexHost host, IMatchingStore store, IImageDecoder decoder, TimeProvider time) : IProcessingStep
{
    public const string StepName = "match";

    public string Name => StepName;

    public async Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await host.EnsureBuiltAsync(cancellationToken);
        var options = host.Options;
        // The coinflip for partly enabled lists is fixed by the item, so a re-run decides the same way.
        var filter = host.Filter(seed: item.Id);
        var found = new List<HashMatch>();
        found.AddRange(host.FindDigest(HashListEntryKind.Sha256, item.Sha256, filter));
        if (item.Md5 is { Length: 16 } md5)
        {
            found.AddRange(host.FindDigest(HashListEntryKind.Md5, md5, filter));
        }

        if (item.Sha1 is { Length: 20 } sha1)
        {
            found.AddRange(host.FindDigest(HashListEntryKind.Sha1, sha1, filter));
        }

        if (item.Pdq is { Length: 32 } pdq)
        {
            found.AddRange(options.Dihedral && DihedralOf(content) is { } variants
                ? host.FindPdqDihedral(variants, options.Radius, filter)
                : host.FindPdq(PdqHash.FromBytes(pdq), options.Radius, filter));
        }

        if (item.MediaType.StartsWith("video/", StringComparison.Ordinal))
        {
            var frames = await store.GetVideoFramesAsync(item.Id, cancellationToken);
            var features = frames.Select(f => new VpdqFeature(PdqHash.FromBytes(f.Pdq), f.Quality, f.FrameNumber, f.TimestampMs / 1000.0)).ToList();
            found.AddRange(host.MatchVideo(features, options.Radius, filter));
        }

        var now = time.GetUtcNow();
        var rows = found
            .GroupBy(m => (m.EntryId, m.Signal))
            .Select(g => g.MinBy(m => m.Distance)!)
            .Select(m => (object)new ItemMatch
            {
                ItemId = item.Id,
                ListId = m.ListId,
                EntryId = m.EntryId,
                Signal = m.Signal,
                Distance = m.Distance,
                Detail = DetailOf(m),
                MatchedAt = now,
            })
            .ToList();
        return new StepResult(null, rows);
    }

    /// <summary>The match's optional facts as a small JSON object, or null when there are none.</summary>
    public static string? DetailOf(HashMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var detail = new Dictionary<string, object>(StringComparer.Ordinal);
        if (match.Variant is { } v)
        {
            detail["variant"] = PdqDihedral.TransformNames[v];
        }

        if (match.Frame is { } f)
        {
            detail["frame"] = f;
        }

        if (match.QueryMatchPercent is { } q)
        {
            detail["query_match_pct"] = Math.Round(q, 3).ToString("0.###", CultureInfo.InvariantCulture);
        }

        if (match.TargetMatchPercent is { } t)
        {
            detail["target_match_pct"] = Math.Round(t, 3).ToString("0.###", CultureInfo.InvariantCulture);
        }

        return detail.Count == 0 ? null : JsonSerializer.Serialize(detail);
    }

    private IReadOnlyList<PdqHash>? DihedralOf(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var image = decoder.Decode(content.Span);
            if (image.Width < PdqHasher.MinimumDimension || image.Height < PdqHasher.MinimumDimension)
            {
                return null;
            }

            return PdqHasher.HashDihedral(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands)).Hashes;
        }
        catch (MediaDecodeException)
        {
            // The hash step decoded it already; should a decoder limit differ, the plain PDQ search still runs.
            return null;
        }
    }
}
