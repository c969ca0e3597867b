using Vigil.Core.Statistics.Csv;

namespace Vigil.Statistics.Tests.Csv;

public sealed class BoundedCsvReaderTests
{
    private static async Task<List<(CsvReadStatus Status, long Line, string[] Fields, string Error)>> ReadAll(string text, CsvLimits? limits = null)
    {
        var reader = new BoundedCsvReader(new StringReader(text), limits ?? CsvLimits.Assessments);
        var fields = new List<string>();
        var results = new List<(CsvReadStatus, long, string[], string)>();
        CsvReadStatus status;
        while ((status = await reader.ReadAsync(fields, CancellationToken.None)) != CsvReadStatus.End)
        {
            results.Add((status, reader.LineNumber, fields.ToArray(), status == CsvReadStatus.Malformed ? reader.Error : string.Empty));
        }

        return results;
    }

    [Fact]
    public async Task ReadAsync_QuotedFieldsWithEscapedQuotesAndCommas_Unquotes()
    {
        var rows = await ReadAll("a,\"b,c\",\"say \"\"hi\"\"\",\r\n\"\",x\n");

        Assert.Equal(["a", "b,c", "say \"hi\"", ""], rows[0].Fields);
        Assert.Equal(["", "x"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public async Task ReadAsync_UnterminatedQuote_ReportsThatLineAndReadsTheNext()
    {
        var rows = await ReadAll("a,b\n\"open,c\nd,e\n");

        Assert.Equal(CsvReadStatus.Malformed, rows[1].Status);
        Assert.Equal(2, rows[1].Line);
        Assert.Contains("unterminated", rows[1].Error, StringComparison.Ordinal);
        Assert.Equal(["d", "e"], rows[2].Fields);
        Assert.Equal(3, rows[2].Line);
    }

    [Fact]
    public async Task ReadAsync_LineOverCap_ReportsAndResynchronises()
    {
        var limits = new CsvLimits(MaxLineLength: 16, MaxFieldLength: 16, MaxFields: 4);
        var rows = await ReadAll("ok,1\n" + new string('x', 100_000) + "\nok,2", limits);

        Assert.Equal(3, rows.Count);
        Assert.Equal(CsvReadStatus.Malformed, rows[1].Status);
        Assert.Contains("longer than 16", rows[1].Error, StringComparison.Ordinal);
        Assert.Equal(["ok", "2"], rows[2].Fields);
        Assert.Equal(3, rows[2].Line);
    }

    [Fact]
    public async Task ReadAsync_FieldOverCapOrTooManyFields_Malformed()
    {
        var limits = new CsvLimits(MaxLineLength: 100, MaxFieldLength: 4, MaxFields: 3);
        var rows = await ReadAll("abcde,1\n\"abcde\",1\n1,2,3,4\n", limits);

        Assert.All(rows, r => Assert.Equal(CsvReadStatus.Malformed, r.Status));
        Assert.Contains("more than 3 fields", rows[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_StrayQuotes_Malformed()
    {
        var rows = await ReadAll("a\"b,c\n\"a\"b,c\n");

        Assert.Contains("quote inside unquoted", rows[0].Error, StringComparison.Ordinal);
        Assert.Contains("after the closing quote", rows[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BlankLinesAndNoFinalNewline_SkipsBlanksKeepsLineNumbers()
    {
        var rows = await ReadAll("a\n\n\r\nb");

        Assert.Equal(2, rows.Count);
        Assert.Equal(4, rows[1].Line);
        Assert.Equal(["b"], rows[1].Fields);
    }
}
