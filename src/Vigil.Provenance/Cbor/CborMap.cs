namespace Vigil.Provenance.Cbor;

/// <summary>A decoded CBOR map, in file order. Keys are strings, longs or other decoded items.</summary>
internal sealed class CborMap
{
    public List<KeyValuePair<object?, object?>> Entries { get; } = [];

    public object? this[string key] => TryGet(key, out var v) ? v : null;

    public bool TryGet(string key, out object? value)
    {
        foreach (var e in Entries)
        {
            if (e.Key is string s && string.Equals(s, key, StringComparison.Ordinal))
            {
                value = e.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public bool TryGet(long key, out object? value)
    {
        foreach (var e in Entries)
        {
            if (e.Key is long l && l == key)
            {
                value = e.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public string? GetString(string key) => this[key] as string;

    public CborMap? GetMap(string key) => this[key] as CborMap;

    public List<object?>? GetArray(string key) => this[key] as List<object?>;

    public byte[]? GetBytes(string key) => this[key] as byte[];

    public long? GetInteger(string key) => this[key] as long?;
}
