using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests;

/// <summary>Runs `vigil` against a test database (SQLite in its folder, or PostgreSQL through the environment, as an operator would).</summary>
public static class CliDatabase
{
    public static Dictionary<string, string> Environment(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["Vigil__Database__Provider"] = database.Options.Provider.ToString() };
        if (database.Options.ConnectionString is { } connectionString)
        {
            environment["Vigil__Database__ConnectionString"] = connectionString;
        }

        return environment;
    }

    public static Task<CliRunner.Result> RunAsync(TestDatabase database, params string[] arguments) =>
        CliRunner.RunWithEnvironmentAsync(Environment(database), ["--data", database.DataFolder, .. arguments]);

    /// <summary>The services `vigil` itself composes over the test database's data folder (same vault key file).</summary>
    public static ServiceProvider Services(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Environment(database).Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddVigilStorage(VigilStorageSettings.Read(configuration, database.DataFolder)).BuildServiceProvider();
    }
}
