using System.Text;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using static Vigil.Core.Tests.HashLists.Formats.FormatHarness;

namespace Vigil.Core.Tests.HashLists.Formats;

public sealed class VicsJsonReaderTests
{
    private static readonly Func<Stream, HashListReadReport, IAsyncEnumerable<HashListRecord>> Read =
        (s, r) => VicsJsonReader.ReadAsync(s, r);

    [Fact]
    public async Task ReadAsync_Vics20Media_YieldsDigestsWithCategoryAndKeepsRecord()
    {
        var json = $$"""
            {
              "@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media",
              "value": [
                { "MediaID": 1, "Category": 2, "MD5": "{{Hex(32, 'A')}}", "SHA1": "{{Hex(40, 'B')}}", "MediaSize": 2835, "IsPrecategorized": "false" },
                { "MediaID": 2, "Category": 0, "MD5": "{{Hex(32, 'c')}}" }
              ]
            }
            """;

        var (records, report) = await ReadAllAsync(Read, json);

        Assert.Equal(2, report.GoodRows);
        Assert.Equal([(HashListEntryKind.Md5, Hex(32, 'a'), "2"), (HashListEntryKind.Sha1, Hex(40, 'b'), "2"), (HashListEntryKind.Md5, Hex(32, 'c'), "0")],
            records.Select(r => (r.Kind, r.Value, r.Category)));
        Assert.Contains("\"MediaSize\": 2835", records[0].Extra, StringComparison.Ordinal);
        Assert.Equal(4, records[0].Line);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public async Task ReadAsync_Vics13Cases_YieldsMediaInsideCases()
    {
        var json = $$"""
            {"odata.metadata":"http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml/$metadata#Cases",
             "value":[{"CaseID":"1","CaseNumber":"x","Contact":{"Name":"n"},"Media":[
               {"MediaID":1,"Category":1,"MD5":"{{Hex(32, '1')}}","SHA1":"{{Hex(40, '2')}}","MediaFiles":[{"FileName":"f"}]},
               {"MediaID":2,"Category":3,"SHA1":"{{Hex(40, '3')}}"}],"SourceApplicationName":"t"}]}
            """;

        var (records, report) = await ReadAllAsync(Read, json);

        Assert.Equal(2, report.GoodRows);
        Assert.Equal([Hex(32, '1'), Hex(40, '2'), Hex(40, '3')], records.Select(r => r.Value));
        Assert.Equal(["1", "1", "3"], records.Select(r => r.Category));
    }

    [Fact]
    public async Task ReadAsync_WrongHexLengthAndMissingDigest_ReportedGoodRecordsKept()
    {
        var json = $$"""
            {"@odata.context":"...#Media","value":[
            {"MediaID":1,"MD5":"{{Hex(30, 'a')}}","SHA1":"{{Hex(40, 'b')}}"},
            {"MediaID":2,"Category":1},
            {"MediaID":3,"MD5":"{{Hex(32, 'd')}}"}]}
            """;

        var (records, report) = await ReadAllAsync(Read, json);

        Assert.Equal(Hex(32, 'd'), Assert.Single(records).Value);
        Assert.Equal([2L, 3], report.Errors.Select(e => e.Line));
        Assert.Contains("MD5: a md5 value is 32 hex characters, got 30", report.Errors[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Latin1InsideOneRecord_FailsWholeFileNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes($"{{\"value\":[\n{{\"MD5\":\"{Hex(32, '1')}\",\"Note\":\"")
            .Concat(Encoding.Latin1.GetBytes("caf\u00e9"))
            .Concat(Encoding.UTF8.GetBytes($"\"}},\n{{\"MD5\":\"{Hex(32, '2')}\"}}]}}"))
            .ToArray();

        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, bytes));

        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("", HashListFileProblem.Empty)]
    [InlineData("{\"value\":[{\"MD5\":\"00\"", HashListFileProblem.BadJson)]
    [InlineData("{\"value\":[{\"MD5\" \"00\"}]}", HashListFileProblem.BadJson)]
    [InlineData("[{\"MD5\":\"00\"}]", HashListFileProblem.BadStructure)]
    [InlineData("{\"odata.count\":3}", HashListFileProblem.BadStructure)]
    [InlineData("{\"value\":{\"MD5\":\"00\"}}", HashListFileProblem.BadStructure)]
    [InlineData("{\"value\":[1,2]}", HashListFileProblem.BadStructure)]
    public async Task ReadAsync_BrokenFile_FailsWholeFileWithProblem(string json, HashListFileProblem problem)
    {
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, json));
        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public async Task ReadAsync_Utf16File_FailsWholeFileAsWrongEncoding()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"value\":[]}")).ToArray();
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, bytes));
        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
    }

    [Fact]
    public async Task ReadAsync_RecordLargerThanCap_FailsWholeFileAsRecordTooLarge()
    {
        var json = $"{{\"value\":[{{\"MD5\":\"{Hex(32, '1')}\",\"Pad\":\"{new string('x', 2 * 1024 * 1024)}\"}}]}}";
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, json));
        Assert.Equal(HashListFileProblem.RecordTooLarge, error.Problem);
    }

    [Fact]
    public async Task WriteThenRead_ManyRecordsAcrossBufferRefills_RoundTrip()
    {
        var original = Enumerable.Range(0, 20_000)
            .Select(i => new HashListRecord
            {
                Kind = i % 2 == 0 ? HashListEntryKind.Md5 : HashListEntryKind.Sha1,
                Value = i % 2 == 0 ? i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture) : i.ToString("x40", System.Globalization.CultureInfo.InvariantCulture),
                Category = (i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Append(new HashListRecord { Kind = HashListEntryKind.Pdq, Value = Hex(64, 'a') })
            .ToList();

        var bytes = await WriteAsync(async (s, r) => Assert.Equal((20_000, 1), await VicsJsonWriter.WriteAsync(s, r)), original);
        var (records, report) = await ReadAllAsync(Read, bytes);

        Assert.Equal(20_000, report.GoodRows);
        Assert.Equal(original.Take(20_000).Select(r => (r.Kind, r.Value, r.Category)), records.Select(r => (r.Kind, r.Value, r.Category)));
    }
}
