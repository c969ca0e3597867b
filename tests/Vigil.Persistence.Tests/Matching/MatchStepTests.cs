using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;
using Vigil.Core.Processing;
using Vigil.Core.Vault;
using Vigil.Hashing.Pdq;
using Vigil.Hashing.Vpdq;
using Vigil.Media.Images;
using Vigil.Media.Video;
using Vigil.Persistence.Stores;
using Vigil.Persistence.Tests.Processing;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Matching;

public sealed class MatchStepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pipeline_ReportWithListedImages_StoresMatchesWithListEntryAndDistance(DatabaseProvider provider)
    {
        MatchIndexHost? host = null;
        await using var harness = await QueueHarness.CreateAsync(provider, db => Steps(db, null, out host));
        var lists = new TestHashLists(harness.Database.ContextFactory);
        const int Width = 256;
        const int Height = 192;
        var gradient = TestImages.Shapes(Width, Height, 5);
        var altered = (byte[])gradient.Clone();
        for (var i = 0; i < altered.Length; i += 3)
        {
            // A slightly altered copy: a little brighter, and a small dark square in one corner.
            altered[i] = (byte)Math.Min(255, altered[i] + 10);
            altered[i + 1] = (byte)Math.Min(255, altered[i + 1] + 10);
        }

        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                altered.AsSpan(((y * Width) + x) * 3, 3).Clear();
            }
        }

        var listedHash = PdqHasher.Hash(gradient, PixelFormat.Packed(Width, Height, 3)).Hash;
        var alteredPng = PngWriter.Encode(altered, Width, Height, 3);
        var exactPng = TestPng.GradientPng(64, 48, 3);
        var partner = await lists.CreateAsync("PARTNER_PDQ");
        var hotline = await lists.CreateAsync("HOTLINE_SHA");
        var pdqEntry = await lists.AddOneAsync(partner, HashListEntryKind.Pdq, listedHash.ToString());
        var shaEntry = await lists.AddOneAsync(hotline, HashListEntryKind.Sha256, Convert.ToHexStringLower(SHA256.HashData(exactPng)));
        await lists.AddOneAsync(hotline, HashListEntryKind.Pdq, PdqHash.Parse(new string('f', 64)).ToString());

        var intake = await harness.SubmitAsync(alteredPng, exactPng);
        Assert.Equal(4, await harness.DrainAsync());

        await using var context = harness.Database.CreateContext();
        var matches = await context.ItemMatches.AsNoTracking().OrderBy(m => m.ItemId).ToListAsync();
        Assert.Equal(2, matches.Count);
        var near = Assert.Single(matches, m => m.ItemId == intake.Items[0].ItemId);
        var item = await context.Items.SingleAsync(i => i.Id == near.ItemId);
        Assert.Equal((partner, pdqEntry, HashListEntryKind.Pdq), (near.ListId, near.EntryId, near.Signal));
        Assert.Equal(PdqHash.Distance(listedHash, PdqHash.FromBytes(item.Pdq)), near.Distance);
        Assert.InRange(near.Distance, 1, 31);
        var exact = Assert.Single(matches, m => m.ItemId == intake.Items[1].ItemId);
        Assert.Equal((hotline, shaEntry, HashListEntryKind.Sha256, 0), (exact.ListId, exact.EntryId, exact.Signal, exact.Distance));
        Assert.All(await context.Items.ToListAsync(), i => Assert.Equal(ItemStatus.Processed, i.Status));

        var stored = await new MatchingStore(harness.Database.ContextFactory).GetItemMatchesAsync(near.ItemId, default);
        Assert.Equal("PARTNER_PDQ", Assert.Single(stored).ListName);
        host!.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pipeline_VideoInVpdqList_MatchedPerFrameLikeTheReferenceMatcher(DatabaseProvider provider)
    {
        using var folder = new TempFolder();
        var clip = Path.Combine(folder.Path, "clip.mp4");
        var copy = Path.Combine(folder.Path, "copy.mp4");
        var unrelated = Path.Combine(folder.Path, "unrelated.mp4");
        Ffmpeg.Run("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-t", "6", "-pix_fmt", "yuv420p", "-c:v", "libx264", clip);
        Ffmpeg.Run("-i", clip, "-vf", "scale=192:144", "-c:v", "libx264", "-crf", "32", "-pix_fmt", "yuv420p", copy);
        Ffmpeg.Run("-f", "lavfi", "-i", "mandelbrot=size=320x240:rate=25", "-t", "6", "-pix_fmt", "yuv420p", "-c:v", "libx264", unrelated);
        var hasher = new VideoHasher();
        var copyHash = await hasher.HashAsync(copy);
        var clipHash = await hasher.HashAsync(clip);
        var unrelatedHash = await hasher.HashAsync(unrelated);

        MatchIndexHost? host = null;
        await using var harness = await QueueHarness.CreateAsync(provider, db => Steps(db, hasher, out host));
        var lists = new TestHashLists(harness.Database.ContextFactory);
        var listId = await lists.CreateAsync("VIDEOS");
        var copyEntry = await lists.AddOneAsync(listId, HashListEntryKind.Vpdq, Sha256Hex(VpdqTextFormat.Format(copyHash.Features)), VpdqTextFormat.Format(copyHash.Features));
        await lists.AddOneAsync(listId, HashListEntryKind.Vpdq, Sha256Hex(VpdqTextFormat.Format(unrelatedHash.Features)), VpdqTextFormat.Format(unrelatedHash.Features));

        var intake = await harness.SubmitAsync("video/mp4", await File.ReadAllBytesAsync(clip));
        Assert.Equal(2, await harness.DrainAsync());

        await using var context = harness.Database.CreateContext();
        var itemId = intake.Items[0].ItemId;
        var item = await context.Items.SingleAsync(i => i.Id == itemId);
        Assert.Equal(ItemStatus.Processed, item.Status);
        Assert.InRange(item.DurationMs!.Value, 5900, 6100);
        Assert.Equal((320, 240), (item.Width, item.Height));
        var frames = await context.ItemVideoFrames.Where(f => f.ItemId == itemId).OrderBy(f => f.FrameNumber).ToListAsync();
        Assert.Equal(clipHash.Features.Select(f => (f.FrameNumber, f.Hash)), frames.Select(f => (f.FrameNumber, PdqHash.FromBytes(f.Pdq))));

        var match = Assert.Single(await context.ItemMatches.Where(m => m.ItemId == itemId).ToListAsync());
        Assert.Equal((copyEntry, HashListEntryKind.Vpdq), (match.EntryId, match.Signal));
        var reference = VpdqMatcher.Match(clipHash.Features, copyHash.Features);
        Assert.True(reference.IsMatch);
        using var detail = JsonDocument.Parse(match.Detail!);
        Assert.Equal(reference.QueryMatchPercent, double.Parse(detail.RootElement.GetProperty("query_match_pct").GetString()!, CultureInfo.InvariantCulture), 3);
        Assert.Equal(reference.TargetMatchPercent, double.Parse(detail.RootElement.GetProperty("target_match_pct").GetString()!, CultureInfo.InvariantCulture), 3);
        Assert.False(VpdqMatcher.Match(clipHash.Features, unrelatedHash.Features).IsMatch);
        host!.Dispose();
    }

    private static IProcessingStep[] Steps(TestDatabase database, VideoHasher? video, out MatchIndexHost host)
    {
        var store = new MatchingStore(database.ContextFactory);
        host = new MatchIndexHost(store, new MatchingOptions(), TimeProvider.System, NullLogger<MatchIndexHost>.Instance);
        var decoder = new ImageDecoder();
        return [new HashStep(decoder, video, video is null ? null : ScratchFolder.In(database.DataFolder)), new MatchStep(host, store, decoder, TimeProvider.System)];
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
