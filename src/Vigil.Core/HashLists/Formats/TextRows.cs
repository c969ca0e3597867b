using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Vigil.Core.HashLists.Formats;

/// <summary>Strict decoding of one text row: a row that is not UTF-8 (a Latin-1 row in a UTF-8 file) is a bad row.</summary>
internal static class TextRows
{
    public static bool TryDecode(ReadOnlySpan<byte> line, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? error)
    {
        text = null;
        if (!Utf8.IsValid(line))
        {
            error = "the row is not valid UTF-8 (mixed encodings?)";
            return false;
        }

        if (line.Contains((byte)0))
        {
            error = "the row contains a NUL byte";
            return false;
        }

        text = Encoding.UTF8.GetString(line);
        error = null;
        return true;
    }

    public static bool IsBlankOrComment(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed[0] == '#';
    }
}
