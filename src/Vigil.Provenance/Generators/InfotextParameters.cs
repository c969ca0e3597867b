namespace Vigil.Provenance.Generators;

/// <summary>
/// Splits the parameter line of an A1111 infotext ("Steps: 20, Sampler: Euler, Hashes: {...}") into key/value
/// pairs. Quoted values keep their commas, and unquoted JSON values (<c>Hashes: {...}</c>,
/// <c>Civitai resources: [...]</c>) are read to their balanced closing bracket, so a comma inside them does
/// not split the value.
/// </summary>
internal static class InfotextParameters
{
    public static List<KeyValuePair<string, string>> Parse(string line)
    {
        var result = new List<KeyValuePair<string, string>>();
        var i = 0;
        while (i < line.Length && result.Count < 1000)
        {
            while (i < line.Length && (line[i] == ' ' || line[i] == ','))
            {
                i++;
            }

            var colon = line.IndexOf(':', i);
            if (colon < 0)
            {
                break;
            }

            var key = line[i..colon].Trim();
            i = colon + 1;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            var start = i;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                i = SkipString(line, i);
                value = Unquote(line[start..i]);
            }
            else if (i < line.Length && (line[i] == '{' || line[i] == '['))
            {
                i = SkipBalanced(line, i);
                value = line[start..i];
            }
            else
            {
                var comma = line.IndexOf(',', i);
                i = comma < 0 ? line.Length : comma;
                value = line[start..i].Trim();
            }

            if (key.Length > 0)
            {
                result.Add(new(key, value));
            }
        }

        return result;
    }

    /// <summary>Whether a line looks like A1111's parameter line (at least three <c>Key: value</c> pairs).</summary>
    public static bool LooksLikeParameters(string line) =>
        Parse(line).Count(p => p.Key.Length < 40 && !p.Key.Contains('<', StringComparison.Ordinal)) >= 3;

    private static int SkipString(string s, int i)
    {
        i++;
        while (i < s.Length && s[i] != '"')
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, s.Length);
    }

    private static int SkipBalanced(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '"')
            {
                i = SkipString(s, i);
                continue;
            }

            if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
                if (depth == 0)
                {
                    return i + 1;
                }
            }

            i++;
        }

        return s.Length;
    }

    private static string Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[^1] != '"')
        {
            return quoted.Trim('"');
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<string>(quoted) ?? quoted;
        }
        catch (System.Text.Json.JsonException)
        {
            return quoted[1..^1];
        }
    }
}
