// Source: https://github.com/openiddict/openiddict-core
// Commit: 319511fa6dac
// Licence: Apache-2.0
// Path: src/OpenIddict.Abstractions/Stores/IOpenIddictScopeStore.cs (entity: src/OpenIddict.EntityFrameworkCore.Models/
//   OpenIddictEntityFrameworkCoreScope.cs)
// Adapted: closed over the EF Core scope entity, transcribed with its properties (collections are JSON strings there,
//   as in the source). Nullable enabled, as in the source.
// Real store: src/OpenIddict.EntityFrameworkCore/Stores/OpenIddictEntityFrameworkCoreScopeStore.cs: InstantiateAsync
//   = new TScope (the entity's constructor assigns a GUID string Id); Set*/Get* read and write the entity's own
//   properties (collections (de)serialised as JSON); CreateAsync/UpdateAsync/DeleteAsync save at once (UpdateAsync
//   checks and renews ConcurrencyToken); FindByIdAsync(identifier) finds by Id, FindByNameAsync(name) by Name, both null
//   when missing; FindByNamesAsync by Name in the list; CountAsync counts; ListAsync(count, offset) pages.
// Shapes: *=16; CountAsync=core; CreateAsync=core; DeleteAsync=core; UpdateAsync=core; FindByIdAsync=4,16; FindByNameAsync=16; FindByNamesAsync=6; FindByResourceAsync=6; GetAsync=5,9; ListAsync=5,9,14; InstantiateAsync=core
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenIddict.IOpenIddictScopeStoreCase;

public class OpenIddictEntityFrameworkCoreScope
{
    public OpenIddictEntityFrameworkCoreScope()
    {
        Id = Guid.NewGuid().ToString();
    }

    public virtual string? ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();
    public virtual string? Description { get; set; }
    public virtual string? Descriptions { get; set; }
    public virtual string? DisplayName { get; set; }
    public virtual string? DisplayNames { get; set; }
    public virtual string? Id { get; set; }
    public virtual string? Name { get; set; }
    public virtual string? Properties { get; set; }
    public virtual string? Resources { get; set; }
}

public interface IOpenIddictScopeStore<TScope> where TScope : class
{
    ValueTask<long> CountAsync(CancellationToken cancellationToken);
    ValueTask<long> CountAsync<TResult>(Func<IQueryable<TScope>, IQueryable<TResult>> query, CancellationToken cancellationToken);
    ValueTask CreateAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask DeleteAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<TScope?> FindByIdAsync(string identifier, CancellationToken cancellationToken);
    ValueTask<TScope?> FindByNameAsync(string name, CancellationToken cancellationToken);
    IAsyncEnumerable<TScope> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken);
    IAsyncEnumerable<TScope> FindByResourceAsync(string resource, CancellationToken cancellationToken);
    ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<TScope>, TState, IQueryable<TResult>> query,
        TState state, CancellationToken cancellationToken);
    ValueTask<string?> GetDescriptionAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<ImmutableDictionary<CultureInfo, string>> GetDescriptionsAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<string?> GetDisplayNameAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<string?> GetIdAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<string?> GetNameAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<ImmutableArray<string>> GetResourcesAsync(TScope scope, CancellationToken cancellationToken);
    ValueTask<TScope> InstantiateAsync(CancellationToken cancellationToken);
    IAsyncEnumerable<TScope> ListAsync(int? count, int? offset, CancellationToken cancellationToken);
    IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<TScope>, TState, IQueryable<TResult>> query,
        TState state, CancellationToken cancellationToken);
    ValueTask SetDescriptionAsync(TScope scope, string? description, CancellationToken cancellationToken);
    ValueTask SetDescriptionsAsync(TScope scope,
        ImmutableDictionary<CultureInfo, string> descriptions, CancellationToken cancellationToken);
    ValueTask SetDisplayNameAsync(TScope scope, string? name, CancellationToken cancellationToken);
    ValueTask SetDisplayNamesAsync(TScope scope,
        ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken);
    ValueTask SetNameAsync(TScope scope, string? name, CancellationToken cancellationToken);
    ValueTask SetPropertiesAsync(TScope scope,
        ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken);
    ValueTask SetResourcesAsync(TScope scope, ImmutableArray<string> resources, CancellationToken cancellationToken);
    ValueTask UpdateAsync(TScope scope, CancellationToken cancellationToken);
}


[InMemoryFake(typeof(IOpenIddictScopeStore<OpenIddictEntityFrameworkCoreScope>))]
public partial class ScopeStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IOpenIddictScopeStore<OpenIddictEntityFrameworkCoreScope> store)
    {
        var ct = CancellationToken.None;
        var scope = await store.InstantiateAsync(ct);
        await store.SetNameAsync(scope, "orders", ct);
        await store.SetResourcesAsync(scope, ["orders-api"], ct);
        await store.CreateAsync(scope, ct);
        var id = await store.GetIdAsync(scope, ct) ?? throw new SmokeFailedException("GetIdAsync should return the new scope's Id");
        Check.Equal("orders", await store.GetNameAsync((await store.FindByIdAsync(id, ct))!, ct), "FindByIdAsync finds the scope by Id");
        Check.True(await store.FindByNameAsync("orders", ct) is not null, "FindByNameAsync finds the scope by Name");
        Check.Null(await store.FindByNameAsync("billing", ct), "FindByNameAsync of an unknown name returns null");
        Check.Equal("orders-api", (await store.GetResourcesAsync(scope, ct)).Single(), "GetResourcesAsync returns what SetResourcesAsync wrote");
        await store.SetDisplayNameAsync(scope, "Orders", ct);
        await store.UpdateAsync(scope, ct);
        Check.Equal("Orders", await store.GetDisplayNameAsync((await store.FindByIdAsync(id, ct))!, ct), "UpdateAsync saves the change");
        Check.Equal(1L, await store.CountAsync(ct), "CountAsync counts the scopes");
        await store.DeleteAsync(scope, ct);
        Check.Null(await store.FindByIdAsync(id, ct), "DeleteAsync deletes the scope");
    }
}
