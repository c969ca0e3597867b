using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Provenance;

public sealed class InspectCommandTests
{
    private static string Sample(string name) => SharedData.PathOf("provenance", "samples", name);

    private static List<JsonElement> Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public async Task Inspect_JsonFormat_WritesOneObjectPerFileWithPromptHidden()
    {
        var result = await CliRunner.RunAsync("inspect", Sample("a1111_lora.png"), Sample("control_plain.png"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var lines = Lines(result.StandardOutput);
        Assert.Equal(2, lines.Count);
        var a1111 = lines[0];
        Assert.True(a1111.GetProperty("ai_signal").GetBoolean());
        Assert.Equal("9861610ec6", a1111.GetProperty("model").GetProperty("hash").GetString());
        Assert.Equal(2, a1111.GetProperty("loras").GetArrayLength());
        Assert.Equal("(hidden)", a1111.GetProperty("prompt").GetString());
        Assert.DoesNotContain("wheat field", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(lines[1].GetProperty("ai_signal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("model").ValueKind);
    }

    [Fact]
    public async Task Inspect_ShowPrompt_IncludesThePrompt()
    {
        var result = await CliRunner.RunAsync("inspect", Sample("a1111_lora.png"), "--format", "json", "--show-prompt");

        var line = Assert.Single(Lines(result.StandardOutput));
        Assert.Contains("a red barn in a wheat field", line.GetProperty("prompt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_TrustAnchor_MakesTheTestSignerTrusted()
    {
        var without = await CliRunner.RunAsync("inspect", Sample("c2pa_ai_generated.jpg"), "--format", "json");
        var with = await CliRunner.RunAsync("inspect", Sample("c2pa_ai_generated.jpg"), "--format", "json", "--trust-anchor", Sample("c2pa_test_anchor.pem"));

        var c2paWithout = Assert.Single(Lines(without.StandardOutput)).GetProperty("c2pa");
        var c2paWith = Assert.Single(Lines(with.StandardOutput)).GetProperty("c2pa");
        Assert.False(c2paWithout.GetProperty("trusted").GetBoolean());
        Assert.True(c2paWith.GetProperty("trusted").GetBoolean());
        Assert.True(c2paWith.GetProperty("data_hash_valid").GetBoolean());
        Assert.Equal("SampleImageGen/2.1 provenance-fixtures/1.0", c2paWith.GetProperty("claim_generator").GetString());
        var info = Assert.Single(c2paWith.GetProperty("claim_generator_info").EnumerateArray());
        Assert.Equal(("SampleImageGen", "2.1"), (info.GetProperty("name").GetString(), info.GetProperty("version").GetString()));
        Assert.Equal(1, c2paWith.GetProperty("claim_version").GetInt32());
        Assert.Equal(0, c2paWith.GetProperty("ingredients").GetArrayLength());
    }

    [Fact]
    public async Task Inspect_Tampered_ShowsFailedDataHashInTheTable()
    {
        var result = await CliRunner.RunAsync("inspect", Sample("c2pa_ai_tampered.jpg"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hash:FAIL", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_SafetensorsFile_ReportsModelHashes()
    {
        using var folder = new TempFolder();
        var header = Encoding.UTF8.GetBytes("{\"__metadata__\":{\"ss_base_model_version\":\"sd_v1\"},\"lora_te_text_model.lora_up.weight\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}");
        var file = new byte[8 + header.Length + 4];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)header.Length);
        header.CopyTo(file, 8);
        var path = folder.File("field_light.safetensors");
        await File.WriteAllBytesAsync(path, file);

        var result = await CliRunner.RunAsync("inspect", path, "--format", "json");

        var line = Assert.Single(Lines(result.StandardOutput));
        var sha = Convert.ToHexStringLower(SHA256.HashData(file));
        Assert.Equal(sha, line.GetProperty("sha256").GetString());
        Assert.Equal(sha[..10], line.GetProperty("autov2").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.AsSpan(8 + header.Length))), line.GetProperty("autov3").GetString());
        Assert.Equal("sd_v1", line.GetProperty("base_model").GetString());
        Assert.True(line.GetProperty("looks_like_lora").GetBoolean());
    }

    [Fact]
    public async Task Inspect_MissingTrustAnchorFile_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("inspect", Sample("control_plain.png"), "--trust-anchor", Sample("expected.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--trust-anchor", result.StandardError, StringComparison.Ordinal);
    }
}
