namespace Vigil.Core.Vault;

/// <summary>A private file in the <see cref="ScratchFolder"/>; deleted on dispose.</summary>
public sealed class ScratchFile : IDisposable
{
    internal ScratchFile(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
