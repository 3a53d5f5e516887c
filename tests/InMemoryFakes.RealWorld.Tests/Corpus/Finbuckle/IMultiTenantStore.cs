// Source: https://github.com/Finbuckle/Finbuckle.MultiTenant
// Commit: f12eba3cb394
// Licence: Apache-2.0
// Path: src/Finbuckle.MultiTenant.Abstractions/IMultiTenantStore.cs (ITenantInfo.cs, TenantInfo.cs)
// Adapted: closed over TenantInfo, as AddMultiTenant<TenantInfo>() does. Nullable enabled, as in the source.
// Real store: src/Finbuckle.MultiTenant/Stores/InMemoryStore.cs: tenants are indexed by IDENTIFIER: AddAsync returns
//   false when the identifier is taken; RemoveAsync(identifier) and GetByIdentifierAsync(identifier) act on it; but
//   GetAsync(id) and UpdateAsync(tenant) find the tenant by Id (UpdateAsync returns false when no tenant has that Id);
//   GetAllAsync lists every tenant. (GetAllAsync(take, skip) throws NotImplementedException in that store; the EF Core
//   store pages it.)
// Shapes: RemoveAsync=4; GetByIdentifierAsync=4; GetAsync=core; AddAsync=core; UpdateAsync=core; GetAllAsync=14
// Configured: TakenKeyAdds = TakenKeyAdd.Skip: InMemoryStore.AddAsync returns _tenantMap.TryAdd(identifier, tenant), false
//   for a taken identifier with the stored tenant kept (read at f12eba3c). Since h-addtaken a bool Add is refused
//   without the setting: the same interface's EFCoreStore.AddAsync throws DbUpdateException for a taken key (Add +
//   SaveChangesAsync() > 0) and DistributedCacheStore.AddAsync overwrites both cache entries and returns true.
// After h-smoke38 (session 38): UpdateAsync carries IMF0029 (Info): an update or a removal by entity answering bool
//   or a count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove
//   + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute
//   is left as it was: the outcome and the generated code are unchanged.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Finbuckle.IMultiTenantStoreCase;

public interface ITenantInfo
{
    public string Id { get; }
    public string Identifier { get; }
}

public class TenantInfo : ITenantInfo
{
    public required string Id { get; init; }
    public required string Identifier { get; init; }
    public string? Name { get; init; }
}

public interface IMultiTenantStore<TTenantInfo> where TTenantInfo : ITenantInfo
{
    Task<bool> AddAsync(TTenantInfo tenantInfo);
    Task<bool> UpdateAsync(TTenantInfo tenantInfo);
    Task<bool> RemoveAsync(string identifier);
    Task<TTenantInfo?> GetByIdentifierAsync(string identifier);
    Task<TTenantInfo?> GetAsync(string id);
    Task<IEnumerable<TTenantInfo>> GetAllAsync();
    Task<IEnumerable<TTenantInfo>> GetAllAsync(int take, int skip);
}

[InMemoryFake(typeof(IMultiTenantStore<TenantInfo>), TakenKeyAdds = TakenKeyAdd.Skip)]
public partial class TenantStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IMultiTenantStore<TenantInfo> store)
    {
        Check.True(await store.AddAsync(new TenantInfo { Id = "t-1", Identifier = "acme", Name = "Acme" }), "AddAsync of a new tenant returns true");
        Check.False(await store.AddAsync(new TenantInfo { Id = "t-2", Identifier = "acme" }), "AddAsync of a taken identifier returns false");
        Check.Equal("Acme", (await store.GetByIdentifierAsync("acme"))?.Name, "GetByIdentifierAsync finds the tenant by Identifier");
        Check.Equal("acme", (await store.GetAsync("t-1"))?.Identifier, "GetAsync finds the tenant by Id");
        Check.Null(await store.GetAsync("acme"), "GetAsync takes an Id, not an identifier");
        Check.True(await store.UpdateAsync(new TenantInfo { Id = "t-1", Identifier = "acme", Name = "Acme Corp" }), "UpdateAsync of a known Id returns true");
        Check.Equal("Acme Corp", (await store.GetByIdentifierAsync("acme"))?.Name, "UpdateAsync replaced the tenant");
        Check.False(await store.UpdateAsync(new TenantInfo { Id = "t-9", Identifier = "globex" }), "UpdateAsync of an unknown Id returns false");
        Check.False(await store.RemoveAsync("t-1"), "RemoveAsync takes an identifier, not an Id");
        Check.True(await store.RemoveAsync("acme"), "RemoveAsync(identifier) removes the tenant");
        Check.Equal(0, (await store.GetAllAsync()).Count(), "the store is empty");
    }
}
