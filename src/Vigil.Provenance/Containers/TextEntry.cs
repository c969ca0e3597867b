namespace Vigil.Provenance.Containers;

/// <summary>A key/value text record (PNG text chunk, JPEG comment) and where it was found.</summary>
internal sealed record TextEntry(string Key, string Value, string Location);
