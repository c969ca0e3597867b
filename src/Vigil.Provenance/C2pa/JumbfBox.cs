namespace Vigil.Provenance.C2pa;

/// <summary>
/// One ISO/IEC 19566-5 JUMBF box. A superbox (<c>jumb</c>) has a description (label, type UUID) and children;
/// a content box (<c>cbor</c>, <c>json</c>, <c>bidb</c>, ...) has a payload.
/// </summary>
internal sealed class JumbfBox
{
    public required string Type { get; init; }

    /// <summary>The whole box including its LBox/TBox(/XLBox) header.</summary>
    public required ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>The box contents after the header.</summary>
    public required ReadOnlyMemory<byte> Payload { get; init; }

    public string? Label { get; set; }

    public byte[]? ContentTypeUuid { get; set; }

    public List<JumbfBox> Children { get; } = [];

    public bool IsSuperbox => string.Equals(Type, "jumb", StringComparison.Ordinal);

    public JumbfBox? Child(string label)
    {
        foreach (var c in Children)
        {
            if (c.IsSuperbox && string.Equals(c.Label, label, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The first content box of the given type (e.g. <c>cbor</c>).</summary>
    public JumbfBox? Content(string type)
    {
        foreach (var c in Children)
        {
            if (string.Equals(c.Type, type, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }
}
