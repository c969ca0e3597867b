using System.Text.Json;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Tests;

/// <summary>Asserts the fields every expectation entry carries.</summary>
internal static class ExpectationAsserts
{
    public static void CommonFields(JsonElement e, ProvenanceReport r)
    {
        Assert.Equal(e.GetProperty("ai_signal").GetBoolean(), r.AiSignal);
        Assert.Equal(e.Str("digital_source_type"), r.DigitalSourceType);

        if (e.IsNull("model"))
        {
            Assert.Null(r.Model);
        }
        else
        {
            var m = e.GetProperty("model");
            Assert.NotNull(r.Model);
            Assert.True(Expectations.NameMatches(m.Str("name")!, r.Model.Name), $"model {r.Model.Name}");
            if (m.IsNull("hash"))
            {
                Assert.Null(r.Model.Hash);
            }
            else
            {
                Assert.True(Expectations.HashMatches(m.Str("hash")!, r.Model.Hash), $"model hash {r.Model.Hash}");
            }

            if (m.Str("hash_kind") is { } kind)
            {
                Assert.StartsWith(r.Model.HashKind!, kind, StringComparison.Ordinal);
            }
        }

        var loras = e.GetProperty("loras").EnumerateArray().ToList();
        Assert.Equal(loras.Count, r.Loras.Count);
        for (var i = 0; i < loras.Count; i++)
        {
            var x = loras[i];
            var a = r.Loras[i];
            Assert.True(Expectations.NameMatches(x.Str("name")!, a.Name), $"lora {a.Name}");
            Assert.Equal(x.GetProperty("weight").GetDouble(), a.Weight!.Value, 1e-6);
            if (x.IsNull("hash"))
            {
                Assert.Null(a.Hash);
            }
            else
            {
                Assert.True(Expectations.HashMatches(x.Str("hash")!, a.Hash), $"lora hash {a.Hash}");
            }
        }

        if (e.IsNull("invisible_watermark"))
        {
            Assert.Null(r.InvisibleWatermark);
        }

        if (e.TryGetProperty("prompt_contains", out var pc))
        {
            if (pc.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(r.Prompt);
            }
            else
            {
                Assert.Contains(pc.GetString()!, r.Prompt, StringComparison.Ordinal);
            }
        }

        var c = e.GetProperty("c2pa");
        Assert.Equal(c.GetProperty("present").GetBoolean(), r.C2pa.Present);
        if (r.AiSignal)
        {
            Assert.Contains(r.Signals, s => s.IndicatesAi);
        }
        else
        {
            Assert.DoesNotContain(r.Signals, s => s.IndicatesAi);
        }
    }

    public static void C2paFields(JsonElement c, ProvenanceReport r)
    {
        Assert.True(r.C2pa.Present);
        Assert.Equal(c.Str("claim_generator"), r.C2pa.ClaimGenerator);
        if (c.TryGetProperty("manifests", out var n))
        {
            Assert.Equal(n.GetInt32(), r.C2pa.Manifests.Count);
        }

        AssertActions(c.GetProperty("actions"), r.C2pa.Actions);
        var sig = c.GetProperty("signature");
        Assert.Equal(sig.GetProperty("valid").GetBoolean(), r.C2pa.SignatureValid);
        Assert.Equal(sig.Str("alg"), r.C2pa.SignatureAlgorithm);
        if (sig.Str("signer_cn") is { } cn)
        {
            Assert.Equal(cn, r.C2pa.Signer);
        }

        if (c.Str("data_hash") is { } dataHash)
        {
            Assert.Equal(string.Equals(dataHash, "match", StringComparison.Ordinal), r.C2pa.DataHashValid);
        }

        foreach (var code in c.TryGetProperty("validation_codes", out var codes) ? codes.EnumerateArray() : default)
        {
            Assert.Contains(code.GetString()!, r.C2pa.ValidationCodes);
        }
    }

    public static void AssertActions(JsonElement expected, IReadOnlyList<C2paAction> actual)
    {
        var list = expected.EnumerateArray().ToList();
        Assert.Equal(list.Count, actual.Count);
        for (var i = 0; i < list.Count; i++)
        {
            Assert.Equal(list[i].Str("action"), actual[i].Action);
            Assert.Equal(list[i].Str("digitalSourceType"), actual[i].DigitalSourceType);
            Assert.Equal(list[i].Str("softwareAgent"), actual[i].SoftwareAgent);
        }
    }
}
