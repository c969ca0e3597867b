using System.Text;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.HashLists;

public sealed class HashListImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SameFileTwice_SecondChangesNothing(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var text = string.Join('\n', Enumerable.Range(0, 2500).Select(ListHarness.Pdq)) + "\n";

        var first = await ImportAsync(h, text, HashListFormat.HmaPdq);
        var checkpoint = await h.CheckpointAsync("L");
        var second = await ImportAsync(h, text, HashListFormat.HmaPdq);

        Assert.Equal((2500L, 0L, 2L), (first.Added, first.AlreadyPresent, first.Checkpoint));
        Assert.Equal(2, checkpoint);
        Assert.Equal((0L, 2500L, 2L), (second.Added, second.AlreadyPresent, second.Checkpoint));
        Assert.Equal(2, await h.CheckpointAsync("L"));
        var entries = await h.AllEntriesAsync();
        Assert.Equal(2500, entries.Count);
        Assert.All(entries, e => Assert.Equal(2, e.Checkpoint));
        Assert.Single(await h.Audit.RecentAsync(10, default), a => a.Action == "list.imported");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_BadRows_AreReportedWithLinesWhileGoodRowsAreKept(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var csv = $"""
            kind,value,category,note
            pdq,{ListHarness.Pdq(1)},1,fine
            pdq,{ListHarness.Pdq(2)[..60]},1,short
            md5,{new string('b', 32)},{new string('c', 40)},category too long for the column
            sha1,{new string('d', 40)},,
            pdq,{ListHarness.Pdq(1)},1,repeat of line 2
            """;

        var result = await ImportAsync(h, csv, HashListFormat.Csv);

        Assert.Equal((2L, 1L), (result.Added, result.AlreadyPresent));
        Assert.Equal(2, result.Report.BadRows);
        Assert.Equal([3L, 4L], result.Report.Errors.Select(e => e.Line));
        Assert.Equal(2, (await h.AllEntriesAsync()).Count);
    }

    public static TheoryData<string, byte[], HashListFileProblem> MalformedFiles()
    {
        var good = string.Join('\n', Enumerable.Range(0, 3000).Select(ListHarness.Pdq));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(good)).ToArray();
        var vicsGoodThenBroken = Encoding.UTF8.GetBytes(
            "{\"@odata.context\":\"x/2.0.xml/Default/$metadata#Media\",\"value\":[" +
            string.Join(',', Enumerable.Range(0, 2000).Select(i => $"{{\"MD5\":\"{ListHarness.Pdq(i)[..32]}\",\"Category\":1}}")) + ",{\"MD5\": tru");
        return new()
        {
            { "csv", [], HashListFileProblem.Empty },
            { "hma-pdq", [], HashListFileProblem.Empty },
            { "vics", [], HashListFileProblem.Empty },
            { "hma-json", [], HashListFileProblem.Empty },
            { "vics", vicsGoodThenBroken, HashListFileProblem.BadJson },
            { "hma-json", Encoding.UTF8.GetBytes("[{\"signals\":{\"pdq\":\"" + ListHarness.Pdq(1) + "\"}}, {\"signals\": {"), HashListFileProblem.BadJson },
            { "hma-pdq", utf16, HashListFileProblem.WrongEncoding },
            { "csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("kind,value\npdq," + ListHarness.Pdq(1))).ToArray(), HashListFileProblem.WrongEncoding },
            { "vics", Encoding.BigEndianUnicode.GetBytes("{\"value\":[]}"), HashListFileProblem.WrongEncoding },
            { "hma-json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("[]")).ToArray(), HashListFileProblem.WrongEncoding },
            { "csv", Encoding.UTF8.GetBytes("hash,quality\n" + good), HashListFileProblem.BadStructure },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task ImportAsync_FileLevelProblem_ImportsNothingAndLeavesTheCheckpoint(string format, byte[] file, HashListFileProblem problem)
    {
        foreach (var provider in TestDatabase.Providers.Select(p => (DatabaseProvider)p[0]))
        {
            await using var h = await ListHarness.CreateAsync(provider);
            await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
            Assert.True(HashListFiles.TryParse(format, out var parsed));

            using var stream = new MemoryStream(file);
            var e = await Assert.ThrowsAsync<HashListFormatException>(() => h.Service.ImportAsync("L", stream, parsed, ListHarness.Actor, null, default));

            Assert.Equal(problem, e.Problem);
            Assert.Empty(await h.AllEntriesAsync());
            Assert.Equal(1, await h.CheckpointAsync("L"));
        }
    }

    public static TheoryData<DatabaseProvider, HashListFormat> ProvidersAndFormats()
    {
        var data = new TheoryData<DatabaseProvider, HashListFormat>();
        foreach (var provider in TestDatabase.Providers.Select(p => (DatabaseProvider)p[0]))
        {
            foreach (var format in Enum.GetValues<HashListFormat>())
            {
                data.Add(provider, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndFormats))]
    public async Task ImportAsync_Latin1RowAfterManyGoodRows_ImportsNothingLeavesCheckpointAndNamesTheLine(DatabaseProvider provider, HashListFormat format)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        await ImportAsync(h, ListHarness.Pdq(-1) + "\n", HashListFormat.HmaPdq);
        var before = await h.AllEntriesAsync();
        // Row 2,600 of 3,000: more than two import batches (1,000 rows each) were written before the bad line.
        var (bytes, badLine) = ListFiles.Build(format, 3000, badRow: 2600, badText: Encoding.Latin1.GetBytes("caf\u00e9"));

        using var stream = new MemoryStream(bytes);
        var e = await Assert.ThrowsAsync<HashListFormatException>(() => h.Service.ImportAsync("L", stream, format, ListHarness.Actor, null, default));

        Assert.Equal(HashListFileProblem.WrongEncoding, e.Problem);
        Assert.Equal(badLine, e.Line);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(line {badLine})"), e.Message, StringComparison.Ordinal);
        Assert.Equal(before.Select(x => x.Id), (await h.AllEntriesAsync()).Select(x => x.Id));
        Assert.Equal(2, await h.CheckpointAsync("L"));
    }

    [Theory]
    [MemberData(nameof(ProvidersAndFormats))]
    public async Task ImportAsync_SameFileAllUtf8_ImportsEveryRow(DatabaseProvider provider, HashListFormat format)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var (bytes, _) = ListFiles.Build(format, 3000);

        using var stream = new MemoryStream(bytes);
        var result = await h.Service.ImportAsync("L", stream, format, ListHarness.Actor, null, default);

        Assert.Equal((3000L, 0L), (result.Added, result.Report.BadRows));
        Assert.Equal(2, await h.CheckpointAsync("L"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_WrongHexLengthEverywhere_ReportsEveryRowAndAddsNothing(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("L", null, 1.0, ListHarness.Actor, default);
        var text = string.Join('\n', Enumerable.Range(0, 50).Select(i => ListHarness.Pdq(i)[..63]));

        var result = await ImportAsync(h, text, HashListFormat.HmaPdq);

        Assert.Equal((0L, 50L), (result.Added, result.Report.BadRows));
        Assert.Equal(1, result.Report.Errors[0].Line);
        Assert.Empty(await h.AllEntriesAsync());
        Assert.Equal(1, await h.CheckpointAsync("L"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportExport_EveryFormat_RoundTripsIntoAnotherList(DatabaseProvider provider)
    {
        await using var h = await ListHarness.CreateAsync(provider);
        await h.Service.CreateAsync("SRC", null, 1.0, ListHarness.Actor, default);
        var csv = $"""
            kind,value,category,ai,quality,frames
            pdq,{ListHarness.Pdq(1)},A,true,90,
            md5,{new string('a', 32)},B,,,
            vpdq,,C,,,"{ListHarness.Pdq(2)},100,0;{ListHarness.Pdq(3)},80,1"
            """;
        await ImportAsync(h, csv, HashListFormat.Csv, "SRC");

        foreach (var format in Enum.GetValues<HashListFormat>())
        {
            var name = "DST_" + HashListFiles.NameOf(format).Replace('-', '_').ToUpperInvariant();
            await h.Service.CreateAsync(name, null, 1.0, ListHarness.Actor, default);
            using var exported = new MemoryStream();
            var (written, skipped) = await h.Service.ExportAsync("SRC", exported, format, default);
            exported.Position = 0;
            var result = await h.Service.ImportAsync(name, exported, format, ListHarness.Actor, null, default);

            Assert.Equal(3, written + skipped);
            Assert.Equal(written, result.Added);
        }

        var byList = (await h.AllEntriesAsync()).GroupBy(e => e.ListId).ToDictionary(g => g.Key, g => g.Select(e => (e.Kind, e.Value, e.Frames)).Order().ToList());
        var lists = byList.OrderBy(p => p.Key).Select(p => p.Value).ToList();
        Assert.Equal(3, lists[0].Count);
        Assert.Equal(lists[0], lists[1]); // csv keeps every kind, vPDQ frames included
        Assert.Equal([HashListEntryKind.Md5], lists[2].Select(e => e.Kind)); // VICS holds file digests only
        Assert.Equal([HashListEntryKind.Pdq], lists[3].Select(e => e.Kind)); // HMA PDQ text holds PDQ only
        Assert.Equal(lists[0], lists[4]); // HMA content JSON keeps pdq, md5 (video_md5) and vpdq
    }

    private static async Task<HashListImportResult> ImportAsync(ListHarness h, string text, HashListFormat format, string list = "L")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await h.Service.ImportAsync(list, stream, format, ListHarness.Actor, null, default);
    }
}
