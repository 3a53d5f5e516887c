using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample112 (session 35), queue systems. Two refusals named causes their members do not have. DotNetWorkQueue's
/// <c>IDashboardApi</c> declares <c>IContainer GetQueueContainer(Guid queueId)</c> and <c>IQueueMaintenanceService
/// GetMaintenanceService(Guid queueId)</c> beside <c>DashboardQueueInfo FindQueue(Guid queueId)</c>: both were refused
/// as "parameter 'queueId' names neither the key (Id) nor a property of DashboardQueueInfo … name it after the property",
/// a rename that would not help, since what they return (a DI container, a running service) is no row of the table;
/// with the parameter named <c>id</c> they were refused as an unproven word of their names ("'Container' … names neither
/// the entity"), whose rename would select queue rows. An interface result is now said as such, before the parameters.
/// equeue's <c>IConsumeOffsetStore</c> declares <c>UpdateConsumeOffset(string
/// topic, int queueId, long offset, string group)</c>: it was refused as "its value type int differs from the store's
/// value type long", as if <c>queueId</c> were the value; it is now said as the write under a key of several parts it is.
/// </summary>
public class Sample112Tests
{
    private const string Dashboard = Sources.Usings + """
        namespace V;

        public interface IContainer : IDisposable
        {
        }

        public interface IQueueMaintenanceService : IDisposable
        {
            bool IsRunning { get; }
        }

        public class DashboardQueueInfo
        {
            public Guid Id { get; set; }
            public Guid ConnectionId { get; set; }
            public string QueueName { get; set; } = "";
        }

        public sealed class QueueStatistics
        {
            public long Waiting { get; set; }
        }

        public sealed class QueuePage
        {
            public List<DashboardQueueInfo> Items { get; set; } = new();
        }

        [InMemoryFake]
        public interface IDashboardApi
        {
            void Add(DashboardQueueInfo queue);
            DashboardQueueInfo? FindQueue(Guid queueId);
            IContainer GetQueueContainer(Guid queueId);
            IQueueMaintenanceService GetMaintenanceService(Guid queueId);
            QueueStatistics GetStatistics(Guid queueId);
            QueuePage GetPage(Guid queueId);
        }
        """;

    [Fact]
    public void A_lookup_returning_an_interface_of_the_compilation_is_refused_for_its_result_not_for_its_parameter()
    {
        var run = GeneratorHarness.Run(Dashboard);
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'GetQueueContainer' of IDashboardApi matches no entity repository convention: it returns IContainer, an interface, not DashboardQueueInfo: "
            + "the members made IDashboardApi a repository of DashboardQueueInfo, whose one table holds no IContainer rows, and a fake keeps no table of an interface "
            + "(it can neither create nor copy one), so what it hands out (a service, a container, a client the real store makes) is the test's own; write the member. "
            + "Implement it in the partial class InMemoryDashboardApi, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(GetQueueContainer), queueId) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetQueueContainer"));
        Assert.StartsWith(
            "'GetMaintenanceService' of IDashboardApi matches no entity repository convention: it returns IQueueMaintenanceService, an interface, not DashboardQueueInfo: ",
            Refusals.Message(run, "GetMaintenanceService"), StringComparison.Ordinal);

        // The entity's own lookup, a class that holds no row and a page of rows keep the parameter's refusal ('queueId' is no
        // key of a DashboardQueueInfo, whose Info is a thing of its own): only an interface result is said first.
        Assert.StartsWith(
            "'FindQueue' of IDashboardApi matches no entity repository convention: parameter 'queueId' names neither the key (Id) nor a property of DashboardQueueInfo",
            Refusals.Message(run, "FindQueue"), StringComparison.Ordinal);
        Assert.StartsWith(
            "'GetPage' of IDashboardApi matches no entity repository convention: parameter 'queueId' names neither the key (Id) nor a property of DashboardQueueInfo",
            Refusals.Message(run, "GetPage"), StringComparison.Ordinal);
        Assert.StartsWith(
            "'GetStatistics' of IDashboardApi matches no entity repository convention: parameter 'queueId' names neither the key (Id) nor a property of DashboardQueueInfo",
            Refusals.Message(run, "GetStatistics"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_parameter_named_as_the_key_the_lookup_is_generated_and_the_interface_result_is_still_refused_for_what_it_is()
    {
        var source = Dashboard
            .Replace("DashboardQueueInfo? FindQueue(Guid queueId);", "DashboardQueueInfo? FindQueue(Guid id);", StringComparison.Ordinal)
            .Replace("IContainer GetQueueContainer(Guid queueId);", "IContainer GetQueueContainer(Guid id);", StringComparison.Ordinal);
        source = Refusals.Without(source, "    IQueueMaintenanceService GetMaintenanceService(Guid queueId);", "    QueueStatistics GetStatistics(Guid queueId);", "    QueuePage GetPage(Guid queueId);");
        var run = GeneratorHarness.Run(source);
        Refusals.Exactly(run, ("GetQueueContainer", "it returns IContainer, an interface, not DashboardQueueInfo"));

        var written = GeneratorHarness.Run(source + """

            public partial class InMemoryDashboardApi
            {
                public IContainer GetQueueContainer(Guid id) => throw new InvalidOperationException("Queue id " + id + " was not found");
            }
            """);
        Assertions.Clean(written);
        BehaviourCheck.Run(written, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDashboardApi api = new InMemoryDashboardApi();
                    var id = Guid.Parse("0b4a6f1e-7c2d-4e55-9a1b-3c8d2e6f7a90");
                    Is(null, api.FindQueue(id), "FindQueue of an id not stored is null");
                    api.Add(new DashboardQueueInfo { Id = id, QueueName = "orders" });
                    Is("orders", api.FindQueue(id)?.QueueName, "FindQueue reads the queue stored under its id");
                    Throws<InvalidOperationException>(() => api.GetQueueContainer(id), null, "the hand-written member is the fake's");
                }
            }
            """);
    }

    private const string Offsets = Sources.Usings + """
        namespace V;

        [InMemoryFake]
        public interface IConsumeOffsetStore
        {
            long GetConsumeOffset(string topic, int queueId, string group);
            void UpdateConsumeOffset(string topic, int queueId, long offset, string group);
            void SetConsumeOffset(string topic, long offset, TimeSpan ttl);
        }
        """;

    [Fact]
    public void A_write_whose_key_named_second_parameter_comes_before_the_value_is_refused_as_a_key_of_several_parts()
    {
        var run = GeneratorHarness.Run(Offsets);
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'UpdateConsumeOffset' of IConsumeOffsetStore matches no key-value store convention: it takes 'queueId' (int) after the key 'topic', named as a key or a part of one, "
            + "and 'offset' (long, the store's value type) after it, so it reads as a write of 'offset' under a key of 3 parts (topic, queueId, group), not as 'queueId' written as a value; "
            + "a key-value store keys each value by one parameter, and which parts make the key, in which order and nested how, is the real store's own; write the member. "
            + "Implement it in the partial class InMemoryConsumeOffsetStore, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(UpdateConsumeOffset), topic, queueId, offset, group) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "UpdateConsumeOffset"));
        Assert.StartsWith(
            "'GetConsumeOffset' of IConsumeOffsetStore matches no key-value store convention: its parameter 'queueId' (int) after the key 'topic' is nothing a key-value store knows",
            Refusals.Message(run, "GetConsumeOffset"), StringComparison.Ordinal);

        // A write of the key, the value and a time to live is no key of several parts: it is still generated.
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "SetConsumeOffset");
    }

    [Fact]
    public void A_second_parameter_not_named_as_a_key_keeps_the_value_type_refusal()
    {
        // SetConsumeOffset(topic, bool force, long offset): 'force' is no key part by its name, so nothing says the write is
        // under several parts; the refusal stays the value type's.
        var run = GeneratorHarness.Run(Offsets.Replace(
            "void SetConsumeOffset(string topic, long offset, TimeSpan ttl);", "void SetConsumeOffset(string topic, bool force, long offset);", StringComparison.Ordinal));
        Assert.StartsWith(
            "'SetConsumeOffset' of IConsumeOffsetStore matches no key-value store convention: its value type bool differs from the store's value type long",
            Refusals.Message(run, "SetConsumeOffset"), StringComparison.Ordinal);
    }
}
