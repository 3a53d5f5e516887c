using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Keys the interface proves with its own members (issue 10, shape 4): a single-entity read and a removal by the same
// properties. IdentityServer's IPersistedGrantStore (keyed by Key), IUserConsentStore (by SubjectId + ClientId), and
// Finbuckle's IMultiTenantStore (keyed by Id, with Identifier an alternate key).

public sealed class Grant
{
    public string Key { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string Data { get; set; } = "";
}

[InMemoryFake]
public interface IGrantStore
{
    Task StoreAsync(Grant grant);

    Task<Grant?> GetAsync(string key);

    Task RemoveAsync(string key);
}

public sealed class UserConsent
{
    public string SubjectId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string Scopes { get; set; } = "";
}

[InMemoryFake]
public interface IUserConsentStore
{
    Task StoreUserConsentAsync(UserConsent consent);

    Task<UserConsent?> GetUserConsentAsync(string subjectId, string clientId);

    Task RemoveUserConsentAsync(string subjectId, string clientId);
}

public sealed class Tenant
{
    public string Id { get; set; } = "";

    public string Identifier { get; set; } = "";

    public string? Name { get; set; }
}

[InMemoryFake]
public interface ITenantStore
{
    Task AddAsync(Tenant tenant);

    Task<Tenant?> GetAsync(string id);

    Task<Tenant?> GetByIdentifierAsync(string identifier);

    Task<bool> RemoveAsync(string identifier);

    Task<IEnumerable<Tenant>> GetAllAsync();
}

// A bool Add stated as a set's Add (HashSet<T>.Add, Finbuckle's InMemoryStore.AddAsync): false when the key or a unique
// value is taken. Unstated, a bool add is refused (its SQL siblings throw instead).
[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Skip)]
public interface ITenantDirectory
{
    Task<bool> AddAsync(Tenant tenant);

    Task<Tenant?> GetByIdentifierAsync(string identifier);

    Task<bool> RemoveAsync(string identifier);

    Task<IEnumerable<Tenant>> GetAllAsync();
}

// The same under a unit of work with deferred writes: the key is checked at once, a unique value at the save, as EF Core
// finds a unique index violation only in SaveChanges. Stated since session 22: a synchronous write answering a bool or a
// count no longer proves that the writes wait for the save (it is as often one that saves at once, SaveChanges() > 0).
[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Skip, UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface ITenantUnitOfWork
{
    bool Add(Tenant tenant);

    Tenant? GetByIdentifier(string identifier);

    bool Remove(string identifier);

    Tenant? Get(string id);

    int SaveChanges();

    void Rollback();
}

/// <summary>aspnetrun's basket: the members name the store's subject (Basket), the type is a ShoppingCart keyed by UserName.</summary>
public sealed class ShoppingCart
{
    public string UserName { get; set; } = "";

    public List<string> Items { get; set; } = new();
}

[InMemoryFake]
public interface IBasketRepository
{
    Task<ShoppingCart?> GetBasket(string userName);

    Task SaveBasket(ShoppingCart basket);

    Task DeleteBasket(string userName);
}

public sealed class ProvenKeyTests
{
    [Fact]
    public async Task Reads_and_removals_named_after_the_stores_subject_prove_the_key_of_the_type_they_read()
    {
        IBasketRepository baskets = new InMemoryBasketRepository();
        await baskets.SaveBasket(new ShoppingCart { UserName = "ann", Items = { "pen" } });
        await baskets.SaveBasket(new ShoppingCart { UserName = "bob", Items = { "ink" } });
        await baskets.SaveBasket(new ShoppingCart { UserName = "ann", Items = { "pen", "pad" } });

        Assert.Equal(new[] { "pen", "pad" }, (await baskets.GetBasket("ann"))?.Items);
        await baskets.DeleteBasket("ann");
        Assert.Null(await baskets.GetBasket("ann"));
        Assert.Equal(new[] { "ink" }, (await baskets.GetBasket("bob"))?.Items);
    }
    [Fact]
    public async Task A_property_the_interface_reads_one_entity_by_and_removes_by_is_the_key()
    {
        var grants = new InMemoryGrantStore();
        await grants.StoreAsync(new Grant { Key = "k1", SubjectId = "alice", Data = "1" });
        await grants.StoreAsync(new Grant { Key = "k2", SubjectId = "alice", Data = "2" });

        await grants.StoreAsync(new Grant { Key = "k1", SubjectId = "alice", Data = "1b" });

        Assert.Equal("1b", (await grants.GetAsync("k1"))?.Data);
        Assert.Equal("2", (await grants.GetAsync("k2"))?.Data);
        await grants.RemoveAsync("k1");
        Assert.Null(await grants.GetAsync("k1"));
        Assert.Equal("2", (await grants.GetAsync("k2"))?.Data);
    }

    [Fact]
    public async Task Two_parameters_that_both_name_properties_make_a_composite_key_in_the_read_order()
    {
        var consents = new InMemoryUserConsentStore();
        await consents.StoreUserConsentAsync(new UserConsent { SubjectId = "alice", ClientId = "web", Scopes = "openid" });
        await consents.StoreUserConsentAsync(new UserConsent { SubjectId = "alice", ClientId = "spa", Scopes = "api" });
        await consents.StoreUserConsentAsync(new UserConsent { SubjectId = "alice", ClientId = "web", Scopes = "openid profile" });

        Assert.Equal("openid profile", (await consents.GetUserConsentAsync("alice", "web"))?.Scopes);
        Assert.Null(await consents.GetUserConsentAsync("web", "alice"));
        await consents.RemoveUserConsentAsync("alice", "web");
        Assert.Null(await consents.GetUserConsentAsync("alice", "web"));
        Assert.Equal("api", (await consents.GetUserConsentAsync("alice", "spa"))?.Scopes);
    }

    [Fact]
    public async Task A_non_key_property_the_interface_reads_one_entity_by_and_removes_by_is_unique()
    {
        var tenants = new InMemoryTenantStore();
        await tenants.AddAsync(new Tenant { Id = "t-1", Identifier = "acme" });

        var duplicate = await Assert.ThrowsAsync<DuplicateKeyException>(() => tenants.AddAsync(new Tenant { Id = "t-2", Identifier = "acme" }));

        Assert.Equal("Identifier", duplicate.Constraint);
        Assert.Equal("t-1", Assert.Single(await tenants.GetAllAsync()).Id);
        Assert.True(await tenants.RemoveAsync("acme"));
        Assert.Null(await tenants.GetAsync("t-1"));
    }

    [Fact]
    public async Task A_bool_add_returns_false_for_a_taken_key_or_unique_value_and_changes_nothing()
    {
        var tenants = new InMemoryTenantDirectory();
        Assert.True(await tenants.AddAsync(new Tenant { Id = "t-1", Identifier = "acme", Name = "Acme" }));

        Assert.False(await tenants.AddAsync(new Tenant { Id = "t-2", Identifier = "acme", Name = "Other" }));
        Assert.False(await tenants.AddAsync(new Tenant { Id = "t-1", Identifier = "globex", Name = "Other" }));

        Assert.Equal("Acme", Assert.Single(await tenants.GetAllAsync()).Name);
        Assert.True(await tenants.AddAsync(new Tenant { Id = "t-2", Identifier = "globex" }));
        Assert.Equal(2, (await tenants.GetAllAsync()).Count());
    }

    [Fact]
    public void Under_deferred_writes_a_bool_add_refuses_a_taken_key_at_once_and_a_taken_unique_value_at_the_save()
    {
        var tenants = new InMemoryTenantUnitOfWork();
        Assert.True(tenants.Add(new Tenant { Id = "t-1", Identifier = "acme" }));
        Assert.False(tenants.Add(new Tenant { Id = "t-1", Identifier = "other" }));
        Assert.Equal(1, tenants.SaveChanges());

        Assert.False(tenants.Add(new Tenant { Id = "t-1", Identifier = "again" }));
        Assert.True(tenants.Add(new Tenant { Id = "t-2", Identifier = "acme" }));

        Assert.Throws<DuplicateKeyException>(() => tenants.SaveChanges());
        tenants.Rollback();
        Assert.Null(tenants.Get("t-2"));
        Assert.Equal("t-1", tenants.GetByIdentifier("acme")?.Id);
    }
}
