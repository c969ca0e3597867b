namespace Vigil.TestSupport;

/// <summary>Benign generated images carrying AI-generator metadata the way the tools write it.</summary>
public static class GeneratedImages
{
    public const string ModelName = "landscapeModel_v1";

    /// <summary>The AutoV2 hash (first 10 hex of the model file's SHA-256) named in <see cref="A1111Png"/>.</summary>
    public const string ModelAutoV2 = "9861610ec6";

    public const string LoraName = "goldenHour_v3";

    /// <summary>The LoRA's AutoV3 hash (first 12 hex of its tensor-data SHA-256) as A1111's <c>Lora hashes</c> writes it.</summary>
    public const string LoraAutoV3 = "e4d7b2c1a9f3";

    /// <summary>The LoRA file's AutoV2 as Civitai's <c>Hashes</c> JSON writes it (<see cref="A1111PngWithCivitaiHashes"/>).</summary>
    public const string LoraAutoV2 = "a3b4c5d6e7";

    public const string Prompt = "a red barn in a green field, calm evening light <lora:goldenHour_v3:0.8>";

    /// <summary>A gradient PNG with an AUTOMATIC1111 <c>parameters</c> text chunk naming a model and a LoRA.</summary>
    public static byte[] A1111Png(int seed = 1) => Parameters(seed, $"Model hash: {ModelAutoV2}, Model: {ModelName}, Lora hashes: \"{LoraName}: {LoraAutoV3}\"");

    /// <summary>As <see cref="A1111Png"/>, with the hashes in Civitai's <c>Hashes</c> JSON (the LoRA by its file's AutoV2).</summary>
    public static byte[] A1111PngWithCivitaiHashes(int seed = 1) =>
        Parameters(seed, $"Model: {ModelName}, Hashes: {{\"model\": \"{ModelAutoV2}\", \"lora:{LoraName}\": \"{LoraAutoV2}\"}}");

    /// <summary>A model named by its full SHA-256 (Forge and some Civitai exports write the whole hash).</summary>
    public static byte[] A1111PngWithModelSha256(string sha256, int seed = 1) => Parameters(seed, $"Model hash: {sha256}, Model: {ModelName}");

    /// <summary>A model and the LoRA declared with the given hashes (any length) in <c>Model hash</c> and <c>Lora hashes</c>.</summary>
    public static byte[] A1111PngWithHashes(string modelHash, string loraHash, int seed = 1) =>
        Parameters(seed, $"Model hash: {modelHash}, Model: {ModelName}, Lora hashes: \"{LoraName}: {loraHash}\"");

    private static byte[] Parameters(int seed, string modelFields) => PngWriter.WithText(
        TestPng.GradientPng(64, 64, seed),
        "parameters",
        $"""
        {Prompt}
        Negative prompt: blurry
        Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: {seed}, Size: 64x64, {modelFields}, Version: v1.10.1
        """);
}
