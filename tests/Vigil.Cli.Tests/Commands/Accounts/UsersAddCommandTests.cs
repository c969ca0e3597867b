using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Accounts;

public sealed partial class UsersAddCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_SeniorAnalyst_PrintsOneTimePasswordAndTotpUriThatSignIn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CliDatabase.RunAsync(database, "users", "add", "Dana", "--role", "senior-analyst");

        Assert.Equal(0, result.ExitCode);
        var password = PasswordLine().Match(result.StandardOutput).Groups[1].Value;
        var secret = SecretParameter().Match(result.StandardOutput).Groups[1].Value;
        Assert.NotEmpty(password);
        Assert.StartsWith("otpauth://totp/Vigil:dana?", TotpLine().Match(result.StandardOutput).Groups[1].Value, StringComparison.Ordinal);
        await using var services = CliDatabase.Services(database);
        var accounts = services.GetRequiredService<AccountService>();
        var user = await services.GetRequiredService<IUserStore>().FindAsync("dana", default);
        Assert.NotNull(user);
        Assert.Equal(Role.SeniorAnalyst, user.Role);
        Assert.True(user.MustChangePassword);
        Assert.DoesNotContain(password, user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(secret, Totp.Base32(user.TotpSecret!));
        var (outcome, _) = await accounts.SignInAsync("dana", password, Totp.Code(user.TotpSecret!, Totp.StepAt(TimeProvider.System.GetUtcNow())), default);
        Assert.Equal(SignInOutcome.Succeeded, outcome);
    }

    [Fact]
    public async Task Add_ExistingName_ExitCodeTwoNamingIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await CliDatabase.RunAsync(database, "users", "add", "sam", "--role", "auditor");

        var again = await CliDatabase.RunAsync(database, "users", "add", "sam", "--role", "analyst");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("password", again.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_UnknownRole_ExitCodeTwoListingTheRoles()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await CliDatabase.RunAsync(database, "users", "add", "sam", "--role", "superuser");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("senior-analyst", result.StandardError, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"one-time password: (\S+)")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(@"authenticator \(TOTP\) URI: (\S+)")]
    private static partial Regex TotpLine();

    [GeneratedRegex(@"secret=([A-Z2-7]+)")]
    private static partial Regex SecretParameter();
}
