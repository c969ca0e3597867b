using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core.HashLists.Formats;

namespace Vigil.TestSupport;

/// <summary>
/// Small list files in every import format, one record per line, each with a neutral free-text field (a CSV note,
/// a VICS or HMA JSON note, a comment line in HMA PDQ text). One line's text can be replaced by raw bytes, to make
/// files that mix encodings.
/// </summary>
public static class ListFiles
{
    /// <summary>A distinct PDQ value (64 hex) per seed.</summary>
    public static string Hex64(int seed) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(seed)));

    /// <summary>
    /// A file of <paramref name="rows"/> records in <paramref name="format"/>; record <paramref name="badRow"/>'s text
    /// is <paramref name="badText"/> (raw bytes, e.g. Latin-1) instead of UTF-8. Returns the bytes and the 1-based
    /// line that holds the bad text (0 when <paramref name="badRow"/> is -1).
    /// </summary>
    public static (byte[] Bytes, long BadLine) Build(HashListFormat format, int rows, int badRow = -1, byte[]? badText = null, string text = "caf\u00e9 \u20ac note")
    {
        var lines = new List<byte[]>();
        long badLine = 0;
        void Line(string before, int row, string after)
        {
            var middle = row == badRow ? badText ?? [] : Encoding.UTF8.GetBytes(text);
            if (row == badRow)
            {
                badLine = lines.Count + 1;
            }

            lines.Add([.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)]);
        }

        switch (format)
        {
            case HashListFormat.Csv:
                lines.Add(Encoding.UTF8.GetBytes("kind,value,note"));
                for (var i = 0; i < rows; i++)
                {
                    Line($"pdq,{Hex64(i)},", i, string.Empty);
                }

                break;
            case HashListFormat.HmaPdq:
                for (var i = 0; i < rows; i++)
                {
                    Line("# ", i, string.Empty);
                    lines.Add(Encoding.UTF8.GetBytes(Hex64(i)));
                }

                break;
            case HashListFormat.Vics:
                lines.Add(Encoding.UTF8.GetBytes("{\"@odata.context\":\"https://example.org/2.0.xml/Default/$metadata#Media\",\"value\":["));
                for (var i = 0; i < rows; i++)
                {
                    Line(string.Create(CultureInfo.InvariantCulture, $"{{\"MediaID\":{i},\"Category\":1,\"MD5\":\"{Hex64(i)[..32]}\",\"Note\":\""), i, i < rows - 1 ? "\"}," : "\"}");
                }

                lines.Add(Encoding.UTF8.GetBytes("]}"));
                break;
            case HashListFormat.HmaJson:
                lines.Add(Encoding.UTF8.GetBytes("["));
                for (var i = 0; i < rows; i++)
                {
                    Line(string.Create(CultureInfo.InvariantCulture, $"{{\"id\":{i + 1},\"signals\":{{\"pdq\":\"{Hex64(i)}\"}},\"note\":\""), i, i < rows - 1 ? "\"}," : "\"}");
                }

                lines.Add(Encoding.UTF8.GetBytes("]"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }

        return ([.. lines.SelectMany(l => l.Append((byte)'\n'))], badLine);
    }
}
