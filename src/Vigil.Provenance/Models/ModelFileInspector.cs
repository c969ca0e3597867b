using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;

namespace Vigil.Provenance.Models;

/// <summary>
/// Hashes model files the ways model-sharing sites and A1111 name them (SHA-256, AutoV1, AutoV2, AutoV3) in one
/// pass and reads a safetensors header's metadata. Pickle-based checkpoints are only hashed, never unpickled.
/// </summary>
public static class ModelFileInspector
{
    private const long AutoV1Offset = 0x100000;
    private const int AutoV1Length = 0x10000;
    private const int MaxTrainingTags = 20;

    /// <summary>Whether a path has a model-file extension (.safetensors, .ckpt, .pt, .pth, .bin).</summary>
    /// <param name="path">A file path.</param>
    public static bool IsModelFile(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".safetensors" or ".ckpt" or ".pt" or ".pth" or ".bin";

    /// <summary>Inspects a model file on disk.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops hashing between blocks.</param>
    public static async Task<ModelFileReport> InspectAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var report = await InspectAsync(stream, cancellationToken);
        report.Path = path;
        return report;
    }

    /// <summary>Inspects a readable, seekable stream from its start.</summary>
    /// <param name="stream">The model bytes.</param>
    /// <param name="cancellationToken">Stops hashing between blocks.</param>
    public static async Task<ModelFileReport> InspectAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var report = new ModelFileReport { Size = stream.Length };
        var head = new byte[8];
        var headLength = await stream.ReadAtLeastAsync(head, 8, throwOnEndOfStream: false, cancellationToken);
        stream.Position = 0;

        long tensorDataStart = -1;
        if (headLength == 8 && BinaryPrimitives.ReadUInt64LittleEndian(head) is var n && n > 1 && n <= (ulong)ProvenanceLimits.MaxSafetensorsHeaderBytes && (long)n <= stream.Length - 8)
        {
            var header = new byte[(int)n];
            stream.Position = 8;
            await stream.ReadExactlyAsync(header, cancellationToken);
            stream.Position = 0;
            if (header[0] == (byte)'{')
            {
                report.Format = "safetensors";
                tensorDataStart = 8 + (long)n;
                SafetensorsHeader.Read(header, report);
            }
        }

        if (report.Format == "unknown" && headLength >= 2)
        {
            report.Format = head[0] == (byte)'P' && head[1] == (byte)'K' ? "pytorch-zip" : head[0] == 0x80 ? "pickle" : "unknown";
        }

        using var full = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var v1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var v3 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        long pos = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var block = buffer.AsSpan(0, read);
            full.AppendData(block);
            AppendRange(v1, block, pos, AutoV1Offset, AutoV1Offset + AutoV1Length);
            if (tensorDataStart >= 0)
            {
                AppendRange(v3, block, pos, tensorDataStart, long.MaxValue);
            }

            pos += read;
        }

        report.Sha256 = Convert.ToHexStringLower(full.GetHashAndReset());
        report.AutoV1 = Convert.ToHexStringLower(v1.GetHashAndReset())[..8];
        report.AutoV3 = tensorDataStart >= 0 ? Convert.ToHexStringLower(v3.GetHashAndReset()) : null;
        return report;
    }

    // Appends the part of a block (at file offset blockStart) that lies inside [from, to).
    private static void AppendRange(IncrementalHash hash, ReadOnlySpan<byte> block, long blockStart, long from, long to)
    {
        var start = Math.Max(from, blockStart);
        var end = Math.Min(to, blockStart + block.Length);
        if (end > start)
        {
            hash.AppendData(block.Slice((int)(start - blockStart), (int)(end - start)));
        }
    }

    /// <summary>Reads the JSON header of a safetensors file.</summary>
    private static class SafetensorsHeader
    {
        public static void Read(byte[] header, ModelFileReport report)
        {
            try
            {
                using var doc = JsonDocument.Parse(header, new JsonDocumentOptions { MaxDepth = ProvenanceLimits.MaxJsonDepth });
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    report.Failure = "safetensors: the header is not a JSON object";
                    return;
                }

                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    if (string.Equals(p.Name, "__metadata__", StringComparison.Ordinal))
                    {
                        ReadMetadata(p.Value, report);
                        continue;
                    }

                    report.TensorCount++;
                    report.LooksLikeLora |= p.Name.Contains("lora_", StringComparison.Ordinal) || p.Name.Contains(".lora_down", StringComparison.Ordinal)
                        || p.Name.Contains("lora_A", StringComparison.Ordinal) || p.Name.StartsWith("lycoris_", StringComparison.Ordinal);
                }
            }
            catch (JsonException)
            {
                report.Failure = "safetensors: the header is not valid JSON";
            }
        }

        private static void ReadMetadata(JsonElement meta, ModelFileReport report)
        {
            if (meta.ValueKind != JsonValueKind.Object)
            {
                report.WarningList.Add("safetensors: __metadata__ is not an object");
                return;
            }

            foreach (var p in meta.EnumerateObject().Take(ProvenanceLimits.MaxChunks))
            {
                if (p.Value.ValueKind == JsonValueKind.String)
                {
                    report.MetadataMap[p.Name] = ProvenanceLimits.Clip(p.Value.GetString()!);
                }
            }

            string? Get(string k) => report.MetadataMap.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
            report.BaseModel = Get("modelspec.architecture") ?? Get("ss_base_model_version") ?? Get("ss_sd_model_name");
            if (meta.TryGetProperty("ss_tag_frequency", out var tf) && tf.ValueKind == JsonValueKind.String)
            {
                report.TrainingTags = TopTags(tf.GetString()!, report);
            }
        }

        // ss_tag_frequency is a JSON string: {"dataset folder": {"tag": count, ...}, ...}.
        private static List<string> TopTags(string json, ModelFileReport report)
        {
            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ProvenanceLimits.MaxJsonDepth });
                var counts = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var set in doc.RootElement.EnumerateObject())
                {
                    foreach (var tag in set.Value.ValueKind == JsonValueKind.Object ? set.Value.EnumerateObject() : default)
                    {
                        if (tag.Value.TryGetInt64(out var c))
                        {
                            counts[tag.Name.Trim()] = counts.GetValueOrDefault(tag.Name.Trim()) + c;
                        }
                    }
                }

                return [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxTrainingTags).Select(kv => kv.Key)];
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                report.WarningList.Add("safetensors: ss_tag_frequency is not valid JSON");
                return [];
            }
        }
    }
}
