using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An event of a faked interface (iotedge's IDeviceScopeIdentitiesCache: ServiceIdentityRemoved, ServiceIdentityUpdated):
/// when the real store raises it is its own code, so IMF0001 refuses it, and the hint says what fits an event (declare it
/// in the partial class and raise it) instead of only the method's <c>Store.Call(nameof(…), …)</c>.
/// </summary>
public class EventRefusalTests
{
    [Fact]
    public void An_event_is_IMF0001_saying_to_declare_it_in_the_partial_class_and_raise_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Events;

            [InMemoryFake]
            public interface IIdentityCache
            {
                event EventHandler<string> IdentityRemoved;
                string? Get(string id);
                void Set(string id, string identity);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Equal(
            "'IdentityRemoved' of IIdentityCache matches no key-value store convention: events are not supported (when the real store raises one is its own code): "
            + "declare the event in the partial class and raise it from the members you write. Implement it in the partial class InMemoryIdentityCache, where its Store "
            + "property reaches the fake's table in one line: Store.Call(nameof(IdentityRemoved)) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_event_declared_in_the_partial_class_is_left_to_it_and_raised_by_the_member_written_beside_it()
    {
        var cache = new InMemoryIdentityCache();
        var removed = new List<string>();
        cache.IdentityRemoved += (_, id) => removed.Add(id);
        cache.Set("device1", "enabled");
        cache.Set("device2", "enabled");

        Assert.True(cache.Remove("device1"));
        Assert.False(cache.Remove("device3"));

        Assert.Equal(new[] { "device1" }, removed);
        Assert.Null(cache.Get("device1"));
        Assert.Equal("enabled", cache.Get("device2"));
    }

    [Fact]
    public void The_hand_written_event_leaves_no_diagnostic()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Events;

            [InMemoryFake]
            public interface IIdentityCache
            {
                event EventHandler<string> IdentityRemoved;
                string? Get(string id);
                void Set(string id, string identity);
            }

            public sealed partial class InMemoryIdentityCache
            {
                public event EventHandler<string>? IdentityRemoved;

                public void Raise(string id) => IdentityRemoved?.Invoke(this, id);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics.Select(static d => d.ToString()));
    }
}
