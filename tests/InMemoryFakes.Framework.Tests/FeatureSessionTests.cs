using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FeatureManagement;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>FeatureManagement's session manager, faked with nothing written by hand.</summary>
[InMemoryFake(typeof(ISessionManager))]
public sealed partial class FeatureSessionFake;

/// <summary>
/// The real <c>FeatureManager</c> (Microsoft.FeatureManagement) over the <c>ISessionManager</c> fake: it asks the session
/// first and uses its answer when it has one (<c>GetAsync</c> returns null for a feature never decided), then records the
/// evaluated result with <c>SetAsync</c>, so a session keeps the decision it got even when the configuration changes.
/// </summary>
public sealed class FeatureSessionTests
{
    private static ServiceProvider App(Dictionary<string, string?> flags, FeatureSessionFake session)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(flags).Build());
        services.AddSingleton<ISessionManager>(session);
        services.AddFeatureManagement();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_session_keeps_the_decision_it_got_and_a_new_session_reads_the_configuration()
    {
        var flags = new Dictionary<string, string?> { ["FeatureManagement:Beta"] = "true" };
        var session = new FeatureSessionFake(new ManualClock());
        await using (var app = App(flags, session))
        {
            Assert.True(await app.GetRequiredService<IFeatureManager>().IsEnabledAsync("Beta"));
        }

        Assert.True(await ((ISessionManager)session).GetAsync("Beta"), "FeatureManager recorded the evaluated result in the session");
        flags["FeatureManagement:Beta"] = "false";
        await using (var app = App(flags, session))
        {
            Assert.True(await app.GetRequiredService<IFeatureManager>().IsEnabledAsync("Beta"));
        }

        await using (var app = App(flags, new FeatureSessionFake(new ManualClock())))
        {
            Assert.False(await app.GetRequiredService<IFeatureManager>().IsEnabledAsync("Beta"));
        }
    }

    [Fact]
    public async Task A_feature_the_session_never_decided_reads_as_null_so_the_configuration_decides()
    {
        ISessionManager session = new FeatureSessionFake(new ManualClock());
        Assert.Null(await session.GetAsync("Gamma"));
        await session.SetAsync("Gamma", false);
        Assert.False(await session.GetAsync("Gamma"));
    }
}
