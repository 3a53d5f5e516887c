using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>FakeCore hooks: call log, fault injection, delays on the manual clock, seeding, inspection.</summary>
public class FakeCoreTests
{
    private static FakeCore Core(ManualClock clock, bool recordCalls = false, params string[] members)
        => new(new InMemoryFakeOptions { TimeProvider = clock, RecordCalls = recordCalls }, new FakeDefaults("IUserRepository") { Members = members });

    // ---- call log ----

    [Fact]
    public void Calls_are_not_recorded_unless_enabled()
    {
        var core = Core(new ManualClock());

        core.Intercept("Get", 1);

        Assert.False(core.IsIntercepting);
        Assert.Empty(core.Calls.All);
        Assert.Equal(0, core.Calls.Count("Get"));
    }

    [Fact]
    public void Enabled_call_log_records_member_arguments_and_clock_time_in_order()
    {
        var clock = new ManualClock();
        var core = Core(clock, recordCalls: true);
        var start = clock.GetUtcNow();

        core.Intercept("Get", 1);
        clock.Advance(TimeSpan.FromSeconds(2));
        core.Intercept("Add", "ann", null);
        core.Intercept("Get", 2);

        Assert.True(core.IsIntercepting);
        var all = core.Calls.All;
        Assert.Equal(new[] { "Get", "Add", "Get" }, all.Select(c => c.Member));
        Assert.Equal(new object?[] { 1 }, all[0].Arguments);
        Assert.Equal(new object?[] { "ann", null }, all[1].Arguments);
        Assert.Equal(start, all[0].At);
        Assert.Equal(start.AddSeconds(2), all[1].At);
        Assert.Equal(2, core.Calls.Count("Get"));
        Assert.Equal(new object?[] { 2 }, core.Calls.Of("Get")[1].Arguments);
    }

    [Fact]
    public void Call_log_can_be_switched_on_and_off_at_run_time_and_cleared()
    {
        var core = Core(new ManualClock());
        core.Calls.Enabled = true;
        core.Intercept("Get", 1);
        core.Calls.Enabled = false;
        core.Intercept("Get", 2);

        Assert.Single(core.Calls.All);
        core.Calls.Clear();
        Assert.Empty(core.Calls.All);
    }

    [Fact]
    public async Task InterceptAsync_records_calls_too()
    {
        var core = Core(new ManualClock(), recordCalls: true);

        await core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken, 5);

        Assert.Equal(new object?[] { 5 }, Assert.Single(core.Calls.Of("GetAsync")).Arguments);
    }

    // ---- faults ----

    [Fact]
    public void Throw_once_makes_the_member_throw_on_the_next_call_only()
    {
        var core = Core(new ManualClock());
        var boom = new InvalidOperationException("boom");
        core.Faults.Throw("Get", boom, times: 1);

        Assert.True(core.IsIntercepting);
        var ex = Assert.Throws<InvalidOperationException>(() => core.Intercept("Get", 1));
        Assert.Same(boom, ex);

        core.Intercept("Get", 1);
        Assert.False(core.IsIntercepting);
    }

    [Fact]
    public void Throw_applies_only_to_its_member_and_a_given_number_of_times()
    {
        var core = Core(new ManualClock());
        core.Faults.Throw("Get", () => new TimeoutException(), times: 2);

        core.Intercept("Add");
        Assert.Throws<TimeoutException>(() => core.Intercept("Get"));
        Assert.Throws<TimeoutException>(() => core.Intercept("Get"));
        core.Intercept("Get");
    }

    [Fact]
    public void Throw_always_and_wildcard_apply_to_every_call_until_cleared()
    {
        var core = Core(new ManualClock());
        core.Faults.Throw("*", () => new TimeoutException());

        for (var i = 0; i < 3; i++)
        {
            Assert.Throws<TimeoutException>(() => core.Intercept("Get"));
            Assert.Throws<TimeoutException>(() => core.Intercept("Add"));
        }

        core.Faults.Clear();
        core.Intercept("Get");
    }

    [Fact]
    public async Task InterceptAsync_faults_with_the_injected_error()
    {
        var core = Core(new ManualClock());
        core.Faults.Throw("GetAsync", new TimeoutException(), times: 1);

        await Assert.ThrowsAsync<TimeoutException>(async () => await core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken));
        await core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken);
    }

    [Fact]
    public void An_unknown_member_name_is_rejected_when_the_members_are_known()
    {
        var core = Core(new ManualClock(), false, "Get", "Add");

        var ex = Assert.Throws<ArgumentException>(() => core.Faults.Throw("Gett", new InvalidOperationException()));
        Assert.Throws<ArgumentException>(() => core.Faults.Delay("Remove", TimeSpan.FromSeconds(1)));

        Assert.Equal("member", ex.ParamName);
        Assert.Contains("Gett", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Add, Get", ex.Message, StringComparison.Ordinal);
        Assert.False(core.IsIntercepting);
        core.Faults.Throw("Get", new InvalidOperationException(), times: 1);
        core.Faults.Throw("*", new InvalidOperationException(), times: 1);
    }

    [Fact]
    public void Fault_arguments_are_validated()
    {
        var core = Core(new ManualClock());

        Assert.Throws<ArgumentOutOfRangeException>("times", () => core.Faults.Throw("Get", new InvalidOperationException(), times: 0));
        Assert.Throws<ArgumentOutOfRangeException>("delay", () => core.Faults.Delay("Get", TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>("delay", () => core.Faults.Delay("Get", TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentNullException>("exception", () => core.Faults.Throw("Get", (Exception)null!));
        Assert.Throws<ArgumentException>("member", () => core.Faults.Throw(string.Empty, new InvalidOperationException()));
        Assert.False(core.IsIntercepting);
    }

    [Fact]
    public async Task Delay_with_a_manual_clock_completes_only_when_the_clock_passes_the_delay()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        core.Faults.Delay("GetAsync", TimeSpan.FromSeconds(5), times: 1);

        var call = core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken).AsTask();
        Assert.False(call.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(5) - Support.OneTick);
        Assert.False(call.IsCompleted);

        clock.Advance(Support.OneTick);
        await call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(call.IsCompletedSuccessfully);

        var next = core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken);
        Assert.True(next.IsCompleted, "the delay applied once");
    }

    [Fact]
    public async Task Delay_then_throw_applies_both_in_one_call()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        core.Faults.Delay("GetAsync", TimeSpan.FromSeconds(1), times: 1);
        core.Faults.Throw("GetAsync", new TimeoutException(), times: 1);

        var call = core.InterceptAsync("GetAsync", TestContext.Current.CancellationToken).AsTask();
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutException>(() => call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_injected_delay_is_cancellable()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        core.Faults.Delay("GetAsync", TimeSpan.FromHours(1));
        using var cts = new CancellationTokenSource();

        var call = core.InterceptAsync("GetAsync", cts.Token).AsTask();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    // ---- seeding and inspection ----

    [Fact]
    public void Seed_puts_entities_in_the_entity_table_as_upserts()
    {
        var core = Core(new ManualClock(), recordCalls: true);
        var users = core.EntityTable("User", Support.UserModel());
        IInMemoryFake fake = core;

        fake.Seed(new User { Id = 1, Name = "Ann" }, new User { Name = "Bob" });
        fake.Seed(new User { Id = 1, Name = "Ann B" });

        Assert.Equal(new[] { (1, "Ann B"), (2, "Bob") }, users.Values().Select(u => (u.Id, u.Name)));
        Assert.Equal(2, fake.Count);
        Assert.Empty(fake.Calls.All);
        Assert.Equal(3, users.Add(new User()).Id);
    }

    [Fact]
    public void Seed_puts_pairs_in_a_key_value_table()
    {
        var core = Core(new ManualClock());
        var kv = core.KeyValueTable<string, int>("kv");

        core.Seed(KeyValuePair.Create("a", 1), KeyValuePair.Create("b", 2));

        Assert.Equal(new[] { KeyValuePair.Create("a", 1), KeyValuePair.Create("b", 2) }, kv.Entries());
    }

    [Fact]
    public void Seed_of_a_type_no_table_stores_throws_ArgumentException_and_null_items_are_rejected_before_anything_is_stored()
    {
        var core = Core(new ManualClock());
        var users = core.EntityTable("User", Support.UserModel());

        Assert.Throws<ArgumentException>("items", () => core.Seed(new Point(1, 2)));
        Assert.Throws<ArgumentNullException>("items", () => core.Seed(new User { Name = "Ann" }, null!));
        Assert.Throws<ArgumentNullException>("items", () => core.Seed<User>(null!));

        Assert.Equal(0, users.Count);
    }

    [Fact]
    public void Entries_inspects_every_table_of_the_fake()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        core.EntityTable("User", Support.UserModel()).Add(new User());
        core.KeyValueTable<string, string>("cache").Set("k", "v", Expiration.After(TimeSpan.FromSeconds(9)));

        var entries = ((IInMemoryFake)core).Entries;

        Assert.Equal(new[] { "User", "cache" }, entries.Select(e => e.Store));
        Assert.Equal(new object[] { 1, "k" }, entries.Select(e => e.Key));
        Assert.Equal(new DateTimeOffset?[] { null, clock.GetUtcNow().AddSeconds(9) }, entries.Select(e => e.ExpiresAt));
    }

    [Fact]
    public void A_fakes_table_factories_return_the_same_table_for_a_name()
    {
        var core = Core(new ManualClock());

        Assert.Same(core.KeyValueTable<string, int>("kv"), core.KeyValueTable<string, int>("kv"));
        Assert.Same(core.EntityTable("User", Support.UserModel()), core.EntityTable("User", Support.UserModel()));
        Assert.Equal(2, core.Tables.Count);
        Assert.Equal("IUserRepository", core.Name);
    }

    [Fact]
    public void A_unit_of_work_tracks_a_table_once_so_two_repositories_of_one_entity_share_its_session()
    {
        var core = Core(new ManualClock());
        var users = core.EntityTable("User", Support.UserModel());
        var first = core.UnitOfWork().Track(users);
        var second = core.UnitOfWork().Track(core.EntityTable("User", Support.UserModel()));
        Assert.Same(first, second);

        first.Add(new User { Id = 1, Name = "ada" });
        Assert.Equal("ada", second.Find(1)?.Name); // a pending add with a known key is found through either
        Assert.Equal(1, core.UnitOfWork().SaveChanges()); // and saved once
        Assert.Equal(1, users.Count);
    }

    [Fact]
    public void IInMemoryFake_members_forward_to_the_core()
    {
        var clock = new ManualClock();
        var core = Core(clock);
        IInMemoryFake fake = core;

        Assert.Same(core, fake.Core);
        Assert.Same(clock, fake.Clock);
        Assert.Same(core.Backend, fake.Backend);
        Assert.Same(core.Calls, fake.Calls);
        Assert.Same(core.Faults, fake.Faults);
    }
}
