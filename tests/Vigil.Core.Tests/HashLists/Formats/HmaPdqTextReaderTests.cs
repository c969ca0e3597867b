using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using static Vigil.Core.Tests.HashLists.Formats.FormatHarness;

namespace Vigil.Core.Tests.HashLists.Formats;

public sealed class HmaPdqTextReaderTests
{
    private static readonly Func<Stream, HashListReadReport, IAsyncEnumerable<HashListRecord>> Read =
        (s, r) => HmaPdqTextReader.ReadAsync(s, r);

    [Fact]
    public async Task ReadAsync_HashAndOptionalQuality_YieldsPdqRecords()
    {
        var text = $"{Hex(64, 'F')}\r\n\n# comment\n{Hex(64, '0')},87\n";

        var (records, report) = await ReadAllAsync(Read, text);

        Assert.Equal(2, report.GoodRows);
        Assert.Equal(new HashListRecord { Kind = HashListEntryKind.Pdq, Value = Hex(64, 'f'), Line = 1 }, records[0]);
        Assert.Equal(new HashListRecord { Kind = HashListEntryKind.Pdq, Value = Hex(64, '0'), Quality = 87, Line = 4 }, records[1]);
    }

    [Fact]
    public async Task ReadAsync_MalformedRows_ReportedWithLinesGoodRowsKept()
    {
        var text = $"{Hex(63, 'a')}\n{Hex(64, 'a')},101\n{Hex(64, 'a')},1,2\n{Hex(64, 'z')}\n{Hex(64, 'b')},50\n";

        var (records, report) = await ReadAllAsync(Read, text);

        Assert.Equal(Hex(64, 'b'), Assert.Single(records).Value);
        Assert.Equal([1L, 2, 3, 4], report.Errors.Select(e => e.Line));
        Assert.Contains("64 hex characters, got 63", report.Errors[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ZeroBytes_FailsWholeFileAsEmpty()
    {
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, Array.Empty<byte>()));
        Assert.Equal(HashListFileProblem.Empty, error.Problem);
    }

    [Fact]
    public async Task ReadAsync_NulBytesWithoutBom_FailsWholeFileAsWrongEncoding()
    {
        var bytes = System.Text.Encoding.BigEndianUnicode.GetBytes(Hex(64, 'a') + "\n");
        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAllAsync(Read, bytes));
        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
    }

    [Fact]
    public async Task WriteThenRead_PdqRecords_RoundTripOthersSkipped()
    {
        HashListRecord[] original =
        [
            new() { Kind = HashListEntryKind.Pdq, Value = Hex(64, 'c'), Quality = 100 },
            new() { Kind = HashListEntryKind.Md5, Value = Hex(32, 'c') },
            new() { Kind = HashListEntryKind.Pdq, Value = Hex(64, 'd') },
        ];

        var bytes = await WriteAsync(async (s, r) => Assert.Equal((2, 1), await HmaPdqTextWriter.WriteAsync(s, r)), original);
        var (records, _) = await ReadAllAsync(Read, bytes);

        Assert.Equal([original[0], original[2]], records.Select(r => r with { Line = 0 }));
    }
}
