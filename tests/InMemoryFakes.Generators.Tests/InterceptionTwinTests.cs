using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A synchronous member checks <c>IsIntercepting</c> and, when it is set, hands the call to a private twin that records it,
/// applies faults and then does the member's work. These tests drive each form of member through both paths and check
/// what a test author sees: the same results, every call recorded once with its arguments in order, a fault thrown before
/// the store is touched.
/// </summary>
public class InterceptionTwinTests
{
    [Fact]
    public void Every_form_of_member_is_recorded_once_with_its_arguments_in_call_order_and_still_does_its_work()
    {
        var cache = new InMemoryInterceptedSessionCache(new InMemoryFakeOptions { RecordCalls = true });
        IInterceptedSessionCache api = cache;

        api.Set("a", "1");
        api["b"] = "2";
        Assert.Equal("1", api.Get("a"));
        Assert.True(api.TryGet("b", out var b));
        Assert.Equal("2", b);
        Assert.False(api.TryGet("missing", out var missing));
        Assert.Null(missing);
        Assert.Equal("2", api["b"]);
        Assert.Equal(2, api.Count);
        Assert.True(api.Remove("a"));
        Assert.Null(api.Get("a"));

        var calls = Fakes.Of(cache).Calls.All;
        Assert.Equal(["Set", "this[]", "Get", "TryGet", "TryGet", "this[]", "Count", "Remove", "Get"], calls.Select(static c => c.Member).ToArray());
        Assert.Equal(new object?[] { "a", "1" }, calls[0].Arguments);
        Assert.Equal(new object?[] { "b", "2" }, calls[1].Arguments);
        Assert.Equal(new object?[] { "a" }, calls[2].Arguments);
        Assert.Equal(new object?[] { "b" }, calls[3].Arguments);
        Assert.Equal(new object?[] { "missing" }, calls[4].Arguments);
        Assert.Equal(new object?[] { "b" }, calls[5].Arguments);
        Assert.Empty(calls[6].Arguments);
        Assert.Equal(new object?[] { "a" }, calls[7].Arguments);
    }

    [Fact]
    public void A_fault_on_each_form_of_member_throws_before_the_store_is_read_or_changed()
    {
        var cache = new InMemoryInterceptedSessionCache();
        IInterceptedSessionCache api = cache;
        api.Set("a", "1");
        var faults = Fakes.Of(cache).Faults;
        foreach (var member in new[] { "Get", "TryGet", "Set", "Remove", "Count", "this[]" })
        {
            faults.Throw(member, new TimeoutException(member), times: 1);
        }

        Assert.Equal("Set", Assert.Throws<TimeoutException>(() => api.Set("a", "changed")).Message);
        Assert.Equal("this[]", Assert.Throws<TimeoutException>(() => api["a"] = "changed").Message);
        Assert.Equal("Remove", Assert.Throws<TimeoutException>(() => api.Remove("a")).Message);
        Assert.Equal("Get", Assert.Throws<TimeoutException>(() => api.Get("a")).Message);
        Assert.Equal("TryGet", Assert.Throws<TimeoutException>(() => api.TryGet("a", out _)).Message);
        Assert.Equal("Count", Assert.Throws<TimeoutException>(() => api.Count).Message);

        // Each fault was for one call; the store kept what it had, and the indexer's getter (its fault spent) reads it.
        Assert.Equal("1", api["a"]);
        Assert.Equal("1", api.Get("a"));
        Assert.True(api.TryGet("a", out var value));
        Assert.Equal("1", value);
        Assert.Equal(1, api.Count);
    }

    [Fact]
    public void Recording_switched_on_and_off_between_calls_records_exactly_the_calls_made_while_it_was_on()
    {
        var cache = new InMemoryInterceptedSessionCache();
        IInterceptedSessionCache api = cache;
        var calls = Fakes.Of(cache).Calls;

        api.Set("a", "1");
        Assert.Equal("1", api.Get("a"));
        calls.Enabled = true;
        Assert.Equal("1", api.Get("a"));
        api.Set("b", "2");
        calls.Enabled = false;
        Assert.Equal("2", api.Get("b"));

        Assert.Equal(["Get", "Set"], calls.All.Select(static c => c.Member).ToArray());
        Assert.Equal(new object?[] { "a" }, calls.All[0].Arguments);
        Assert.Equal(new object?[] { "b", "2" }, calls.All[1].Arguments);
    }

    [Fact]
    public void A_key_passed_by_readonly_reference_is_recorded_and_faulted_through_the_by_value_twin()
    {
        var cache = new InMemoryReadonlyReferenceCache(new InMemoryFakeOptions { RecordCalls = true });
        IReadonlyReferenceCache api = cache;
        var key = "k";
        var value = "v";
        api.Set(in key, in value);
        Fakes.Of(cache).Faults.Throw("TryGet", new TimeoutException(), times: 1);

        Assert.Throws<TimeoutException>(() => api.TryGet(in key, out _));
        Assert.True(api.TryGet(in key, out var read));
        Assert.Equal("v", read);
        Assert.Equal(["Set", "TryGet", "TryGet"], Fakes.Of(cache).Calls.All.Select(static c => c.Member).ToArray());
        Assert.Equal(new object?[] { "k", "v" }, Fakes.Of(cache).Calls.All[0].Arguments);
        Assert.Equal(new object?[] { "k" }, Fakes.Of(cache).Calls.All[2].Arguments);
    }

    [Fact]
    public void A_member_of_the_interface_or_the_partial_class_named_like_a_twin_leaves_the_twin_another_name()
    {
        // The twins' names (__FindIntercepted for Find) were not reserved: a member of that name in the interface or the
        // user's class was a second definition (CS0111) and nothing compiled.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Twins;
            public class User { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IUsers
            {
                void Add(User user);
                User? Find(int id);
                int __FindIntercepted(int id);
            }
            public partial class InMemoryUsers
            {
                public int __FindIntercepted(int id) => id * 2;
                public string __AddIntercepted(User user) => "mine: " + user.Name;
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Twins;
            using static Behaviour.Expect;

            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var users = new InMemoryUsers(new InMemoryFakeOptions { RecordCalls = true });
                    IUsers api = users;
                    api.Add(new User { Id = 1, Name = "a" });
                    Is("a", api.Find(1)?.Name, "Find reads the stored user while calls are recorded");
                    Is(null, api.Find(2)?.Name, "Find of a key not stored");
                    Is(42, api.__FindIntercepted(21), "the interface's __FindIntercepted is the user's");
                    Is("mine: b", users.__AddIntercepted(new User { Name = "b" }), "the partial class's __AddIntercepted is the user's");
                    Is("Add,Find,Find", string.Join(",", Fakes.Of(users).Calls.All.Select(static c => c.Member)), "the generated members' calls, each once");
                    Is(1, api.Find(1)?.Id, "the store holds the one user added");
                }

            }
            """);
    }

    [Fact]
    public void A_member_of_the_partial_class_named_like_a_by_value_core_leaves_the_core_and_its_twin_other_names()
    {
        // A member taking its key by readonly reference hands it to a private copy of itself, __GetByValue, whose twin is
        // __GetByValueIntercepted: names not reserved either, so the user's members of those names were second definitions.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Cores;
            [InMemoryFake]
            public interface ICache
            {
                string? Get(in string key);
                void Set(in string key, string value);
            }
            public partial class InMemoryCache
            {
                public string __GetByValue(string key) => "mine: " + key;
                public string __GetByValueIntercepted(string key) => "also mine: " + key;
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using InMemoryFakes;
            using Cores;
            using static Behaviour.Expect;

            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    var cache = new InMemoryCache(new InMemoryFakeOptions { RecordCalls = true });
                    ICache api = cache;
                    var key = "k";
                    api.Set(in key, "v");
                    Is("v", api.Get(in key), "Get reads the value set while calls are recorded");
                    var missing = "missing";
                    Is(null, api.Get(in missing), "Get of a key not set");
                    Is("mine: k", cache.__GetByValue("k"), "the partial class's __GetByValue is the user's");
                    Is("also mine: k", cache.__GetByValueIntercepted("k"), "the partial class's __GetByValueIntercepted is the user's");
                    Is("Set,Get,Get", string.Join(",", Fakes.Of(cache).Calls.All.Select(static c => c.Member)), "the generated members' calls, each once");
                }

            }
            """);
    }
}
