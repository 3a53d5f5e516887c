// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IPersistedGrantStore.cs (models: src/Storage/src/Models/PersistedGrant.cs,
//   src/Storage/src/Stores/PersistedGrantFilter.cs)
// Real store: src/IdentityServer4/src/Stores/InMemory/InMemoryPersistedGrantStore.cs (and the EF Core one in
//   IdentityServer4.EntityFramework): StoreAsync writes by Key, replacing an existing grant; GetAsync returns null when
//   missing; GetAllAsync(filter) returns the grants matching every non-null filter property (Validate() throws
//   ArgumentException when none is set); RemoveAsync of a missing key does nothing; RemoveAllAsync(filter) removes
//   the matching grants.
// Shapes: fake=2; GetAllAsync=2; RemoveAllAsync=2
// Configured: NotStamped = new[] { "CreationTime" }: StoreAsync keeps the grant's CreationTime as given (InMemoryPersistedGrantStore: `_repository[grant.Key] = grant`; the caller, DefaultGrantStore, sets it); the store stamps nothing, which
//   NotStamped says (IMF0025 asked: many stores stamp a property of that name).
// After this round (h-wrongclass6): WRONG found reviewing what the script does not try: GetAllAsync and RemoveAllAsync
//   compared a filter property set to "" or white space as a value, where InMemoryPersistedGrantStore (and the EF Core
//   store) skip it as unset (!String.IsNullOrWhiteSpace(filter.ClientId)): RemoveAllAsync(new PersistedGrantFilter {
//   SubjectId = "alice", ClientId = "" }) removed nothing where IdentityServer removes every grant of alice. Other stores
//   compare the text, so a blank text filter property is now refused at run time (ArgumentException naming filter,
//   nothing read or removed): loud, not silent. The script passes null for what it does not filter, as before.
// After h-oblivious (session 29): complete as before; GetAsync answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IPersistedGrantStoreCase;

public class PersistedGrant
{
    public string Key { get; set; }
    public string Type { get; set; }
    public string SubjectId { get; set; }
    public string SessionId { get; set; }
    public string ClientId { get; set; }
    public string Description { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? Expiration { get; set; }
    public DateTime? ConsumedTime { get; set; }
    public string Data { get; set; }
}

public class PersistedGrantFilter
{
    public string SubjectId { get; set; }
    public string SessionId { get; set; }
    public string ClientId { get; set; }
    public string Type { get; set; }
}

[InMemoryFake(NotStamped = new[] { "CreationTime" })]
public interface IPersistedGrantStore
{
    Task StoreAsync(PersistedGrant grant);
    Task<PersistedGrant> GetAsync(string key);
    Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter);
    Task RemoveAsync(string key);
    Task RemoveAllAsync(PersistedGrantFilter filter);
}

public static class Smoke
{
    public static async Task RunAsync(IPersistedGrantStore store)
    {
        await store.StoreAsync(new PersistedGrant { Key = "k1", Type = "refresh_token", SubjectId = "alice", ClientId = "web", Data = "1" });
        await store.StoreAsync(new PersistedGrant { Key = "k2", Type = "user_consent", SubjectId = "alice", ClientId = "spa", Data = "2" });
        await store.StoreAsync(new PersistedGrant { Key = "k3", Type = "refresh_token", SubjectId = "bob", ClientId = "web", Data = "3" });
        Check.Equal("1", (await store.GetAsync("k1"))?.Data, "GetAsync finds the grant by Key");
        await store.StoreAsync(new PersistedGrant { Key = "k0", Type = "refresh_token", SubjectId = "carol", ClientId = "web", CreationTime = new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
        Check.Equal(new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc), (await store.GetAsync("k0"))?.CreationTime, "StoreAsync keeps the CreationTime it is given");
        await store.RemoveAsync("k0");
        Check.Null(await store.GetAsync("nope"), "GetAsync of a missing key returns null");

        await store.StoreAsync(new PersistedGrant { Key = "k1", Type = "refresh_token", SubjectId = "alice", ClientId = "web", Data = "1b" });
        Check.Equal("1b", (await store.GetAsync("k1"))?.Data, "StoreAsync replaces the grant with the same Key");

        Check.Equal(2, (await store.GetAllAsync(new PersistedGrantFilter { SubjectId = "alice" })).Count(), "GetAllAsync filters on SubjectId");
        Check.Equal(1, (await store.GetAllAsync(new PersistedGrantFilter { SubjectId = "alice", ClientId = "web" })).Count(), "GetAllAsync ANDs the set filter properties");

        await store.RemoveAsync("nope");
        await store.RemoveAllAsync(new PersistedGrantFilter { ClientId = "web" });
        Check.Null(await store.GetAsync("k3"), "RemoveAllAsync removes every matching grant");
        Check.Equal("2", (await store.GetAsync("k2"))?.Data, "RemoveAllAsync keeps the others");
        await store.RemoveAsync("k2");
        Check.Null(await store.GetAsync("k2"), "RemoveAsync removes the grant");
    }
}
