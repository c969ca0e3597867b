using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;

namespace Vigil.Core.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the reporter (over the <see cref="Counting.IAssessmentSource"/> the persistence layer provides) and
    /// the report writer; PDF output is available where an <see cref="IPdfPrinter"/> is registered.
    /// </summary>
    public static IServiceCollection AddVigilStatistics(this IServiceCollection services)
    {
        services.AddSingleton<StatisticsReporter>();
        services.AddSingleton(sp => new StatisticsReportWriter(sp.GetService<IPdfPrinter>()));
        return services;
    }
}
