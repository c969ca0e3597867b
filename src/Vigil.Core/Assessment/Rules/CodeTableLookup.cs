namespace Vigil.Core.Assessment.Rules;

/// <summary>A small closed code list for the rule table (ordinal, case-sensitive).</summary>
internal sealed class CodeTableLookup<T>(params (string Code, T Value)[] entries)
{
    public bool TryParse(ReadOnlySpan<char> code, out T value)
    {
        foreach (var (c, v) in entries)
        {
            if (code.SequenceEqual(c))
            {
                value = v;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
