using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-kv38 (session 38): a key-value store's choices follow its signatures. The value type's tie between a type and a
/// list of it (Jellyfin's keyframe store) went by the display names' ordinal order, so the same interface in namespace
/// <c>V</c> made a table of lists and in <c>App</c> a table of <c>KeyframeData</c>; a tie the signatures leave is now
/// refused naming its types, and the pick among them no longer depends on the namespace. A write votes "key-value store"
/// only with a place for a key (eShop's <c>SaveEventAsync(@event, transaction)</c> votes nothing).
/// </summary>
public class KeyValueChoicesTests
{
    private const string Keyframes = """

        public class KeyframeData
        {
            public KeyframeData(long totalDuration, IReadOnlyList<long> keyframeTicks)
            {
                TotalDuration = totalDuration;
                KeyframeTicks = keyframeTicks;
            }

            public long TotalDuration { get; }

            public IReadOnlyList<long> KeyframeTicks { get; }
        }

        [InMemoryFake]
        public interface IKeyframeRepository
        {
            IReadOnlyList<KeyframeData> GetKeyframeData(Guid itemId);

            Task SaveKeyframeDataAsync(Guid itemId, KeyframeData data, CancellationToken cancellationToken);

            Task DeleteKeyframeDataAsync(Guid itemId, CancellationToken cancellationToken);
        }
        """;

    /// <summary>The interface and its types in <paramref name="space"/>, the types in the order given or reversed.</summary>
    private static string In(string space, string declarations, bool reversed = false)
    {
        var parts = declarations.Split("\n\n[InMemoryFake]", StringSplitOptions.None);
        Assert.Equal(2, parts.Length);
        var body = reversed ? "[InMemoryFake]" + parts[1] + "\n" + parts[0] : parts[0] + "\n\n[InMemoryFake]" + parts[1];
        return Sources.Usings + "namespace " + space + ";\n" + body;
    }

    /// <summary>Every diagnostic as "id member: message", the namespace written as N, ordered.</summary>
    private static string[] Normalized(GeneratorRun run, string space)
        => run.GeneratorDiagnostics
            .Select(d => d.Id + " " + Refusals.PointedAt(d) + ": " + d.GetMessage(CultureInfo.InvariantCulture).Replace(space + ".", "N.", StringComparison.Ordinal))
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The generated fake's source with the namespace written as N.</summary>
    private static string Fake(GeneratorRun run, string space, string name)
        => run.Sources.Single(s => s.Key.EndsWith("." + name + ".InMemoryFake.g.cs", StringComparison.Ordinal)).Value
            .Replace("global::" + space + ".", "global::N.", StringComparison.Ordinal).Replace("namespace " + space + "\n", "namespace N\n", StringComparison.Ordinal);

    [Theory]
    [InlineData("App", false)]
    [InlineData("V", false)]
    [InlineData("Names", false)]
    [InlineData("Zz.Media", true)]
    public void The_keyframe_store_keeps_the_written_value_in_any_namespace_and_declaration_order(string space, bool reversed)
    {
        var reference = GeneratorHarness.Run(In("App", Keyframes));
        var run = GeneratorHarness.Run(In(space, Keyframes, reversed));

        Assert.Equal(Normalized(reference, "App"), Normalized(run, space));
        Assert.Equal(Fake(reference, "App", "IKeyframeRepository"), Fake(run, space, "IKeyframeRepository"));
        Assert.StartsWith("'GetKeyframeData' of IKeyframeRepository matches no key-value store convention: it reads a list of " + space
            + ".KeyframeData by the key, where the store's writes keep one KeyframeData per key:", Refusals.Message(run, "GetKeyframeData"), StringComparison.Ordinal);
        Assert.Contains("'GetKeyframeData' reads a collection of " + space + ".KeyframeData for one key", Refusals.Message(run, "SaveKeyframeDataAsync"), StringComparison.Ordinal);
        Assert.Equal(["IMF0001 GetKeyframeData", "IMF0001 SaveKeyframeDataAsync"], Refusals.Listed(run));
    }

    [Fact]
    public void The_keyframe_stores_removal_is_generated_in_a_namespace_after_System()
    {
        var run = GeneratorHarness.Run(In("V", Keyframes), Sources.Usings + """
            namespace V;

            public partial class InMemoryKeyframeRepository
            {
                public IReadOnlyList<KeyframeData> GetKeyframeData(Guid itemId) => Store.Get(itemId) is KeyframeData data ? new[] { data } : Array.Empty<KeyframeData>();

                public Task SaveKeyframeDataAsync(Guid itemId, KeyframeData data, CancellationToken cancellationToken)
                {
                    Store.Set(itemId, data);
                    return Task.CompletedTask;
                }
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IKeyframeRepository repository = new InMemoryKeyframeRepository();
                    var movie = Guid.NewGuid();
                    repository.SaveKeyframeDataAsync(movie, new KeyframeData(9_000, [0, 3_000]), CancellationToken.None).GetAwaiter().GetResult();
                    Is(1, repository.GetKeyframeData(movie).Count, "the hand-written read finds the KeyframeData the table holds");
                    repository.DeleteKeyframeDataAsync(movie, CancellationToken.None).GetAwaiter().GetResult();
                    Is(0, repository.GetKeyframeData(movie).Count, "the generated removal deletes the item's entry");
                    repository.DeleteKeyframeDataAsync(movie, CancellationToken.None).GetAwaiter().GetResult();
                }
            }
            """);
    }

    private const string TwoReads = """

        public class Profile
        {
            public string Name { get; set; } = "";
        }

        [InMemoryFake]
        public interface IProfileCache
        {
            Profile? GetProfile(string key);

            void SetProfile(string key, Profile value);

            Version? GetVersion(string key);

            void SetVersion(string key, Version value);

            bool Remove(string key);
        }
        """;

    [Theory]
    [InlineData("App")]
    [InlineData("V")]
    [InlineData("Names")]
    public void A_value_type_tie_the_signatures_leave_is_refused_naming_both_types_in_any_namespace(string space)
    {
        // Profile and System.Version are each read back as one value and written by one member: nothing says which one the
        // store keeps. Before, the display names decided: App.Profile sorts before System.Version (GetProfile and SetProfile
        // generated, the Version members refused for "differs"), V.Profile after it (the Version members generated).
        var run = GeneratorHarness.Run(In(space, TwoReads));
        var cause = "its members read and write " + space + ".Profile and System.Version as values, as many members each, and no signature says which of them the store keeps under a key";
        Assert.StartsWith("'GetProfile' of IProfileCache matches no key-value store convention: " + cause, Refusals.Message(run, "GetProfile"), StringComparison.Ordinal);
        Assert.StartsWith("'GetVersion' of IProfileCache matches no key-value store convention: " + cause, Refusals.Message(run, "GetVersion"), StringComparison.Ordinal);
        Assert.StartsWith("'SetVersion' of IProfileCache matches no key-value store convention: " + cause, Refusals.Message(run, "SetVersion"), StringComparison.Ordinal);
        Assert.Equal(["IMF0001 GetProfile", "IMF0001 GetVersion", "IMF0001 SetProfile", "IMF0001 SetVersion"], Refusals.Listed(run));
        Assert.Equal(Normalized(GeneratorHarness.Run(In("App", TwoReads)), "App"), Normalized(run, space));
    }

    [Fact]
    public void A_read_of_one_value_still_settles_the_tie_over_a_written_type()
    {
        // h-sample90's rule: the type read back as one value wins over a type only written, whatever the names.
        var run = GeneratorHarness.Run(In("V", """

            public class Entry
            {
                public string Text { get; set; } = "";
            }

            [InMemoryFake]
            public interface IEntryCache
            {
                Entry? Get(string key);

                void Set(string key, Uri value);

                bool Remove(string key);
            }
            """));
        Assert.Equal(["IMF0001 Set"], Refusals.Listed(run));
        Assert.Contains("its value type System.Uri differs from the store's value type V.Entry", Refusals.Message(run, "Set"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_for_a_key_picked_among_tied_key_types_says_so()
    {
        var run = GeneratorHarness.Run(In("V", """

            public record AccountId(Guid Value);

            public class Account
            {
                public AccountId Id { get; set; } = new(Guid.Empty);
            }

            public class Credit
            {
                public decimal Amount { get; set; }
            }

            [InMemoryFake]
            public interface IAccountLedger
            {
                Task Add(Account account, Credit credit);

                Task Delete(AccountId accountId);
            }
            """));
        Assert.Contains("its parameter 'accountId' (V.AccountId) is not the key (V.Account), a pick among the key types the members take first as many times each (V.Account and V.AccountId): no signature says which of them keys the store",
            Refusals.Message(run, "Delete"), StringComparison.Ordinal);
    }

    private const string EventLog = """

        public interface IDbContextTransaction : IDisposable
        {
            Guid TransactionId { get; }
        }

        public record IntegrationEvent
        {
            public Guid Id { get; init; } = Guid.NewGuid();
        }

        public class IntegrationEventLogEntry
        {
            public Guid EventId { get; set; }
            public Guid TransactionId { get; set; }
        }

        [InMemoryFake]
        public interface IIntegrationEventLogService
        {
            Task<IEnumerable<IntegrationEventLogEntry>> RetrieveEventLogsPendingToPublishAsync(Guid transactionId);
            Task SaveEventAsync(IntegrationEvent @event, IDbContextTransaction transaction);
            Task MarkEventAsPublishedAsync(Guid eventId);
        }
        """;

    [Fact]
    public void A_write_of_the_named_value_with_no_place_for_a_key_votes_no_store_kind()
    {
        // eShop's integration-event log: the value first, then a transaction no other member takes: no key, so no key-value
        // write; every refusal keeps the note that nothing says which kind of store it is (h-kvjson37's Left (7)).
        var run = GeneratorHarness.Run(In("V", EventLog));
        Assert.Equal(["IMF0001 MarkEventAsPublishedAsync", "IMF0001 RetrieveEventLogsPendingToPublishAsync", "IMF0001 SaveEventAsync"], Refusals.Listed(run));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"), static d =>
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("matches no store convention", message, StringComparison.Ordinal);
            Assert.Contains("nothing in IIntegrationEventLogService says which kind of store it is", message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("Task SaveKeyframeDataAsync(Guid itemId, KeyframeData data, CancellationToken cancellationToken);")]
    [InlineData("Task SaveKeyframeDataAsync(KeyframeData data, Guid itemId, CancellationToken cancellationToken);")]
    public void A_write_of_the_named_value_beside_a_key_votes_for_a_key_value_store(string save)
    {
        // The key first (Jellyfin's), or after the value when the other members take that type first (their keys).
        var run = GeneratorHarness.Run(In("V", Keyframes.Replace("Task SaveKeyframeDataAsync(Guid itemId, KeyframeData data, CancellationToken cancellationToken);", save, StringComparison.Ordinal)));
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001"), static d =>
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("matches no key-value store convention", message, StringComparison.Ordinal);
            Assert.DoesNotContain("says which kind of store it is", message, StringComparison.Ordinal);
        });
    }
}
