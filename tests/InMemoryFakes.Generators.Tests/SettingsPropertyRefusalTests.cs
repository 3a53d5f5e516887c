using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A get-only settings object is made by the fake only where it is the store's own configuration: beside members that
/// read or write entries, and not declared nullable (NuGet.Insights' IAdminViewModelCache.Settings is null until loaded).
/// </summary>
public class SettingsPropertyRefusalTests
{
    private const string Types = """
        namespace Props;

        public class SiteSettings { public bool ShowAdmin { get; set; } }

        public class CacheDefaults { public int DurationSeconds { get; set; } = 1200; }

        """;

    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_settings_object_of_an_interface_of_properties_alone_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Types + "[InMemoryFake]\npublic interface IViewModelCache { SiteSettings Settings { get; } }");

        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Contains("it returns the settings object Props.SiteSettings, and IViewModelCache has no member that reads or writes entries, so the object is a value something outside the interface sets (null until then, or an instance?), not the store's own configuration; implement it in the partial class",
            Message(refused), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_settings_object_declared_nullable_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Types + "[InMemoryFake]\npublic interface ICache { string? Get(string key); void Set(string key, string value); CacheDefaults? DefaultCachePolicy { get; } }");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("its type is declared nullable, so whether it is null until something sets it or an instance the store makes is not said", Message(refused), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_settings_object_beside_entry_members_is_still_one_instance_the_fake_makes()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Types + "[InMemoryFake]\npublic interface ICache { string? Get(string key); void Set(string key, string value); CacheDefaults DefaultCachePolicy { get; } }");

        Assertions.Clean(run);
        Assert.Contains("new global::Props.CacheDefaults()", string.Join("\n", run.Sources.Values), System.StringComparison.Ordinal);
    }
}
