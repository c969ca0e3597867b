using Vigil.Core.Accounts;
using Vigil.Persistence.Stores;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Accounts;

public sealed class AccountServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignInAsync_PasswordAndCurrentCode_SucceedsOnceThenRejectsReplay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var accounts = new AccountService(new UserStore(database.ContextFactory), time);
        var created = await accounts.CreateAsync("Alice", Role.Analyst, "correct horse battery", default);
        var code = Totp.Code(created.User.TotpSecret!, Totp.StepAt(time.GetUtcNow()));

        var first = await accounts.SignInAsync("alice", "correct horse battery", code, default);
        var replay = await accounts.SignInAsync("alice", "correct horse battery", code, default);

        Assert.Equal(SignInOutcome.Succeeded, first.Outcome);
        Assert.Equal(Role.Analyst, first.User!.Role);
        Assert.Equal(SignInOutcome.InvalidCode, replay.Outcome);
        Assert.StartsWith("otpauth://totp/Vigil:alice?secret=", created.TotpUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignInAsync_FiveWrongPasswords_LocksEvenTheRightOneUntilLockoutEnds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var accounts = new AccountService(new UserStore(database.ContextFactory), time);
        var created = await accounts.CreateAsync("bob", Role.Auditor, null, default);
        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < AccountService.MaxFailedSignIns; i++)
        {
            outcomes.Add((await accounts.SignInAsync("bob", "wrong password!", null, default)).Outcome);
        }

        var whileLocked = await accounts.SignInAsync("bob", created.Password, Totp.Code(created.User.TotpSecret!, Totp.StepAt(time.GetUtcNow())), default);
        time.Advance(AccountService.LockoutDuration + TimeSpan.FromMinutes(1));
        var after = await accounts.SignInAsync("bob", created.Password, Totp.Code(created.User.TotpSecret!, Totp.StepAt(time.GetUtcNow())), default);

        Assert.Equal(SignInOutcome.LockedOut, outcomes[^1]);
        Assert.All(outcomes[..^1], o => Assert.Equal(SignInOutcome.InvalidCredentials, o));
        Assert.Equal(SignInOutcome.LockedOut, whileLocked.Outcome);
        Assert.Equal(SignInOutcome.Succeeded, after.Outcome);
        Assert.True(after.User!.MustChangePassword);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateAsync_IssuedKey_FoundWithScopesAndOnlyHashStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = new ApiKeyService(new ApiKeyStore(database.ContextFactory), TimeProvider.System);

        var issued = await keys.CreateAsync("platform-a", ApiScopes.LookupHashes, default);
        var found = await keys.AuthenticateAsync(issued.Secret, default);

        Assert.NotNull(found);
        Assert.Equal(ApiScopes.LookupHashes, found.Scopes);
        Assert.Null(await keys.AuthenticateAsync(issued.Secret[..^1] + (issued.Secret[^1] == 'A' ? 'B' : 'A'), default));
        await using var context = database.CreateContext();
        var row = Assert.Single(context.ApiKeys);
        Assert.Equal(32, row.SecretHash.Length);
        Assert.DoesNotContain(issued.Secret[12..], row.Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseScopes_UnknownName_FailsNamingIt()
    {
        var ex = Assert.Throws<AccountException>(() => ApiKeyService.ParseScopes(["submit", "delete"]));

        Assert.Contains("'delete'", ex.Message, StringComparison.Ordinal);
    }
}
