using System.Security.Cryptography;

namespace Vigil.Core.Vault;

/// <summary>Loads the 256-bit master key from configuration, or from the key file, creating the file (mode 0600) at first start.</summary>
public static class VaultMasterKey
{
    public const int Length = 32;

    public static byte[] Load(VaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return Decode(options.MasterKey, $"{VaultOptions.SectionName}:MasterKey");
        }

        if (string.IsNullOrWhiteSpace(options.KeyFile))
        {
            throw new InvalidOperationException($"{VaultOptions.SectionName}:KeyFile or {VaultOptions.SectionName}:MasterKey must be set.");
        }

        if (File.Exists(options.KeyFile))
        {
            return Decode(File.ReadAllText(options.KeyFile).Trim(), options.KeyFile);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.KeyFile))!);
        var key = RandomNumberGenerator.GetBytes(Length);
        var fileOptions = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Options = FileOptions.WriteThrough,
        };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(options.KeyFile, fileOptions);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(options.KeyFile))
        {
            // Another process created it first: use theirs.
            return Decode(File.ReadAllText(options.KeyFile).Trim(), options.KeyFile);
        }

        return key;
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"The vault master key in {source} is not base64.", ex);
        }

        return key.Length == Length ? key : throw new InvalidOperationException($"The vault master key in {source} has {key.Length} bytes; 32 are required.");
    }
}
