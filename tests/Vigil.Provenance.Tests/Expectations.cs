using System.Text.Json;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests;

/// <summary>The shared expected.json files, applying their matching rules.</summary>
internal static class Expectations
{
    private static readonly Lazy<JsonDocument> Samples = new(() => Load("samples"));
    private static readonly Lazy<JsonDocument> C2paRs = new(() => Load("c2pa-rs"));

    public static IEnumerable<object[]> SampleNames() => Names(Samples.Value);

    public static IEnumerable<object[]> C2paRsNames() => Names(C2paRs.Value);

    public static JsonElement Sample(string name) => Samples.Value.RootElement.GetProperty("files").GetProperty(name);

    public static JsonElement C2paRsFile(string name) => C2paRs.Value.RootElement.GetProperty("files").GetProperty(name);

    /// <summary>Names match case-insensitively; a file name also matches by its stem without folder or extension.</summary>
    public static bool NameMatches(string expected, string actual)
    {
        static string Stem(string n) => Path.GetFileNameWithoutExtension(n.Replace('\\', '/').Split('/')[^1]);
        return string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Stem(expected), Stem(actual), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Hashes compare as lowercase hex; the reader may report a longer prefix of the same hash.</summary>
    public static bool HashMatches(string expected, string? actual) =>
        actual is not null && actual.ToLowerInvariant().StartsWith(expected.ToLowerInvariant(), StringComparison.Ordinal);

    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool IsNull(this JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null;

    private static IEnumerable<object[]> Names(JsonDocument doc) =>
        doc.RootElement.GetProperty("files").EnumerateObject().Select(p => new object[] { p.Name });

    private static JsonDocument Load(string folder) =>
        JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("provenance", folder, "expected.json")));
}
