namespace Vigil.Persistence.DataProtection;

/// <summary>One ASP.NET Core Data Protection key (XML), shared by every node on the database.</summary>
public sealed class DataProtectionKey
{
    public const int FriendlyNameMaxLength = 200;

    public long Id { get; set; }

    public string? FriendlyName { get; set; }

    /// <summary>The key's XML as Data Protection writes it.</summary>
    public string Xml { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
