namespace Vigil.TestSupport;

/// <summary>Finds the read-only ../shared folder beside the checkout (or $VIGIL_SHARED) and the repository root.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root (the folder holding Vigil.slnx).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared folder.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("VIGIL_SHARED") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>A path inside the shared folder; fails the test clearly when the folder is missing.</summary>
    public static string PathOf(params string[] parts)
    {
        var path = Path.Combine([Folder, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Shared test data missing: {path}. Tests need ../shared beside the checkout (or VIGIL_SHARED).");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Vigil.slnx not found above the test binaries.");
    }
}
