using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Hosting;

/// <summary>Two server processes, each with its own data folder, on one PostgreSQL database (the test script always provides one).</summary>
public sealed class TwoNodeTests
{
    private const int ReportsPerNode = 6;
    private const int FilesPerReport = 3;

    [Fact]
    public async Task TwoNodes_SharedQueue_EveryJobDoneOnceByBoth()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        using var folderA = new TempFolder();
        using var folderB = new TempFolder();
        var settings = ServerProcess.SettingsFor(database);
        settings["Vigil:Vault:Backend"] = "Database";
        settings["Vigil:Vault:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var key = await ServerProcess.ApiKeyAsync(database, ApiScopes.SubmitReports);
        var nodes = await Task.WhenAll(ServerProcess.StartAsync(folderA.Path, settings), ServerProcess.StartAsync(folderB.Path, settings));
        await using var nodeA = nodes[0];
        await using var nodeB = nodes[1];
        using var clientA = nodeA.WithApiKey(key);
        using var clientB = nodeB.WithApiKey(key);

        // Every report shares one image with the report of the same index on the other node: submitted to both at
        // once, it must still become one item, hashed once.
        var distinct = 0;
        var submissions = new List<Task<HttpResponseMessage>>();
        for (var r = 0; r < ReportsPerNode; r++)
        {
            var shared = TestPng.GradientPng(1024, 768, 1000 + r);
            distinct++;
            foreach (var client in new[] { clientA, clientB })
            {
                var own = Enumerable.Range(0, FilesPerReport - 1).Select(_ => TestPng.GradientPng(1024, 768, distinct++)).ToList();
                submissions.Add(client.PostAsync(new Uri("/api/reports", UriKind.Relative), Submissions.Images([shared, .. own])));
            }
        }

        var responses = await Task.WhenAll(submissions);
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        await QueueState.WaitAllProcessedAsync(database, distinct, TimeSpan.FromMinutes(5));

        await QueueState.AssertEachItemProcessedOnceAsync(database, distinct);
        await using var context = database.CreateContext();
        var workers = await context.ProcessingRecords.Select(p => p.WorkerId).ToListAsync();
        var processes = workers.Select(w => string.Join(':', w.Split(':')[..2])).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { nodeA.Process.Id, nodeB.Process.Id }.Select(id => $"{Environment.MachineName}:{id}").Order(StringComparer.Ordinal),
            processes);
        Assert.Equal(ReportsPerNode * 2 * FilesPerReport, await context.Sightings.CountAsync());
        Assert.Equal(distinct, await context.VaultBlobs.CountAsync());
        Assert.Equal(ReportsPerNode * 2, await context.Reports.CountAsync(r => r.Status == Vigil.Core.Reports.ReportStatus.Processed));
        Assert.True((await AuditOfAsync(database, settings)).IsValid);
    }

    private static async Task<AuditVerification> AuditOfAsync(TestDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        using var folder = new TempFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        await using var services = new ServiceCollection().AddLogging().AddVigilStorage(VigilStorageSettings.Read(configuration, folder.Path)).BuildServiceProvider();
        return await services.GetRequiredService<IAuditLog>().VerifyAsync(default);
    }
}
