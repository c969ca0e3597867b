using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Vigil.Core.Accounts;

/// <summary>Creates users and checks sign-ins: password (ASP.NET Core PasswordHasher), TOTP, lockout.</summary>
public sealed class AccountService(IUserStore users, TimeProvider time)
{
    public const int MaxFailedSignIns = 5;
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 256;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<User> _hasher = new();

    /// <summary>Creates a user with a TOTP secret; generates a password when none is given.</summary>
    public async Task<NewAccount> CreateAsync(string userName, Role role, string? password, CancellationToken cancellationToken)
    {
        var name = NormaliseName(userName);
        if (password is not null && password.Length < MinPasswordLength)
        {
            throw new AccountException($"The password must have at least {MinPasswordLength} characters.");
        }

        if (await users.FindAsync(name, cancellationToken) is not null)
        {
            throw new AccountException($"A user named '{name}' already exists.");
        }

        var secret = password ?? GeneratePassword();
        var user = new User
        {
            UserName = name,
            Role = role,
            TotpSecret = Totp.NewSecret(),
            MustChangePassword = password is null,
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = _hasher.HashPassword(user, secret);
        await users.AddAsync(user, cancellationToken);
        return new NewAccount(user, secret, Totp.ProvisioningUri("Vigil", name, user.TotpSecret));
    }

    /// <summary>Checks password and TOTP code; counts failures and locks the account after <see cref="MaxFailedSignIns"/>.</summary>
    public async Task<(SignInOutcome Outcome, User? User)> SignInAsync(string userName, string password, string? code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = userName.Length is > 0 and <= User.UserNameMaxLength ? await users.FindAsync(userName.Trim().ToLowerInvariant(), cancellationToken) : null;
        if (user is null || user.Disabled)
        {
            // Hash anyway so an unknown name takes as long as a wrong password.
            _hasher.VerifyHashedPassword(new User(), DummyHash, password);
            return (SignInOutcome.InvalidCredentials, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return (SignInOutcome.LockedOut, null);
        }

        var outcome = SignInOutcome.Succeeded;
        if (_hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            outcome = SignInOutcome.InvalidCredentials;
        }
        else if (user.TotpSecret is not null)
        {
            var step = code is null ? null : Totp.Match(user.TotpSecret, code, now);
            if (step is null || step <= user.TotpLastStep)
            {
                outcome = SignInOutcome.InvalidCode;
            }
            else
            {
                user.TotpLastStep = step;
            }
        }

        if (outcome == SignInOutcome.Succeeded)
        {
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            await users.UpdateAsync(user, cancellationToken);
            return (outcome, user);
        }

        user.FailedSignIns++;
        if (user.FailedSignIns >= MaxFailedSignIns)
        {
            user.LockedUntil = now.Add(LockoutDuration);
            user.FailedSignIns = 0;
            outcome = SignInOutcome.LockedOut;
        }

        await users.UpdateAsync(user, cancellationToken);
        return (outcome, null);
    }

    /// <summary>
    /// Replaces a user's password after checking the current one; the new one needs
    /// <see cref="MinPasswordLength"/>..<see cref="MaxPasswordLength"/> characters and must differ from the current
    /// one. Clears <see cref="User.MustChangePassword"/>. A wrong current password counts as a failed sign-in (towards
    /// the lockout) and returns false; a new password against the policy throws <see cref="AccountException"/>.
    /// </summary>
    public async Task<bool> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(currentPassword);
        ArgumentNullException.ThrowIfNull(newPassword);
        var user = await users.FindAsync(NormaliseName(userName), cancellationToken);
        if (user is null || user.Disabled)
        {
            throw new AccountException("The account does not exist or is disabled.");
        }

        if (_hasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            if (++user.FailedSignIns >= MaxFailedSignIns)
            {
                user.LockedUntil = time.GetUtcNow().Add(LockoutDuration);
                user.FailedSignIns = 0;
            }

            await users.UpdateAsync(user, cancellationToken);
            return false;
        }

        CheckNewPassword(currentPassword, newPassword);
        user.PasswordHash = _hasher.HashPassword(user, newPassword);
        user.MustChangePassword = false;
        user.FailedSignIns = 0;
        await users.UpdateAsync(user, cancellationToken);
        return true;
    }

    /// <summary>The password policy for a change: length in range and not the current password.</summary>
    public static void CheckNewPassword(string currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(newPassword);
        if (newPassword.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            throw new AccountException($"The new password must have {MinPasswordLength}..{MaxPasswordLength} characters.");
        }

        if (string.Equals(newPassword, currentPassword, StringComparison.Ordinal))
        {
            throw new AccountException("The new password must differ from the current one.");
        }
    }

    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User(), "not-a-real-password-0");

    public static string NormaliseName(string userName)
    {
        var name = (userName ?? string.Empty).Trim().ToLowerInvariant();
        if (name.Length is 0 or > User.UserNameMaxLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new AccountException($"A user name has 1..{User.UserNameMaxLength} characters from a-z, 0-9, '.', '-', '_'.");
        }

        return name;
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}
