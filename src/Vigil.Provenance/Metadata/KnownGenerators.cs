namespace Vigil.Provenance.Metadata;

/// <summary>Names of generative tools as they appear in EXIF Software / XMP CreatorTool (hints only).</summary>
internal static class KnownGenerators
{
    private static readonly (string Needle, string Name)[] Names =
    [
        ("NovelAI", "NovelAI"),
        ("Fooocus", "Fooocus"),
        ("ComfyUI", "ComfyUI"),
        ("Stable Diffusion", "Stable Diffusion"),
        ("AUTOMATIC1111", "AUTOMATIC1111"),
        ("InvokeAI", "InvokeAI"),
        ("Midjourney", "Midjourney"),
        ("DALL-E", "DALL-E"),
        ("DALL·E", "DALL-E"),
        ("Adobe Firefly", "Adobe Firefly"),
        ("Imagen", "Imagen"),
        ("Leonardo.Ai", "Leonardo.Ai"),
        ("SD.Next", "SD.Next"),
    ];

    /// <summary>The generator a tool string names, or null.</summary>
    public static string? Match(string tool)
    {
        foreach (var (needle, name) in Names)
        {
            if (tool.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }
}
