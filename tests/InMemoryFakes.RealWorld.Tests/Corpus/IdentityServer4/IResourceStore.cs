// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IResourceStore.cs (models: src/Storage/src/Models/{Resource,IdentityResource,ApiResource,ApiScope,Resources}.cs)
// Adapted: the models keep Name (their identity) and the collections the lookups use.
// Real store: src/IdentityServer4/src/Stores/InMemory/InMemoryResourcesStore.cs (read-only, names unique per kind):
//   FindIdentityResourcesByScopeNameAsync / FindApiScopesByNameAsync / FindApiResourcesByNameAsync return the items
//   whose Name is in the argument; FindApiResourcesByScopeNameAsync those whose Scopes contain one of the names;
//   GetAllResourcesAsync returns everything; a null argument throws ArgumentNullException.
// Shapes: *=6; GetAllResourcesAsync=14; fake=15
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IResourceStoreCase;

public abstract class Resource
{
    public string Name { get; set; }
    public string DisplayName { get; set; }
}

public class IdentityResource : Resource
{
}

public class ApiScope : Resource
{
}

public class ApiResource : Resource
{
    public ICollection<string> Scopes { get; set; } = new HashSet<string>();
}

public class Resources
{
    public Resources() { }

    public Resources(IEnumerable<IdentityResource> identityResources, IEnumerable<ApiResource> apiResources, IEnumerable<ApiScope> apiScopes)
    {
        IdentityResources = new HashSet<IdentityResource>(identityResources.ToArray());
        ApiResources = new HashSet<ApiResource>(apiResources.ToArray());
        ApiScopes = new HashSet<ApiScope>(apiScopes.ToArray());
    }

    public ICollection<IdentityResource> IdentityResources { get; set; } = new HashSet<IdentityResource>();
    public ICollection<ApiResource> ApiResources { get; set; } = new HashSet<ApiResource>();
    public ICollection<ApiScope> ApiScopes { get; set; } = new HashSet<ApiScope>();
}

[InMemoryFake]
public interface IResourceStore
{
    Task<IEnumerable<IdentityResource>> FindIdentityResourcesByScopeNameAsync(IEnumerable<string> scopeNames);
    Task<IEnumerable<ApiScope>> FindApiScopesByNameAsync(IEnumerable<string> scopeNames);
    Task<IEnumerable<ApiResource>> FindApiResourcesByScopeNameAsync(IEnumerable<string> scopeNames);
    Task<IEnumerable<ApiResource>> FindApiResourcesByNameAsync(IEnumerable<string> apiResourceNames);
    Task<Resources> GetAllResourcesAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IResourceStore store)
    {
        var fake = (IInMemoryFake)store;
        fake.Seed(new IdentityResource { Name = "openid" }, new IdentityResource { Name = "profile" });
        fake.Seed(new ApiScope { Name = "orders.read" }, new ApiScope { Name = "orders.write" });
        fake.Seed(new ApiResource { Name = "orders", Scopes = { "orders.read", "orders.write" } });
        Check.Equal(1, (await store.FindIdentityResourcesByScopeNameAsync(["openid", "email"])).Count(), "identity resources by name");
        Check.Equal(2, (await store.FindApiScopesByNameAsync(["orders.read", "orders.write"])).Count(), "API scopes by name");
        Check.Equal("orders", (await store.FindApiResourcesByScopeNameAsync(["orders.read"])).Single().Name, "API resources by one of their scopes");
        Check.Equal(0, (await store.FindApiResourcesByNameAsync(["orders.read"])).Count(), "API resources by their own name only");
        var all = await store.GetAllResourcesAsync();
        Check.Equal(5, all.IdentityResources.Count + all.ApiScopes.Count + all.ApiResources.Count, "GetAllResourcesAsync returns everything");
    }
}
