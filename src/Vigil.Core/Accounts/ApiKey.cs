namespace Vigil.Core.Accounts;

/// <summary>A platform's or partner's key; only the SHA-256 of the secret is stored.</summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;

    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The public prefix shown in lists (first characters of the key), not secret.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>SHA-256 of the whole key text (the key has 256 bits of entropy, so no slow hash is needed).</summary>
    public byte[] SecretHash { get; set; } = [];

    public ApiScopes Scopes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
