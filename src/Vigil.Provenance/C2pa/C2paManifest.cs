using Vigil.Provenance.Cbor;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.C2pa;

/// <summary>One manifest's parsed parts: its claim (raw CBOR kept for signature checks), assertions and signature box.</summary>
internal sealed class C2paManifest
{
    public required string Label { get; init; }

    public required JumbfBox Box { get; init; }

    public JumbfBox? AssertionStore { get; init; }

    public CborMap? Claim { get; init; }

    public ReadOnlyMemory<byte> ClaimBytes { get; init; }

    public int ClaimVersion { get; init; }

    public JumbfBox? SignatureBox { get; init; }

    public List<C2paAction> Actions { get; } = [];

    public List<C2paGeneratorInfo> GeneratorInfo { get; } = [];

    public List<C2paIngredient> Ingredients { get; } = [];

    public string? ClaimGenerator { get; set; }

    public string? GeneratorName { get; set; }

    public string? GeneratorVersion { get; set; }

    public string? Title { get; set; }

    /// <summary>Finds an assertion superbox by label (labels may carry an <c>__N</c> instance suffix).</summary>
    public JumbfBox? Assertion(string label)
    {
        if (AssertionStore is null)
        {
            return null;
        }

        foreach (var c in AssertionStore.Children)
        {
            if (c.IsSuperbox && c.Label is { } l && (string.Equals(l, label, StringComparison.Ordinal) || l.StartsWith(label + "__", StringComparison.Ordinal)))
            {
                return c;
            }
        }

        return null;
    }

    public IEnumerable<JumbfBox> Assertions(Func<string, bool> labelMatches) =>
        AssertionStore?.Children.Where(c => c.IsSuperbox && c.Label is { } l && labelMatches(l)) ?? [];
}
