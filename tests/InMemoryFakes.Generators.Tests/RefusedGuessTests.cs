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
            + " Implement it in the partial class InMemorySilos, where its Store property reaches the fake's table in one line: Store.Call(nameof(Get), …) joins the call log and fault injection (docs/generator.md#hand-written-members).",
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
        Assert.Contains("'Archived' in 'GetArchivedOrders'", Message(run, "GetArchivedOrdersAsync"), StringComparison.Ordinal);
        Assert.Contains("'Summary' in 'GetOrderSummary'", Message(run, "GetOrderSummaryAsync"), StringComparison.Ordinal);
        Assert.Contains("'User' in 'GetUserOrders'", Message(run, "GetUserOrdersAsync"), StringComparison.Ordinal);
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
        Assert.Contains("'Draft' in 'AddDraftArticle' names neither the entity (Article), the interface nor a parameter, so what it changes in the write (a condition such as IfChanged, a kind such as Soft or Permanently) cannot be proven; rename it (AddArticle, UpdateArticle)", Message(run, "AddDraftArticle"), StringComparison.Ordinal);
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
        Assert.StartsWith("'Get' of ITenants matches no entity repository convention: parameter 'value' names neither the key (Id) nor a property of Tenant; name it after the key or a property.", Message(run, "Get"), StringComparison.Ordinal);
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
                Task<byte[]> GetAsync(string key);
            }
            """);

        Assertions.Clean(run);
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
    public void A_sort_expression_in_a_string_and_nullable_page_numbers_are_refused()
    {
        var run = GeneratorHarness.Run(Tenant + """
            [InMemoryFake]
            public interface ITenants
            {
                void Add(Tenant tenant);
                List<Tenant> GetPagedList(int skipCount, int maxResultCount, string sorting);
                List<Tenant> GetAll(int? pageIndex, int? pageSize);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'GetPagedList' of ITenants matches no entity repository convention: parameter 'sorting' is a sort expression in a string (ABP's \"Name desc\"), whose syntax is the library's (System.Linq.Dynamic.Core), so the fake does not guess an order. Implement it", Message(run, "GetPagedList"), StringComparison.Ordinal);
        Assert.StartsWith("'GetAll' of ITenants matches no entity repository convention: parameter 'pageIndex' names neither the key (Id) nor a property of Tenant", Message(run, "GetAll"), StringComparison.Ordinal);
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
                CursorPage<ContributorDto> GetAll(int pageIndex, int pageSize);
            }
            """);

        Assert.Equal(new[] { "IMF0019", "IMF0019" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        const string Words = "(a page fills members named Items/Data/Results/List, Page/PageNumber/CurrentPage, PageIndex, PageSize/PerPage, TotalCount/Total/TotalItems, TotalPages/PageCount, HasNext/HasNextPage, HasPrevious/HasPreviousPage)";
        Assert.Equal("'ListAsync' of IContributors returns System.Threading.Tasks.Task<Paging.SortedResult<Paging.ContributorDto>>, which does not fit List: Paging.SortedResult<Paging.ContributorDto> is a paged result, but its constructor parameter 'SortedBy' (string) holds nothing a page of the listing has " + Words + "; change the return type, or implement it in the partial class InMemoryContributors", Message(run, "ListAsync"));
        Assert.Equal("'GetAll' of IContributors returns Paging.CursorPage<Paging.ContributorDto>, which does not fit GetAll: Paging.CursorPage<Paging.ContributorDto> is a paged result, but its member Cursor (string?) holds nothing a page of the listing has " + Words + "; change the return type, or implement it in the partial class InMemoryContributors", Message(run, "GetAll"));
    }

    [Fact]
    public void An_ordering_over_a_queryable_before_paging_or_a_first_match_and_a_composite_key_as_object_are_refused()
    {
        // The queryable ordering is applied to the whole list of matches, so it cannot come before a page or a first
        // match; an object key says which entity only for a single key.
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
                Tenant? FirstOrDefault(System.Linq.Expressions.Expression<Func<Tenant, bool>> filter, Func<System.Linq.IQueryable<Tenant>, System.Linq.IOrderedQueryable<Tenant>> orderBy);
                List<Tenant> List(Func<Tenant, bool> filter, Func<System.Linq.IQueryable<Tenant>, System.Linq.IOrderedQueryable<Tenant>> orderBy, int skip, int take);
            }

            [InMemoryFake]
            public interface IMemberships
            {
                void Add(Membership membership);
                Membership? GetById(object id);
            }
            """);

        Assert.Equal(
            "'FirstOrDefault' of ITenants: an ordering over a queryable (Func<IQueryable<Tenant>, IOrderedQueryable<Tenant>>) is supported on a method returning every match, without paging; take an IComparer<Tenant> or Comparison<Tenant> instead; fix the parameters, or implement it in the partial class InMemoryTenants",
            Message(run, "FirstOrDefault"));
        Assert.StartsWith("'List' of ITenants: an ordering over a queryable", Message(run, "List"), StringComparison.Ordinal);
        Assert.Contains("parameter 'id' names neither the key (TenantId, UserId) nor a property of Membership", Message(run, "GetById"), StringComparison.Ordinal);
    }
}
