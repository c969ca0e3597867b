namespace Vigil.Core.Accounts;

/// <summary>API keys (storage seam).</summary>
public interface IApiKeyStore
{
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    Task<ApiKey?> FindBySecretHashAsync(byte[] secretHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);
}
