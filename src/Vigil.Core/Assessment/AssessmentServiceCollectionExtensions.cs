using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Core.Assessment;

public static class AssessmentServiceCollectionExtensions
{
    /// <summary>Registers the workspace rules with validated options (storage comes from Vigil.Persistence).</summary>
    public static IServiceCollection AddVigilAssessment(this IServiceCollection services, WorkspaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<ExposureLog>();
        services.AddSingleton<WorkspaceService>();
        return services;
    }
}
