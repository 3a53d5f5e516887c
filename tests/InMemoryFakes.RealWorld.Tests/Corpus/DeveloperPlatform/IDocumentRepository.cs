// Source: https://github.com/microsoft/developer-platform
// Commit: ec053c7a6c2a (the interface last changed in 162eff0fd976)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 7th pick (developer-platform; its first hit in path order, 6 members).
// Path: src/Microsoft.Developer.Abstractions/Data/IDocumentRepository{T}.cs (real store:
//   src/Microsoft.Developer.Data.Cosmos/CosmosRepository.cs, the Cosmos DB .NET SDK v3; the callers:
//   Data/EntitiesRepository.cs and Data/MappedUserRepository.cs beside the interface; model: MappedUser.cs)
// Adapted: the namespaces (one for all). The document is MappedUser<TLocalUser> cut down to a plain class of Id, Tenant
//   (its partition), LocalId and Expiration (in the source Id, Tenant and LocalId are read from the platform and local
//   users it holds). Nullable enabled, as in the source (Directory.Build.props).
// Real store: CosmosRepository<T> over one container whose partition key path is configured (the tenant, for mapped
//   users); a document is identified by its id within a partition, and the caller passes the partition. AddAsync(
//   partitionId, entity) creates it and answers the stored document (409 Conflict, a CosmosException, when the id is
//   taken in that partition; ArgumentNullException for null). GetAsync(partitionId, entityId) reads it, null on 404
//   (another partition's document of that id too). QueryAsync(partitionId, filter) runs the LINQ filter over that
//   partition, or over every partition when partitionId is null; QueryAsync(partitionId, query) runs a Cosmos SQL text.
//   RemoveAsync(partitionId, id) deletes the document and answers response.Resource is not null, which is false for
//   every delete (Cosmos answers 204 with no body; the SDK's Resource is null) and false for a missing one (404 caught).
//   SetAsync(partitionId, entity) creates or replaces it (upsert) and answers the stored document. A partition that is
//   not the document's own partition value is a 400 on writes.
// Shapes: *=4; QueryAsync=2,9; RemoveAsync=4
// First try (f923f300): incomplete: IMF0001 on AddAsync (it returns the document), GetAsync and RemoveAsync (a second
//   string after the key 'partitionId') and both QueryAsync ('not a known verb'); SetAsync generated | WRONG:
//   SetAsync(partitionId, entity) stored the document under the partition id, so each document set in a partition
//   replaced the last one there, where Cosmos DB upserts it by its own id within the partition (the probe stops earlier,
//   at AddAsync).
// After this round: SetAsync is refused, and so are AddAsync, GetAsync and RemoveAsync, saying why: a key named after a
//   partition (partition, partitionId, partitionKey, partitionName) names a group of values, not one value
//   (Sample64Tests; docs/generator.md "Key-value store"). The rest are right: the document's id is a property the
//   serializer maps, QueryAsync runs a LINQ filter or a Cosmos SQL text, and RemoveAsync answers false for every
//   delete (a Cosmos delete has no resource), which no signature would say.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DeveloperPlatform.IDocumentRepositoryCase;

public class MappedUser
{
    public string Id { get; set; } = "";

    public string Tenant { get; set; } = "";

    public string LocalId { get; set; } = "";

    public DateTimeOffset Expiration { get; set; }
}

[InMemoryFake]
public interface IDocumentRepository<TDocument>
{
    Task<TDocument> AddAsync(string partitionId, TDocument entity, CancellationToken cancellationToken = default);

    Task<TDocument?> GetAsync(string partitionId, string entityId, CancellationToken cancellationToken = default);

    IAsyncEnumerable<TDocument> QueryAsync(string? partitionId, Func<IQueryable<TDocument>, IQueryable<TDocument>> filter, CancellationToken cancellationToken = default);

    IAsyncEnumerable<TDocument> QueryAsync(string? partitionId, string query, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(string partitionId, string id, CancellationToken cancellationToken = default);

    Task<TDocument> SetAsync(string partitionId, TDocument entity, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IDocumentRepository<MappedUser> users)
    {
        var ann = new MappedUser { Id = "u-1", Tenant = "contoso", LocalId = "ann" };
        var bob = new MappedUser { Id = "u-2", Tenant = "contoso", LocalId = "bob" };
        var cy = new MappedUser { Id = "u-1", Tenant = "fabrikam", LocalId = "cy" };
        Check.Equal("ann", (await users.AddAsync("contoso", ann)).LocalId, "AddAsync answers the stored document");
        await users.AddAsync("contoso", bob);
        await users.AddAsync("fabrikam", cy);
        await Check.ThrowsAsync<Exception>(() => users.AddAsync("contoso", new MappedUser { Id = "u-1", Tenant = "contoso", LocalId = "ann2" }), "an add of an id taken in that partition is a conflict (409)");

        Check.Equal("ann", (await users.GetAsync("contoso", "u-1"))?.LocalId, "GetAsync reads the document of that id in that partition");
        Check.Equal("cy", (await users.GetAsync("fabrikam", "u-1"))?.LocalId, "the same id in another partition is another document");
        Check.Null(await users.GetAsync("contoso", "u-9"), "GetAsync of an id not stored is null");

        var inContoso = new List<string>();
        await foreach (var user in users.QueryAsync("contoso", q => q.Where(u => u.LocalId != "bob")))
        {
            inContoso.Add(user.LocalId);
        }

        Check.Equal("ann", string.Join(",", inContoso), "QueryAsync filters the documents of the partition");
        var everywhere = new List<string>();
        await foreach (var user in users.QueryAsync(null, q => q.Where(u => u.Id == "u-1")))
        {
            everywhere.Add(user.LocalId);
        }

        Check.Equal("ann,cy", string.Join(",", everywhere.OrderBy(n => n, StringComparer.Ordinal)), "and of every partition when none is given");

        ann.LocalId = "ann.b";
        Check.Equal("ann.b", (await users.SetAsync("contoso", ann)).LocalId, "SetAsync replaces a stored document and answers it");
        Check.Equal("ann.b", (await users.GetAsync("contoso", "u-1"))?.LocalId, "which reads back");
        await users.SetAsync("contoso", new MappedUser { Id = "u-3", Tenant = "contoso", LocalId = "dee" });
        Check.Equal("dee", (await users.GetAsync("contoso", "u-3"))?.LocalId, "and creates a document not stored (upsert)");

        Check.False(await users.RemoveAsync("contoso", "u-2"), "RemoveAsync answers false for a document it deleted (a delete's response has no resource)");
        Check.Null(await users.GetAsync("contoso", "u-2"), "the document is gone");
        Check.False(await users.RemoveAsync("contoso", "u-2"), "and false for one not stored (404)");
        Check.Equal("cy", (await users.GetAsync("fabrikam", "u-1"))?.LocalId, "another partition's document stays");
    }
}
