// Source: https://github.com/Royal-Code/RoyalIdentity
// Commit: c9f592b9cc26
// Licence: AGPL-3.0 (the repository's LICENSE; the file keeps IdentityServer4's Apache-2.0 header): an interface
//   signature and minimal models transcribed for a test
// Sample: h-sample95 rule (the whole rule: Corpus/SimpleIdentityServer/IConcurrencyManager.cs). This one: the 5th pick,
//   from Royal-Code/RoyalIdentity (the 49th repository listed; between it and the 4th pick, mmarano2k14/generic-identity-
//   access has no licence file, the rest have no C#), and the last. It is the first interface in path order: old-is4/ is
//   the repository's copy of IdentityServer4, whose repository is a corpus source, but not this interface.
// Path: old-is4/src/EntityFramework.Storage/src/Interfaces/IConfigurationDbContext.cs (implementation:
//   old-is4/src/EntityFramework.Storage/src/DbContexts/ConfigurationDbContext.cs, an EF Core DbContext; models:
//   old-is4/src/EntityFramework.Storage/src/Entities/Client.cs, ClientCorsOrigin.cs, IdentityResource.cs,
//   IdentityResourceClaim.cs, ApiResource.cs, ApiResourceScope.cs, ApiScope.cs, ApiScopeClaim.cs)
// Adapted: each entity keeps Id, Enabled, its name (ClientId and ClientName for a client) and one collection navigation
//   (Client.AllowedCorsOrigins, IdentityResource.UserClaims, ApiResource.Scopes, ApiScope.UserClaims) of the dozen the
//   source has (secrets, grant types, redirect URIs, properties, claims…); the child entities keep Id, their value, the
//   foreign key and the navigation back. The #pragma and the XML comments are dropped. Nullable disabled, as in the
//   source (the project does not enable it).
// Real store: ConfigurationDbContext<TContext> : DbContext, an EF Core context (SQL Server in the repository's
//   migrations): the five DbSet properties are auto-properties EF Core sets when the context is made; the children of a
//   client or resource are rows of their own tables, related by foreign key and loaded with Include (ClientStore,
//   ResourceStore); the interface declares no SaveChanges (the context's own saves, e.g. in the seeding code);
//   Dispose is DbContext's.
// Shapes: *=none
// First try (45df1faa): incomplete: IMF0001 on the five sets (each entity has a collection navigation to another entity
//   type, whose rows EF Core keeps in their own table and fixes up, which the fake does not do). Generated: Dispose |
//   WRONG: none (the sets are refused; Dispose does nothing, as a context's Dispose leaves no store behind).
// After this round: unchanged, and the refusals are right: a graph of rows related by foreign keys is EF Core's model;
//   test it with EF Core's in-memory or SQLite provider. (The sets also have setters, which the fake refuses on its own
//   account: the navigations are the first reason.)
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;

namespace Corpus.RoyalIdentity.IConfigurationDbContextCase;

public class Client
{
    public int Id { get; set; }
    public bool Enabled { get; set; } = true;
    public string ClientId { get; set; }
    public string ClientName { get; set; }
    public List<ClientCorsOrigin> AllowedCorsOrigins { get; set; }
}

public class ClientCorsOrigin
{
    public int Id { get; set; }
    public string Origin { get; set; }
    public int ClientId { get; set; }
    public Client Client { get; set; }
}

public class IdentityResource
{
    public int Id { get; set; }
    public bool Enabled { get; set; } = true;
    public string Name { get; set; }
    public List<IdentityResourceClaim> UserClaims { get; set; }
}

public class IdentityResourceClaim
{
    public int Id { get; set; }
    public string Type { get; set; }
    public int IdentityResourceId { get; set; }
    public IdentityResource IdentityResource { get; set; }
}

public class ApiResource
{
    public int Id { get; set; }
    public bool Enabled { get; set; } = true;
    public string Name { get; set; }
    public List<ApiResourceScope> Scopes { get; set; }
}

public class ApiResourceScope
{
    public int Id { get; set; }
    public string Scope { get; set; }
    public int ApiResourceId { get; set; }
    public ApiResource ApiResource { get; set; }
}

public class ApiScope
{
    public int Id { get; set; }
    public bool Enabled { get; set; } = true;
    public string Name { get; set; }
    public List<ApiScopeClaim> UserClaims { get; set; }
}

public class ApiScopeClaim
{
    public int Id { get; set; }
    public string Type { get; set; }
    public int ScopeId { get; set; }
    public ApiScope Scope { get; set; }
}

[InMemoryFake]
public interface IConfigurationDbContext : IDisposable
{
    DbSet<Client> Clients { get; set; }
    DbSet<ClientCorsOrigin> ClientCorsOrigins { get; set; }
    DbSet<IdentityResource> IdentityResources { get; set; }
    DbSet<ApiResource> ApiResources { get; set; }
    DbSet<ApiScope> ApiScopes { get; set; }
}

public static class Smoke
{
    public static async Task RunAsync(IConfigurationDbContext context)
    {
        Check.Equal(0, await context.Clients.CountAsync(), "a new configuration database holds no client");
        Check.Equal(0, await context.ApiScopes.CountAsync(), "nor any API scope");

        context.Clients.Add(new Client { ClientId = "web", ClientName = "Web", AllowedCorsOrigins = [new ClientCorsOrigin { Origin = "https://web.example" }] });
        Check.Equal(0, await context.Clients.CountAsync(), "an added client is only tracked: nothing in the interface saves it");
        Check.Equal(0, await context.ClientCorsOrigins.CountAsync(), "nor its origins");

        var scopes = await context.ApiScopes.Where(s => s.Enabled).Select(s => s.Name).ToListAsync();
        Check.Equal(0, scopes.Count, "a query of the scopes reads the stored rows only");
        context.Dispose();
    }
}
