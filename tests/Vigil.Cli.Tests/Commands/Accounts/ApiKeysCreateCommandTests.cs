using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Accounts;

public sealed partial class ApiKeysCreateCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_SubmitAndLookup_PrintsKeyOnceStoredOnlyAsHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CliDatabase.RunAsync(database, "apikeys", "create", "Partner hotline", "--scopes", "submit,lookup");

        Assert.Equal(0, result.ExitCode);
        var secret = KeyLine().Match(result.StandardOutput).Groups[1].Value;
        Assert.StartsWith(ApiKeyService.KeyPrefix, secret, StringComparison.Ordinal);
        await using var services = CliDatabase.Services(database);
        var key = await services.GetRequiredService<ApiKeyService>().AuthenticateAsync(secret, default);
        Assert.NotNull(key);
        Assert.Equal("Partner hotline", key.Name);
        Assert.Equal(ApiScopes.SubmitReports | ApiScopes.LookupHashes, key.Scopes);
        await using var context = database.CreateContext();
        var stored = await context.ApiKeys.AsNoTracking().SingleAsync();
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
        Assert.False(secret.Contains(stored.Prefix, StringComparison.Ordinal) && stored.Prefix.Length >= secret.Length);
    }

    [Fact]
    public async Task Create_UnknownScope_ExitCodeTwoAndNoKey()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await CliDatabase.RunAsync(database, "apikeys", "create", "x", "--scopes", "submit,delete");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown scope 'delete'", result.StandardError, StringComparison.Ordinal);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.ApiKeys.CountAsync());
    }

    [GeneratedRegex(@"  key: (\S+)")]
    private static partial Regex KeyLine();
}
