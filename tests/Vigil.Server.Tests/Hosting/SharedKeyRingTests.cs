using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Hosting;

/// <summary>Data Protection keys on PostgreSQL live in the database: a cookie from one node signs in on another.</summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task SignInOnNodeA_CookieSentToNodeB_Accepted()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        using var folderA = new TempFolder();
        using var folderB = new TempFolder();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Vigil:Vault:Backend"] = "Database",
            ["Vigil:Vault:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        await using var nodeA = await ServerHost.StartNodeAsync(database, folderA.Path, settings);
        await using var nodeB = await ServerHost.StartNodeAsync(database, folderB.Path, settings);
        using var analyst = await nodeA.SignedInAsync(Role.Analyst);

        using var onA = await analyst.GetAsync(new Uri(nodeA.Address, "/api/reports"));
        using var onB = await analyst.GetAsync(new Uri(nodeB.Address, "/api/reports"));
        using var anonymous = nodeB.Anonymous();
        using var anonymousOnB = await anonymous.GetAsync(new Uri("/api/reports", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousOnB.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(folderA.Path, "keys")));
        await using var context = database.CreateContext();
        var keys = await context.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);

        // At rest the key material is sealed with the vault master key, never plain XML a database reader could use.
        Assert.All(keys, xml =>
        {
            Assert.Contains("vigilEncryptedKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}
