using System.Text;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;

namespace Vigil.Core.Tests.HashLists.Formats;

/// <summary>Runs a streaming reader to the end over bytes and collects what it yielded and reported.</summary>
internal static class FormatHarness
{
    public static async Task<(List<HashListRecord> Records, HashListReadReport Report)> ReadAllAsync(
        Func<Stream, HashListReadReport, IAsyncEnumerable<HashListRecord>> reader, byte[] bytes)
    {
        var report = new HashListReadReport();
        var records = new List<HashListRecord>();
        await using var stream = new MemoryStream(bytes, writable: false);
        await foreach (var record in reader(stream, report))
        {
            records.Add(record);
        }

        return (records, report);
    }

    public static Task<(List<HashListRecord> Records, HashListReadReport Report)> ReadAllAsync(
        Func<Stream, HashListReadReport, IAsyncEnumerable<HashListRecord>> reader, string text) =>
        ReadAllAsync(reader, Encoding.UTF8.GetBytes(text));

    public static async Task<byte[]> WriteAsync(Func<Stream, IAsyncEnumerable<HashListRecord>, Task> writer, IEnumerable<HashListRecord> records)
    {
        await using var stream = new MemoryStream();
        await writer(stream, records.ToAsyncEnumerable());
        return stream.ToArray();
    }

    public static string Hex(int length, char fill) => new(fill, length);
}
