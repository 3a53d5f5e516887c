using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Two shapes a lead's first try on fresh interfaces (session 19) found refused although their signatures prove them:
/// <c>Try…</c> writes of an entity repository (<c>bool TryRemove(id)</c>, <c>Task&lt;bool&gt; TryDeleteAsync(id)</c>,
/// <c>bool TryUpdate(entity)</c>, as <c>ConcurrentDictionary</c>'s Try methods: false for a missing entity, never the
/// not-found error), and a one-field setter whose noun names a date or time property up to its time word
/// (<c>SetLastSeen(id, at)</c> → <c>LastSeenAt</c>). And the cases they still refuse: a Try write that does not return
/// <c>bool</c>, one over an entity with a concurrency token, and a time word two properties share.
/// </summary>
public class TryWriteAndTimeFieldTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static string Message(GeneratorRun run, string member) => Refusals.Message(run, member);

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void Try_removals_by_key_answer_whether_they_removed_one_and_leave_the_others()
    {
        var run = Run("""
            namespace V;
            public class Device { public Guid Id { get; set; } public string Name { get; set; } = ""; public string Owner { get; set; } = ""; }
            [InMemoryFake]
            public interface IDeviceRepository
            {
                void Add(Device device);
                Device? Find(Guid id);
                bool TryRemove(Guid id);
                Task<bool> TryDeleteAsync(Guid id);
                ValueTask<bool> TryRemoveDeviceAsync(Guid id, CancellationToken cancellationToken = default);
                int Count();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IDeviceRepository devices = new InMemoryDeviceRepository();
                    var a = new Device { Id = Guid.NewGuid(), Name = "a" };
                    var b = new Device { Id = Guid.NewGuid(), Name = "b" };
                    var c = new Device { Id = Guid.NewGuid(), Name = "c" };
                    devices.Add(a); devices.Add(b); devices.Add(c);
                    Is(true, devices.TryRemove(a.Id), "TryRemove of a stored id");
                    Is(false, devices.TryRemove(a.Id), "TryRemove of the same id again");
                    Is(true, devices.TryDeleteAsync(b.Id).GetAwaiter().GetResult(), "TryDeleteAsync of a stored id");
                    Is(false, devices.TryDeleteAsync(Guid.NewGuid()).GetAwaiter().GetResult(), "TryDeleteAsync of an id never stored");
                    Is(false, devices.TryRemoveDeviceAsync(b.Id).AsTask().GetAwaiter().GetResult(), "TryRemoveDeviceAsync of a removed id");
                    Is(1, devices.Count(), "what is left");
                    Is("c", devices.Find(c.Id)?.Name, "the device not removed");
                    Is(null, devices.Find(a.Id), "a removed device");
                }
            }
            """);
    }

    [Fact]
    public void Try_removals_by_entity_answer_false_for_an_entity_not_stored()
    {
        var run = Run("""
            namespace V;
            public class Session { public string Id { get; set; } = ""; public string UserId { get; set; } = ""; }
            [InMemoryFake]
            public interface ISessionStore
            {
                Task AddAsync(Session session);
                Task<bool> TryRemoveAsync(Session session);
                Task<int> CountAsync();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ISessionStore sessions = new InMemorySessionStore();
                    var one = new Session { Id = "s1", UserId = "u1" };
                    sessions.AddAsync(one).GetAwaiter().GetResult();
                    sessions.AddAsync(new Session { Id = "s2", UserId = "u2" }).GetAwaiter().GetResult();
                    sessions.AddAsync(new Session { Id = "s3", UserId = "u2" }).GetAwaiter().GetResult();
                    Is(true, sessions.TryRemoveAsync(one).GetAwaiter().GetResult(), "TryRemoveAsync of a stored session");
                    Is(false, sessions.TryRemoveAsync(one).GetAwaiter().GetResult(), "TryRemoveAsync of a session no longer stored");
                    Is(2, sessions.CountAsync().GetAwaiter().GetResult(), "what is left");
                }
            }
            """);
    }

    [Fact]
    public void Try_updates_answer_false_for_a_missing_entity_and_write_a_stored_one()
    {
        var run = Run("""
            namespace V;
            public class Device { public Guid Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IDeviceRepository
            {
                bool TryAdd(Device device);
                Device? Get(Guid id);
                bool TryUpdate(Device device);
                Task<bool> TryReplaceAsync(Guid id, Device device);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IDeviceRepository devices = new InMemoryDeviceRepository();
                    var id = Guid.NewGuid();
                    Is(false, devices.TryUpdate(new Device { Id = id, Name = "ghost" }), "TryUpdate of a device not stored");
                    Is(null, devices.Get(id), "TryUpdate does not create");
                    Is(true, devices.TryAdd(new Device { Id = id, Name = "first" }), "TryAdd");
                    Is(true, devices.TryUpdate(new Device { Id = id, Name = "second" }), "TryUpdate of a stored device");
                    Is("second", devices.Get(id)?.Name, "the update is stored");
                    Is(true, devices.TryReplaceAsync(id, new Device { Id = id, Name = "third" }).GetAwaiter().GetResult(), "TryReplaceAsync by key");
                    Is("third", devices.Get(id)?.Name, "the replacement is stored");
                    var other = Guid.NewGuid();
                    Is(false, devices.TryReplaceAsync(other, new Device { Id = other, Name = "x" }).GetAwaiter().GetResult(), "TryReplaceAsync of an id not stored");
                    Is(null, devices.Get(other), "TryReplaceAsync does not create");
                }
            }
            """);
    }

    [Fact]
    public void Try_writes_that_do_not_return_bool_or_meet_a_concurrency_token_are_refused()
    {
        var run = Run("""
            namespace V;
            public class Device { public Guid Id { get; set; } public string Name { get; set; } = ""; }
            public class Order { public int Id { get; set; } public byte[] RowVersion { get; set; } = Array.Empty<byte>(); }
            [InMemoryFake]
            public interface IDeviceRepository
            {
                void Add(Device device);
                void TryRemove(Guid id);
                Task<int> TryDeleteAsync(Guid id);
                Device TryUpdate(Device device);
                void TryUpdate(Guid id, Action<Device> change);
            }
            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order order);
                bool TryUpdate(Order order);
                bool TryRemove(Order order);
                bool TryDelete(int id);
            }
            """);

        Assert.Equal(new[] { "TryDeleteAsync", "TryRemove", "TryRemove", "TryUpdate", "TryUpdate", "TryUpdate" },
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(d => d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan)).OrderBy(static m => m, StringComparer.Ordinal).ToArray());
        var messages = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(3, messages.Count(static m => m.Contains("is a Try write, which returns bool", StringComparison.Ordinal)));
        Assert.Contains(messages, static m => m.Contains("'TryUpdate' is a Try write of a Order with a concurrency token (RowVersion)", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.Contains("'TryUpdate' is a Try write, which answers false for a missing Device, but a change of the stored entity returns nothing", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.Contains("'TryRemove' is a Try write of a Order with a concurrency token (RowVersion)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_field_setter_sets_the_date_property_its_noun_names_up_to_a_time_word()
    {
        var run = Run("""
            namespace V;
            public class Device
            {
                public Guid Id { get; set; }
                public DateTime? LastSeenAt { get; set; }
                public DateTimeOffset LastLoginDate { get; set; }
                public DateTime ExpiresOn { get; set; }
            }
            [InMemoryFake]
            public interface IDeviceRepository
            {
                void Add(Device device);
                Device? Get(Guid id);
                void SetLastSeen(Guid id, DateTime at);
                Task UpdateLastLoginAsync(Guid deviceId, DateTimeOffset when);
                bool ChangeExpires(Guid id, DateTime value);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IDeviceRepository devices = new InMemoryDeviceRepository();
                    var id = Guid.NewGuid();
                    devices.Add(new Device { Id = id });
                    var seen = new DateTime(2026, 12, 4, 23, 0, 0, DateTimeKind.Utc);
                    devices.SetLastSeen(id, seen);
                    Is(seen, devices.Get(id)?.LastSeenAt, "SetLastSeen sets LastSeenAt");
                    var login = new DateTimeOffset(2026, 12, 5, 1, 2, 3, TimeSpan.Zero);
                    devices.UpdateLastLoginAsync(id, login).GetAwaiter().GetResult();
                    Is(login, devices.Get(id)?.LastLoginDate, "UpdateLastLoginAsync sets LastLoginDate");
                    Is(seen, devices.Get(id)?.LastSeenAt, "and leaves LastSeenAt");
                    Is(true, devices.ChangeExpires(id, seen), "ChangeExpires of a stored device");
                    Is(seen, devices.Get(id)?.ExpiresOn, "ChangeExpires sets ExpiresOn");
                    Is(false, devices.ChangeExpires(Guid.NewGuid(), seen), "ChangeExpires of a missing device");
                    Throws<NotFoundException>(() => devices.SetLastSeen(Guid.NewGuid(), seen), null, "SetLastSeen of a missing device");
                }
            }
            """);
    }

    [Fact]
    public void A_one_field_setter_whose_time_word_two_properties_share_or_whose_value_is_no_time_is_refused()
    {
        var run = Run("""
            namespace V;
            public class Account
            {
                public Guid Id { get; set; }
                public DateTime? LastLoginAt { get; set; }
                public DateTime? LastLoginDate { get; set; }
                public string LastSeenOn { get; set; } = "";
            }
            [InMemoryFake]
            public interface IAccountRepository
            {
                void Add(Account account);
                void SetLastLogin(Guid id, DateTime at);
                void SetLastSeen(Guid id, DateTime at);
                void UpdateLastSeen(Guid id, string where);
            }
            """);

        Assert.Equal(new[] { "SetLastLogin", "SetLastSeen", "UpdateLastSeen" },
            run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(d => d.Location.SourceTree!.GetText(TestContext.Current.CancellationToken).ToString(d.Location.SourceSpan)).OrderBy(static m => m, StringComparer.Ordinal).ToArray());
        Assert.Contains("'SetLastLogin' is not a known verb", Message(run, "SetLastLogin"), StringComparison.Ordinal);
    }
}
