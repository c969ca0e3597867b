using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Support;

/// <summary>
/// The real server as a separate process (<c>dotnet Vigil.Server.dll</c>, built beside the tests) on a free loopback
/// port, configured through environment variables as an operator would, so a test can kill it with SIGKILL or run
/// two of them on one database.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private ServerProcess(ChildProcess process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public ChildProcess Process { get; }

    public Uri Address { get; }

    /// <summary>Settings for a server on <paramref name="database"/>: quick polling, and a short lease so a killed worker's job is taken over soon.</summary>
    public static Dictionary<string, string> SettingsFor(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Vigil:Database:Provider"] = database.Options.Provider.ToString(),
            ["Vigil:Processing:PollInterval"] = "00:00:00.050",
            ["Vigil:Processing:Lease"] = "00:00:03",
            ["Vigil:Processing:BaseBackoff"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (database.Options.ConnectionString is { } connectionString)
        {
            settings["Vigil:Database:ConnectionString"] = connectionString;
        }

        return settings;
    }

    public static async Task<ServerProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}"));
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal);
        var process = ChildProcess.StartDotnet(
            Path.Combine(AppContext.BaseDirectory, "Vigil.Server.dll"), ["--data", dataFolder, "--urls", address.ToString()], environment);
        try
        {
            await process.WaitForOkAsync(new Uri(address, "/health/ready"), TimeSpan.FromMinutes(3));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new ServerProcess(process, address);
    }

    /// <summary>An API key made directly in the database the servers share.</summary>
    public static async Task<string> ApiKeyAsync(TestDatabase database, ApiScopes scopes)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var services = new ServiceCollection().AddLogging().AddVigilPersistence(database.Options).BuildServiceProvider();
        return (await services.GetRequiredService<ApiKeyService>().CreateAsync("test platform", scopes, default)).Secret;
    }

    public HttpClient WithApiKey(string key)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
