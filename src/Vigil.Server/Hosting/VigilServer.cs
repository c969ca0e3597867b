using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.Matching;
using Vigil.Core.Processing;
using Vigil.Core.Statistics;
using Vigil.Core.Provenance;
using Vigil.Core.Vault;
using Vigil.Media.Previews;
using Vigil.Persistence;
using Vigil.Persistence.DataProtection;
using Vigil.Persistence.Migrations;
using Vigil.Persistence.Vault;
using Vigil.Server.Api.Accounts;
using Vigil.Server.Api.Audit;
using Vigil.Server.Api.HashLists;
using Vigil.Server.Api.Health;
using Vigil.Server.Api.Items;
using Vigil.Server.Api.Matching;
using Vigil.Server.Api.Processing;
using Vigil.Server.Api.Reports;
using Vigil.Server.Api.Statistics;
using Vigil.Server.Errors;
using Vigil.Server.Security;
using Vigil.Server.Ui;
using Vigil.Server.Ui.Accounts;
using Vigil.Server.Ui.Statistics;
using Vigil.Server.Ui.Workspace;

namespace Vigil.Server.Hosting;

/// <summary>
/// Builds Vigil's web host: configuration (appsettings, <c>VIGIL_</c> environment variables, <c>--data</c>,
/// <c>--urls</c>), one registration and one endpoint group per capability. Tests build the same host.
/// </summary>
public static class VigilServer
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddEnvironmentVariables("VIGIL_");
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(StringComparer.Ordinal) { ["--data"] = "Vigil:DataFolder" });
        // SQL text at Information is noise (and never needed to operate); Vigil's own events carry ids.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        // Privacy: ASP.NET Core's hosting, routing and result loggers print each request's path with its query
        // string (GET /h/hash?url=...), redirect targets and endpoint values at Information and Debug, and reports'
        // URLs and file names must never reach a log. The framework speaks only at Warning and up; RequestLog
        // writes the access log with route templates and ids. Registered after the configuration's rules, so a
        // "Microsoft.AspNetCore" level in appsettings cannot lower it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configure?.Invoke(builder);

        var config = builder.Configuration;
        var (dataFolder, database, vault) = VigilStorageSettings.Read(config);
        Directory.CreateDirectory(dataFolder);
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var processing = config.GetSection(ProcessingOptions.SectionName).Get<ProcessingOptions>() ?? new ProcessingOptions();
        var provenance = config.GetSection(ProvenanceSettings.SectionName).Get<ProvenanceSettings>() ?? new ProvenanceSettings();
        var matching = config.GetSection(MatchingOptions.SectionName).Get<MatchingOptions>() ?? new MatchingOptions();
        var intake = config.GetSection(IntakeOptions.SectionName).Get<IntakeOptions>() ?? new IntakeOptions();
        intake.Validate();
        var lists = config.GetSection(ListsOptions.SectionName).Get<ListsOptions>() ?? new ListsOptions();
        var workspace = config.GetSection(WorkspaceOptions.SectionName).Get<WorkspaceOptions>() ?? new WorkspaceOptions();

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = intake.MaxRequestBytes);
        builder.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = intake.MaxRequestBytes);
        builder.Services.AddSingleton(intake);

        // Decrypted media go to disk only in the data folder's private scratch folder (ScratchFolder), never the
        // system temp folder. ASP.NET Core would spool form file parts over 64 KiB to its own temp folder (where a
        // killed process leaves them); they stay in memory instead, bounded by the request size limit.
        builder.Services.AddSingleton(ScratchFolder.In(dataFolder));
        builder.Services.Configure<FormOptions>(o => o.MemoryBufferThreshold = (int)Math.Min(int.MaxValue, intake.MaxRequestBytes));
        builder.Services.AddVigilPersistence(database);
        builder.Services.AddVigilVault(vault);
        builder.Services.AddVigilProcessing(processing);
        builder.Services.AddVigilJobWakeups(database);
        builder.Services.AddVigilStatistics().AddVigilStatisticsApi();
        builder.Services.AddVigilProvenance(provenance);
        builder.Services.AddVigilMatching(matching);
        builder.Services.AddVigilSecurity();
        builder.Services.AddVigilAssessment(workspace);
        builder.Services.AddSingleton<IPreviewRenderer>(_ => new PreviewRenderer());
        builder.Services.AddVigilDataProtection(database, dataFolder);
        builder.Services.AddVigilLists(lists);
        builder.Services.AddAntiforgery();
        builder.Services.AddRazorComponents();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = HmaProblemDetails.Customize);
        builder.Services.AddExceptionHandler<VigilExceptionHandler>();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseVigilRequestLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseVigilPasswordChangeGate();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous();
        app.MapVigilHealth();
        app.MapVigilReports();
        app.MapVigilItems();
        app.MapVigilMatching();
        app.MapVigilProcessing();
        app.MapVigilAccounts();
        app.MapVigilAudit();
        app.MapVigilStatistics();
        app.MapVigilLists();
        app.MapHmaBanks();
        app.MapVigilUi();
        app.MapVigilAccountPages();
        app.MapVigilStatisticsPage();
        app.MapVigilWorkspace();
        return app;
    }

    /// <summary>
    /// Empties the scratch folder (plaintext a killed process left behind), migrates the database and, on the first
    /// start, creates an administrator and prints its one-time password.
    /// </summary>
    public static async Task PrepareAsync(WebApplication app, TextWriter console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(console);
        var services = app.Services;
        var leftovers = services.GetRequiredService<ScratchFolder>().Clear();
        if (leftovers > 0)
        {
            await console.WriteLineAsync($"Removed {leftovers} leftover scratch file(s) of an earlier run from the data folder.");
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        _ = services.GetRequiredService<VaultKeyRing>();
        var users = services.GetRequiredService<IUserStore>();
        if (await users.AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            var created = await services.GetRequiredService<AccountService>().CreateAsync("admin", Role.Administrator, null, cancellationToken);
            await services.GetRequiredService<IAuditLog>().AppendAsync(new AuditEntry("system", "user.created", "user:admin", "startup"), cancellationToken);
            await console.WriteLineAsync("First start: created administrator 'admin'.");
            await console.WriteLineAsync($"  one-time password: {created.Password}");
            await console.WriteLineAsync($"  authenticator (TOTP) URI: {created.TotpUri}");
            await console.WriteLineAsync("  Shown once; sign in and change the password (Vigil asks for a new one first).");
        }
        catch (AccountException)
        {
            // Another node created it first.
        }
    }
}
