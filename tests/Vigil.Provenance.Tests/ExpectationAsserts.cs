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
                // "AutoV2" or "AutoV2 (first 10 hex of file SHA-256)": the kind is the text before any explanation.
                Assert.Equal(kind.Split(" (")[0], r.Model.HashKind);
            }

            if (m.Str("version") is { } version)
            {
                Assert.Equal(version, r.Model.Version);
            }

            if (m.Str("loader_node") is { } node)
            {
                Assert.Equal(node, r.Model.LoaderNode);
            }

            if (m.Str("base") is { } modelBase)
            {
                Assert.Equal(modelBase, r.Model.Base);
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
            if (x.TryGetProperty("clip_weight", out var clip))
            {
                Assert.Equal(clip.GetDouble(), a.ClipWeight!.Value, 1e-6);
            }

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

        if (e.Str("creator_tool") is { } tool)
        {
            Assert.Equal([tool], r.Signals.Where(s => s.Kind == "xmp.creator_tool").Select(s => s.RawValue));
        }

        if (e.TryGetProperty("workflow_only_bypassed_loras", out var bypassed))
        {
            Assert.Equal(bypassed.EnumerateArray().Select(b => b.GetString()), r.Signals.Where(s => s.Kind == "comfyui.bypassed_lora").Select(s => s.RawValue));
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

        if (c.TryGetProperty("validation_codes", out var codes))
        {
            // Where the expectation lists the codes, it lists all of them.
            Assert.Equal(codes.EnumerateArray().Select(x => x.GetString()).Order(StringComparer.Ordinal), r.C2pa.ValidationCodes.Order(StringComparer.Ordinal));
        }

        Assert.Equal(ContainerOf(c.Str("container")!, r.C2pa.Container), r.C2pa.Container);
        if (c.Str("hard_binding") is { } binding)
        {
            Assert.Equal(binding, r.C2pa.HardBinding);
        }

        if (c.Str("active_manifest") is { } active)
        {
            Assert.Equal(active, r.C2pa.ActiveManifest);
        }

        if (c.TryGetProperty("claim_generator_info", out var info))
        {
            Assert.Equal(
                info.EnumerateArray().Select(i => new C2paGeneratorInfo(i.Str("name")!, i.Str("version"))),
                r.C2pa.ClaimGeneratorInfo);
        }

        if (sig.Str("signer") is { } signer)
        {
            // Written as "Organisation (e-mail)" of the signing certificate's subject.
            Assert.Equal(signer, $"{r.C2pa.SignerOrganization} ({r.C2pa.SignerEmail})");
        }
    }

    /// <summary>
    /// Our container name for the expectation's description of where the store is; ours adds the APP11 segment
    /// count when there is more than one, which the expectation names only for ocsp.jpg.
    /// </summary>
    private static string ContainerOf(string expected, string? actual) => expected switch
    {
        "jpeg app11, 5 segments to reassemble" => "jpeg app11 (5 segments)",
        "bmff top-level uuid box (purpose 'manifest')" => "bmff uuid",
        "jpeg app11" when actual is not null && actual.StartsWith("jpeg app11 (", StringComparison.Ordinal) && actual.EndsWith(" segments)", StringComparison.Ordinal) => actual,
        _ => expected,
    };

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
