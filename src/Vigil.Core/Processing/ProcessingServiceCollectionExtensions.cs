using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Core.Provenance;
using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Core.Processing;

public static class ProcessingServiceCollectionExtensions
{
    /// <summary>Registers the pipeline (hash step first, then provenance), the runner and the worker.</summary>
    public static IServiceCollection AddVigilProcessing(this IServiceCollection services, ProcessingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.TryAddSingleton<IImageDecoder>(_ => new ImageDecoder());
        services.TryAddSingleton(_ => new VideoHasher());
        services.AddSingleton<IProcessingStep, HashStep>();
        services.TryAddSingleton(sp => new FileProvenanceInspector(decoder: sp.GetRequiredService<IImageDecoder>(), time: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IProcessingStep, ProvenanceStep>();
        services.AddSingleton(sp => new ProcessingPipeline(sp.GetServices<IProcessingStep>()));
        services.AddSingleton<JobRunner>();
        services.TryAddSingleton<JobSignal>();
        services.AddHostedService<ProcessingWorker>();
        return services;
    }
}
