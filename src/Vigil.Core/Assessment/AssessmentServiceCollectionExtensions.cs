using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Core.Assessment;

public static class AssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the workspace rules with validated options and the rule table (an organisation's file is read and
    /// checked here, so a bad one stops the start naming the key and the file). Storage comes from Vigil.Persistence.
    /// </summary>
    public static IServiceCollection AddVigilAssessment(this IServiceCollection services, WorkspaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(options.LoadRules());
        services.AddSingleton<ItemPdqIndex>();
        services.AddSingleton<ExposureLog>();
        services.AddSingleton<WorkspaceService>();
        return services;
    }
}
