using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>What a fake shows in the debugger and in <see cref="FakeDump.Dump"/>.</summary>
public sealed class DebuggingTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void The_debugger_view_of_a_fake_lists_each_entry_with_key_value_and_expiry()
    {
        var core = Core();
        var cache = core.KeyValueTable<string, Box>("cache");
        cache.Set("a", new Box { Label = "first" }, Expiration.After(TimeSpan.FromMinutes(5)));
        cache.Set("b", new Box { Label = "second" });

        var entries = new FakeDebugView(core).Entries;

        Assert.Equal(["a", "b"], entries.Select(e => e.Key));
        Assert.Equal("first", Assert.IsType<Box>(entries[0].Value).Label);
        Assert.Equal(ManualClock.DefaultStartUtc.AddMinutes(5), entries[0].ExpiresAt);
        Assert.Null(entries[1].ExpiresAt);
        Assert.Equal("(expires 2000-01-01T00:05:00Z)", entries[0].ExpiryText);
        Assert.Equal("(no expiry)", entries[1].ExpiryText);
    }

    [Fact]
    public void FakeCore_and_tables_carry_debugger_attributes_whose_expressions_name_real_members()
    {
        var core = Core();
        var table = core.KeyValueTable<string, int>("counters");
        table.Set("x", 1);

        var coreDisplay = typeof(FakeCore).GetCustomAttribute<DebuggerDisplayAttribute>()!;
        Assert.Equal("{DebuggerDisplay,nq}", coreDisplay.Value);
        var shown = typeof(FakeCore).GetProperty("DebuggerDisplay", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(core);
        Assert.Equal("IStore: 1 entry", shown);
        Assert.Equal(typeof(FakeDebugView).AssemblyQualifiedName, typeof(FakeCore).GetCustomAttribute<DebuggerTypeProxyAttribute>()!.ProxyTypeName);

        var tableType = typeof(FakeTable<,>);
        Assert.Equal("{Name,nq}: {Count} entries", tableType.GetCustomAttribute<DebuggerDisplayAttribute>()!.Value);
        var proxyName = tableType.GetCustomAttribute<DebuggerTypeProxyAttribute>()!.ProxyTypeName;
        var proxy = Activator.CreateInstance(Type.GetType(proxyName)!.MakeGenericType(typeof(string), typeof(int)), table)!;
        var entries = (FakeEntryView[])proxy.GetType().GetProperty("Entries")!.GetValue(proxy)!;
        Assert.Equal(("x", (object?)1), (entries.Single().Key, entries.Single().Value));
    }

    [Fact]
    public void Looking_at_a_fake_in_the_debugger_or_a_dump_does_not_renew_a_sliding_entry()
    {
        var core = Core();
        var sessions = core.KeyValueTable<string, string>("sessions");
        sessions.Set("s1", "ada", Expiration.Sliding(TimeSpan.FromMinutes(10)));

        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Single(new FakeDebugView(core).Entries);
        Assert.Contains("\"s1\" = \"ada\"", core.Dump(), StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(new FakeDebugView(core).Entries);
        Assert.Equal(0, sessions.Count);
    }

    [Fact]
    public void Dump_lists_entries_by_table_and_the_recent_calls_for_an_assertion_message()
    {
        var core = Core(recordCalls: true);
        var users = core.EntityTable("User", Support.UserModel());
        users.Add(new User { Name = "Ann", Email = "ann@example.com" });
        core.Intercept("Add", "Ann");
        _clock.Advance(TimeSpan.FromSeconds(3));
        core.Intercept("Find", 1);

        var dump = core.Dump();

        Assert.Equal(
            """
            IStore: 1 entry at 2000-01-01T00:00:03Z
              User: 1 entry
                1 = User { Id = 1, Name = "Ann", Email = "ann@example.com", Version = 0 }  (no expiry), version 1
              calls: 2 calls
                2000-01-01T00:00:00Z  Add("Ann")
                2000-01-01T00:00:03Z  Find(1)

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            dump);
    }

    [Fact]
    public void Dump_shows_only_the_latest_calls_and_says_how_many_there_were()
    {
        var core = Core(recordCalls: true);
        for (var i = 0; i < 5; i++)
        {
            core.Intercept("Get", i);
        }

        var dump = core.Dump(recentCalls: 2);

        Assert.Contains("calls: last 2 of 5", dump, StringComparison.Ordinal);
        Assert.Contains("Get(3)", dump, StringComparison.Ordinal);
        Assert.Contains("Get(4)", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("Get(2)", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_says_when_calls_are_not_recorded()
    {
        var dump = Core().Dump();

        Assert.Contains("calls: not recorded", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_rejects_a_negative_call_count_and_a_null_fake()
    {
        Assert.Equal("recentCalls", Assert.Throws<ArgumentOutOfRangeException>(() => Core().Dump(-1)).ParamName);
        Assert.Equal("fake", Assert.Throws<ArgumentNullException>(() => FakeDump.Dump(null!)).ParamName);
    }

    private FakeCore Core(bool recordCalls = false)
        => new(new InMemoryFakeOptions { TimeProvider = _clock, RecordCalls = recordCalls }, new FakeDefaults("IStore"));
}
