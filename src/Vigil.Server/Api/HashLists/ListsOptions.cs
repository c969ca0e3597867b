namespace Vigil.Server.Api.HashLists;

/// <summary>Configuration section <c>Vigil:Lists</c>: upload limits of list imports and HMA content.</summary>
public sealed class ListsOptions
{
    public const string SectionName = "Vigil:Lists";

    /// <summary>Largest list file accepted by <c>POST /api/lists/{name}/import</c> (bytes).</summary>
    public long MaxImportBytes { get; set; } = 1024L * 1024 * 1024;

    public void Validate()
    {
        if (MaxImportBytes is < 1024 or > 64L * 1024 * 1024 * 1024)
        {
            throw new InvalidOperationException($"{SectionName}:MaxImportBytes must be 1 KiB..64 GiB.");
        }
    }
}
