using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Hosting;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Support;

/// <summary>The real Vigil server (Kestrel) on a free loopback port over a fresh test database.</summary>
internal sealed class ServerHost : IAsyncDisposable
{
    public const string TestPassword = "a long test password 1";

    private readonly bool _ownsDatabase;

    private ServerHost(TestDatabase database, WebApplication app, Uri address, bool ownsDatabase)
    {
        Database = database;
        App = app;
        Address = address;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    public string VaultFolder => Path.Combine(Database.DataFolder, "vault");

    public static async Task<ServerHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null) =>
        await StartOnAsync(await TestDatabase.CreateAsync(provider), null, settings, ownsDatabase: true, configure);

    /// <summary>A server on a database the caller prepared (e.g. with files already in its data folder); the server disposes it.</summary>
    public static Task<ServerHost> StartOnAsync(TestDatabase database) => StartOnAsync(database, null, null, ownsDatabase: true, null);

    /// <summary>Another node on an existing database, with its own data folder; the database outlives it.</summary>
    public static Task<ServerHost> StartNodeAsync(TestDatabase database, string dataFolder, IDictionary<string, string?> settings) =>
        StartOnAsync(database, dataFolder, settings, ownsDatabase: false, null);

    private static async Task<ServerHost> StartOnAsync(TestDatabase database, string? dataFolder, IDictionary<string, string?>? settings, bool ownsDatabase, Action<WebApplicationBuilder>? configure)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Vigil:DataFolder"] = dataFolder ?? database.DataFolder,
            ["Vigil:Database:Provider"] = database.Options.Provider.ToString(),
            ["Vigil:Database:ConnectionString"] = database.Options.ConnectionString,
            ["Vigil:Processing:PollInterval"] = "00:00:00.050",
            ["Vigil:Intake:MaxFileBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Vigil:Intake:MaxRequestBytes"] = (8 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = VigilServer.Build(["--urls", "http://127.0.0.1:0"], b =>
        {
            b.Configuration.AddInMemoryCollection(values);
            configure?.Invoke(b);
        });
        await VigilServer.PrepareAsync(app, TextWriter.Null, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServerHost(database, app, new Uri(address), ownsDatabase);
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    public HttpClient WithApiKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Creates a user of the role and returns a client signed in with password and TOTP.</summary>
    public async Task<HttpClient> SignedInAsync(Role role) => (await SignInNewUserAsync(role)).Client;

    /// <summary>Creates a user of the role (with <paramref name="password"/>, or one Vigil generates) and signs in; returns the client, the name and the password.</summary>
    public async Task<(HttpClient Client, string UserName, string Password)> SignInNewUserAsync(Role role, string? password = TestPassword)
    {
        var accounts = App.Services.GetRequiredService<AccountService>();
        var name = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..30];
        var created = await accounts.CreateAsync(name, role, password, default);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
        var code = Totp.Code(created.User.TotpSecret!, Totp.StepAt(TimeProvider.System.GetUtcNow()));
        var response = await client.PostAsJsonAsync("/api/session", new { userName = name, password = created.Password, code });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return (client, name, created.Password);
    }

    public async Task<string> ApiKeyAsync(ApiScopes scopes) =>
        (await App.Services.GetRequiredService<ApiKeyService>().CreateAsync("test platform", scopes, default)).Secret;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
