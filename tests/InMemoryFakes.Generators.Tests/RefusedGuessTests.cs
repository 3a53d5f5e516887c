using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>Where a member's meaning cannot be proven from names and types, the generator refuses it, saying why.</summary>
public class RefusedGuessTests
{
    private const string Tenant = Sources.Usings + """
        namespace Tenants;

        public class Tenant
        {
            public string Id { get; set; } = "";
            public string Identifier { get; set; } = "";
            public string Name { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Two_lookups_that_keep_different_words_of_the_entitys_name_are_refused_because_the_words_select_different_rows()
    {
        // cloudscribe's IIpAddressCache: both nouns are words of BlockedPermittedIpAddressesModel, and the real store filters
        // each on IsPermitted; read as "the site's rows", the fake gave both lists every row of the site.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Siblings;
            public class BlockedPermittedIpAddressesModel { public Guid Id { get; set; } public Guid SiteId { get; set; } public string IpAddress { get; set; } = ""; public bool IsPermitted { get; set; } }
            [InMemoryFake]
            public interface IIpAddressRepository
            {
                Task<List<BlockedPermittedIpAddressesModel>> GetBlockedIpAddressesAsync(Guid siteId);
                Task<List<BlockedPermittedIpAddressesModel>> GetPermittedIpAddressesAsync(Guid siteId);
                Task<List<BlockedPermittedIpAddressesModel>> GetIpAddressesAsync(Guid siteId);
                Task AddAsync(BlockedPermittedIpAddressesModel address);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'Blocked' in 'GetBlockedIpAddresses' is a word of BlockedPermittedIpAddressesModel's name that 'GetPermittedIpAddressesAsync' replaces with 'Permitted', so the two select different BlockedPermittedIpAddressesModel rows by a condition no property or parameter names, and the fake would give both the same rows; rename them (FindBy{Property}) or implement them", Message(run, "GetBlockedIpAddressesAsync"), StringComparison.Ordinal);
        Assert.Contains("'Permitted' in 'GetPermittedIpAddresses' is a word of BlockedPermittedIpAddressesModel's name that 'GetBlockedIpAddressesAsync' replaces with 'Blocked'", Message(run, "GetPermittedIpAddressesAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_whose_key_compares_by_reference_is_refused_on_the_members_that_take_the_key_or_the_entity()
    {
        // A class key without Equals: the fake copies entities, so the stored copy's key is another object and
        // GetAsync(new SiloAddress(...)) would never find it; a database compares keys by value. Count and GetAll
        // do not depend on the key and still generate.
        var run = GeneratorHarness.Run(Tenant + """
            public sealed class SiloAddress { public string Endpoint { get; set; } = ""; public int Generation { get; set; } }
            public sealed class Silo { public SiloAddress Id { get; set; } = new(); public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface ISilos
            {
                void Add(Silo silo);
                Silo? Get(SiloAddress id);
                bool Delete(SiloAddress id);
                int Count();
                IReadOnlyList<Silo> GetAll();
            }
            """);

        Assert.Equal(new[] { "Add", "Delete", "Get" }, run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order().ToArray());
        Assert.Equal(
            "'Get' of ISilos matches no entity repository convention: the key of Tenants.Silo is a Tenants.SiloAddress, which compares by reference (a class that is not a record and does not override Equals, an interface or an array):"
            + " the fake copies what it stores, so an entity would never be found again by its key, while a database compares keys by value; give the key type value equality (a record, or override Equals and GetHashCode)."
            + " Implement it in the partial class InMemorySilos, where its Store property reaches the fake's table in one line: Store.Call(nameof(Get), id) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "Get"));
    }

    [Fact]
    public void An_entity_whose_key_is_a_record_class_is_generated()
    {
        var run = GeneratorHarness.Run(Tenant + """
            public sealed record SiloAddress(string Endpoint, int Generation);
            public sealed class Silo { public SiloAddress Id { get; set; } = new("", 0); public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface ISilos
            {
                void Add(Silo silo);
                Silo? Get(SiloAddress id);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void A_parameterless_query_on_a_word_that_names_no_bool_property_is_refused()
    {
        // GetDefault() on an entity with IsDefault is the default one; GetFeatured() on one without a Featured flag is not
        // guessed (it could be anything: a sort, a subset chosen elsewhere).
        var run = GeneratorHarness.Run(Tenant + """
            public class Language
            {
                public string Id { get; set; } = "";
                public bool IsDefault { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ILanguages
            {
                void Add(Language language);
                Language? GetDefault();
                Language? GetFeatured();
                Language? GetName();
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'GetFeatured' is not a known verb", Message(run, "GetFeatured"), StringComparison.Ordinal);
        Assert.Contains("'GetName' is not a known verb", Message(run, "GetName"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_whose_name_holds_a_word_that_nothing_proves_is_refused_not_read_as_a_plain_match()
    {
        // GetLatestOrderForCustomer(customerId) was the first order of the customer, GetArchivedOrders(customerId) every
        // order of the customer, GetOrderSummary(id) the order itself: each word that may order or filter was dropped.
        // A word naming who a row belongs to (GetUserGrant(subjectId, clientId)) is proven when no parameter is the key.
        // A word that names a bool flag before the entity word (GetArchivedOrders(customerId) with IsArchived) is one more
        // condition; GetOpenOrders(customerId) has no IsOpen flag to read, so Open stays unproven.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Order
            {
                public Guid Id { get; set; }
                public int CustomerId { get; set; }
                public string ClientId { get; set; } = "";
                public bool IsArchived { get; set; }
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task AddAsync(Order order);
                Task<Order?> GetLatestOrderForCustomerAsync(int customerId);
                Task<IEnumerable<Order>> GetArchivedOrdersAsync(int customerId);
                Task<IEnumerable<Order>> GetOpenOrdersAsync(int customerId);
                Task<Order?> GetOrderSummaryAsync(Guid id);
                Task<IEnumerable<Order>> GetUserOrdersAsync(Guid id);
                Task<IEnumerable<Order>> GetOrdersForCustomerAsync(int customerId);
                Task<IEnumerable<Order>> GetCustomerOrdersAsync(int customerId);
                Task<Order?> GetOrderDetailsAsync(Guid id);
                Task<Order?> GetUserOrderAsync(int customerId, string clientId);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'Latest' in 'GetLatestOrderForCustomer' names neither the entity (Order), the interface nor a parameter, so which Order it selects, or in which order, cannot be proven (a word such as Latest orders, one such as Archived filters); rename it (GetOrderFor{Parameter}, FindBy{Property})", Message(run, "GetLatestOrderForCustomerAsync"), StringComparison.Ordinal);
        Assert.Contains("'Open' in 'GetOpenOrders'", Message(run, "GetOpenOrdersAsync"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("GetArchivedOrders", StringComparison.Ordinal));
        Assert.Contains("'Summary' in 'GetOrderSummary'", Message(run, "GetOrderSummaryAsync"), StringComparison.Ordinal);
        Assert.Contains("'User' in 'GetUserOrders'", Message(run, "GetUserOrdersAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_word_before_the_entity_word_that_names_no_bool_flag_or_one_followed_by_an_unproven_word_is_refused()
    {
        // GetActiveUser(id) reads IsActive as one more condition, and so does GetActive(tenantId) since session 24 (the flag
        // alone, as in its count: CountAndFlagLookupNameTests); Locked names no bool property (a lock may be a date, a
        // count of failures, another table), and GetActiveRecentUsers holds a second unproven word: each stays IMF0001 with
        // the unproven word named.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Accounts;

            public class User
            {
                public int Id { get; set; }
                public int TenantId { get; set; }
                public bool IsActive { get; set; }
                public DateTime? LockedUntil { get; set; }
            }

            [InMemoryFake]
            public interface IUserRepository
            {
                void Add(User user);
                User? GetActiveUser(int id);
                User? GetLockedUser(int id);
                IEnumerable<User> GetActive(int tenantId);
                IEnumerable<User> GetActiveRecentUsers(int tenantId);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'Locked' in 'GetLockedUser' names neither the entity (User), the interface nor a parameter, so which User it selects, or in which order, cannot be proven", Message(run, "GetLockedUser"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'GetActive'", StringComparison.Ordinal));
        Assert.Contains("'Active' in 'GetActiveRecentUsers' names neither the entity (User)", Message(run, "GetActiveRecentUsers"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_add_or_get_that_returns_no_entity_or_holds_an_unproven_word_is_refused()
    {
        // AddOrGet(order) returning the order is the add, or the stored order for a taken key. Returning bool it could say
        // "added" or "found"; returning nothing it is a TryAdd under another name: which one is not said. A word such as
        // Archived in the name may make the add of another kind. GetOrCreateAsync(id) would have to invent the entity it creates.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Order
            {
                public Guid Id { get; set; }
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                Order AddOrGetOrder(Order order);
                bool GetOrAdd(Order order);
                void GetOrCreateOrder(Order order);
                Order AddOrGetArchivedOrder(Order order);
                Task<Order> GetOrCreateAsync(Guid id);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("an add-or-get is generated when it takes the entity itself (GetOrCreate(Order entity): the stored one for a taken key, else the one given, added); from 'id' the Order it creates (its key, its other values) is not said", Message(run, "GetOrCreateAsync"), StringComparison.Ordinal);
        Assert.Contains("an add that returns the stored entity when the key is taken must return Order (the one added, or the one already stored); with another result which one it answers is not said", Message(run, "GetOrAdd"), StringComparison.Ordinal);
        Assert.Contains("an add that returns the stored entity when the key is taken must return Order", Message(run, "GetOrCreateOrder"), StringComparison.Ordinal);
        Assert.Contains("'Archived' in 'AddOrGetArchivedOrder' names neither the entity (Order), the interface nor a parameter", Message(run, "AddOrGetArchivedOrder"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_type_with_a_member_the_entity_does_not_fill_is_refused_naming_the_member()
    {
        // GetOrdersFromBuyer(buyerId) returning a summary type is projected by member names only when every member is
        // filled: a member naming nothing (Customer), a value that does not convert implicitly (decimal GetTotal() into a
        // long), a null the entity allows into a non-nullable string, and Distinct (of entities, not summaries) are refused.
        // A list of another type whose name does not call its rows orders (GetCustomers) is not read as a projection.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Shop;

            public class Order
            {
                public Guid Id { get; set; }
                public string BuyerId { get; set; } = "";
                public string? Note { get; set; }
                public decimal GetTotal() => 0m;
            }

            public record OrderWithCustomer(Guid Id, string Customer);
            public record OrderTotal(Guid Id, long Total);
            public class OrderNote { public Guid Id { get; set; } public string Note { get; set; } = ""; }
            public record OrderRow(Guid Id, string BuyerId);
            public record Customer(Guid Id, string BuyerId);

            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order order);
                void Update(Order order);
                void Save(Order order);
                List<OrderWithCustomer> GetOrdersFromBuyer(string buyerId);
                List<OrderTotal> GetOrdersForBuyer(string buyerId);
                List<OrderNote> GetOrdersOfBuyer(string buyerId);
                List<OrderRow> FindDistinctOrdersByBuyerId(string buyerId);
                List<Customer> GetCustomers(string buyerId);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0019", "IMF0019", "IMF0019", "IMF0019" }, run.GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static d => d, StringComparer.Ordinal).ToArray());
        Assert.Contains("Shop.OrderWithCustomer would be filled from Order by member names, but its constructor parameter 'Customer' (string) names no property of Order (nor a GetCustomer() method), so what it holds is not said", Message(run, "GetOrdersFromBuyer"), StringComparison.Ordinal);
        Assert.Contains("its constructor parameter 'Total' (long) is filled from Order.GetTotal() (decimal), which does not convert to it", Message(run, "GetOrdersForBuyer"), StringComparison.Ordinal);
        Assert.Contains("Shop.OrderNote would be filled from Order by member names, but its member Note (string) is filled from Order.Note (string?), which does not convert to it", Message(run, "GetOrdersOfBuyer"), StringComparison.Ordinal);
        Assert.Contains("Distinct compares the matching entities, not the summaries made of them", Message(run, "FindDistinctOrdersByBuyerId"), StringComparison.Ordinal);
        Assert.Contains("it returns Customer, not Order: the members made IOrderRepository a repository of Order, whose one table holds no Customer rows; write the member", Message(run, "GetCustomers"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_word_that_also_names_an_enum_member_is_refused_in_reads_and_marks()
    {
        // An account with IsActive AND a Status whose enum has Active (and Inactive): GetActive(), GetActiveAccount(id),
        // GetInactiveAccounts(tenantId) and GetActiveAccountsByTenantId may read either, MarkAsActive/MarkActive may set either
        // or both. Before, the bool was read and set and Status silently left alone. Suspended names only the enum.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Accounts;

            public enum AccountStatus { Active, Inactive, Suspended }

            public class Account
            {
                public int Id { get; set; }
                public int TenantId { get; set; }
                public bool IsActive { get; set; }
                public AccountStatus Status { get; set; }
            }

            [InMemoryFake]
            public interface IAccountRepository
            {
                void Add(Account account);
                List<Account> GetActive();
                Account? GetActiveAccount(int id);
                List<Account> GetInactiveAccounts(int tenantId);
                List<Account> GetActiveAccountsByTenantId(int tenantId);
                void MarkAsActive(int id);
                void MarkActive(int id);
                void MarkAsSuspended(int id);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0001", "IMF0001", "IMF0015" }, run.GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static d => d, StringComparer.Ordinal).ToArray());
        Assert.Contains("'Active' in 'GetActive' names the bool IsActive and a member of the enum Status of Account, so which one it reads is not said", Message(run, "GetActive"), StringComparison.Ordinal);
        Assert.Contains("'Active' in 'GetActiveAccount' names the bool IsActive and a member of the enum Status of Account", Message(run, "GetActiveAccount"), StringComparison.Ordinal);
        Assert.Contains("'Inactive' in 'GetInactiveAccounts' names the bool IsActive and a member of the enum Status of Account", Message(run, "GetInactiveAccounts"), StringComparison.Ordinal);
        Assert.Contains("'Active' names the bool IsActive and a member of the enum Status of Account, so which one it sets (or both) is not said", Message(run, "MarkAsActive"), StringComparison.Ordinal);
        Assert.Contains("'Active' names the bool IsActive and a member of the enum Status of Account", Message(run, "MarkActive"), StringComparison.Ordinal);
        Assert.StartsWith("'GetActiveAccountsByTenantId' of IAccountRepository is not a derived query name that parses", run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0015").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_named_Order_before_By_with_nothing_to_compare_is_refused_not_read_as_an_ordering()
    {
        // GetOrderByOrderNumber(orderNumber) of an Order is a lookup (its "Order" is the entity); without the parameter
        // it is a condition with no value, and a property the entity lacks is no condition: both refused, never an
        // ordering of every order that drops the argument.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Order
            {
                public Guid Id { get; set; }
                public int OrderNumber { get; set; }
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task AddAsync(Order order);
                Task<Order?> GetOrderByOrderNumberAsync(int orderNumber);
                Task<Order?> GetOrderByOrderNumberAsync();
                Task<Order?> GetOrderByTotalAsync(decimal total);
            }
            """);

        Assert.Equal(
            new[]
            {
                "IMF0018 'GetOrderByOrderNumberAsync' of IOrderRepository: its conditions take 1 parameter (OrderNumber: int) but it declares 0; fix the parameters, or implement it in the partial class InMemoryOrderRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetOrderByOrderNumberAsync)) joins the call log and fault injection (docs/generator.md#hand-written-members)",
                "IMF0016 'GetOrderByTotalAsync' of IOrderRepository names 'Total', which is not a property of Shop.Order (properties: Id, OrderNumber); fix the name, or implement it in the partial class InMemoryOrderRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetOrderByTotalAsync), total) joins the call log and fault injection (docs/generator.md#hand-written-members)",
            },
            run.GeneratorDiagnostics.Select(static d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)).ToArray());
    }

    [Fact]
    public void A_null_default_for_a_property_that_can_hold_null_and_an_include_flag_that_names_no_navigation_are_refused()
    {
        // int? parentId = null for int? ParentId: null may mean "no filter" or "ParentId is null" (root categories); a
        // parameter without the default compares with null, as EF Core's == does. includeDeleted names neither a
        // navigation nor a bool flag of Category (with an IsDeleted flag it is the soft-delete filter: IncludeFlagTests).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Catalog;

            public class Category
            {
                public int Id { get; set; }
                public int? ParentId { get; set; }
                public string? Note { get; set; }
            }

            [InMemoryFake]
            public interface ICategoryRepository
            {
                Task AddAsync(Category category);
                Task<IEnumerable<Category>> GetByParentAsync(int? parentId = null);
                Task<IEnumerable<Category>> GetByParentIdAsync(int? parentId);
                Task<IEnumerable<Category>> GetByNoteAsync(string? note = null);
                Task<IEnumerable<Category>> GetAllAsync(bool includeDeleted = false);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0018", "IMF0018" }, run.GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static id => id, StringComparer.Ordinal).ToArray());
        Assert.Contains("parameter 'parentId' defaults to null and ParentId can hold null, so a null argument may mean no condition on ParentId (an optional filter) or ParentId is null", Message(run, "GetByParentAsync"), StringComparison.Ordinal);
        Assert.Contains("parameter 'note' defaults to null and Note can hold null", Message(run, "GetByNoteAsync"), StringComparison.Ordinal);
        Assert.Contains("parameter 'includeDeleted'", Message(run, "GetAllAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_untracked_queryable_beside_a_unit_of_work_is_refused()
    {
        // Reads through a unit of work are tracked and saved; TableNoTracking's entities are not, so the fake would save
        // changes the real store leaves alone. Without a unit of work it is the same rows as Table.
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq;

            namespace Blog;

            public class Post
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface IPostRepository
            {
                IQueryable<Post> Table { get; }
                IQueryable<Post> TableNoTracking { get; }
                void Insert(Post post);
                int SaveChanges();
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.Contains("'TableNoTracking' reads without tracking, but the repository has a unit of work whose reads are tracked copies saved by SaveChanges", Message(run, "TableNoTracking"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_field_update_whose_value_names_a_field_that_does_not_begin_with_the_noun_is_refused()
    {
        // UpdateLastLogin(id, lastLoginAt) sets LastLoginAt; UpdateLogin(id, lastLoginAt) does not say which field it sets.
        // (SetLastLogin(id, at) was refused too until session 19: its noun is LastLoginAt up to the time word At, the one
        // date property so named, and the value is a DateTime, so it sets LastLoginAt: TryWriteAndTimeFieldTests.)
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Accounts;

            public class Account
            {
                public Guid Id { get; set; }
                public DateTime? LastLoginAt { get; set; }
            }

            [InMemoryFake]
            public interface IAccountRepository
            {
                Task AddAsync(Account account);
                Task UpdateLastLoginAsync(Guid id, DateTime lastLoginAt);
                Task UpdateLoginAsync(Guid id, DateTime lastLoginAt);
                Task SetLastLoginAsync(Guid id, DateTime at);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'UpdateLogin' is not a known verb", Message(run, "UpdateLoginAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_projection_that_does_not_say_which_match_or_takes_an_ordering_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq;
            using System.Linq.Expressions;

            namespace People;

            public class Person
            {
                public string Id { get; set; } = "";
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IPersonRepository
            {
                void Add(Person person);
                TResult Get<TResult>(Expression<Func<Person, TResult>> selector);
                List<TResult> List<TResult>(Expression<Func<Person, TResult>> selector, Func<IQueryable<Person>, IOrderedQueryable<Person>> orderBy);
                List<TResult> Project<TResult>(Func<Person, TResult> selector);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("it returns one TResult, so its name must say which match it projects", Message(run, "Get"), StringComparison.Ordinal);
        Assert.Contains("parameter 'orderBy' is neither the selector nor one predicate over Person", Message(run, "List"), StringComparison.Ordinal);
        Assert.Contains("'Project' is not such a verb", Message(run, "Project"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_try_get_whose_name_or_parameters_do_not_say_the_key_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Product
            {
                public int Id { get; set; }
                public string Sku { get; set; } = "";
            }

            [InMemoryFake]
            public interface IProductLookup
            {
                void Add(Product product);
                bool TryGet(int id, out Product? product);
                bool TryGetLatest(int id, out Product? product);
                bool TryGetProduct(string name, out Product? product);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'Latest' in 'TryGetLatest' is neither the entity (Product) nor By{Key}", Message(run, "TryGetLatest"), StringComparison.Ordinal);
        Assert.Contains("parameter 'name'", Message(run, "TryGetProduct"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_with_tail_that_names_anything_but_navigations_is_refused()
    {
        // GetProductWithCategory(id) loads related rows (EF Core's Include) and selects nothing, so it is the lookup by key;
        // a With tail naming a scalar (WithPrice) or an unknown word (WithStock) may select, so it stays refused. A
        // {Property}Exists whose parameter names another property, and a Category navigation compared to a Category, too.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Category
            {
                public int Id { get; set; }
            }

            public class Product
            {
                public int Id { get; set; }
                public decimal Price { get; set; }
                public string Slug { get; set; } = "";
                public int CategoryId { get; set; }
                public Category? Category { get; set; }
            }

            [InMemoryFake]
            public interface IProductRepository
            {
                Task AddAsync(Product product);
                Task<Product?> GetProductWithCategoryAsync(int id);
                Task<Product?> GetProductWithPriceAsync(int id);
                Task<Product?> GetProductWithCategoryAndStockAsync(int id);
                Task<bool> SlugExistsAsync(string name);
                Task<IEnumerable<Product>> GetByCategoryAsync(Category category);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001", "IMF0017" }, run.GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static id => id, StringComparer.Ordinal).ToArray());
        Assert.Contains("'Price' in 'GetProductWithPrice' names neither the entity (Product), the interface nor a parameter", Message(run, "GetProductWithPriceAsync"), StringComparison.Ordinal);
        Assert.Contains("'Stock' in 'GetProductWithCategoryAndStock' names neither the entity (Product), the interface nor a parameter", Message(run, "GetProductWithCategoryAndStockAsync"), StringComparison.Ordinal);
        Assert.Contains("parameter 'name'", Message(run, "SlugExistsAsync"), StringComparison.Ordinal);
        Assert.Contains("applies Equals to Category", Message(run, "GetByCategoryAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_whose_name_holds_a_word_that_nothing_proves_is_refused_not_read_as_a_plain_write()
    {
        // AddDraftArticle(article) was Add, UpdateArticleIfChanged(article) was Update: the word that makes the write
        // conditional or of another kind was dropped. TryAdd/AddIfNotExists are known: an add that skips a taken key.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Blog;

            public class Article
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface IArticleRepository
            {
                void AddDraftArticle(Article article);
                void UpdateArticleIfChanged(Article article);
                bool TryAdd(Article article);
                void AddIfNotExists(Article article);
                Article AddArticleIfAbsent(Article article);
                Article? GetById(int id);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'Draft' in 'AddDraftArticle' names neither the entity (Article) nor the interface (the entity parameter's name is the caller's name for it, which may be a role the store writes apart), so what it changes in the write (a condition such as IfChanged, a kind such as Soft or Permanently) cannot be proven; rename it (AddArticle, UpdateArticle)", Message(run, "AddDraftArticle"), StringComparison.Ordinal);
        Assert.Contains("'If' in 'UpdateArticleIfChanged'", Message(run, "UpdateArticleIfChanged"), StringComparison.Ordinal);
        Assert.Contains("an add that skips a taken key returns nothing or bool (false when the key or a unique value is taken); whether another result is the new entity or the one already stored is not said", Message(run, "AddArticleIfAbsent"), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_with_params_object_values_is_refused_for_a_composite_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ledgers;

            public class Entry
            {
                [FakeKey(Order = 0)] public int LedgerId { get; set; }
                [FakeKey(Order = 1)] public int Line { get; set; }
            }

            [InMemoryFake]
            public interface IEntries
            {
                void Insert(Entry entry);
                Entry? Find(params object[] keyValues);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("parameter 'keyValues' gives the key as EF Core's Find(params object[]) does, in the order of the key's parts in the model's configuration, which the fake cannot see for a composite key; take one parameter per part (FindByIdAndTenantId)", Message(run, "Find"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_query_parameter_that_names_no_property_is_still_refused()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Tenant? FindByIdentifier(string identifier, string name);
                Tenant? FindByName(string name, string region);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0018", diagnostic.Id);
        Assert.Contains("(string region) is not used by any condition", Message(run, "FindByName"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_specification_member_whose_effect_is_the_evaluators_is_refused_not_ignored()
    {
        // The fake applies Criteria, OrderBy/OrderByDescending, GroupBy and Skip/Take with IsPagingEnabled, and ignores
        // Includes and tracking options. ThenBy, or Skip/Take without the flag (does a Take of 0 mean none or every
        // entity?), or a delete of one page, would be guesses.
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq.Expressions;

            namespace Specs;

            public class Item
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            public interface ISortedSpec<T>
            {
                Expression<Func<T, bool>> Criteria { get; }
                Expression<Func<T, object>>? OrderBy { get; }
                Expression<Func<T, object>>? ThenBy { get; }
            }

            public interface ITakeSpec<T>
            {
                Expression<Func<T, bool>> Criteria { get; }
                int Take { get; }
            }

            public interface IPagedSpec<T>
            {
                Expression<Func<T, bool>> Criteria { get; }
                List<Expression<Func<T, object>>> Includes { get; }
                int Skip { get; }
                int Take { get; }
                bool IsPagingEnabled { get; }
            }

            [InMemoryFake]
            public interface IItems
            {
                void Add(Item item);
                List<Item> List(ISortedSpec<Item> spec);
                List<Item> ListTaken(ITakeSpec<Item> spec);
                List<Item> ListPaged(IPagedSpec<Item> spec);
                int Delete(IPagedSpec<Item> spec);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("its specification Specs.ISortedSpec<Specs.Item> has ThenBy, whose effect on the matches is the repository's evaluator's", Message(run, "List"), StringComparison.Ordinal);
        Assert.Contains("its specification Specs.ITakeSpec<Specs.Item> pages with Take; the fake pages only with Skip, Take and an IsPagingEnabled flag", Message(run, "ListTaken"), StringComparison.Ordinal);
        Assert.Contains("its specification Specs.IPagedSpec<Specs.Item> pages (IsPagingEnabled), and which page a delete removes is the real store's choice", Message(run, "Delete"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_head_of_an_entity_name_that_is_another_type_names_that_type_not_the_entity()
    {
        // TodoItem is also Todo (GetTodos), but OrderItem's head Order is another entity: GetOrders() does not list order
        // items, and orderId is not an order item's key.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Orders;

            public class Order
            {
                public int Id { get; set; }
            }

            public class OrderItem
            {
                public int Id { get; set; }
                public string Sku { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrderItems
            {
                void Add(OrderItem item);
                List<OrderItem> GetOrders();
                OrderItem? GetOrder(int orderId);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("'GetOrders' is not a known verb", Message(run, "GetOrders"), StringComparison.Ordinal);
        Assert.Contains("parameter 'orderId' names neither the key (Id) nor a property of OrderItem", Message(run, "GetOrder"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_as_a_tuple_without_element_names_is_refused_because_which_int_is_the_total_is_not_said()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Task<(List<Tenant>, int)> ListAsync(int page, int pageSize);
                Task<(List<Tenant> Items, int Pages)> GetPagedAsync(int page, int pageSize);
            }
            """);

        Assert.Equal(new[] { "IMF0019", "IMF0019" }, run.GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static d => d, StringComparer.Ordinal).ToArray());
        Assert.Contains("returns System.Threading.Tasks.Task<(System.Collections.Generic.List<Tenants.Tenant>, int)>, which does not fit", Message(run, "ListAsync"), StringComparison.Ordinal);
        Assert.Contains("its element Pages (int) holds nothing a page of the listing has", Message(run, "GetPagedAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_add_for_an_owner_needs_the_owners_foreign_key_on_the_entity()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Staff;

            public class Employee
            {
                public Guid Id { get; set; }
                public Guid DepartmentId { get; set; }
            }

            [InMemoryFake]
            public interface IEmployees
            {
                Employee? GetById(Guid id);
                void CreateEmployeeForCompany(Guid companyId, Employee employee);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("'companyId' must name the foreign key of Company on Employee (CompanyId), which the add sets", Message(run, "CreateEmployeeForCompany"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_by_text_without_an_operator_is_refused_because_it_may_search_within_the_text()
    {
        // Spring Data reads searchBy as findBy; a .NET repository's SearchByTitle(title) is most often Title.Contains(title).
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                List<Tenant> SearchByName(string name);
                List<Tenant> SearchByNameContaining(string name);
                List<Tenant> FindByName(string name);
            }
            """);

        // FindByName lists by Name, compared equal and loud about it since session 39 (IMF0030, Info; FindByNameEquals is silent).
        Assert.Equal(new[] { "IMF0015", "IMF0030" }, run.GeneratorDiagnostics.Select(static d => d.Id).OrderBy(static i => i, StringComparer.Ordinal));
        Assert.Contains("Search by Name may compare the whole text or search within it (Contains), and the name does not say which; write SearchByNameContaining (or StartingWith) for a search within the text, or FindByName for equality", Message(run, "SearchByName"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_soft_delete_of_an_entity_that_records_more_about_the_deletion_is_refused()
    {
        // DeletedAt is set by the real store (with its clock, in its time zone); the fake would leave it unset.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Soft;

            public class Note
            {
                public int Id { get; set; }
                public bool IsDeleted { get; set; }
                public DateTime? DeletedAt { get; set; }
            }

            [InMemoryFake]
            public interface INotes
            {
                void Add(Note note);
                Task SoftDeleteAsync(int id);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("'SoftDelete' marks a soft delete, and Note also has DeletedAt, whose value the real store sets (a time, a user) and the fake cannot know", Message(run, "SoftDeleteAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bound_parameter_needs_a_property_the_operators_order()
    {
        // minName: text orders by the database's collation, which the fake does not know; fromDate/toDate: whether the upper
        // date includes its own day is the real query's choice. Neither is a bound.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Events;

            public class Event
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public System.DateTime StartsAt { get; set; }
            }

            [InMemoryFake]
            public interface IEvents
            {
                void Add(Event item);
                System.Collections.Generic.List<Event> GetEvents(string minName);
                System.Collections.Generic.List<Event> ListEvents(System.DateTime fromStartsAt);
                System.Collections.Generic.List<Event> FindEvents(System.DateTime? minStartsAt = null);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("parameter 'minName' names neither the key (Id) nor a property of Event", Message(run, "GetEvents"), StringComparison.Ordinal);
        Assert.Contains("parameter 'fromStartsAt' names neither the key (Id) nor a property of Event", Message(run, "ListEvents"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_named_after_neither_the_key_nor_a_property_is_refused_not_taken_for_the_key()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Tenant? Get(string value);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'Get' of ITenants matches no entity repository convention: parameter 'value' names neither the key (Id) nor a property of Tenant (its properties of its type, string: Identifier, Name); name it after the property it is compared equal with, or write the member.", Message(run, "Get"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_named_after_a_property_compares_the_property_even_when_it_is_also_a_key_alias()
    {
        // Finbuckle's RemoveAsync(string identifier) removes by Identifier, not by the Id key.
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Task<bool> RemoveAsync(string identifier);
                Task<Tenant?> GetAsync(string id);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        var source = run.Source("ITenants.InMemoryFake.g.cs");
        Assert.Contains("e.Identifier", source, StringComparison.Ordinal);
        Assert.Contains("__tenants.Find(id)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accessor_for_a_property_the_entity_does_not_have_is_refused()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Task<string> GetNicknameAsync(Tenant tenant);
            }
            """);

        Assert.StartsWith("'GetNicknameAsync' of ITenants matches no entity repository convention: 'Nickname' is no property of Tenant (properties: Id, Identifier, Name).", Message(run, "GetNicknameAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_field_update_needs_the_key_by_name()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                void UpdateName(string something, string name);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("'UpdateName' of ITenants matches no entity repository convention", Message(run, "UpdateName"), StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_code_for_an_interface_under_nullable_disable_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Oblivious;


            [InMemoryFake]
            public interface ICache
            {
                Task<T> GetAsync<T>(string key);
                Task SetAsync<T>(string key, T value);
            }

            [InMemoryFake]
            public interface IBlobs
            {
                Task PutAsync(string key, byte[] content, string contentType = null, Dictionary<string, string> metadata = null);
                Task<byte[]> GetOrNullAsync(string key);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void An_update_is_refused_when_no_member_of_the_interface_creates_the_entity()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Baskets;

            public class ShoppingCart
            {
                public string UserName { get; set; } = "";
                public decimal Total { get; set; }
            }

            [InMemoryFake]
            public interface IBasketRepository
            {
                Task<ShoppingCart?> GetBasket(string userName);
                Task<ShoppingCart> UpdateBasket(ShoppingCart basket);
                Task DeleteBasket(string userName);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'UpdateBasket' of IBasketRepository matches no entity repository convention: no member of the interface creates ShoppingCart "
            + "(no Add, Insert, Create, Save, Upsert or Store takes one), so 'UpdateBasket' is how one gets in, and whether it creates a missing ShoppingCart "
            + "(a Redis SET: the basket repositories of eShop and aspnetrun) or fails (EF Core's Update, a SQL UPDATE) is the store's own; name it Save or "
            + "Upsert when it creates, or state it on [InMemoryFake]: MissingUpdate = MissingUpdate.Insert (it stores a missing one) or MissingUpdate = MissingUpdate.NotFound (it fails).",
            Message(run, "UpdateBasket"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_oblivious_blob_read_without_a_name_or_setting_that_says_what_a_missing_blob_gives_is_refused()
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System.IO;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Oblivious;

            [InMemoryFake]
            public interface IAttachments
            {
                Task Save(string id, Stream source);
                Task<Stream> Read(string id);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'Read' of IAttachments matches no blob store convention: it returns Stream from a nullable-oblivious context (#nullable disable), "
            + "so whether reading a missing blob gives null (as FluentStorage's OpenReadAsync does) or an error (as Rebus's Read and the Azure and S3 clients do) "
            + "is not said; enable nullable annotations for the interface (Stream? for null when missing, Stream for the not-found error), "
            // Since session 42 (h-meaning42) MissingKeyReads states a blob read's answer too, and the message names it.
            + "state it with [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)] (null) or MissingKeyRead.NotFound (the not-found error), or set "
            + "[InMemoryFake(NotFoundException = typeof(…))] to the exception the real store throws.", Message(run, "Read"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blob_copy_or_move_without_an_overwrite_parameter_is_refused()
    {
        // GrandNode's FileSystemStore (after OrchardCore's) throws when the destination exists; Azure's blob copy replaces it.
        var run = GeneratorHarness.Run("""
            using System.IO;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Files;

            [InMemoryFake]
            public interface IFileStore
            {
                Task WriteAllText(string path, string text);
                Task<Stream?> GetFileStream(string path);
                Task MoveFile(string oldPath, string newPath);
                Task CopyFile(string srcPath, string dstPath);
                Task Copy(string source, string destination, bool overwrite);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        const string Reason = "without a 'bool overwrite' parameter, what it does to a destination that exists is not said: OrchardCore's and "
            + "GrandNode's MoveFile/CopyFile throw, Azure's blob copy replaces it; add 'bool overwrite' (true replaces, false is the duplicate error).";
        Assert.StartsWith("'MoveFile' of IFileStore matches no blob store convention: " + Reason, Message(run, "MoveFile"), StringComparison.Ordinal);
        Assert.StartsWith("'CopyFile' of IFileStore matches no blob store convention: " + Reason, Message(run, "CopyFile"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_value_read_of_values_that_carry_their_own_expiry_is_refused()
    {
        // NuGet's IconCopyResultCache.Get returns null for a failure past its Expiration; IdentityServer4's grant stores
        // return an expired grant as stored.
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System;
            using InMemoryFakes;

            namespace Icons;

            public class ExternalIconCopyResult
            {
                public Uri SourceUrl { get; set; }
                public Uri StorageUrl { get; set; }
                public DateTimeOffset? Expiration { get; set; }
            }

            [InMemoryFake]
            public interface IIconCopyResultCache
            {
                ExternalIconCopyResult Get(Uri iconUrl);
                void Set(Uri iconUrl, ExternalIconCopyResult result);
                void Remove(Uri iconUrl);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'Get' of IIconCopyResultCache matches no key-value store convention: its values carry their own expiry "
            + "(ExternalIconCopyResult.Expiration), which some real stores honour on a read (NuGet's IconCopyResultCache.Get returns null for a result "
            + "past its Expiration) and others return as stored (IdentityServer4's persisted-grant stores leave the check to their callers); the fake's "
            + "time to live comes only from a TTL parameter.", Message(run, "Get"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_of_a_cache_that_no_member_writes_to_is_refused()
    {
        // osu's WorkingBeatmapCache creates, caches and returns the working beatmap on a miss.
        var run = GeneratorHarness.Run("""
            using System;
            using InMemoryFakes;

            namespace Beatmaps;

            public sealed record BeatmapInfo(Guid ID);

            public sealed class WorkingBeatmap
            {
                public BeatmapInfo? BeatmapInfo { get; set; }
            }

            [InMemoryFake]
            public interface IWorkingBeatmapCache
            {
                WorkingBeatmap GetWorkingBeatmap(BeatmapInfo beatmapInfo);
                void Invalidate(BeatmapInfo beatmapInfo);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        // Session 40 (RefusalCauseTests) said first why WorkingBeatmap is no entity; since session 41 (Cause41Tests) a cache's
        // name says the key-value reading, so the key-value words stay.
        Assert.StartsWith("'GetWorkingBeatmap' of IWorkingBeatmapCache matches no key-value store convention: no member of IWorkingBeatmapCache puts a value in, ", Message(run, "GetWorkingBeatmap"), StringComparison.Ordinal);
        Assert.Contains("no member of IWorkingBeatmapCache puts a value in, "
            + "so the cache fills itself on a miss (osu's IWorkingBeatmapCache.GetWorkingBeatmap creates, caches and returns the working beatmap): a loader "
            + "the interface does not show, where the fake could only give the not-found error or null.", Message(run, "GetWorkingBeatmap"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_of_services_that_no_member_writes_is_refused_whatever_the_stores_name()
    {
        // MassTransit's ISendEndpointProvider.GetSendEndpoint(address) makes the endpoint for any address it is given.
        var run = GeneratorHarness.Run("""
            using System;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Bus;

            public interface ISendEndpoint
            {
                Task Send(object message);
            }

            [InMemoryFake]
            public interface ISendEndpointProvider
            {
                Task<ISendEndpoint> GetSendEndpoint(Uri address);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics, static d => d.Id != "IMF0021").Id);
        Assert.StartsWith("'GetSendEndpoint' of ISendEndpointProvider matches no store convention: ISendEndpointProvider was read as a key-value store of ISendEndpoint values, ", Message(run, "GetSendEndpoint"), StringComparison.Ordinal);
        Assert.Contains("; by the key-value store's conventions, no member of ISendEndpointProvider puts a value in, and its values are "
            + "Bus.ISendEndpoint, an interface with behaviour of its own (Send): a service the real store builds when it is asked (MassTransit's ISendEndpointProvider.GetSendEndpoint(address) "
            + "makes the endpoint for any address), where the fake could only give the not-found error or null.", Message(run, "GetSendEndpoint"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_store_of_values_with_only_an_equality_stays_a_lookup()
    {
        // GitVersion's IBranch : IEquatable<IBranch?> is data: its Equals is no service the store builds.
        var run = GeneratorHarness.Run("""
            using System;
            using InMemoryFakes;

            namespace Git;

            public interface IBranch : IEquatable<IBranch?>, IComparable<IBranch>
            {
                string Name { get; }
            }

            [InMemoryFake]
            public interface IBranchStore
            {
                IBranch? FindBranch(string branchName);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
    }

    [Fact]
    public void A_store_of_services_with_a_write_stays_a_lookup()
    {
        var run = GeneratorHarness.Run("""
            using System;
            using InMemoryFakes;

            namespace Bus;

            public interface IHandler
            {
                void Handle(object message);
            }

            [InMemoryFake]
            public interface IHandlerRegistry
            {
                void Set(string name, IHandler handler);
                IHandler? Get(string name);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
    }

    [Fact]
    public void A_blob_rename_to_a_name_rather_than_a_key_is_refused()
    {
        // GrandNode's RenameFile(file, newName) moves the file to newName in the file's own directory.
        var run = GeneratorHarness.Run("""
            using System.IO;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Files;

            [InMemoryFake]
            public interface IFileStore
            {
                Task WriteAllText(string path, string text);
                Task<Stream?> GetFileStream(string path);
                Task RenameFile(string file, string newName, bool overwrite);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'RenameFile' of IFileStore matches no blob store convention: its destination 'newName' is a name, not a key: real stores "
            + "resolve it in the source's directory (GrandNode's RenameFile(file, newName) moves to Path.Combine(the file's directory, newName)), "
            + "which a key does not have; take the destination's full key (newPath, destination).", Message(run, "RenameFile"), StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_as_a_word_that_names_no_flag_or_enum_member_or_several_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Outbox;

            public enum State { Pending, Published }
            public enum Review { Open, Published }

            public class Message
            {
                public int Id { get; set; }
                public State State { get; set; }
                public Review Review { get; set; }
                public bool IsRead { get; set; }
            }

            [InMemoryFake]
            public interface IMessages
            {
                void Add(Message message);
                void MarkAsRead(int id);
                void MarkAsPending(int id);
                void MarkAsPublished(int id);
                void MarkAsArchived(int id);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'MarkAsArchived' of IMessages matches no entity repository convention: 'Archived' names neither a bool property (IsArchived, Archived) nor a member of an enum property of Message. Implement it", Message(run, "MarkAsArchived"), StringComparison.Ordinal);
        Assert.StartsWith("'MarkAsPublished' of IMessages matches no entity repository convention: 'Published' is a member of the enums of several properties (State, Review), so which one it sets is not said. Implement it", Message(run, "MarkAsPublished"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sort_expression_beside_parameters_other_than_paging_and_nullable_page_numbers_are_refused()
    {
        // ABP's GetPagedListAsync(skipCount, maxResultCount, sorting) generates (AbpStyleShapeTests); a sort expression
        // beside a filter would need the filter's meaning too.
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                List<Tenant> GetPagedList(string filter, string sorting);
                List<Tenant> GetAll(int? pageIndex, int? pageSize);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'GetPagedList' of ITenants matches no entity repository convention: parameter 'sorting' is a sort expression in a string (ABP's \"Name desc\"); the fake reads it beside paging parameters only (skipCount and maxResultCount…), and GetPagedList takes others. Implement it", Message(run, "GetPagedList"), StringComparison.Ordinal);
        Assert.StartsWith("'GetAll' of ITenants matches no entity repository convention: parameter 'pageIndex' is a nullable page number, and what a null page gives (the first page, every row, an error) is the store's own, where a null skip or take has a meaning (none, all); take an int with a default (int pageIndex = 0), or write the member. Implement it", Message(run, "GetAll"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_add_returning_int_for_an_int_key_is_refused_because_it_is_the_new_key_in_some_repositories_and_the_rows_written_in_others()
    {
        // Skoruba's AddApiScopeAsync returns the new Id; the Dapper tutorials' AddAsync returns ExecuteAsync's row count (1).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Tenants;

            public class Tenant
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITenants
            {
                Task<int> AddAsync(Tenant tenant);
                Task<int> InsertAndGetIdAsync(Tenant tenant);
                Task<long> InsertAsync(Tenant tenant);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith(
            "'AddAsync' of ITenants matches no entity repository convention: it returns int, which is the new key in some repositories (Skoruba's AddApiScopeAsync returns the new Id) and the number of rows written in others "
            + "(the Dapper tutorials' ExecuteAsync, a SaveChangesAsync result): the signature does not say which. Return the entity or void, name it …AndGetId for the key, or implement it",
            Message(run, "AddAsync"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_index_without_a_default_is_refused_because_codebases_start_it_at_zero_or_at_one()
    {
        // eShop and nopCommerce: Skip(pageIndex * pageSize); the ASP.NET Core tutorial's PaginatedList and many repositories
        // copied from it: Skip((pageIndex - 1) * pageSize). The same signature, two meanings.
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                List<Tenant> GetAll(int pageIndex, int pageSize);
                List<Tenant> List(int pageIndex = 0, int pageSize = 10);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith(
            "'GetAll' of ITenants matches no entity repository convention: 'pageIndex' is a page index with no default: it is 0-based in some codebases (eShop, nopCommerce: Skip(pageIndex * pageSize)) and 1-based in others "
            + "(the ASP.NET Core tutorial's PaginatedList: Skip((pageIndex - 1) * pageSize)), and the signature does not say which. A default says it (int pageIndex = 0 is 0-based, = 1 is 1-based); a parameter named page or pageNumber is 1-based, skip is an offset",
            Message(run, "GetAll"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_that_could_compare_two_private_fields_or_one_of_another_type_is_refused_naming_them()
    {
        // GetAsync(memberId) on an entity keeping _memberId compares that field (shape 4); with both _memberId and m_memberId
        // which one is meant is not said, and a field of a type the parameter does not convert to is no match.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Likes;

            public class Like
            {
                private Guid _memberId;
                private Guid m_memberId;
                private string _commentId = "";
                public int Id { get; set; }
            }

            [InMemoryFake]
            public interface ILikes
            {
                void Add(Like like);
                Like? Get(Guid memberId);
                int Count(Guid commentId);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Where(static d => d.Id != "IMF0021").Select(static d => d.Id).ToArray());
        Assert.StartsWith("'Get' of ILikes matches no entity repository convention: parameter 'memberId' names no property of Like but several of its fields (_memberId, m_memberId), so which one it compares is not said. Implement it", Message(run, "Get"), StringComparison.Ordinal);
        Assert.StartsWith("'Count' of ILikes matches no entity repository convention: parameter 'commentId' names no property of Like, and its field _commentId is string, which System.Guid does not convert to. Implement it", Message(run, "Count"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paged_result_with_a_member_no_page_fills_is_refused_naming_the_member()
    {
        // PagedResult<T>(Items, Page, PerPage, TotalCount, TotalPages) is filled from the page (shape 14); a SortedBy or a
        // settable Cursor holds something the listing does not say, so the fake would have to guess it.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Paging;

            public record ContributorDto(int Id, string Name);
            public record SortedResult<T>(IReadOnlyList<T> Items, int Page, int PerPage, int TotalCount, string SortedBy);
            public class CursorPage<T>
            {
                public List<T> Data { get; set; } = new();
                public int PageSize { get; set; }
                public string? Cursor { get; set; }
            }

            [InMemoryFake]
            public interface IContributors
            {
                void Add(ContributorDto contributor);
                Task<SortedResult<ContributorDto>> ListAsync(int page, int perPage);
                CursorPage<ContributorDto> GetAll(int pageIndex = 0, int pageSize = 20);
            }
            """);

        Assert.Equal(new[] { "IMF0019", "IMF0019" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        const string Words = "(a page fills members named Items/Data/Results/List, Page/PageNumber/CurrentPage, PageIndex, PageSize/PerPage, TotalCount/Total/TotalItems/TotalItemCount/TotalRecords/RowCount, TotalPages/PageCount, HasNext/HasNextPage, HasPrevious/HasPreviousPage)";
        Assert.Equal("'ListAsync' of IContributors returns System.Threading.Tasks.Task<Paging.SortedResult<Paging.ContributorDto>>, which does not fit List: Paging.SortedResult<Paging.ContributorDto> is a paged result, but its constructor parameter 'SortedBy' (string) holds nothing a page of the listing has " + Words + "; change the return type, or implement it in the partial class InMemoryContributors, where its Store property reaches the fake's table in one line: Store.Call(nameof(ListAsync), page, perPage) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(run, "ListAsync"));
        Assert.Equal("'GetAll' of IContributors returns Paging.CursorPage<Paging.ContributorDto>, which does not fit GetAll: Paging.CursorPage<Paging.ContributorDto> is a paged result, but its member Cursor (string?) holds nothing a page of the listing has " + Words + "; change the return type, or implement it in the partial class InMemoryContributors, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetAll), pageIndex, pageSize) joins the call log and fault injection (docs/generator.md#hand-written-members)", Message(run, "GetAll"));
    }

    [Fact]
    public void An_ordering_over_a_queryable_before_a_single_match_or_a_counted_page_and_a_composite_key_as_object_are_refused()
    {
        // The queryable ordering orders the matches, then a list's page or the first match is taken (orderBy(query).Skip().Take(),
        // orderBy(query).FirstOrDefault()); before a single match it changes nothing (several matches are the error), and a
        // Page<T> is counted by the table. An object key says which entity only for a single key.
        var run = GeneratorHarness.Run(Tenant + """
            public class Membership
            {
                [System.ComponentModel.DataAnnotations.Key] public string TenantId { get; set; } = "";
                [System.ComponentModel.DataAnnotations.Key] public string UserId { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Tenant? SingleOrDefault(System.Linq.Expressions.Expression<Func<Tenant, bool>> filter, Func<System.Linq.IQueryable<Tenant>, System.Linq.IOrderedQueryable<Tenant>> orderBy);
                Page<Tenant> List(Func<Tenant, bool> filter, Func<System.Linq.IQueryable<Tenant>, System.Linq.IOrderedQueryable<Tenant>> orderBy, int skip, int take);
                Tenant? FirstOrDefault(System.Linq.Expressions.Expression<Func<Tenant, bool>> filter, Func<System.Linq.IQueryable<Tenant>, System.Linq.IOrderedQueryable<Tenant>> orderBy);
                List<Tenant> Find(Func<Tenant, bool> filter, Func<System.Linq.IQueryable<Tenant>, System.Linq.IOrderedQueryable<Tenant>> orderBy, int skip, int take);
            }

            [InMemoryFake]
            public interface IMemberships
            {
                void Add(Membership membership);
                Membership? GetById(object id);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0018", "IMF0018" }, run.GeneratorIds);
        Assert.Equal(
            "'SingleOrDefault' of ITenants: an ordering over a queryable (Func<IQueryable<Tenant>, IOrderedQueryable<Tenant>>) is supported on a method returning every match (optionally one page of them, as a list) or the first match; take an IComparer<Tenant> or Comparison<Tenant> instead; fix the parameters, or implement it in the partial class InMemoryTenants, where its Store property reaches the fake's table in one line: Store.Call(nameof(SingleOrDefault), filter, orderBy) joins the call log and fault injection (docs/generator.md#hand-written-members)",
            Message(run, "SingleOrDefault"));
        Assert.StartsWith("'List' of ITenants: an ordering over a queryable", Message(run, "List"), StringComparison.Ordinal);
        Assert.Contains("parameter 'id' names neither the key (TenantId, UserId) nor a property of Membership", Message(run, "GetById"), StringComparison.Ordinal);
    }
    [Fact]
    public void An_entity_whose_key_class_compares_by_reference_gets_no_member_that_takes_the_key_or_the_entity()
    {
        // Get(new OrderId(1)) would never find the order stored under another OrderId object (the store keeps copies);
        // GetAll takes neither, so it is generated.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Orders;

            public class OrderId
            {
                public OrderId(int value) { Value = value; }
                public int Value { get; }
            }

            public class Order
            {
                public OrderId Id { get; set; } = new(0);
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrders
            {
                void Add(Order order);
                Order? Get(OrderId id);
                List<Order> GetAll();
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'Get' of IOrders matches no entity repository convention: the key of Orders.Order is a Orders.OrderId, which compares by reference", Message(run, "Get"), StringComparison.Ordinal);
        Assert.Contains("give the key type value equality (a record, or override Equals and GetHashCode)", Message(run, "Add"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_whose_key_record_compares_by_value_generates()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Orders;

            public sealed record OrderId(int Value);

            public class Order
            {
                public OrderId Id { get; set; } = new(0);
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrders
            {
                void Add(Order order);
                Order? Get(OrderId id);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
    }
    [Fact]
    public void A_params_array_of_keys_is_refused_because_none_given_may_mean_every_entity()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                IEnumerable<Tenant> GetMany(params string[] ids);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'GetMany' of ITenants matches no entity repository convention: parameter 'ids' is a params array of keys, and whether none given means every Tenant (Umbraco's EntityRepositoryBase.GetMany(params TId[] ids)) or none (its ContentTypeServiceBase.GetMany of the same shape, a Contains query) is the store's own; state it with NoKeysGiven on [InMemoryFake] (with ByKeysOrder for the order of the keys' entities), or write the member. Implement it", Message(run, "GetMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_with_several_methods_over_a_query_is_refused_because_which_one_the_store_applies_is_not_said()
    {
        var run = GeneratorHarness.Run(Tenant + """
            public sealed class TenantFilter
            {
                public System.Linq.IQueryable<Tenant> Apply(System.Linq.IQueryable<Tenant> query) => query;
                public System.Linq.IQueryable<Tenant> ApplyPaging(System.Linq.IQueryable<Tenant> query) => System.Linq.Queryable.Take(query, 10);
            }

            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                Task<IEnumerable<Tenant>> FindManyAsync(TenantFilter filter);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'FindManyAsync' of ITenants matches no entity repository convention: its filter Tenants.TenantFilter has several methods that take and return an IQueryable<Tenants.Tenant>, so which one the real store applies is not said. Implement it", Message(run, "FindManyAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_in_front_of_Exists_that_nothing_proves_is_refused_not_read_as_a_key_check()
    {
        // ItemExistsAsync(id) is the key check; ArchivedExists(id) may ask whether an ARCHIVED tenant has the id.
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                bool ItemExists(string id);
                bool ArchivedExists(string id);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'ArchivedExists' of ITenants matches no entity repository convention: 'Archived' in 'ArchivedExists' names neither the entity (Tenant), the interface nor a parameter", Message(run, "ArchivedExists"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_before_Exists_with_parameters_that_are_not_the_key_is_refused()
    {
        // CustomerExists(customerId) in an order repository may ask whether the customer exists (its own table).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;

            public class Order
            {
                public int Id { get; set; }
                public string CustomerId { get; set; } = "";
            }

            [InMemoryFake]
            public interface IOrders
            {
                void Add(Order order);
                bool OrderExists(int id);
                bool CustomerExists(string customerId);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'CustomerExists' of IOrders matches no entity repository convention: 'CustomerExists' puts a noun before Exists, which is read only as a check of Order's key; its parameters are not the key, so whether it asks about Order rows or about the Customer itself is not said (ExistsBy{Property} asks about Order rows). Implement it", Message(run, "CustomerExists"), StringComparison.Ordinal);
    }

    [Fact]
    public void Key_returning_writes_are_refused_where_the_result_may_be_something_else_or_the_write_may_wait()
    {
        // A string result of an upsert is the written version (an ETag) in some stores; an async stream of keys is an iterator in
        // Semantic Kernel's UpsertBatchAsync (nothing is written until it is enumerated) and may be eager in another store.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Notes;

            public class Note
            {
                public string Id { get; set; } = "";
                public string Text { get; set; } = "";
            }

            public class Tag
            {
                public Guid Id { get; set; }
            }

            [InMemoryFake]
            public interface INotes
            {
                Task<string> UpsertAsync(Note note);
                Task<string> UpsertAndGetIdAsync(Note note);
                Task DeleteAsync(IEnumerable<string> ids);
            }

            [InMemoryFake]
            public interface ITags
            {
                IAsyncEnumerable<Guid> UpsertBatchAsync(IEnumerable<Tag> tags);
                Task<List<Guid>> SaveBatchAsync(IEnumerable<Tag> tags);
                Task DeleteAsync(IEnumerable<Guid> names);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'UpsertAsync' of INotes matches no entity repository convention: it must return void, bool, Note or a result type with a static Success value. Implement it", Message(run, "UpsertAsync"), StringComparison.Ordinal);
        Assert.StartsWith(
            "'UpsertBatchAsync' of ITags matches no entity repository convention: it returns an async stream, and whether the writes wait for its enumeration (an iterator, as Semantic Kernel's UpsertBatchAsync) or happen at the call is the store's own; return the keys or the stored entities as a list, or void. Implement it",
            Message(run, "UpsertBatchAsync"),
            StringComparison.Ordinal);

        // A collection parameter named neither as the keys (ids, keys, tagIds) nor after a property says nothing of what it deletes.
        Assert.StartsWith("'DeleteAsync' of ITags matches no entity repository convention: parameter 'names' names neither the key (Id) nor a property of Tag", Message(run, "DeleteAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_read_by_a_collection_not_named_as_keys_is_refused()
    {
        // GetAsync(IEnumerable<Guid> names) returning a dictionary by key: 'names' says nothing of the keys (a Name property
        // would make it a query by names, and a dictionary by key of its matches is not a shape the fake knows).
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Catalog;

            public class Product
            {
                public Guid Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IProducts
            {
                Task AddAsync(Product product);
                Task<IDictionary<Guid, Product>> GetAsync(IEnumerable<Guid> tags);
                Task<IDictionary<Guid, Product>> GetByIdsAsync(IEnumerable<Guid> values);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'GetAsync' of IProducts matches no entity repository convention: parameter 'tags' names neither the key (Id) nor a property of Product", Message(run, "GetAsync"), StringComparison.Ordinal);
    }
}
