using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Accounts;

/// <summary>Issues and checks API keys: <c>vgl_</c> + 43 base64url characters (256 random bits); only SHA-256 is stored.</summary>
public sealed class ApiKeyService(IApiKeyStore keys, TimeProvider time)
{
    public const string KeyPrefix = "vgl_";
    public const int MaxKeyLength = 100;

    public async Task<NewApiKey> CreateAsync(string name, ApiScopes scopes, CancellationToken cancellationToken)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > ApiKey.NameMaxLength)
        {
            throw new AccountException($"An API key name has 1..{ApiKey.NameMaxLength} characters.");
        }

        if (scopes == ApiScopes.None || (scopes & ~(ApiScopes.SubmitReports | ApiScopes.LookupHashes | ApiScopes.ManageLists)) != 0)
        {
            throw new AccountException("An API key needs at least one known scope (submit, lookup, lists).");
        }

        var secret = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey
        {
            Name = trimmed,
            Prefix = secret[..12],
            SecretHash = Hash(secret),
            Scopes = scopes,
            CreatedAt = time.GetUtcNow(),
        };
        await keys.AddAsync(key, cancellationToken);
        return new NewApiKey(key, secret);
    }

    /// <summary>The active key for a presented secret, or null.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > MaxKeyLength || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = await keys.FindBySecretHashAsync(Hash(presented), cancellationToken);
        return key is { RevokedAt: null } ? key : null;
    }

    public static ApiScopes ParseScopes(IEnumerable<string> names)
    {
        var scopes = ApiScopes.None;
        foreach (var name in names)
        {
            scopes |= name.Trim().ToLowerInvariant() switch
            {
                "submit" => ApiScopes.SubmitReports,
                "lookup" => ApiScopes.LookupHashes,
                "lists" => ApiScopes.ManageLists,
                _ => throw new AccountException($"Unknown scope '{name}'; use submit, lookup, lists."),
            };
        }

        return scopes;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
