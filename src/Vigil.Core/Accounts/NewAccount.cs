namespace Vigil.Core.Accounts;

/// <summary>A created user with the secrets shown once: the password (when generated) and the TOTP enrolment URI.</summary>
public sealed record NewAccount(User User, string Password, string TotpUri);
