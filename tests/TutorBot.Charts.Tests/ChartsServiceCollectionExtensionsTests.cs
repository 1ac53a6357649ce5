using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Charts.Progress;
using TutorBot.Charts.Tests.TestSupport;
using TutorBot.Core;

namespace TutorBot.Charts.Tests;

public sealed class ChartsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddChartsRegistersOneProgressChartConfiguredFromTheChartsSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Charts:Width"] = "500", ["Charts:Height"] = "400" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCharts().BuildServiceProvider();

        var chart = services.GetRequiredService<ProgressChart>();

        Assert.Same(chart, services.GetRequiredService<ProgressChart>());
        Assert.Equal((500, 400), Png.Size(chart.Render(SampleReports.Report(), Language.English).Png));
    }

    [Fact]
    public void RefusesAnImageTooSmallToRead()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Charts:Width"] = "10" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCharts().BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ProgressChart>());
    }
}
