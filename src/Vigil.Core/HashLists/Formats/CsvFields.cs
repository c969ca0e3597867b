using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Vigil.Core.HashLists.Formats;

/// <summary>RFC 4180 fields of one line (a quoted field may not span lines; such a row is reported bad).</summary>
internal static class CsvFields
{
    public static bool TrySplit(string line, List<string> fields, [NotNullWhen(false)] out string? error)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        error = "unterminated quoted field (fields may not span lines)";
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(line[i++]);
                }

                fields.Add(value.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    error = "text after a closing quote";
                    return false;
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var field = comma < 0 ? line[i..] : line[i..comma];
                if (field.Contains('"', StringComparison.Ordinal))
                {
                    error = "a quote inside an unquoted field";
                    return false;
                }

                fields.Add(field);
                i = comma < 0 ? line.Length : comma;
            }

            if (i >= line.Length)
            {
                error = null;
                return true;
            }

            i++; // the comma
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                error = null;
                return true;
            }
        }
    }

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
