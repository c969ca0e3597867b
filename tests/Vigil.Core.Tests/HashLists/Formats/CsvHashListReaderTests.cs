using System.Text;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using static Vigil.Core.Tests.HashLists.Formats.FormatHarness;

namespace Vigil.Core.Tests.HashLists.Formats;

public sealed class CsvHashListReaderTests
{
    private static readonly Func<Stream, HashListReadReport, IAsyncEnumerable<HashListRecord>> Read =
        (s, r) => CsvHashListReader.ReadAsync(s, r);

    [Fact]
    public async Task ReadAsync_TypedColumns_YieldsEveryKind()
    {
        var csv = "kind,value,category,ai,source,note,quality,batch\n"
            + $"pdq,{Hex(64, 'A')},1,true,partner,\"a note, with comma\",90,b7\n"
            + $"md5,{Hex(32, 'b')},2,no,,,,\n"
            + $"sha1,{Hex(40, 'c')},,,,,,\n"
            + $"sha256,{Hex(64, 'd')},,,,,,\n"
            + $"model-sha256,{Hex(64, 'e')},,,,\"model \"\"x\"\"\",,\n"
            + $"autov2,{Hex(10, 'f')},,,,,,\n"
            + $"model-autov3,{Hex(12, 'a')},,,,,,\n"
            + $"autov3,{Hex(64, 'b')},,,,,,\n"
            + $"model-autov1,{Hex(8, 'c')},,,,,,\n";

        var (records, report) = await ReadAllAsync(Read, csv);

        Assert.Equal(9, report.GoodRows);
        Assert.Equal(0, report.BadRows);
        Assert.Equal(
            [HashListEntryKind.Pdq, HashListEntryKind.Md5, HashListEntryKind.Sha1, HashListEntryKind.Sha256, HashListEntryKind.ModelSha256, HashListEntryKind.ModelAutoV2, HashListEntryKind.ModelAutoV3, HashListEntryKind.ModelAutoV3, HashListEntryKind.ModelAutoV1],
            records.Select(r => r.Kind));
        var pdq = records[0];
        Assert.Equal(Hex(64, 'a'), pdq.Value);
        Assert.Equal("1", pdq.Category);
        Assert.True(pdq.AiGenerated);
        Assert.Equal("partner", pdq.Source);
        Assert.Equal("a note, with comma", pdq.Note);
        Assert.Equal(90, pdq.Quality);
        Assert.Equal("{\"batch\":\"b7\"}", pdq.Extra);
        Assert.Equal(2, pdq.Line);
        Assert.False(records[1].AiGenerated);
        Assert.Equal("model \"x\"", records[4].Note);
    }

    [Fact]
    public async Task ReadAsync_WrongHexLengthAndBadFields_ReportsLinesAndKeepsGoodRows()
    {
        var csv = "kind,value,ai\n"
            + $"md5,{Hex(32, '1')},\n"
            + $"md5,{Hex(31, '1')},\n"          // line 3: wrong length
            + $"sha1,{Hex(40, 'g')},\n"         // line 4: not hex
            + $"crc32,{Hex(8, '1')},\n"         // line 5: unknown kind
            + $"md5,{Hex(32, '2')},maybe\n"     // line 6: bad ai
            + $"md5,{Hex(32, '3')}\n"           // line 7: field count
            + $"md5,\"{Hex(32, '4')},\n"        // line 8: unterminated quote
            + $"md5,{Hex(32, '5')},yes\n";

        var (records, report) = await ReadAllAsync(Read, csv);

        Assert.Equal([Hex(32, '1'), Hex(32, '5')], records.Select(r => r.Value));
        Assert.Equal(2, report.GoodRows);
        Assert.Equal(6, report.BadRows);
        Assert.Equal([3L, 4, 5, 6, 7, 8], report.Errors.Select(e => e.Line));
        Assert.Contains("32 hex characters, got 31", report.Errors[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MixedEncodings_Latin1RowFailsWholeFileNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes($"kind,value,note\nmd5,{Hex(32, '1')},caf\u00e9\n")
            .Concat(Encoding.Latin1.GetBytes($"md5,{Hex(32, '2')},caf\u00e9\n"))
            .Concat(Encoding.UTF8.GetBytes($"md5,{Hex(32, '3')},ok\n"))
            .ToArray();

        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, bytes));

        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
        Assert.Equal(3, error.Line);
        Assert.Contains("(line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ZeroBytes_FailsWholeFileAsEmpty()
    {
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, Array.Empty<byte>()));
        Assert.Equal(HashListFileProblem.Empty, error.Problem);
    }

    [Fact]
    public async Task ReadAsync_Utf16File_FailsWholeFileAsWrongEncoding()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"kind,value\nmd5,{Hex(32, '1')}\n")).ToArray();
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, bytes));
        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
    }

    [Fact]
    public async Task ReadAsync_Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"kind,value\nmd5,{Hex(32, '1')}\n")).ToArray();

        var (records, report) = await ReadAllAsync(Read, bytes);

        Assert.Equal(Hex(32, '1'), Assert.Single(records).Value);
        Assert.Equal(0, report.BadRows);
    }

    [Theory]
    [InlineData("value,category\n")]
    [InlineData("# only a comment\n\n")]
    public async Task ReadAsync_NoUsableHeader_FailsWholeFileAsBadStructure(string csv)
    {
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, csv));
        Assert.Equal(HashListFileProblem.BadStructure, error.Problem);
    }

    [Fact]
    public async Task ReadAsync_OverlongRow_ReportedBadAndNextRowKept()
    {
        var csv = $"kind,value,note\nmd5,{Hex(32, '1')},{new string('x', 100_000)}\nmd5,{Hex(32, '2')},\n";

        var (records, report) = await ReadAllAsync(Read, csv);

        Assert.Equal(Hex(32, '2'), Assert.Single(records).Value);
        Assert.Equal(2, Assert.Single(report.Errors).Line);
    }

    [Fact]
    public async Task WriteThenRead_AllFields_RoundTrips()
    {
        HashListRecord[] original =
        [
            new() { Kind = HashListEntryKind.Pdq, Value = Hex(64, 'a'), Category = "c,1", AiGenerated = false, Source = "s\"q", Note = "n", Quality = 70 },
            new() { Kind = HashListEntryKind.ModelAutoV2, Value = Hex(10, 'b'), AiGenerated = true },
        ];

        var bytes = await WriteAsync((s, r) => CsvHashListWriter.WriteAsync(s, r), original);
        var (records, report) = await ReadAllAsync(Read, bytes);

        Assert.Equal(0, report.BadRows);
        Assert.Equal(original.Select(r => r with { Line = 0 }), records.Select(r => r with { Line = 0 }));
    }

    [Fact]
    public async Task ReadAsync_LargeGeneratedStream_CountsEveryRow()
    {
        const int Rows = 200_000;
        await using var stream = new GeneratedCsvStream(Rows);
        var report = new HashListReadReport();
        long count = 0;
        await foreach (var record in CsvHashListReader.ReadAsync(stream, report))
        {
            count += record.Kind == HashListEntryKind.Md5 ? 1 : 0;
        }

        Assert.Equal(Rows, count);
        Assert.Equal(Rows, report.GoodRows);
    }
}
