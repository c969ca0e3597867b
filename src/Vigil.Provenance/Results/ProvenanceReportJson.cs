using System.Text.Json;

namespace Vigil.Provenance.Results;

/// <summary>Writes a <see cref="ProvenanceReport"/> as one JSON object with snake_case field names.</summary>
public static class ProvenanceReportJson
{
    /// <summary>Serialises the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="includePrompt">Whether to include the declared prompt (and raw values that carry it).</param>
    /// <param name="indented">Pretty-print; false gives one line (JSON Lines).</param>
    public static string Write(ProvenanceReport report, bool includePrompt, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = indented }))
        {
            WriteReport(w, report, includePrompt);
        }

        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteReport(Utf8JsonWriter w, ProvenanceReport r, bool includePrompt)
    {
        w.WriteStartObject();
        w.WriteString("path", r.Path);
        w.WriteBoolean("ai_signal", r.AiSignal);
        w.WriteString("generator", r.Generator);
        w.WriteString("generator_version", r.GeneratorVersion);
        if (r.Model is { } m)
        {
            w.WriteStartObject("model");
            w.WriteString("name", m.Name);
            w.WriteString("hash", m.Hash);
            w.WriteString("hash_kind", m.HashKind);
            w.WriteString("version", m.Version);
            w.WriteString("loader_node", m.LoaderNode);
            w.WriteString("base", m.Base);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("model");
        }

        w.WriteStartArray("loras");
        foreach (var l in r.Loras)
        {
            w.WriteStartObject();
            w.WriteString("name", l.Name);
            WriteNullableNumber(w, "weight", l.Weight);

            w.WriteString("hash", l.Hash);
            w.WriteString("hash_kind", l.HashKind);
            WriteNullableNumber(w, "clip_weight", l.ClipWeight);
            w.WriteString("loader_node", l.LoaderNode);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("digital_source_type", r.DigitalSourceType);
        if (includePrompt)
        {
            w.WriteString("prompt", r.Prompt);
        }
        else
        {
            w.WriteString("prompt", r.Prompt is null ? null : "(hidden)");
        }

        WriteC2pa(w, r.C2pa);
        if (r.InvisibleWatermark is { } wm)
        {
            w.WriteStartObject("invisible_watermark");
            w.WriteString("scheme", wm.Scheme);
            w.WriteString("payload_hex", wm.PayloadHex);
            w.WriteNumber("bits_matched", wm.BitsMatched);
            w.WriteNumber("payload_bits", wm.PayloadBits);
            w.WriteString("meaning", wm.Meaning);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("invisible_watermark");
        }

        w.WriteStartArray("signals");
        foreach (var s in r.Signals)
        {
            w.WriteStartObject();
            w.WriteString("kind", s.Kind);
            w.WriteString("location", s.Location);
            w.WriteString("raw", includePrompt || !s.MayContainPrompt ? s.RawValue : "(hidden)");
            w.WriteString("strength", StrengthName(s.Strength));
            w.WriteBoolean("ai", s.IndicatesAi);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        if (r.Failure is { } f)
        {
            w.WriteStartObject("failure");
            w.WriteString("kind", f.Kind.ToString());
            w.WriteString("detail", f.Detail);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteC2pa(Utf8JsonWriter w, C2paReport c)
    {
        w.WriteStartObject("c2pa");
        w.WriteBoolean("present", c.Present);
        if (c.Present)
        {
            w.WriteString("container", c.Container);
            w.WriteString("active_manifest", c.ActiveManifest);
            w.WriteString("claim_generator", c.ClaimGenerator);
            w.WriteStartArray("claim_generator_info");
            foreach (var info in c.ClaimGeneratorInfo)
            {
                w.WriteStartObject();
                w.WriteString("name", info.Name);
                w.WriteString("version", info.Version);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (c.ClaimVersion is int claimVersion)
            {
                w.WriteNumber("claim_version", claimVersion);
            }

            w.WriteStartArray("actions");
            foreach (var a in c.Actions)
            {
                w.WriteStartObject();
                w.WriteString("action", a.Action);
                w.WriteString("digital_source_type", a.DigitalSourceType);
                w.WriteString("software_agent", a.SoftwareAgent);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ingredients");
            foreach (var i in c.Ingredients)
            {
                w.WriteStartObject();
                w.WriteString("title", i.Title);
                w.WriteString("format", i.Format);
                w.WriteString("relationship", i.Relationship);
                w.WriteString("instance_id", i.InstanceId);
                w.WriteString("manifest", i.ManifestLabel);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("manifests", c.Manifests.Count);
            w.WriteString("signature_alg", c.SignatureAlgorithm);
            w.WriteString("signer", c.Signer);
            w.WriteString("signer_organization", c.SignerOrganization);
            w.WriteString("signer_email", c.SignerEmail);
            WriteNullableBool(w, "signature_valid", c.SignatureValid);
            WriteNullableBool(w, "assertion_hashes_valid", c.AssertionHashesValid);
            WriteNullableBool(w, "data_hash_valid", c.DataHashValid);
            w.WriteString("hard_binding", c.HardBinding);
            w.WriteBoolean("trusted", c.Trusted);
            w.WriteStartArray("validation_codes");
            foreach (var code in c.ValidationCodes)
            {
                w.WriteStringValue(code);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double d)
        {
            w.WriteNumber(name, d);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullableBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is bool b)
        {
            w.WriteBoolean(name, b);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The strength as written in reports: <c>cryptographically verified</c>, <c>declared</c> or <c>hint</c>.</summary>
    /// <param name="strength">The strength.</param>
    public static string StrengthName(SignalStrength strength) => strength switch
    {
        SignalStrength.CryptographicallyVerified => "cryptographically verified",
        SignalStrength.Declared => "declared",
        _ => "hint",
    };
}
