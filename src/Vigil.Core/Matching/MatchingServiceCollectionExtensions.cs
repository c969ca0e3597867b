using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Core.Processing;

namespace Vigil.Core.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the node's index host, its refresh worker and the match step. Call after
    /// <see cref="ProcessingServiceCollectionExtensions.AddVigilProcessing"/>: the step runs after the hash step.
    /// </summary>
    public static IServiceCollection AddVigilMatching(this IServiceCollection services, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<MatchIndexHost>();
        services.AddSingleton<IProcessingStep, MatchStep>();
        services.AddHostedService<MatchIndexWorker>();
        return services;
    }
}
