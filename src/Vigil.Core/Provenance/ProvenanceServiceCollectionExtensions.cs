using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Media.Images;

namespace Vigil.Core.Provenance;

public static class ProvenanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the inspector the provenance step uses, with the configured trust anchors (checked here, at
    /// start-up). Without this call the step runs with no trust anchors.
    /// </summary>
    public static IServiceCollection AddVigilProvenance(this IServiceCollection services, ProvenanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = settings.ToOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IImageDecoder>(_ => new ImageDecoder());
        services.Replace(ServiceDescriptor.Singleton(sp => new FileProvenanceInspector(options, sp.GetRequiredService<IImageDecoder>(), time: sp.GetRequiredService<TimeProvider>())));
        return services;
    }
}
