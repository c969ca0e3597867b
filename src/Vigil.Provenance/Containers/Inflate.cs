using System.IO.Compression;

namespace Vigil.Provenance.Containers;

/// <summary>Bounded zlib / gzip inflation: returns null on corrupt data or when the output would pass the cap.</summary>
internal static class Inflate
{
    public static byte[]? Zlib(ReadOnlySpan<byte> data, int cap) => Run(data, cap, s => new ZLibStream(s, CompressionMode.Decompress));

    public static byte[]? Gzip(ReadOnlySpan<byte> data, int cap) => Run(data, cap, s => new GZipStream(s, CompressionMode.Decompress));

    private static byte[]? Run(ReadOnlySpan<byte> data, int cap, Func<Stream, Stream> open)
    {
        try
        {
            using var input = new MemoryStream(data.ToArray(), writable: false);
            using var z = open(input);
            using var output = new MemoryStream();
            var buffer = new byte[16384];
            int n;
            while ((n = z.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > cap)
                {
                    return null;
                }

                output.Write(buffer, 0, n);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
