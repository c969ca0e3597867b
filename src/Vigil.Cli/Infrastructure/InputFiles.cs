namespace Vigil.Cli.Infrastructure;

/// <summary>Expands file and folder arguments into a sorted list of files (folders recursively).</summary>
public static class InputFiles
{
    /// <summary>Throws <see cref="UsageException"/> for a path that does not exist.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = true,
                    AttributesToSkip = FileAttributes.ReparsePoint,
                    MatchType = MatchType.Simple,
                };
                var found = Directory.EnumerateFiles(path, "*", options).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                throw new UsageException($"no such file or folder: {path}");
            }
        }

        return files;
    }
}
