// Source: https://github.com/thabart/SimpleIdentityServer
// Commit: 5712aefff2ad
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample95 rule, fixed before probing: the repositories find_repos("Identity") lists, in its order, keeping
//   those with C# files (find_files(repo, ext="cs") with rows; find_repos("Auth") next if the list ran out: it did not);
//   in each, at its newest stored snapshot, the first C# interface in path order (git grep of the fetched snapshot, or
//   find_files' path order where fetch had no snapshot) outside test paths, declaring at least 3 members itself, whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection: its members
//   read or write what the implementation keeps, directly or through a store abstraction; a workflow or policy service
//   is not one); not a corpus source already; a licence file that allows transcribing a signature; at most 1 per
//   repository; stop after 5. The walk reached the 49th repository (docs/generator-rounds.md, h-sample95, names the skipped
//   ones and why). The 5 picks, in order: SimpleIdentityServer IConcurrencyManager, NCode Identity IAlgorithmCollection,
//   spider-baby-identity IFindUserService<TUser>, open-identity-stack IApplicationPermissionRegistryRepository,
//   RoyalIdentity IConfigurationDbContext.
//   This one: the 1st, from thabart/SimpleIdentityServer (the 20th repository listed, the first with C# files). Before it
//   in path order: IEventHandler, IEventPublisher, IEventSubscriber (SimpleIdServer.Bus: a message bus, no state).
// Path: SimpleIdentityServer/src/Apis/Common/SimpleIdServer.Concurrency/ConcurrencyManager.cs (the interface and its one
//   implementation, ConcurrencyManager, over IStorage; model: ConcurrentObject.cs; store: SimpleIdServer.Storage/
//   InMemoryStorage.cs, an IMemoryCache, and BaseDistributedStorage.cs, an IDistributedCache of JSON)
// Adapted: the XML comments are dropped; ConcurrentObject is transcribed whole. Nullable disabled, as in the source (the
//   project does not enable it).
// Real store: ConcurrencyManager keeps one ConcurrentObject (an ETag and a time) per representation id in IStorage.
//   TryUpdateRepresentationAsync(id, etag) stores a new object whose Etag is the etag in double quotes and whose DateTime
//   is DateTime.UtcNow, replacing the one held, and returns it; TryUpdateRepresentation(id) and
//   TryUpdateRepresentationAsync(id) do the same with a new Guid as the etag. TryGetRepresentation[Async](id) returns
//   the object held, null when none. IsRepresentationDifferentAsync(id, etag) is false when nothing is held, else whether
//   the stored Etag (quotes included) differs from the etag given. Remove[Async](id) removes it (nothing held: nothing),
//   RemoveAll[Async]() every object the storage was given. A null or blank id (and etag) is ArgumentNullException.
// Shapes: *=none; TryUpdateRepresentationAsync=20; IsRepresentationDifferentAsync=19
// First try (45df1faa): incomplete: IMF0001 on all 10 (RemoveAll and RemoveAllAsync: no member puts a value in or hands
//   one out, so nothing says what the store holds; TryUpdateRepresentation[Async], TryGetRepresentation[Async],
//   IsRepresentationDifferentAsync, Remove[Async]: Representation is no noun of the store, and an update that makes up
//   its value is no write the conventions know) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the value is made up by the store (a Guid, quoted, and the
//   clock), and "different" compares a quoted ETag with the caller's text; no signature says either. Written by hand,
//   each member is a line over the fake's Store.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SimpleIdentityServer.IConcurrencyManagerCase;

public class ConcurrentObject
{
    public string Etag { get; set; }
    public DateTime DateTime { get; set; }
}

[InMemoryFake]
public interface IConcurrencyManager
{
    ConcurrentObject TryUpdateRepresentation(string representationId);
    Task<ConcurrentObject> TryUpdateRepresentationAsync(string representationId);
    Task<ConcurrentObject> TryUpdateRepresentationAsync(string representationId, string etag);
    Task<bool> IsRepresentationDifferentAsync(string representationId, string etag);
    ConcurrentObject TryGetRepresentation(string representationId);
    Task<ConcurrentObject> TryGetRepresentationAsync(string representationId);
    void Remove(string representationId);
    Task RemoveAsync(string representationId);
    void RemoveAll();
    Task RemoveAllAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IConcurrencyManager manager)
    {
        Check.Null(manager.TryGetRepresentation("users"), "nothing is held for a new representation");
        Check.False(await manager.IsRepresentationDifferentAsync("users", "\"abc\""), "a representation not held is not different");

        var stored = await manager.TryUpdateRepresentationAsync("users", "abc");
        Check.Equal("\"abc\"", stored.Etag, "an update stores the etag given, in double quotes");
        Check.Equal("\"abc\"", (await manager.TryGetRepresentationAsync("users"))?.Etag, "and a read hands it back");
        Check.False(await manager.IsRepresentationDifferentAsync("users", "\"abc\""), "the quoted etag held is not different");
        Check.True(await manager.IsRepresentationDifferentAsync("users", "abc"), "the same text without quotes is different");

        var made = manager.TryUpdateRepresentation("groups");
        Check.True(made.Etag.StartsWith('"') && made.Etag.EndsWith('"') && Guid.TryParse(made.Etag.Trim('"'), out _), "an update without an etag makes a quoted Guid");
        Check.Equal(made.Etag, manager.TryGetRepresentation("groups")?.Etag, "and stores it");

        await manager.TryUpdateRepresentationAsync("users", "def");
        Check.Equal("\"def\"", manager.TryGetRepresentation("users")?.Etag, "a second update replaces the etag held");

        await manager.RemoveAsync("users");
        Check.Null(manager.TryGetRepresentation("users"), "RemoveAsync removes the representation's etag");
        manager.Remove("users");
        Check.NotNull(manager.TryGetRepresentation("groups"), "removing one leaves the others");

        manager.RemoveAll();
        Check.Null(manager.TryGetRepresentation("groups"), "RemoveAll removes every etag");

        await Check.ThrowsAsync<ArgumentNullException>(() => manager.TryGetRepresentationAsync(" "), "a blank id is ArgumentNullException");
        await Check.ThrowsAsync<ArgumentNullException>(() => manager.TryUpdateRepresentationAsync("users", ""), "an empty etag is ArgumentNullException");
        await manager.RemoveAllAsync();
    }
}
