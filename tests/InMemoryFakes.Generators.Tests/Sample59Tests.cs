using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample59 (session 25): the Azure IoT Suite's <c>IIotHubRepository</c> declares <c>Task RemoveDeviceAsync(string
/// deviceId)</c> beside <c>Task&lt;bool&gt; TryRemoveDeviceAsync(string deviceId)</c>. The plain removal was generated with
/// the default of removals by key, nothing for a missing key, where its IotHubRepository throws DeviceNotFoundException (the
/// Try twin swallows it). The twin makes the question live without answering it, so the plain removal is refused unless
/// <c>MissingDelete</c> states it.
/// </summary>
public class Sample59Tests
{
    private const string Devices = Sources.Usings + """
        #nullable disable
        namespace V;

        public class Device
        {
            public Device(string id) { Id = id; }
            public string Id { get; internal set; }
            public bool Enabled { get; set; }
        }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IHubRepository
        {
            Task<Device> GetHubDeviceAsync(string deviceId);
            Task<bool> TryAddDeviceAsync(Device device);
            Task RemoveDeviceAsync(string deviceId);
            Task<bool> TryRemoveDeviceAsync(string deviceId);
        }
        """;

    [Fact]
    public void A_removal_by_key_returning_nothing_beside_its_Try_twin_is_refused_unless_MissingDelete_states_it()
    {
        var run = GeneratorHarness.Run(Devices);

        Refusals.Exactly(run, ("RemoveDeviceAsync", "beside its Try twin 'TryRemoveDeviceAsync', which answers whether it removed: the pair says this one fails where the twin answers false"));
        Assert.Contains("MissingDelete = MissingDelete.NotFound", Refusals.Message(run, "RemoveDeviceAsync"), System.StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void Under_MissingDelete_NotFound_the_removal_throws_for_a_missing_key_and_its_twin_answers_false()
    {
        var run = GeneratorHarness.Run(Devices.Replace("[InMemoryFake(", "[InMemoryFake(MissingDelete = MissingDelete.NotFound, ", System.StringComparison.Ordinal));

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IHubRepository hub = new InMemoryHubRepository();
                    Is(true, hub.TryAddDeviceAsync(new Device("d-1")).GetAwaiter().GetResult(), "a device is added");
                    hub.RemoveDeviceAsync("d-1").GetAwaiter().GetResult();
                    Is(null, hub.GetHubDeviceAsync("d-1").GetAwaiter().GetResult(), "RemoveDeviceAsync removes a stored device");
                    Throws<KeyNotFoundException>(() => hub.RemoveDeviceAsync("d-1").GetAwaiter().GetResult(), null, "and throws the not-found error for one not stored");
                    Is(false, hub.TryRemoveDeviceAsync("d-1").GetAwaiter().GetResult(), "where its Try twin answers false");
                }
            }
            """);
    }

    [Fact]
    public void Under_MissingDelete_Ignore_the_removal_does_nothing_for_a_missing_key()
    {
        var run = GeneratorHarness.Run(Devices.Replace("[InMemoryFake(", "[InMemoryFake(MissingDelete = MissingDelete.Ignore, ", System.StringComparison.Ordinal));

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IHubRepository hub = new InMemoryHubRepository();
                    hub.TryAddDeviceAsync(new Device("d-1")).GetAwaiter().GetResult();
                    hub.RemoveDeviceAsync("d-1").GetAwaiter().GetResult();
                    hub.RemoveDeviceAsync("d-1").GetAwaiter().GetResult();
                    Is(null, hub.GetHubDeviceAsync("d-1").GetAwaiter().GetResult(), "the removal removes, and a second one does nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_whose_Try_twin_has_another_name_keeps_the_default_of_removals_by_key()
    {
        // The twin is the same name with Try before it: TryRemoveAsync says nothing of DeleteAsync. (A twin of other
        // parameters says nothing either: Dapr's DeleteStateAsync(key) does nothing for a missing key beside a
        // TryDeleteStateAsync(key, etag) that fails on an etag.)
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class Widget
            {
                public string Id { get; set; }
            }

            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IWidgetRepository
            {
                Task AddAsync(Widget widget);
                Task<Widget> GetAsync(string id);
                Task DeleteAsync(string id);
                Task<bool> TryRemoveAsync(string id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IWidgetRepository widgets = new InMemoryWidgetRepository();
                    widgets.AddAsync(new Widget { Id = "w-1" }).GetAwaiter().GetResult();
                    widgets.DeleteAsync("w-1").GetAwaiter().GetResult();
                    widgets.DeleteAsync("w-1").GetAwaiter().GetResult();
                    Is(null, widgets.GetAsync("w-1").GetAwaiter().GetResult(), "a removal by key without its twin does nothing for a missing key, as before");
                    Is(false, widgets.TryRemoveAsync("w-1").GetAwaiter().GetResult(), "and TryRemoveAsync answers false");
                }
            }
            """);
    }

    private const string Configs = Sources.Usings + """
        #nullable disable
        namespace V;

        public class RenderEnvironment
        {
            public string Name { get; set; }
            public string Location { get; set; }
        }

        [InMemoryFake]
        public interface IConfigRepository<T>
        {
            Task<T> Get(string configName);
            Task<bool> Remove(string configName);
            Task Update(T config, string configName, string originalName);
            Task<List<string>> List();
        }
        """;

    [Fact]
    public void A_write_of_the_value_read_by_key_then_the_key_makes_the_value_type_the_read_s_not_a_list_of_strings()
    {
        // azure-render-hub's IConfigRepository<T>: Update(T config, string configName, ...) took T for a key and string for the
        // value, List() then read the "values" of a store of strings (where the real store lists the config names) and Get was
        // refused for a value type string.
        var run = GeneratorHarness.Run(Configs);

        Refusals.Exactly(
            run,
            ("Update", "its parameter 'config' (T) is not the key (string)"),
            ("List", "a list of T must be returned as"));
    }

    [Fact]
    public void With_the_value_first_write_written_by_hand_the_store_holds_the_configs_by_name()
    {
        var run = GeneratorHarness.Run(Configs + """

            public partial class InMemoryConfigRepository<T>
            {
                public Task Update(T config, string configName, string originalName)
                {
                    Store.Set(configName, config);
                    if (originalName != null && originalName != configName)
                    {
                        Store.Remove(originalName);
                    }

                    return Task.CompletedTask;
                }

                public Task<List<string>> List() => Task.FromResult(new List<string>(Store.Keys()));
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IConfigRepository<RenderEnvironment> configs = new InMemoryConfigRepository<RenderEnvironment>();
                    Is(null, configs.Get("west").GetAwaiter().GetResult(), "Get of a name not stored is default (oblivious T)");
                    configs.Update(new RenderEnvironment { Name = "west", Location = "westus2" }, "west", null).GetAwaiter().GetResult();
                    Is("westus2", configs.Get("west").GetAwaiter().GetResult().Location, "Get reads the T stored under the name");
                    Is(true, configs.Remove("west").GetAwaiter().GetResult(), "Remove answers whether the name was there");
                    Is(false, configs.Remove("west").GetAwaiter().GetResult(), "false once it is gone");
                }
            }
            """);
    }
}
