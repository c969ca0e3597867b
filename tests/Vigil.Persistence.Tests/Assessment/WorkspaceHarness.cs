using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;
using Vigil.Core.Provenance;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>
/// The workspace rules over the real stores on a migrated database, with a clock the test moves. Items are records
/// only (hashes from seeds, no media): grading logic is tested with records.
/// </summary>
internal sealed class WorkspaceHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    public static readonly AssessmentFacts FactsC = new(UkCategory.C, Realism.Photographic, AiStatus.No, AiEvidence.None, AgeBand.Age11To13, ChildSex.Unknown, false, SiteType.Forum);

    public static readonly AssessmentFacts FactsA = FactsC with { Category = UkCategory.A, YoungestAge = AgeBand.Age7To10 };

    private long? _listId;

    private WorkspaceHarness(TestDatabase database, WorkspaceOptions options)
    {
        Database = database;
        Options = options;
        Time = new ManualTimeProvider(Start);
        Reports = new ReportStore(database.ContextFactory, Time);
        Store = new WorkspaceStore(database.ContextFactory);
        Exposure = new ExposureLog(Store, options, Time);
        Index = new ItemPdqIndex(Store);
        Service = new WorkspaceService(Store, Reports, Exposure, Index, options.LoadRules(), options, Time);
    }

    public TestDatabase Database { get; }

    public WorkspaceOptions Options { get; }

    public ManualTimeProvider Time { get; }

    public ReportStore Reports { get; }

    public WorkspaceStore Store { get; }

    public ExposureLog Exposure { get; }

    public ItemPdqIndex Index { get; }

    public WorkspaceService Service { get; }

    public static async Task<WorkspaceHarness> CreateAsync(DatabaseProvider provider, WorkspaceOptions? options = null) =>
        new(await TestDatabase.CreateAsync(provider), options ?? new WorkspaceOptions());

    /// <summary>A report received at <paramref name="received"/> with one processed item per seed ("video:" seeds are videos).</summary>
    public async Task<(long ReportId, long[] Items)> ReportAsync(DateTimeOffset received, params string[] seeds)
    {
        var report = new Report { Source = ReportSource.Platform, ReceivedAt = received, SiteType = SiteType.Forum, Network = WebNetwork.Clear, SubmittedBy = "apikey:1" };
        report.Urls.Add(new ReportUrl { Url = "https://example.invalid/page" });
        var media = seeds.Select(s => new NewMedia(Sha(s), 10, s.StartsWith("video:", StringComparison.Ordinal) ? "video/mp4" : "image/png", 0)).ToList();
        var result = await Reports.AddAsync(report, media, "hash", default);
        var ids = result.Items.Select(i => i.ItemId).ToArray();
        await using var context = Database.CreateContext();
        await context.Items.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, ItemStatus.Processed));
        return (result.ReportId, ids);
    }

    /// <summary>Records a live hash-list match of the item (the entry marked AI-generated when asked).</summary>
    public async Task MatchAsync(long itemId, bool aiGenerated = false)
    {
        await using var context = Database.CreateContext();
        if (_listId is null)
        {
            var list = new HashList { Name = "partner", CreatedBy = "user:tester", CreatedAt = Start, UpdatedAt = Start };
            context.HashLists.Add(list);
            await context.SaveChangesAsync();
            _listId = list.Id;
        }

        var entry = new HashListEntry
        {
            ListId = _listId.Value, Kind = HashListEntryKind.Sha256, Value = Convert.ToHexStringLower(Sha($"entry-{Guid.NewGuid()}")),
            Category = "A1", AiGenerated = aiGenerated ? true : null, AddedBy = "user:tester", AddedAt = Start,
        };
        context.HashListEntries.Add(entry);
        await context.SaveChangesAsync();
        context.ItemMatches.Add(new ItemMatch { ItemId = itemId, ListId = _listId.Value, EntryId = entry.Id, Signal = HashListEntryKind.Sha256, MatchedAt = Start });
        await context.SaveChangesAsync();
    }

    /// <summary>Stores provenance evidence with an AI signal for the item.</summary>
    public async Task ProvenanceAiAsync(long itemId)
    {
        await using var context = Database.CreateContext();
        context.ItemProvenance.Add(new ItemProvenance { ItemId = itemId, AiSignal = true, Generator = "test generator" });
        await context.SaveChangesAsync();
    }

    public async Task SetPdqAsync(long itemId, byte[] pdq, int quality)
    {
        await using var context = Database.CreateContext();
        await context.Items.Where(i => i.Id == itemId).ExecuteUpdateAsync(u => u.SetProperty(i => i.Pdq, pdq).SetProperty(i => i.PdqQuality, quality));
    }

    /// <summary>Claims and grades the item in the report as <paramref name="analyst"/>.</summary>
    public async Task<WorkspaceAssessment> GradeAsync(long itemId, long reportId, string analyst, AssessmentFacts? facts = null)
    {
        Assert.True(await Service.ClaimAsync(itemId, analyst, default));
        return await Service.AssessAsync(itemId, reportId, analyst, facts ?? FactsC, default);
    }

    /// <summary>Grades, then verifies as a senior with the same facts.</summary>
    public async Task<WorkspaceAssessment> GradeVerifiedAsync(long itemId, long reportId, AssessmentFacts? facts = null)
    {
        var initial = await GradeAsync(itemId, reportId, "user:first", facts);
        Assert.True(await Service.ClaimAsync(itemId, "user:senior", default));
        return await Service.VerifyAsync(initial.Id, "user:senior", isSenior: true, facts ?? FactsC, default);
    }

    public static byte[] Sha(string seed) => SHA256.HashData(Encoding.UTF8.GetBytes(seed));

    /// <summary>A 32-byte PDQ-like hash from a seed (unrelated seeds are about 128 bits apart).</summary>
    public static byte[] Pdq(string seed) => Sha("pdq-" + seed);

    /// <summary>The hash with the first <paramref name="bits"/> bits flipped.</summary>
    public static byte[] Flip(byte[] hash, int bits)
    {
        var copy = (byte[])hash.Clone();
        for (var i = 0; i < bits; i++)
        {
            copy[i / 8] ^= (byte)(1 << (i % 8));
        }

        return copy;
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Database.DisposeAsync();
    }
}
