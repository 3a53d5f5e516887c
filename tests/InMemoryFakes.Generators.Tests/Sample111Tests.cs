using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample111 (session 35), token and session codebases. VeSessionManager's <c>IDiscordEventClient</c> (a guild's
/// scheduled events through Discord's API: <c>CreateEventAsync(guildId, request)</c>, <c>UpdateEventAsync(guildId, eventId,
/// request)</c>, <c>DeleteEventAsync(guildId, eventId)</c>, <c>ListEventsAsync(guildId)</c>) is read as a key-value store of
/// string values under a ulong key (the guild id first, the event id where a write's value goes), and its four verbs were
/// refused as "'Event' after it is no noun of this store (its values' type string, …)": Event is no unknown word, it names
/// <c>DiscordEvent</c>, which the members return, and which the fake's one table does not hold. The refusals now say that
/// (docs/generator.md, key-value refused guesses). A noun that names nothing the interface mentions, a noun two of its
/// types share, and a store of object values keep the message they had.
/// </summary>
public class Sample111Tests
{
    private const string Discord = Sources.Usings + """
        namespace V;

        public record DiscordEventRequest(string Name, string Description, DateTime StartTimeUtc, DateTime EndTimeUtc, string Location);

        public class DiscordEvent
        {
            public required string Id { get; set; }
            public string? Name { get; set; }
            public DateTime? StartTimeUtc { get; set; }
        }

        [InMemoryFake]
        public interface IDiscordEventClient
        {
            bool IsConfigured { get; }
            Task<DiscordEvent> CreateEventAsync(ulong guildId, DiscordEventRequest request, CancellationToken cancellationToken);
            Task UpdateEventAsync(ulong guildId, string eventId, DiscordEventRequest request, CancellationToken cancellationToken);
            Task DeleteEventAsync(ulong guildId, string eventId, CancellationToken cancellationToken);
            Task<IReadOnlyList<DiscordEvent>> ListEventsAsync(ulong guildId, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void A_verb_whose_noun_names_a_type_the_interface_returns_but_the_store_does_not_hold_is_refused_naming_that_type()
    {
        var run = GeneratorHarness.Run(Discord);
        // Since h-kv38 (session 38) the refusals that rested on the value pick named the tie ("no member reads a value back,
        // and the writes take V.DiscordEventRequest and string in equal numbers"), which ListEventsAsync, a read of values,
        // contradicts. Since session 40 (RefusalCauseTests): only verbs both kinds share made it a key-value store, beside
        // DiscordEvent with a key, so each refusal says why no entity was taken, then the repository reading's cause.
        const string Why = "matches no store convention: IDiscordEventClient was read as a key-value store, not as a repository of DiscordEvent (which has a key, Id), because no member proves DiscordEvent its rows "
            + "(none adds or updates a whole one, lists every one, or reads one by its key alone), and read as a repository of DiscordEvent it is refused too: ";
        Refusals.Exactly(
            run,
            ("CreateEventAsync", Why + "it must take one DiscordEvent parameter and nothing else the conventions know, and it takes 'guildId' (ulong), 'request' (DiscordEventRequest)"),
            ("UpdateEventAsync", Why + "it must take one DiscordEvent parameter and nothing else the conventions know"),
            ("DeleteEventAsync", Why + "parameter 'guildId' names neither the key (Id) nor a property of DiscordEvent"),
            ("ListEventsAsync", Why + "parameter 'guildId' names neither the key (Id) nor a property of DiscordEvent"),
            ("IsConfigured", Why + "it returns bool; only a Count property (int or long) and an IQueryable of the entities are supported"));
        foreach (var member in new[] { "CreateEventAsync", "UpdateEventAsync", "DeleteEventAsync", "ListEventsAsync" })
        {
            var message = Refusals.Message(run, member);
            Assert.DoesNotContain("is no noun of this store", message, StringComparison.Ordinal);
            // Read as a repository of DiscordEvent (Kind = EntityRepository) these members are refused again, so since
            // h-refusals35 (merged beside this round) the refusal offers no such setting.
            Assert.DoesNotContain("Kind = StoreKind.EntityRepository", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_noun_that_names_nothing_the_interface_mentions_or_two_of_its_types_keeps_the_unknown_noun_refusal()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class TransactionReceipt { public string Hash { get; set; } = ""; }

            [InMemoryFake]
            public interface IProposals
            {
                void Set(string key, string value);
                string? Get(string key);
                IEnumerable<TransactionReceipt> GetTransactionsToPropose(long era);
            }

            public class AuditRequest { public string Id { get; set; } = ""; }
            public class ExportRequest { public string Id { get; set; } = ""; }

            [InMemoryFake]
            public interface IRequestLog
            {
                void Set(string key, string value);
                string? Get(string key);
                void AddRequest(string key, AuditRequest audit, ExportRequest export);
            }
            """);
        Refusals.Exactly(
            run,
            // Since h-kvjson37 a read of rows the store does not hold is refused for its result first (KeyValueRefusalsLeftTests).
            ("GetTransactionsToPropose", "it returns IEnumerable<TransactionReceipt>, rows of TransactionReceipt, which are neither the store's values (string), its key (string) nor a part of them"),
            ("AddRequest", "'Request' after it is no noun of this store (its values' type string, "));
    }

    [Fact]
    public void A_member_that_reads_or_writes_the_stores_values_under_the_noun_keeps_the_unknown_noun_refusal()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class BlockHeader { public ulong Index { get; set; } }

            [InMemoryFake]
            public interface IHeaders
            {
                void Put(ulong index, string value);
                void SetHeader(ulong index, string header);
                string? GetHeader(ulong index);
                IEnumerable<BlockHeader> ListHeaders();
            }
            """);
        Refusals.Exactly(
            run,
            ("SetHeader", "'Header' after it is no noun of this store (its values' type string, "),
            ("GetHeader", "'Header' after it is no noun of this store (its values' type string, "),
            ("ListHeaders", "in 'ListHeaders' names BlockHeader, a type its interface takes or returns, but the store's values are string"));
    }

    [Fact]
    public void A_noun_that_names_a_part_of_the_stores_values_or_a_framework_type_keeps_the_unknown_noun_refusal()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class ServiceIdentity { public string Id { get; set; } = ""; }
            public sealed class Versioned<T> { public T? Value { get; set; } }

            [InMemoryFake]
            public interface IIdentitiesCache
            {
                void Set(string key, Versioned<ServiceIdentity> value);
                Versioned<ServiceIdentity>? Get(string key);
                void RefreshServiceIdentity(string key, ServiceIdentity identity);
            }

            public class ApiScope { public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface IScopeCache
            {
                void Set(string key, ApiScope value);
                ApiScope? Get(string key);
                Task<List<ApiScope>> GetListAsync(bool all);
            }
            """);
        Refusals.Exactly(
            run,
            ("RefreshServiceIdentity", "'ServiceIdentity' after it is no noun of this store (its values' type Versioned<ServiceIdentity>, "),
            ("GetListAsync", "'List' after it is no noun of this store (its values' type ApiScope, "));
    }

    [Fact]
    public void A_store_of_object_values_keeps_the_unknown_noun_refusal()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public sealed record BIReport(string ReportId, string DatasetId, string EmbedUrl);

            [InMemoryFake]
            public interface IPowerBIService
            {
                Task<IEnumerable<BIReport>> GetReports(string token, string[] reportIds);
            }
            """);
        Refusals.Exactly(run, ("GetReports", "'Reports' after it is no noun of this store (the interface's subject, or "));
    }
}
