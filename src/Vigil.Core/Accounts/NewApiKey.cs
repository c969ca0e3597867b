namespace Vigil.Core.Accounts;

/// <summary>A created key; <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record NewApiKey(ApiKey Key, string Secret);
