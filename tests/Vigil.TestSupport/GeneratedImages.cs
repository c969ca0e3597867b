namespace Vigil.TestSupport;

/// <summary>Benign generated images carrying AI-generator metadata the way the tools write it.</summary>
public static class GeneratedImages
{
    public const string ModelName = "landscapeModel_v1";

    /// <summary>The AutoV2 hash (first 10 hex of the model file's SHA-256) named in <see cref="A1111Png"/>.</summary>
    public const string ModelAutoV2 = "9861610ec6";

    public const string LoraName = "goldenHour_v3";

    /// <summary>The LoRA's AutoV3 hash (first 12 hex of its tensor-data SHA-256) as A1111 writes it.</summary>
    public const string LoraAutoV3 = "e4d7b2c1a9f3";

    public const string Prompt = "a red barn in a green field, calm evening light <lora:goldenHour_v3:0.8>";

    /// <summary>A gradient PNG with an AUTOMATIC1111 <c>parameters</c> text chunk naming a model and a LoRA.</summary>
    public static byte[] A1111Png(int seed = 1) => PngWriter.WithText(
        TestPng.GradientPng(64, 64, seed),
        "parameters",
        $"""
        {Prompt}
        Negative prompt: blurry
        Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: {seed}, Size: 64x64, Model hash: {ModelAutoV2}, Model: {ModelName}, Lora hashes: "{LoraName}: {LoraAutoV3}", Version: v1.10.1
        """);
}
