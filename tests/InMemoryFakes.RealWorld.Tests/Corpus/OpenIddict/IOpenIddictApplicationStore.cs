// Source: https://github.com/openiddict/openiddict-core
// Commit: 319511fa6dac
// Licence: Apache-2.0
// Path: src/OpenIddict.Abstractions/Stores/IOpenIddictApplicationStore.cs (entity: src/OpenIddict.EntityFrameworkCore.Models/
//   OpenIddictEntityFrameworkCoreApplication.cs)
// Adapted: closed over the EF Core application entity, transcribed with its scalar properties (collections are JSON
//   strings there, as in the source; the Authorizations/Tokens navigations are left out); JsonWebKeySet
//   (Microsoft.IdentityModel.Tokens) is an empty stand-in. Nullable enabled, as in the source.
// Real store: src/OpenIddict.EntityFrameworkCore/Stores/OpenIddictEntityFrameworkCoreApplicationStore.cs: as the scope
//   store: InstantiateAsync = new entity (GUID string Id); Get*/Set* read and write the entity's properties
//   (collections as JSON); CreateAsync/UpdateAsync/DeleteAsync save at once; FindByIdAsync(identifier) by Id,
//   FindByClientIdAsync(identifier) by ClientId (null when missing); FindByRedirectUriAsync(uri) lists the applications
//   whose RedirectUris contain uri.
// Shapes: *=16; CountAsync=core; CreateAsync=core; DeleteAsync=core; UpdateAsync=core; FindByIdAsync=4,16; FindByClientIdAsync=4,16; FindByRedirectUriAsync=6; FindByPostLogoutRedirectUriAsync=6; GetAsync=5,9; ListAsync=5,9,14; InstantiateAsync=core
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenIddict.IOpenIddictApplicationStoreCase;

public class JsonWebKeySet
{
}

public class OpenIddictEntityFrameworkCoreApplication
{
    public OpenIddictEntityFrameworkCoreApplication()
    {
        Id = Guid.NewGuid().ToString();
    }

    public virtual string? ApplicationType { get; set; }
    public virtual string? ClientId { get; set; }
    public virtual string? ClientSecret { get; set; }
    public virtual string? ClientType { get; set; }
    public virtual string? ConcurrencyToken { get; set; } = Guid.NewGuid().ToString();
    public virtual string? ConsentType { get; set; }
    public virtual string? DisplayName { get; set; }
    public virtual string? DisplayNames { get; set; }
    public virtual string? Id { get; set; }
    public virtual string? JsonWebKeySet { get; set; }
    public virtual string? Permissions { get; set; }
    public virtual string? PostLogoutRedirectUris { get; set; }
    public virtual string? Properties { get; set; }
    public virtual string? RedirectUris { get; set; }
    public virtual string? Requirements { get; set; }
    public virtual string? Settings { get; set; }
}

public interface IOpenIddictApplicationStore<TApplication> where TApplication : class
{
    ValueTask<long> CountAsync(CancellationToken cancellationToken);
    ValueTask<long> CountAsync<TResult>(Func<IQueryable<TApplication>, IQueryable<TResult>> query, CancellationToken cancellationToken);
    ValueTask CreateAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask DeleteAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<TApplication?> FindByIdAsync(string identifier, CancellationToken cancellationToken);
    ValueTask<TApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken);
    IAsyncEnumerable<TApplication> FindByPostLogoutRedirectUriAsync(
        [StringSyntax(StringSyntaxAttribute.Uri)] string uri, CancellationToken cancellationToken);
    IAsyncEnumerable<TApplication> FindByRedirectUriAsync(
        [StringSyntax(StringSyntaxAttribute.Uri)] string uri, CancellationToken cancellationToken);
    ValueTask<string?> GetApplicationTypeAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<TApplication>, TState, IQueryable<TResult>> query,
        TState state, CancellationToken cancellationToken);
    ValueTask<string?> GetClientIdAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<string?> GetClientSecretAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<string?> GetClientTypeAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<string?> GetConsentTypeAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<string?> GetDisplayNameAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<string?> GetIdAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<JsonWebKeySet?> GetJsonWebKeySetAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableArray<string>> GetPermissionsAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableArray<string>> GetPostLogoutRedirectUrisAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableArray<string>> GetRedirectUrisAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableArray<string>> GetRequirementsAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<ImmutableDictionary<string, string>> GetSettingsAsync(TApplication application, CancellationToken cancellationToken);
    ValueTask<TApplication> InstantiateAsync(CancellationToken cancellationToken);
    IAsyncEnumerable<TApplication> ListAsync(int? count, int? offset, CancellationToken cancellationToken);
    IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<TApplication>, TState, IQueryable<TResult>> query,
        TState state, CancellationToken cancellationToken);
    ValueTask SetApplicationTypeAsync(TApplication application, string? type, CancellationToken cancellationToken);
    ValueTask SetClientIdAsync(TApplication application, string? identifier, CancellationToken cancellationToken);
    ValueTask SetClientSecretAsync(TApplication application, string? secret, CancellationToken cancellationToken);
    ValueTask SetClientTypeAsync(TApplication application, string? type, CancellationToken cancellationToken);
    ValueTask SetConsentTypeAsync(TApplication application, string? type, CancellationToken cancellationToken);
    ValueTask SetDisplayNameAsync(TApplication application, string? name, CancellationToken cancellationToken);
    ValueTask SetDisplayNamesAsync(TApplication application,
        ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken);
    ValueTask SetJsonWebKeySetAsync(TApplication application, JsonWebKeySet? set, CancellationToken cancellationToken);
    ValueTask SetPermissionsAsync(TApplication application, ImmutableArray<string> permissions, CancellationToken cancellationToken);
    ValueTask SetPostLogoutRedirectUrisAsync(TApplication application, ImmutableArray<string> uris, CancellationToken cancellationToken);
    ValueTask SetPropertiesAsync(TApplication application,
        ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken);
    ValueTask SetRedirectUrisAsync(TApplication application, ImmutableArray<string> uris, CancellationToken cancellationToken);
    ValueTask SetRequirementsAsync(TApplication application, ImmutableArray<string> requirements, CancellationToken cancellationToken);
    ValueTask SetSettingsAsync(TApplication application,
        ImmutableDictionary<string, string> settings, CancellationToken cancellationToken);
    ValueTask UpdateAsync(TApplication application, CancellationToken cancellationToken);
}


[InMemoryFake(typeof(IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication>))]
public partial class ApplicationStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store)
    {
        var ct = CancellationToken.None;
        var application = await store.InstantiateAsync(ct);
        await store.SetClientIdAsync(application, "spa", ct);
        await store.SetRedirectUrisAsync(application, ["https://app/callback"], ct);
        await store.CreateAsync(application, ct);
        Check.Equal("spa", await store.GetClientIdAsync((await store.FindByClientIdAsync("spa", ct))!, ct), "FindByClientIdAsync finds the application by ClientId");
        var id = await store.GetIdAsync(application, ct) ?? throw new SmokeFailedException("GetIdAsync should return the new application's Id");
        Check.True(await store.FindByIdAsync(id, ct) is not null, "FindByIdAsync finds the application by Id");
        Check.Null(await store.FindByIdAsync("spa", ct), "FindByIdAsync takes the Id, not the client id");
        var count = 0;
        await foreach (var _ in store.FindByRedirectUriAsync("https://app/callback", ct))
        {
            count++;
        }

        Check.Equal(1, count, "FindByRedirectUriAsync finds the application by one of its redirect URIs");
        await store.DeleteAsync(application, ct);
        Check.Null(await store.FindByClientIdAsync("spa", ct), "DeleteAsync deletes the application");
    }
}
