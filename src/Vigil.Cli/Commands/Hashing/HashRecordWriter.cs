using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Core.Hashing;
using Vigil.Media.Sniffing;

namespace Vigil.Cli.Commands.Hashing;

/// <summary>Writes `vigil hash` results as table, JSON Lines or CSV. Field names are the documented contract.</summary>
public sealed class HashRecordWriter(TextWriter output, HashOutputFormat format, bool dihedral)
{
    private static readonly string[] CsvColumns = ["path", "media_type", "width", "height", "md5", "sha1", "sha256", "pdq", "pdq_quality"];

    public async Task WriteHeaderAsync()
    {
        switch (format)
        {
            case HashOutputFormat.Csv:
                var columns = dihedral ? [.. CsvColumns, "pdq_dihedral", "error"] : CsvColumns.Append("error");
                await output.WriteLineAsync(string.Join(',', columns));
                break;
            case HashOutputFormat.Table:
                await output.WriteLineAsync($"{"TYPE",-6}{"SIZE",-12}{"Q",4}  {"PDQ",-64}  {"SHA256",-64}  PATH");
                break;
            default:
                break;
        }
    }

    public Task WriteAsync(string path, FileHashResult result) => format switch
    {
        HashOutputFormat.Jsonl => output.WriteLineAsync(ToJson(path, result)),
        HashOutputFormat.Csv => output.WriteLineAsync(ToCsv(path, result)),
        _ => output.WriteLineAsync(ToTableRow(path, result)),
    };

    public static string MediaType(MediaKind kind) => kind switch
    {
        MediaKind.Image => "image",
        MediaKind.Video => "video",
        _ => "other",
    };

    private string ToJson(string path, FileHashResult r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteString("media_type", MediaType(r.Kind));
            WriteNumberOrNull(json, "width", r.Width);
            WriteNumberOrNull(json, "height", r.Height);
            if (r.Digests is { } d)
            {
                json.WriteString("md5", d.Md5);
                json.WriteString("sha1", d.Sha1);
                json.WriteString("sha256", d.Sha256);
            }

            if (r.Pdq is { } pdq)
            {
                json.WriteString("pdq", pdq.Hash.ToString());
                json.WriteNumber("pdq_quality", pdq.Quality);
            }

            if (dihedral && r.Dihedral is { } dh)
            {
                json.WriteStartArray("pdq_dihedral");
                foreach (var h in dh.Hashes)
                {
                    json.WriteStringValue(h.ToString());
                }

                json.WriteEndArray();
            }

            if (r.Video is { } video)
            {
                VideoHashJson.Write(json, video);
            }

            if (r.Error is not null)
            {
                json.WriteString("error", r.Error);
                json.WriteString("error_code", r.ErrorCode);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private string ToCsv(string path, FileHashResult r)
    {
        var fields = new List<string?>
        {
            path,
            MediaType(r.Kind),
            r.Width?.ToString(CultureInfo.InvariantCulture),
            r.Height?.ToString(CultureInfo.InvariantCulture),
            r.Digests?.Md5,
            r.Digests?.Sha1,
            r.Digests?.Sha256,
            r.Pdq?.Hash.ToString(),
            r.Pdq?.Quality.ToString(CultureInfo.InvariantCulture),
        };
        if (dihedral)
        {
            fields.Add(r.Dihedral is { } dh ? string.Join(' ', dh.Hashes) : null);
        }

        fields.Add(r.Error);
        return string.Join(',', fields.Select(Quote));
    }

    private static string ToTableRow(string path, FileHashResult r)
    {
        var size = r.Width is { } w && r.Height is { } h ? $"{w}x{h}" : "-";
        var quality = r.Pdq?.Quality.ToString(CultureInfo.InvariantCulture) ?? "-";
        var pdq = r.Error is not null ? $"error ({r.ErrorCode})"
            : r.Video is { } video ? $"vpdq: {video.Features.Count} frames of {video.FramesDecoded}"
            : r.Pdq?.Hash.ToString() ?? "-";
        var sha = r.Digests?.Sha256 ?? "-";
        return $"{MediaType(r.Kind),-6}{size,-12}{quality,4}  {pdq,-64}  {sha,-64}  {path}";
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Quote(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
