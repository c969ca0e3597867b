namespace Vigil.Provenance.Tests;

public sealed class C2paFixtureTests
{
    public static IEnumerable<object[]> Fixtures => Expectations.C2paRsNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Inspect_C2paRsFixture_MatchesExpectation(string name)
    {
        var e = Expectations.C2paRsFile(name);
        var r = SampleFiles.Inspect(SampleFiles.C2paRs(name));

        Assert.Null(r.Failure);
        ExpectationAsserts.CommonFields(e, r);
        ExpectationAsserts.C2paFields(e.GetProperty("c2pa"), r);
        Assert.False(r.C2pa.Trusted);
        if (!name.StartsWith("ocsp", StringComparison.Ordinal))
        {
            Assert.Equal(e.Str("generator"), r.Generator);
        }
    }

    [Fact]
    public void Inspect_Ocsp_ReassemblesFiveSegmentsAndReadsTheIngredientManifest()
    {
        var c = Expectations.C2paRsFile("ocsp.jpg").GetProperty("c2pa");
        var r = SampleFiles.Inspect(SampleFiles.C2paRs("ocsp.jpg"));

        Assert.Equal("jpeg app11 (5 segments)", r.C2pa.Container);
        Assert.Equal(c.Str("active_manifest"), r.C2pa.ActiveManifest);
        var ingredient = Assert.Single(r.C2pa.Manifests, m => !m.IsActive);
        var expected = c.GetProperty("ingredient_manifest");
        Assert.Equal(expected.Str("label"), ingredient.Label);
        Assert.Equal(expected.Str("claim_generator"), ingredient.ClaimGenerator);
        Assert.Equal(expected.Str("title"), ingredient.Title);
        ExpectationAsserts.AssertActions(expected.GetProperty("actions"), ingredient.Actions);
        Assert.Contains("Photoshop", r.Generator, StringComparison.Ordinal);
        Assert.True(r.C2pa.DataHashValid);

        // The active manifest's c2pa.ingredient assertion points at that ingredient manifest.
        var used = Assert.Single(r.C2pa.Ingredients);
        Assert.Equal(
            new Results.C2paIngredient("ocsp.jpg", "image/jpeg", "componentOf", "xmp:iid:726ddd55-d57b-4b4e-9c81-d56e6389049d", expected.Str("label")),
            used);
        Assert.Contains(r.Signals, s => s.Kind == "c2pa.ingredient" && s.RawValue == "ocsp.jpg; image/jpeg; componentOf; xmp:iid:726ddd55-d57b-4b4e-9c81-d56e6389049d");
    }

    [Fact]
    public void Inspect_PatchedClaim_NothingIsReportedAsAttested()
    {
        var r = SampleFiles.Inspect(SampleFiles.C2paRs("E-sig-CA.jpg"));

        Assert.False(r.C2pa.SignatureValid);
        Assert.False(r.C2pa.Verified);
        Assert.DoesNotContain(r.Signals, s => s.Strength == Results.SignalStrength.CryptographicallyVerified);
    }
}
