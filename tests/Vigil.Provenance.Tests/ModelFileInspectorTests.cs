using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Vigil.Provenance.Models;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests;

public sealed class ModelFileInspectorTests
{
    private const string Header =
        "{\"__metadata__\":{\"ss_base_model_version\":\"sdxl_base_v1-0\",\"ss_output_name\":\"barn_style\"," +
        "\"ss_tag_frequency\":\"{\\\"10_barn\\\": {\\\"barn\\\": 12, \\\"wheat field\\\": 7, \\\"sky\\\": 3}, \\\"5_sea\\\": {\\\"sky\\\": 20}}\"}," +
        "\"lora_unet_down_blocks_0.lora_down.weight\":{\"dtype\":\"F16\",\"shape\":[4,4],\"data_offsets\":[0,32]}}";

    private static byte[] Safetensors(int dataLength)
    {
        var header = Encoding.UTF8.GetBytes(Header);
        var file = new byte[8 + header.Length + dataLength];
        BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)header.Length);
        header.CopyTo(file, 8);
        for (var i = 0; i < dataLength; i++)
        {
            file[8 + header.Length + i] = (byte)(i * 31 % 251);
        }

        return file;
    }

    [Fact]
    public async Task InspectAsync_Safetensors_ComputesAllFourHashes()
    {
        var file = Safetensors(0x120000);
        var headerEnd = 8 + Encoding.UTF8.GetByteCount(Header);

        var r = await ModelFileInspector.InspectAsync(new MemoryStream(file));

        var sha = Convert.ToHexStringLower(SHA256.HashData(file));
        Assert.Equal("safetensors", r.Format);
        Assert.Equal(sha, r.Sha256);
        Assert.Equal(sha[..10], r.AutoV2);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.AsSpan(0x100000, 0x10000)))[..8], r.AutoV1);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.AsSpan(headerEnd))), r.AutoV3);
    }

    [Fact]
    public async Task InspectAsync_SafetensorsMetadata_ReportsBaseModelAndTopTags()
    {
        var r = await ModelFileInspector.InspectAsync(new MemoryStream(Safetensors(64)));

        Assert.Equal("sdxl_base_v1-0", r.BaseModel);
        Assert.Equal(["sky", "barn", "wheat field"], r.TrainingTags);
        Assert.Equal("barn_style", r.Metadata["ss_output_name"]);
        Assert.True(r.LooksLikeLora);
        Assert.Equal(1, r.TensorCount);
    }

    [Fact]
    public async Task InspectAsync_SmallFile_AutoV1HashesTheEmptyRange()
    {
        var r = await ModelFileInspector.InspectAsync(new MemoryStream(Safetensors(16)));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([]))[..8], r.AutoV1);
    }

    [Fact]
    public async Task InspectAsync_PickleCheckpoint_HashesWithoutAutoV3()
    {
        var file = new byte[] { 0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E };

        var r = await ModelFileInspector.InspectAsync(new MemoryStream(file));

        Assert.Equal("pickle", r.Format);
        Assert.Null(r.AutoV3);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), r.Sha256);
    }

    [Fact]
    public async Task InspectAsync_HeaderLengthPastEnd_IsNotSafetensors()
    {
        var file = Safetensors(8);
        BinaryPrimitives.WriteUInt64LittleEndian(file, ulong.MaxValue / 2);

        var r = await ModelFileInspector.InspectAsync(new MemoryStream(file));

        Assert.Equal("unknown", r.Format);
        Assert.Null(r.AutoV3);
    }

    [Fact]
    public async Task InspectAsync_CorruptHeaderJson_ReportsFailureButStillHashes()
    {
        var file = Safetensors(8);
        file[9] = (byte)'x';

        var r = await ModelFileInspector.InspectAsync(new MemoryStream(file));

        Assert.Equal("safetensors: the header is not valid JSON", r.Failure);
        Assert.Equal(64, r.Sha256.Length);
    }

    [Fact]
    public async Task InspectAsync_Path_ReportsPath()
    {
        using var folder = new TempFolder();
        var path = folder.File("barn_style.safetensors");
        await File.WriteAllBytesAsync(path, Safetensors(32));

        var r = await ModelFileInspector.InspectAsync(path);

        Assert.Equal(path, r.Path);
        Assert.True(ModelFileInspector.IsModelFile(path));
    }
}
