using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover3 (session 29): what session 28's rounds noticed and left. A removal or update by the entity where every
/// lookup pairs the key with another property (Xigadee's channels, kept per id and direction); the retiring verbs beside
/// Revoke (Invalidate, Terminate, Expire, Deactivate, Disable) whose lists do not say whether the retired rows are in
/// them; <c>GetOrNull(key)</c> of an entity repository; two refusals whose reason was off (Trellis' write-only repository,
/// templating's requests); and fmbot's value-then-key <c>StorePrefix(prefix, key)</c>.
/// </summary>
public class SessionLeftovers28Tests
{
    private const string Channels = """
        #nullable enable
        namespace V;

        public enum Direction { Incoming = 1, Outgoing = 2 }
        public class Channel
        {
            public Channel(string id, Direction direction) { Id = id; Direction = direction; }
            public string Id { get; }
            public Direction Direction { get; }
            public string Description { get; set; } = "";
        }

        """;

    private const string Interface = """
        [InMemoryFake]
        public interface IChannelService
        {
            IEnumerable<Channel> Channels { get; }
            void Add(Channel item);
            bool Remove(Channel item);
            void Update(Channel item);
            bool Exists(string channelId, Direction direction);
            Channel? Get(string channelId, Direction direction);
            void UpdateDescription(string channelId, string description);
        }

        """;

    [Fact]
    public void A_removal_or_update_by_the_entity_is_refused_where_every_lookup_pairs_the_key_with_another_property()
    {
        // Xigadee's IChannelService: its store keeps a channel per id and direction, so Remove(item) removes only the channel
        // of the item's direction; the fake removed the stored channel of that id whatever its direction.
        var run = GeneratorHarness.Run(Sources.Usings + Channels + Interface);

        Refusals.Exactly(run,
            ("Remove", "every member of IChannelService that names one Channel by its key Id names Direction with it ('Exists(channelId, direction)', 'Get(channelId, direction)') and none takes Id alone, so whether Id alone names one row is not proven"),
            ("Update", "a store keyed by Id alone writes the row of that Id whatever its Direction"));
        Assert.Contains("removes only the row whose Id and Direction are the entity's", Refusals.Message(run, "Remove"), StringComparison.Ordinal);
        Assert.Contains("Store.", Refusals.Message(run, "Remove"), StringComparison.Ordinal);

        var written = GeneratorHarness.Run(Sources.Usings + Channels + Interface + """
            public partial class InMemoryChannelService
            {
                public bool Remove(Channel item) => false;
                public void Update(Channel item) { }
            }
            """);
        Assertions.Clean(written);
        BehaviourCheck.Run(written, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var channels = new InMemoryChannelService();
                    channels.Add(new Channel("audit", Direction.Incoming));
                    Is(true, channels.Exists("audit", Direction.Incoming), "the lookups by both values are generated");
                    Is(false, channels.Exists("audit", Direction.Outgoing), "and compare both");
                    Is(null, channels.Get("audit", Direction.Outgoing), "a get by both finds nothing for the other direction");
                    channels.UpdateDescription("audit", "log");
                    Is("log", channels.Get("audit", Direction.Incoming)?.Description, "a setter of one field is no lookup by two values");
                }
            }
            """);
    }

    [Fact]
    public void A_member_that_takes_the_key_alone_proves_it_names_a_row()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Channels + """
            [InMemoryFake]
            public interface IChannelService
            {
                void Add(Channel item);
                bool Remove(Channel item);
                bool Exists(string channelId, Direction direction);
                Channel? Find(string channelId);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var channels = new InMemoryChannelService();
                    channels.Add(new Channel("audit", Direction.Incoming));
                    Is(true, channels.Remove(new Channel("audit", Direction.Incoming)), "Remove(item) removes the row of its key");
                    Is(null, channels.Find("audit"), "it is gone");
                    Is(false, channels.Remove(new Channel("audit", Direction.Incoming)), "a second removal finds nothing");
                }
            }
            """);
    }

    private const string Retired = """
        #nullable enable
        namespace V;

        public enum SessionState { Active, Terminated }
        public class Token { public int Id { get; set; } public string UserId { get; set; } = ""; public bool IsInvalidated { get; set; } }
        public class Session { public int Id { get; set; } public string UserId { get; set; } = ""; public SessionState State { get; set; } }
        public class Offer { public int Id { get; set; } public string ShopId { get; set; } = ""; public DateTime? ExpiresAt { get; set; } }
        public class Account { public int Id { get; set; } public string TenantId { get; set; } = ""; public bool IsActive { get; set; } }
        public class ApiKey { public int Id { get; set; } public string OwnerId { get; set; } = ""; public bool Enabled { get; set; } }

        """;

    [Fact]
    public void A_list_beside_a_verb_that_retires_rows_by_marking_them_is_refused_as_beside_Revoke()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Retired + """
            [InMemoryFake]
            public interface ITokenRepository
            {
                void Add(Token token);
                List<Token> GetByUserId(string userId);
                void Invalidate(int id);
            }

            [InMemoryFake]
            public interface ISessionRepository
            {
                void Add(Session session);
                int CountByUserId(string userId);
                Task TerminateAsync(int sessionId);
            }

            [InMemoryFake]
            public interface IOfferRepository
            {
                void Add(Offer offer);
                List<Offer> GetAll();
                void ExpireOffer(int id);
            }

            [InMemoryFake]
            public interface IAccountRepository
            {
                void Add(Account account);
                bool ExistsByTenantId(string tenantId);
                void Deactivate(int id);
            }

            [InMemoryFake]
            public interface IApiKeyRepository
            {
                void Add(ApiKey key);
                List<ApiKey> FindByOwnerId(string ownerId);
                void Disable(int id);
            }
            """);

        Refusals.Exactly(run,
            ("GetByUserId", "it lists Token rows, and beside 'Invalidate' (an invalidation that keeps the row and marks it: IsInvalidated) a read of several rows that names no state does not say whether the invalidated rows are in it"),
            ("CountByUserId", "it counts Session rows, and beside 'TerminateAsync' (a termination that keeps the row and marks it: State)"),
            ("TerminateAsync", "Terminate"),
            ("GetAll", "it lists Offer rows, and beside 'ExpireOffer' (an expiry that keeps the row and marks it: ExpiresAt)"),
            ("ExpireOffer", "Expire"),
            ("ExistsByTenantId", "it tests for Account rows, and beside 'Deactivate' (a deactivation that keeps the row and marks it: IsActive)"),
            ("FindByOwnerId", "it lists ApiKey rows, and beside 'Disable' (a disabling that keeps the row and marks it: Enabled)"));
        Assert.Contains("compare the mark in its name (FindBy{Property}AndIsActive)", Refusals.Message(run, "ExistsByTenantId"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_comparing_the_mark_a_parameterless_switch_and_Cancel_leave_the_lists_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Retired + """
            public class Order { public int Id { get; set; } public string CustomerId { get; set; } = ""; public bool IsCancelled { get; set; } }

            [InMemoryFake]
            public interface IAccountRepository
            {
                void Add(Account account);
                List<Account> FindByTenantIdAndIsActive(string tenantId, bool isActive);
                List<Account> GetActive();
                List<Account> GetByTenantId(string tenantId);
                List<Account> GetActiveByTenantId(string tenantId);
                void Deactivate(int id);
            }

            [InMemoryFake]
            public interface IApiKeyRepository
            {
                void Add(ApiKey key);
                List<ApiKey> FindByOwnerId(string ownerId);
                void DisableTracking();
            }

            public partial class InMemoryApiKeyRepository
            {
                public void DisableTracking() { }
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order order);
                List<Order> GetByCustomerId(string customerId);
                void Cancel(int id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var accounts = new InMemoryAccountRepository();
                    accounts.Add(new Account { TenantId = "t", IsActive = true });
                    accounts.Add(new Account { TenantId = "t", IsActive = true });
                    accounts.Deactivate(1);
                    Is(1, accounts.FindByTenantIdAndIsActive("t", true).Count, "a condition on the mark selects the active account");
                    Is(1, accounts.GetActive().Count, "so does the flag word");
                    Is(1, accounts.GetActiveByTenantId("t").Count, "and the sibling that names the state");
                    Is(2, accounts.GetByTenantId("t").Count, "so the plain read beside it is every row, the deactivated one too");

                    var keys = new InMemoryApiKeyRepository();
                    keys.Add(new ApiKey { OwnerId = "o", Enabled = false });
                    Is(1, keys.FindByOwnerId("o").Count, "a parameterless DisableTracking() retires no row: the list is every match");

                    var orders = new InMemoryOrderRepository();
                    orders.Add(new Order { CustomerId = "c" });
                    orders.Cancel(1);
                    Is(1, orders.GetByCustomerId("c").Count, "a cancelled order is still one of the customer's, listed");
                    Is(true, orders.GetByCustomerId("c")[0].IsCancelled, "marked");
                }
            }
            """);
    }

    [Fact]
    public void GetOrNull_by_the_key_is_a_lookup_that_answers_null_for_a_missing_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class Definition { public string Name { get; set; } = ""; public string Display { get; set; } = ""; }

            [InMemoryFake]
            public interface IProductRepository
            {
                void Add(Product product);
                Product? GetOrNull(int id);
                Task<Product?> GetOrNullAsync(int id, CancellationToken cancellationToken = default);
            }

            [InMemoryFake(Key = "Name")]
            public interface IDefinitionContext
            {
                void Add(Definition definition);
                Definition? GetOrNull(string name);
            }

            #nullable disable
            [InMemoryFake]
            public interface IObliviousProductRepository
            {
                void Add(Product product);
                Task<Product> GetOrNullAsync(int id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var products = new InMemoryProductRepository();
                    Is(null, products.GetOrNull(1), "null for a missing key");
                    products.Add(new Product { Name = "pen" });
                    Is("pen", products.GetOrNull(1)?.Name, "the stored product");
                    Is("pen", products.GetOrNullAsync(1).GetAwaiter().GetResult()?.Name, "asynchronously");
                    Is(null, products.GetOrNullAsync(2).GetAwaiter().GetResult(), "null for a missing key, asynchronously");

                    var definitions = new InMemoryDefinitionContext();
                    definitions.Add(new Definition { Name = "OrderShipped", Display = "Shipped" });
                    Is("Shipped", definitions.GetOrNull("OrderShipped")?.Display, "by the stated key");
                    Is(null, definitions.GetOrNull("NewComment"), "null for a missing one");

                    var oblivious = new InMemoryObliviousProductRepository();
                    Is(null, oblivious.GetOrNullAsync(7).GetAwaiter().GetResult(), "an oblivious result: the name says null");
                }
            }
            """);
    }

    [Fact]
    public void GetOrNull_by_a_parameter_that_is_not_the_key_or_declared_never_null_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface IProductRepository
            {
                void Add(Product product);
                Product? Find(int id);
                Product? GetOrNull(string name);
                Product GetOrNullAsync(int id);
            }
            """);

        Refusals.Exactly(run,
            ("GetOrNull", "'GetOrNull' is read only as a lookup by the key that answers null for a missing one, and its parameters are not the key of Product (Id) by name and type; name it FindBy{Property} (FindByName)"),
            ("GetOrNullAsync", "an …OrNull returns null when nothing is found"));
    }

    [Fact]
    public void A_write_only_repository_beside_a_refused_removal_says_the_removal_is_a_write()
    {
        // Trellis' Recipe 16 IOrderRepository: Add and Remove stage writes for a unit of work outside the interface, and
        // RemoveByIdAsync answers a Result the store builds. The refusal of Add and Remove called RemoveByIdAsync one of the
        // "reads" handing out Result, as of an event store.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed record OrderId(Guid Value);
            public sealed class Order { public OrderId Id { get; init; } = new(Guid.NewGuid()); public decimal Total { get; set; } }
            public readonly record struct Unit;
            public readonly struct Result<T> { public bool IsSuccess { get; init; } public string? Error { get; init; } }

            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order order);
                void Remove(Order order);
                Task<Result<Unit>> RemoveByIdAsync(OrderId id, CancellationToken ct = default);
            }
            """);

        Refusals.Exactly(run,
            ("Add", "nothing in IOrderRepository reads an Order back: its other member 'RemoveByIdAsync' is a write, not a read, and answers Result, an outcome without a key that no convention fills, so it is not generated either; the writes alone would keep an Order that no generated member reads"),
            ("Remove", "write them with 'RemoveByIdAsync'"),
            ("RemoveByIdAsync", "Result"));
        Assert.DoesNotContain("its reads", Refusals.Message(run, "Add"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyless_type_the_interface_is_only_given_is_named_as_what_the_member_takes()
    {
        // dotnet/templating's IManagedTemplatePackageProvider: UpdateAsync takes update requests and answers a result per
        // request; IMF0009 asked for a key of UpdateRequest, which nothing stores.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public sealed class UpdateRequest { public string Identifier { get; set; } = ""; public string Version { get; set; } = ""; }
            public sealed class UpdateResult { public UpdateRequest? UpdateRequest { get; set; } public bool Success { get; set; } }

            [InMemoryFake]
            public interface IPackageProvider
            {
                Task<IReadOnlyList<UpdateResult>> UpdateAsync(IEnumerable<UpdateRequest> updateRequests, CancellationToken cancellationToken);
            }
            """);

        var message = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0009").GetMessage(CultureInfo.InvariantCulture);
        Assert.EndsWith(
            "write IPackageProvider by hand; no member reads an UpdateRequest back: 'UpdateAsync' takes UpdateRequest values and answers UpdateResult, so UpdateRequest is a request IPackageProvider acts on (its name says so), not a row it is shown to keep, and a key property would not make it one",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_then_key_write_whose_names_say_which_is_which_is_a_set()
    {
        // fmbot's IPrefixService: StorePrefix(string prefix, ulong key) beside GetPrefix(key) and RemovePrefix(key).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            #nullable disable
            [InMemoryFake]
            public interface IPrefixService
            {
                void StorePrefix(string prefix, ulong key);
                string GetPrefix(ulong key);
                void RemovePrefix(ulong key);
            }

            #nullable enable
            [InMemoryFake]
            public interface INicknameStore
            {
                void SetNickname(string value, int userId);
                string? GetNickname(int userId);
                void RemoveNickname(int userId);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var prefixes = new InMemoryPrefixService();
                    prefixes.StorePrefix("!", 1UL);
                    prefixes.StorePrefix("?", 2UL);
                    Is("!", prefixes.GetPrefix(1UL), "the prefix is stored under the key");
                    prefixes.StorePrefix("$", 1UL);
                    Is("$", prefixes.GetPrefix(1UL), "a second store replaces it");
                    prefixes.RemovePrefix(1UL);
                    Is(null, prefixes.GetPrefix(1UL), "removed");
                    Is("?", prefixes.GetPrefix(2UL), "the other key kept");
                    Throws<ArgumentNullException>(() => prefixes.StorePrefix(null, 2UL), "prefix", "a null prefix is refused loudly");
                    Is("?", prefixes.GetPrefix(2UL), "and changes nothing");

                    var aliases = new InMemoryNicknameStore();
                    aliases.SetNickname("bob", 7);
                    Is("bob", aliases.GetNickname(7), "value, then the key named as the read names it");
                }
            }
            """);
    }

    [Fact]
    public void A_value_then_key_write_whose_names_do_not_say_which_is_which_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IPrefixService
            {
                void StorePrefix(string text, ulong key);
                void SavePrefix(string prefix, ulong guildId);
                string? GetPrefix(ulong key);
                void RemovePrefix(ulong key);
            }
            """);

        Refusals.Exactly(run,
            ("StorePrefix", "its parameter 'text' (string) is not the key (ulong)"),
            ("SavePrefix", "its parameter 'prefix' (string) is not the key (ulong)"));
    }
}
