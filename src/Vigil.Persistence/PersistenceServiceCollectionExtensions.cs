using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.HashLists;
using Vigil.Core.Matching;
using Vigil.Core.Processing;
using Vigil.Core.Provenance;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Import;
using Vigil.Persistence.Migrations;
using Vigil.Persistence.Postgres;
using Vigil.Persistence.Stores;

namespace Vigil.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the DbContext factory, the migrator and the store implementations of Core's interfaces.</summary>
    public static IServiceCollection AddVigilPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<VigilDbContext>(builder => VigilDatabase.Configure(builder, options));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<IReportStore, ReportStore>();
        services.AddSingleton<IJobStore, JobStore>();
        services.AddSingleton<IMatchingStore, MatchingStore>();
        services.AddSingleton<IUserStore, UserStore>();
        services.AddSingleton<IApiKeyStore, ApiKeyStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<IHashListStore, HashListStore>();
        services.AddSingleton<HashListService>();
        services.AddSingleton<IProvenanceStore, ProvenanceStore>();
        services.AddSingleton<AssessmentStore>();
        services.AddSingleton<IAssessmentStore>(sp => sp.GetRequiredService<AssessmentStore>());
        services.AddSingleton<IAssessmentSource>(sp => sp.GetRequiredService<AssessmentStore>());
        services.AddSingleton<IWorkspaceStore, WorkspaceStore>();
        services.AddSingleton<IItemSignalSource, ItemSignalStore>();
        return services;
    }

    /// <summary>
    /// On PostgreSQL, wakes this node's idle processing workers when any node queues work (<c>LISTEN</c>/<c>NOTIFY</c>);
    /// nothing on SQLite. Needs <see cref="ProcessingServiceCollectionExtensions.AddVigilProcessing"/> as well.
    /// </summary>
    public static IServiceCollection AddVigilJobWakeups(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddHostedService<PostgresJobListener>();
        }

        return services;
    }
}
