// Source: https://github.com/skoruba/Duende.IdentityServer.Admin
// Commit: a3c88013b247
// Licence: Apache-2.0
// Path: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework/Repositories/Interfaces/IApiScopeRepository.cs
//   (src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Extensions/Common/PagedList.cs; entities ApiScope,
//   ApiScopeProperty from Duende.IdentityServer.EntityFramework.Entities)
// Adapted: ApiScope keeps Id, Name, DisplayName, Enabled and Properties; ApiScopeProperty keeps Id, Key, Value, ScopeId and
//   Scope; PagedList<T> as in the source.
// Real store: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework/Repositories/ApiScopeRepository.cs over EF Core
//   (AutoSaveChanges true by default): AddApiScopeAsync saves and returns the new scope's Id; GetApiScopeAsync returns
//   null when missing; GetApiScopesAsync(search, page, pageSize) filters Name containing search (all when empty), orders
//   by Name and returns page `page` (1-based) with TotalCount and PageSize; GetApiScopesNameAsync(scope, limit) the names
//   containing scope (limit > 0 takes that many by Id); CanInsertApiScopeAsync is false when another scope has the Name;
//   Update/DeleteApiScopeAsync return SaveChanges' count; GetApiScopeNameAsync returns the Name or null;
//   property members work on the ApiScopeProperties table by ScopeId; SaveAllChangesAsync returns SaveChanges' count.
// Shapes: *=core; GetApiScopesAsync=14; GetApiScopePropertiesAsync=14; AddApiScopeAsync=13; UpdateApiScopeAsync=7; DeleteApiScopeAsync=7; SaveAllChangesAsync=3; AutoSaveChanges=8; GetApiScopesNameAsync=1; GetApiScopeNameAsync=20; CanInsertApiScopeAsync=core; AddApiScopePropertyAsync=1; DeleteApiScopePropertyAsync=1,7; CanInsertApiScopePropertyAsync=1; GetApiScopePropertyAsync=1
// First try (a75b0ce): incomplete: IMF0001 GetApiScopesAsync(search, page, pageSize), CanInsertApiScopeAsync,
//   GetApiScopesNameAsync, GetApiScopePropertiesAsync, GetApiScopePropertyAsync, AddApiScopePropertyAsync,
//   CanInsertApiScopePropertyAsync, DeleteApiScopePropertyAsync, GetApiScopeNameAsync, SaveAllChangesAsync,
//   AutoSaveChanges | WRONG: none seen in the main paths (Add returns the new Id as the source does; Update/Delete
//   return 1 where the source returns SaveChanges' count, and 0 for a missing scope where EF Core throws)
// After this round (h-wrongclass4): DeleteApiScopePropertyAsync of a row that is not stored answers 0, where the real
//   store's Remove(null) throws ArgumentNullException; the documented reading of a removal returning a count, left.
//   The probe does not reach it.
// After this round (lead, session 24): GetApiScopeNameAsync(apiScopeId) is generated as a read of one
//   property by the key (the Get{Property}(key) convention): the stored Name, null when the row is missing (the result is oblivious here), as the
//   real Where(x => x.Id == apiScopeId).Select(x => x.Name).SingleOrDefaultAsync() answers. Still incomplete.
// After h-oblivious (session 29): still incomplete (other members); GetApiScopeAsync, GetApiScopePropertyAsync answer
//   null for a missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a
//   missing one, and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers
//   null for a missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
// After h-oblivious2 (session 30): still incomplete (other members); GetApiScopeNameAsync answers null for a missing
//   key as before, now with IMF0026 (Info): a property's read declared without nullable annotations says nothing of a
//   missing key, and a store that loads the row first (Find(id).Name, First()) throws where a projection's
//   FirstOrDefault answers null (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
// After h-smoke38 (session 38): DeleteApiScopeAsync, DeleteApiScopePropertyAsync, UpdateApiScopeAsync carry IMF0029
//   (Info): an update or a removal by entity answering bool or a count answers 0 for an entity that is not stored
//   (the documented default), where EF Core's Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete
//   = NotFound or Ignore would state which. The attribute is left as it was: the outcome and the generated code are
//   unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SkorubaAdmin.IApiScopeRepositoryCase;

public class ApiScope
{
    public int Id { get; set; }
    public bool Enabled { get; set; } = true;
    public string Name { get; set; }
    public string DisplayName { get; set; }
    public List<ApiScopeProperty> Properties { get; set; }
}

public class ApiScopeProperty
{
    public int Id { get; set; }
    public string Key { get; set; }
    public string Value { get; set; }
    public int ScopeId { get; set; }
    public ApiScope Scope { get; set; }
}

public class PagedList<T> where T : class
{
    public PagedList()
    {
        Data = new List<T>();
    }

    public List<T> Data { get; }

    public int TotalCount { get; set; }

    public int PageSize { get; set; }
}

[InMemoryFake]
public interface IApiScopeRepository
{
    Task<PagedList<ApiScope>> GetApiScopesAsync(string search, int page = 1, int pageSize = 10);

    Task<ApiScope> GetApiScopeAsync(int apiScopeId);

    Task<int> AddApiScopeAsync(ApiScope apiScope);

    Task<int> UpdateApiScopeAsync(ApiScope apiScope);

    Task<int> DeleteApiScopeAsync(ApiScope apiScope);

    Task<bool> CanInsertApiScopeAsync(ApiScope apiScope);

    Task<ICollection<string>> GetApiScopesNameAsync(string scope, int limit = 0);

    Task<PagedList<ApiScopeProperty>> GetApiScopePropertiesAsync(int apiScopeId, int page = 1, int pageSize = 10);

    Task<ApiScopeProperty> GetApiScopePropertyAsync(int apiScopePropertyId);

    Task<int> AddApiScopePropertyAsync(int apiScopeId, ApiScopeProperty apiScopeProperty);

    Task<bool> CanInsertApiScopePropertyAsync(ApiScopeProperty apiScopeProperty);

    Task<int> DeleteApiScopePropertyAsync(ApiScopeProperty apiScopeProperty);

    Task<string> GetApiScopeNameAsync(int apiScopeId);

    Task<int> SaveAllChangesAsync();

    bool AutoSaveChanges { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IApiScopeRepository store)
    {
        var id = await store.AddApiScopeAsync(new ApiScope { Name = "orders.read" });
        await store.AddApiScopeAsync(new ApiScope { Name = "orders.write" });
        var other = await store.AddApiScopeAsync(new ApiScope { Name = "catalog" });
        Check.True(id != 0 && other != id, "AddApiScopeAsync returns the new scope's Id");
        Check.Equal("orders.read", (await store.GetApiScopeAsync(id))?.Name, "GetApiScopeAsync finds the scope");
        Check.Null(await store.GetApiScopeAsync(id + 1000), "GetApiScopeAsync of a missing id returns null");
        var page = await store.GetApiScopesAsync("orders", 2, 1);
        Check.Equal("orders.write", page.Data.Single().Name, "GetApiScopesAsync filters by Name, orders by Name and returns the 1-based page");
        Check.Equal(2, page.TotalCount, "GetApiScopesAsync counts the matches");
        Check.Equal(2, (await store.GetApiScopesNameAsync("orders")).Count, "GetApiScopesNameAsync lists the names containing the text");
        Check.False(await store.CanInsertApiScopeAsync(new ApiScope { Name = "catalog" }), "CanInsertApiScopeAsync is false for a taken Name");
        Check.True(await store.CanInsertApiScopeAsync(new ApiScope { Name = "new" }), "CanInsertApiScopeAsync is true for a free Name");
        var scope = await store.GetApiScopeAsync(id);
        scope.DisplayName = "Read orders";
        Check.True(await store.UpdateApiScopeAsync(scope) >= 1, "UpdateApiScopeAsync returns SaveChanges' count");
        Check.Equal("Read orders", (await store.GetApiScopeAsync(id)).DisplayName, "UpdateApiScopeAsync saves the scope");
        Check.Equal("catalog", await store.GetApiScopeNameAsync(other), "GetApiScopeNameAsync returns the Name");
        Check.True(await store.DeleteApiScopeAsync(new ApiScope { Id = other }) >= 1, "DeleteApiScopeAsync returns SaveChanges' count");
        Check.Null(await store.GetApiScopeAsync(other), "DeleteApiScopeAsync deletes by Id");
    }
}
