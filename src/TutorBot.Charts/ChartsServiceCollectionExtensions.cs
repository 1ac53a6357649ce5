using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Charts.Progress;

namespace TutorBot.Charts;

/// <summary>Registers the chart renderers.</summary>
public static class ChartsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ProgressChart"/> (a singleton: the font is searched once), configured from the <c>Charts</c>
    /// section (<see cref="ChartOptions"/>; every setting has a default, so the section may be absent).
    /// </summary>
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddOptions<ChartOptions>()
            .BindConfiguration(ChartOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new ProgressChart(
            sp.GetRequiredService<IOptions<ChartOptions>>().Value,
            sp.GetRequiredService<ILogger<ProgressChart>>()));
        return services;
    }
}
