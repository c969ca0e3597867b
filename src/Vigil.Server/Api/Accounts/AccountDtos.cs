namespace Vigil.Server.Api.Accounts;

public sealed record SignInRequest(string? UserName, string? Password, string? Code);

public sealed record CreateUserRequest(string? UserName, string? Role, string? Password);

public sealed record CreatedUserDto(string UserName, string Role, string? Password, string TotpUri);

public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes);

public sealed record CreatedApiKeyDto(long Id, string Name, string Key, IReadOnlyList<string> Scopes);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
