using System.Text;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using static Vigil.Core.Tests.HashLists.Formats.FormatHarness;

namespace Vigil.Core.Tests.HashLists.Formats;

public sealed class HmaContentJsonWriterTests
{
    [Fact]
    public async Task WriteAsync_EnabledDisabledAndTimedEntries_WritesHmaBankContentShape()
    {
        var pdq = new HashListRecord { Kind = HashListEntryKind.Pdq, Value = Hex(64, 'a'), Note = "first" };
        var md5 = new HashListRecord { Kind = HashListEntryKind.Md5, Value = Hex(32, 'b') };
        (long, DateTimeOffset?, HashListRecord)[] entries =
        [
            (1, null, pdq),
            (2, HmaDisableUntil.Forever, md5),
            (3, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000), md5 with { Value = Hex(32, 'c') }),
        ];

        await using var stream = new MemoryStream();
        var written = await HmaContentJsonWriter.WriteAsync(stream, "PARTNER", 0.5, entries.ToAsyncEnumerable());

        Assert.Equal(3, written);
        Assert.Equal(
            "[" +
            $$"""{"id":1,"disable_until_ts":1,"original_media_uri":null,"bank":{"name":"PARTNER","matching_enabled_ratio":0.5},"signals":{"pdq":"{{Hex(64, 'a')}}"},"note":"first"},""" +
            $$$"""{"id":2,"disable_until_ts":0,"original_media_uri":null,"bank":{"name":"PARTNER","matching_enabled_ratio":0.5},"signals":{"md5":"{{{Hex(32, 'b')}}}"}},""" +
            $$$"""{"id":3,"disable_until_ts":1800000000,"original_media_uri":null,"bank":{"name":"PARTNER","matching_enabled_ratio":0.5},"signals":{"md5":"{{{Hex(32, 'c')}}}"}}""" +
            "]",
            Encoding.UTF8.GetString(stream.ToArray()));

        stream.Position = 0;
        var report = new HashListReadReport();
        var read = await HmaContentJsonReader.ReadAsync(stream, report).ToListAsync();
        Assert.Equal(["first", null, null], read.Select(r => r.Note));
        Assert.Equal([Hex(64, 'a'), Hex(32, 'b'), Hex(32, 'c')], read.Select(r => r.Value));
    }
}
