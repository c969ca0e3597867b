using Vigil.Core.HashLists;

namespace Vigil.Core.Tests.HashLists;

public sealed class HashValuesTests
{
    [Theory]
    [InlineData("model-autov3", HashListEntryKind.ModelAutoV3)]
    [InlineData("AutoV3", HashListEntryKind.ModelAutoV3)]
    [InlineData("model-autov1", HashListEntryKind.ModelAutoV1)]
    [InlineData("autov1", HashListEntryKind.ModelAutoV1)]
    [InlineData("autov2", HashListEntryKind.ModelAutoV2)]
    public void TryParseKind_ModelKindNames_Parse(string text, HashListEntryKind expected)
    {
        Assert.True(HashValues.TryParseKind(text, out var kind));
        Assert.Equal(expected, kind);
        Assert.True(HashValues.TryParseKind(HashValues.Name(kind), out var again));
        Assert.Equal(kind, again);
    }

    [Theory]
    [InlineData(HashListEntryKind.ModelAutoV3, 12, true)]
    [InlineData(HashListEntryKind.ModelAutoV3, 64, true)]
    [InlineData(HashListEntryKind.ModelAutoV3, 10, false)]
    [InlineData(HashListEntryKind.ModelAutoV1, 8, true)]
    [InlineData(HashListEntryKind.ModelAutoV1, 10, false)]
    [InlineData(HashListEntryKind.ModelAutoV2, 12, false)]
    public void TryNormalize_ModelKinds_AcceptOnlyTheirLengths(HashListEntryKind kind, int length, bool valid)
    {
        var ok = HashValues.TryNormalize(kind, new string('A', length), out var value, out var error);

        Assert.Equal(valid, ok);
        Assert.Equal(valid ? new string('a', length) : null, value);
        Assert.Equal(valid, error is null);
    }

    [Fact]
    public void TryNormalize_ShortAutoV3Error_NamesBothLengths()
    {
        HashValues.TryNormalize(HashListEntryKind.ModelAutoV3, "abc", out _, out var error);

        Assert.Equal("a model-autov3 value is 12 or 64 hex characters, got 3", error);
    }
}
