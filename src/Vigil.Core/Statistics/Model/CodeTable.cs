namespace Vigil.Core.Statistics.Model;

/// <summary>
/// The closed set of text codes for one enum, as written in assessment CSV files, the database and reports.
/// Codes are matched ordinally (case-sensitive): a file with an unknown code is a bad row, never a guess.
/// </summary>
public sealed class CodeTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _codes;

    /// <param name="codes">One code per enum value, in the enum's declaration order (values 0..n-1).</param>
    public CodeTable(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Length != Enum.GetValues<TEnum>().Length)
        {
            throw new ArgumentException($"{typeof(TEnum).Name} needs one code per value.", nameof(codes));
        }

        _codes = codes;
    }

    /// <summary>All codes, in enum order.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>All values, in enum order.</summary>
    public IReadOnlyList<TEnum> Values { get; } = Enum.GetValues<TEnum>();

    /// <summary>The code of <paramref name="value"/>.</summary>
    public string Format(TEnum value) => _codes[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>Parses a code; false when it is not one of the known codes.</summary>
    public bool TryParse(ReadOnlySpan<char> code, out TEnum value)
    {
        for (var i = 0; i < _codes.Length; i++)
        {
            if (code.SequenceEqual(_codes[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The codes joined for an error message.</summary>
    public string Describe() => string.Join('|', _codes);
}
