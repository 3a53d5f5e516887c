using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>The named-options cache behind <c>IOptionsMonitor</c>, faked for cookie authentication's options.</summary>
[InMemoryFake(typeof(IOptionsMonitorCache<CookieAuthenticationOptions>))]
public sealed partial class CookieOptionsCacheFake;

/// <summary>An options class of the application's own.</summary>
public sealed class ReportOptions
{
    public string Title { get; set; } = "";
}

/// <summary>The same cache over the application's options, with copies asked for on the attribute.</summary>
[InMemoryFake(typeof(IOptionsMonitorCache<ReportOptions>), CopyMode = CopyMode.Copy)]
public sealed partial class CopyingReportOptionsCacheFake;

/// <summary>
/// <c>IOptionsMonitorCache&lt;TOptions&gt;</c>'s contract (as <c>OptionsCache</c> keeps it): the very instance stored is
/// handed back, and a null name is <c>Options.DefaultName</c>. Checked through the real <c>OptionsMonitor</c>.
/// </summary>
public sealed class OptionsCacheTests
{
    private static IOptionsMonitor<CookieAuthenticationOptions> Monitor(CookieOptionsCacheFake cache)
    {
        var services = new ServiceCollection();
        services.AddAuthentication().AddCookie("app", static options => options.Cookie.Name = "app-cookie");
        services.AddSingleton<IOptionsMonitorCache<CookieAuthenticationOptions>>(cache);
        return services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
    }

    [Fact]
    public void OptionsMonitor_gets_the_same_instance_from_the_fake_each_time_so_what_a_handler_sets_on_it_stays()
    {
        var cache = new CookieOptionsCacheFake();
        var monitor = Monitor(cache);

        var first = monitor.Get("app");
        first.LoginPath = "/changed-by-a-handler";
        var second = monitor.Get("app");

        Assert.Same(first, second);
        Assert.Equal("app-cookie", second.Cookie.Name);
        Assert.Equal("/changed-by-a-handler", second.LoginPath.Value);
    }

    [Fact]
    public void Removing_a_name_makes_OptionsMonitor_build_its_options_again()
    {
        var cache = new CookieOptionsCacheFake();
        var monitor = Monitor(cache);
        var first = monitor.Get("app");

        Assert.True(cache.TryRemove("app"));
        var rebuilt = monitor.Get("app");

        Assert.NotSame(first, rebuilt);
        Assert.Equal("app-cookie", rebuilt.Cookie.Name);
    }

    [Fact]
    public void A_null_name_is_the_default_name()
    {
        IOptionsMonitorCache<CookieAuthenticationOptions> cache = new CookieOptionsCacheFake();
        var options = new CookieAuthenticationOptions();

        Assert.True(cache.TryAdd(null, options));
        Assert.False(cache.TryAdd(Options.DefaultName, new CookieAuthenticationOptions()));
        Assert.Same(options, cache.GetOrAdd(Options.DefaultName, static () => new CookieAuthenticationOptions()));
        Assert.Same(options, cache.GetOrAdd(null, static () => new CookieAuthenticationOptions()));
        Assert.True(cache.TryRemove(null));
        Assert.False(cache.TryRemove(Options.DefaultName));
    }

    [Fact]
    public void CopyMode_Copy_on_the_attribute_still_hands_out_copies()
    {
        IOptionsMonitorCache<ReportOptions> cache = new CopyingReportOptionsCacheFake();
        var stored = cache.GetOrAdd("monthly", static () => new ReportOptions { Title = "Monthly" });
        stored.Title = "changed";

        var again = cache.GetOrAdd("monthly", static () => new ReportOptions());

        Assert.NotSame(stored, again);
        Assert.Equal("Monthly", again.Title);
    }
}
