// Source: https://github.com/dotnetcore/osharp
// Commit: 6fcfc123
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample19 rule, fixed before probing: in these repositories, in this order (dotnetcore/osharp, MrCMS/MrCMS,
//   fluentcms/FluentCMS, aspnetrun/run-aspnetcore, evolutionary-architecture/evolutionary-architecture-by-example,
//   Abblix/Oidc.Server, ITfoxtec/ITfoxtec.Identity.Saml2, TanvirArjel/CleanArchitecture, vkhorikov/DddInAction,
//   dotnet/eShopSupport, sitkoru/Sitko.Core, matthewrenze/clean-architecture-demo, baratgabor/MyWarehouse,
//   Elfocrash/clean-minimal-api), skipping any the tools do not hold or already in the corpus, at the newest stored
//   snapshot (fetch, then git grep for the interface declarations, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3
//   members (inherited ones count if the base interface is in the same repository) and are not already in the corpus;
//   stop after 10; each transcribed whole. The first five repositories give the 10: osharp IConnectionUserCache,
//   IEntityInfoStore; MrCMS IRepository<T>, IAclRoleRepository (IClearCache, between them, declares 1 member);
//   FluentCMS IApiTokenRepository, IAuditableEntityRepository<TEntity>; run-aspnetcore IRepository<T>,
//   ICategoryRepository; evolutionary-architecture Chapter-2's IContractsRepository, Chapter-4's
//   IBindingContractsRepository (Chapter-3's IContractsRepository is Chapter-2's word for word, in another namespace).
//   This one: the 1st of dotnetcore/osharp (6 members).
// Path: src/OSharp.AspNetCore/SignalR/IConnectionUserCache.cs (model: ConnectionUser.cs)
// Adapted: none; OSharp builds without nullable annotations (#nullable disable).
// Real store: src/OSharp.AspNetCore/SignalR/ConnectionUserCache.cs over IDistributedCache, through OSharp.Utils'
//   DistributedCacheExtensions (JSON text, no expiration), key "SignalR:Connection_User:" + userName: GetUser the
//   stored user (a JSON copy) or null; GetConnectionIds the user's ConnectionIds as an array, an empty array when no
//   user is stored; SetUser writes the user (Check.NotNull: ArgumentNullException for a null user; an empty key is not
//   possible, the prefix is always there); AddConnectionId reads the user (a new ConnectionUser { UserName = userName }
//   when none), adds the id unless already there (AddIfNotExist) and writes it back; RemoveConnectionId does nothing when
//   no user or the id is not in its list, else removes the id and writes the user back, or removes the user when its
//   list is then empty; RemoveUser removes the key (nothing for a missing one).
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 GetConnectionIds, AddConnectionId, RemoveConnectionId (verbs of a key-value
//   store that do not say what they do to the list inside the stored value). Generated: GetUser, SetUser, RemoveUser
//   (a key-value store of ConnectionUser by userName) | WRONG: none reached (the probe stops at GetConnectionIds).
// After this round: unchanged; the three list members stay refused (reading, adding to and removing from a list held in
//   a cached value, and removing the user when it empties, are this store's own rules).
// After h-oblivious2 (session 30): still incomplete (other members); GetUser answers null for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Osharp.IConnectionUserCacheCase;

public class ConnectionUser
{
    public string UserName { get; set; }

    public ICollection<string> ConnectionIds { get; set; } = new List<string>();
}

[InMemoryFake]
public interface IConnectionUserCache
{
    Task<ConnectionUser> GetUser(string userName);

    Task<string[]> GetConnectionIds(string userName);

    Task SetUser(string userName, ConnectionUser user);

    Task AddConnectionId(string userName, string connectionId);

    Task RemoveConnectionId(string userName, string connectionId);

    Task RemoveUser(string userName);
}

public static class Smoke
{
    public static async Task RunAsync(IConnectionUserCache cache)
    {
        Check.Null(await cache.GetUser("alice"), "GetUser of a user never stored is null");

        var bob = new ConnectionUser { UserName = "bob" };
        bob.ConnectionIds.Add("b1");
        await cache.SetUser("bob", bob);
        bob.ConnectionIds.Add("not-stored");
        Check.Equal("b1", string.Join(",", (await cache.GetUser("bob")).ConnectionIds), "SetUser stores the user as it was then (a JSON copy)");
        await Check.ThrowsAsync<ArgumentNullException>(() => cache.SetUser("carol", null), "SetUser of a null user throws ArgumentNullException");
        Check.Null(await cache.GetUser("carol"), "the refused SetUser stored nothing");
        await cache.RemoveUser("bob");
        Check.Null(await cache.GetUser("bob"), "RemoveUser removes the user");
        await cache.RemoveUser("bob");

        Check.Equal(0, (await cache.GetConnectionIds("alice")).Length, "GetConnectionIds of a user never stored is an empty array");
        await cache.AddConnectionId("alice", "a1");
        var alice = await cache.GetUser("alice");
        Check.Equal("alice", alice?.UserName, "AddConnectionId of an unknown user stores a new user with that name");
        await cache.AddConnectionId("alice", "a1");
        await cache.AddConnectionId("alice", "a2");
        Check.Equal("a1,a2", string.Join(",", await cache.GetConnectionIds("alice")), "AddConnectionId adds an id once, in order");

        await cache.RemoveConnectionId("alice", "zz");
        await cache.RemoveConnectionId("nobody", "a1");
        Check.Null(await cache.GetUser("nobody"), "RemoveConnectionId of an unknown user stores nothing");
        await cache.RemoveConnectionId("alice", "a1");
        Check.Equal("a2", string.Join(",", await cache.GetConnectionIds("alice")), "RemoveConnectionId removes the id");
        await cache.RemoveConnectionId("alice", "a2");
        Check.Null(await cache.GetUser("alice"), "RemoveConnectionId of the last id removes the user");
    }
}
