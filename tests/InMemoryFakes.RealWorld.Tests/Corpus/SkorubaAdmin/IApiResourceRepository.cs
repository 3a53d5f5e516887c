// Source: https://github.com/skoruba/Duende.IdentityServer.Admin
// Commit: a3c88013b247
// Licence: Apache-2.0
// Path: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework/Repositories/Interfaces/IApiResourceRepository.cs
//   (src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Extensions/Common/PagedList.cs; entities ApiResource,
//   ApiResourceProperty, ApiResourceSecret from Duende.IdentityServer.EntityFramework.Entities)
// Adapted: ApiResource keeps Id, Name, DisplayName, Enabled, Secrets and Properties; ApiResourceProperty keeps Id, Key,
//   Value, ApiResourceId and ApiResource; ApiResourceSecret keeps Id, Value, Type, ApiResourceId and ApiResource;
//   PagedList<T> as in the source.
// Real store: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework/Repositories/ApiResourceRepository.cs over EF Core
//   (AutoSaveChanges true by default): AddApiResourceAsync saves and returns the new resource's Id; GetApiResourceAsync
//   returns null when missing; GetApiResourcesAsync(search, page, pageSize) filters Name containing search (all when
//   empty), orders by Name and returns page `page` (1-based) with TotalCount and PageSize; CanInsertApiResourceAsync is
//   false when another resource has the Name; Update/DeleteApiResourceAsync return SaveChanges' count;
//   GetApiResourceNameAsync returns the Name or null; property and secret members work on their tables by ApiResourceId
//   (AddApiSecretAsync returns SaveChanges' count); SaveAllChangesAsync returns SaveChanges' count.
// Shapes: *=core; GetApiResourcesAsync=14; GetApiResourcePropertiesAsync=14; GetApiSecretsAsync=14; AddApiResourceAsync=13; UpdateApiResourceAsync=7; DeleteApiResourceAsync=7; SaveAllChangesAsync=3; AutoSaveChanges=8; GetApiResourceNameAsync=20; AddApiResourcePropertyAsync=1; DeleteApiResourcePropertyAsync=1,7; CanInsertApiResourcePropertyAsync=1; GetApiResourcePropertyAsync=1; AddApiSecretAsync=1; GetApiSecretAsync=1; DeleteApiSecretAsync=1,7
// First try (a75b0ce): incomplete: IMF0001 GetApiResourcesAsync, GetApiResourcePropertiesAsync,
//   GetApiResourcePropertyAsync, AddApiResourcePropertyAsync, DeleteApiResourcePropertyAsync,
//   CanInsertApiResourcePropertyAsync, CanInsertApiResourceAsync, GetApiSecretsAsync, AddApiSecretAsync,
//   GetApiSecretAsync, DeleteApiSecretAsync, SaveAllChangesAsync, AutoSaveChanges, GetApiResourceNameAsync | WRONG: none
//   seen (as IApiScopeRepository)
// After this round (h-wrongclass4): DeleteApiResourcePropertyAsync and DeleteApiSecretAsync of a row that is not
//   stored answer 0, where the real store's Remove(null) throws ArgumentNullException; the documented reading of a
//   removal returning a count, left. The probe does not reach them.
// After this round (lead, session 24): GetApiResourceNameAsync(apiResourceId) is generated as a read of one
//   property by the key (the Get{Property}(key) convention): the stored Name, null when the row is missing (the result is oblivious here), as the
//   real Where(x => x.Id == apiResourceId).Select(x => x.Name).SingleOrDefaultAsync() answers. Still incomplete.
// After h-oblivious (session 29): still incomplete (other members); GetApiResourceAsync, GetApiResourcePropertyAsync
//   answer null for a missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing
//   of a missing one, and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store
//   answers null for a missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute
//   states it and silences the Info).
// After h-oblivious2 (session 30): still incomplete (other members); GetApiResourceNameAsync answers null for a missing
//   key as before, now with IMF0026 (Info): a property's read declared without nullable annotations says nothing of a
//   missing key, and a store that loads the row first (Find(id).Name, First()) throws where a projection's
//   FirstOrDefault answers null (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
// After h-smoke38 (session 38): DeleteApiResourceAsync, DeleteApiResourcePropertyAsync, DeleteApiSecretAsync,
//   UpdateApiResourceAsync carry IMF0029 (Info): an update or a removal by entity answering bool or a count answers 0
//   for an entity that is not stored (the documented default), where EF Core's Update/Remove + SaveChanges throws;
//   MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute is left as it was: the
//   outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SkorubaAdmin.IApiResourceRepositoryCase;

public class ApiResource
{
    public int Id { get; set; }
    public bool Enabled { get; set; } = true;
    public string Name { get; set; }
    public string DisplayName { get; set; }
    public List<ApiResourceSecret> Secrets { get; set; }
    public List<ApiResourceProperty> Properties { get; set; }
}

public class ApiResourceProperty
{
    public int Id { get; set; }
    public string Key { get; set; }
    public string Value { get; set; }
    public int ApiResourceId { get; set; }
    public ApiResource ApiResource { get; set; }
}

public class ApiResourceSecret
{
    public int Id { get; set; }
    public string Value { get; set; }
    public string Type { get; set; } = "SharedSecret";
    public int ApiResourceId { get; set; }
    public ApiResource ApiResource { get; set; }
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
public interface IApiResourceRepository
{
    Task<PagedList<ApiResource>> GetApiResourcesAsync(string search, int page = 1, int pageSize = 10);

    Task<ApiResource> GetApiResourceAsync(int apiResourceId);

    Task<PagedList<ApiResourceProperty>> GetApiResourcePropertiesAsync(int apiResourceId, int page = 1, int pageSize = 10);

    Task<ApiResourceProperty> GetApiResourcePropertyAsync(int apiResourcePropertyId);

    Task<int> AddApiResourcePropertyAsync(int apiResourceId, ApiResourceProperty apiResourceProperty);

    Task<int> DeleteApiResourcePropertyAsync(ApiResourceProperty apiResourceProperty);

    Task<bool> CanInsertApiResourcePropertyAsync(ApiResourceProperty apiResourceProperty);

    Task<int> AddApiResourceAsync(ApiResource apiResource);

    Task<int> UpdateApiResourceAsync(ApiResource apiResource);

    Task<int> DeleteApiResourceAsync(ApiResource apiResource);

    Task<bool> CanInsertApiResourceAsync(ApiResource apiResource);

    Task<PagedList<ApiResourceSecret>> GetApiSecretsAsync(int apiResourceId, int page = 1, int pageSize = 10);

    Task<int> AddApiSecretAsync(int apiResourceId, ApiResourceSecret apiSecret);

    Task<ApiResourceSecret> GetApiSecretAsync(int apiSecretId);

    Task<int> DeleteApiSecretAsync(ApiResourceSecret apiSecret);

    Task<int> SaveAllChangesAsync();

    bool AutoSaveChanges { get; set; }

    Task<string> GetApiResourceNameAsync(int apiResourceId);
}

public static class Smoke
{
    public static async Task RunAsync(IApiResourceRepository store)
    {
        var id = await store.AddApiResourceAsync(new ApiResource { Name = "orders" });
        var other = await store.AddApiResourceAsync(new ApiResource { Name = "catalog" });
        Check.True(id != 0 && other != id, "AddApiResourceAsync returns the new resource's Id");
        Check.Equal("orders", (await store.GetApiResourceAsync(id))?.Name, "GetApiResourceAsync finds the resource");
        Check.Null(await store.GetApiResourceAsync(id + 1000), "GetApiResourceAsync of a missing id returns null");
        var page = await store.GetApiResourcesAsync("", 1, 10);
        Check.Equal("catalog,orders", string.Join(",", page.Data.Select(r => r.Name)), "GetApiResourcesAsync with no search lists every resource ordered by Name");
        Check.False(await store.CanInsertApiResourceAsync(new ApiResource { Name = "orders" }), "CanInsertApiResourceAsync is false for a taken Name");
        var resource = await store.GetApiResourceAsync(id);
        resource.DisplayName = "Orders API";
        Check.True(await store.UpdateApiResourceAsync(resource) >= 1, "UpdateApiResourceAsync returns SaveChanges' count");
        Check.Equal("Orders API", (await store.GetApiResourceAsync(id)).DisplayName, "UpdateApiResourceAsync saves the resource");
        Check.Equal("orders", await store.GetApiResourceNameAsync(id), "GetApiResourceNameAsync returns the Name");
        Check.True(await store.DeleteApiResourceAsync(new ApiResource { Id = other }) >= 1, "DeleteApiResourceAsync returns SaveChanges' count");
        Check.Null(await store.GetApiResourceAsync(other), "DeleteApiResourceAsync deletes by Id");
    }
}
