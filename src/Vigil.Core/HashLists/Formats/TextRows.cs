using System.Text;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Decoding of one text row. The bytes were checked by <see cref="Utf8StreamValidator"/> as they were read (invalid
/// UTF-8 or NUL anywhere fails the whole file), so decoding cannot fail here.
/// </summary>
internal static class TextRows
{
    public static string Decode(ReadOnlySpan<byte> line) => Encoding.UTF8.GetString(line);

    public static bool IsBlankOrComment(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed[0] == '#';
    }
}
