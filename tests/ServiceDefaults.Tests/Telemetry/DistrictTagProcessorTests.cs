using System.Diagnostics;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.ServiceDefaults.Tests.Telemetry;

public sealed class DistrictTagProcessorTests : IDisposable
{
    private readonly ActivitySource source = new("Governance.Tests.District");
    private readonly ActivityListener listener;

    public DistrictTagProcessorTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
    }

    [Fact]
    public void Spans_started_for_a_district_carry_it_and_others_do_not()
    {
        var processor = new DistrictTagProcessor();

        using (DistrictScope.Enter("lunan", NullLogger.Instance))
        {
            using var inScope = source.StartActivity("query")!;
            processor.OnStart(inScope);
            Assert.Equal("lunan", inScope.GetTagItem(DistrictScope.TagName));
        }

        using var outside = source.StartActivity("background")!;
        processor.OnStart(outside);
        Assert.Null(outside.GetTagItem(DistrictScope.TagName));
        Assert.Null(DistrictScope.Current);
    }

    public void Dispose()
    {
        listener.Dispose();
        source.Dispose();
    }
}
