using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.HashLists.Formats;

/// <summary>Every format refuses a file that is not UTF-8 throughout, wherever the bad bytes sit and however reads split them.</summary>
public sealed class HashListFilesEncodingTests
{
    public static TheoryData<HashListFormat, int> FormatsAndChunks()
    {
        var data = new TheoryData<HashListFormat, int>();
        foreach (var format in Enum.GetValues<HashListFormat>())
        {
            foreach (var chunk in new[] { 1, 2, 3, 5, 1 << 16 })
            {
                data.Add(format, chunk);
            }
        }

        return data;
    }

    public static TheoryData<HashListFormat, string> FormatsAndBadBytes()
    {
        var data = new TheoryData<HashListFormat, string>();
        foreach (var format in Enum.GetValues<HashListFormat>())
        {
            // Latin-1 e-acute; a lone continuation byte; an overlong '/'; a surrogate encoded in UTF-8; a 4-byte
            // lead cut short by ASCII; a NUL byte (UTF-16 in part of the file).
            foreach (var bytes in new[] { "636166E9", "80", "C0AF", "EDA080", "F09F41", "00" })
            {
                data.Add(format, bytes);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndChunks))]
    public async Task Read_MultiByteTextSplitAcrossReads_ReadsEveryRow(HashListFormat format, int chunk)
    {
        var (bytes, _) = ListFiles.Build(format, 40, text: "caf\u00e9 \u20ac \U0001D11E \u00fcber");

        var (records, report) = await ReadAsync(format, bytes, chunk);

        Assert.Equal(40, records.Count);
        Assert.Equal(0, report.BadRows);
    }

    [Theory]
    [MemberData(nameof(FormatsAndBadBytes))]
    public async Task Read_InvalidBytesOnOneLine_FailsWholeFileNamingTheLine(HashListFormat format, string badHex)
    {
        foreach (var chunk in new[] { 1, 3, 1 << 16 })
        {
            var (bytes, badLine) = ListFiles.Build(format, 30, badRow: 17, badText: Convert.FromHexString(badHex));

            var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAsync(format, bytes, chunk));

            Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
            Assert.Equal(badLine, error.Line);
            Assert.Contains($"(line {badLine})", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(HashListFormat.Csv)]
    [InlineData(HashListFormat.HmaPdq)]
    public async Task Read_SequenceCutOffAtEndOfFile_FailsWholeFile(HashListFormat format)
    {
        var (bytes, _) = ListFiles.Build(format, 3);
        byte[] truncated = [.. bytes, .. "# \u20ac"u8[..^1]];

        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAsync(format, truncated, 2));

        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
    }

    [Fact]
    public async Task Read_InvalidBytesInsideSkippedVicsValue_FailsWholeFile()
    {
        byte[] bytes = [.. "{\"odata.metadata\":\"x/1.3.xml/$metadata#Cases\",\"value\":[{\"CaseID\":1,\"Title\":\"caf"u8, 0xE9, .. "\",\"Media\":[]}]}"u8];

        var error = await Assert.ThrowsAsync<HashListFormatException>(() => ReadAsync(HashListFormat.Vics, bytes, 1 << 16));

        Assert.Equal(HashListFileProblem.WrongEncoding, error.Problem);
        Assert.Equal(1, error.Line);
    }

    private static async Task<(List<HashListRecord> Records, HashListReadReport Report)> ReadAsync(HashListFormat format, byte[] bytes, int chunk)
    {
        var report = new HashListReadReport();
        var records = new List<HashListRecord>();
        await using var stream = new TrickleStream(bytes, chunk);
        await foreach (var record in HashListFiles.Read(format, stream, report, default))
        {
            records.Add(record);
        }

        return (records, report);
    }
}
