// Source: https://github.com/linuxchata/oauth
// Commit: c397cd439cda (2024-10-13, "Refactor repositories": the version the search result shows, whose model is in
//   Shark.AuthorizationServer.Models; the file was created there, and read_file reads a later one that moves the model
//   to ...Domain, the members unchanged)
// Licence: MIT (LICENSE, "Copyright (c) 2024-2026 LinuxChata"; an interface signature and a minimal model transcribed
//   for a test)
// Sample: h-sample130 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample130-rule.md,
//   with the walk): identity, OAuth and OpenID Connect server codebases; the search tool (corpus code) with these
//   queries, in this order: (1) `interface IPersistedGrantStore`, (2) `interface IClientStore Task`, (3) `interface
//   IRefreshTokenStore`, (4) `interface IAuthorizationCodeStore`, (5) `interface IUserConsentStore`, (6) `interface
//   IDeviceFlowStore`, (7) `interface IResourceStore Task`, (8) `interface ISigningKeyStore`; from each, the FIRST result
//   in the order returned that is a C# interface declaration with at least 3 members (inherited ones count when the base
//   interface is declared in the same repository), whose path contains no "test" (any case), from a repository that has
//   a licence, is not already a corpus source and is not already picked; a result naming no repository or path
//   (anonymous excerpt) is not taken; at most 1 per repository; stop after 3. Picks: (1) query (1), rank 4,
//   linuxchata/oauth IPersistedGrantRepository; (2) query (3), rank 1, Xabaril/JWTSimpleServer IRefreshTokenStore;
//   (3) query (5), rank 4, alexhiggins732/IdentityServer8 IUserConsentStore. Queries (2) and (4) gave none (repositories
//   without a licence, 2 members, a corpus source, other languages, anonymous excerpts); (6)-(8) were not run.
//   This one: query (1), rank 4 (ranks 1-3: two Markdown documentation pages and a TypeScript type).
// Path: src/Shark.AuthorizationServer/Abstractions/Repositories/IPersistedGrantRepository.cs (its bases IRepositoryGet.cs,
//   IRepositoryAdd.cs, IRepositoryRemove.cs beside it; model: Models/PersistedGrant.cs; real store:
//   Repositories/PersistedGrantRepository.cs, registered a singleton over AddDistributedMemoryCache() in Program.cs;
//   callers: ApplicationServices/AuthorizeApplicationService.cs, TokenApplicationService.cs, RevokeApplicationService.cs)
// Adapted: one namespace for Abstractions.Repositories and Models. Nullable enabled and implicit usings, as the root
//   Directory.Build.props sets them (the usings written out).
// Real store: PersistedGrantRepository over IDistributedCache (MemoryDistributedCache), one JSON string (Newtonsoft) per
//   grant under its Value (authorization codes and refresh tokens alike). Get(value) answers null for null or a blank
//   value (string.IsNullOrWhiteSpace guard), null for a value not stored, else a new grant deserialized from the JSON (a
//   change to the grant after Add is not seen). Add(item) is SetString(item.Value, json, AbsoluteExpiration =
//   DateTime.Now.AddSeconds(item.ExpiredIn)): a taken Value is overwritten, and the entry expires ExpiredIn seconds after
//   the add; MemoryCache keeps nothing whose end is already past, so a grant with ExpiredIn 0 (or less) is never found.
//   Remove(value) does nothing for null or a blank value (the same guard), else IDistributedCache.Remove, which does
//   nothing for a value not stored.
// Shapes: *=core
// First try (c183da2f): complete: Get (a lookup by Value, the key the interface proves: the parameter is named after the
//   property), Add (an add: a taken Value the duplicate-key error), Remove (a removal by Value; a value not stored does
//   nothing) | WRONG: Add keeps a grant forever, where the real entry expires ExpiredIn seconds after the add (one with
//   ExpiredIn 0 is never found): no signature says ExpiredIn is the entry's lifetime. Loud, not silent: Get(null) and
//   Remove(null) threw ArgumentNullException (the key passed on with `!`), where the declaration takes string? and the real
//   guard answers null and does nothing; Add of a taken Value threw the duplicate-key error, where SetString overwrites
//   (TakenKeyAdds states it).
// Configured: TakenKeyAdds = TakenKeyAdd.Replace (IDistributedCache.SetString overwrites the grant of a taken Value).
// After this round: incomplete: Remove refused (IMF0001: its key is declared string?, and what a removal of null does,
//   nothing or an error, is the store's own: the documented rule for int? keys, now for nullable reference keys, h-sample130);
//   Get of null answers null (the same rule's lookup: no row has a null key). The probe stops at Remove; a hand-written
//   `if (!string.IsNullOrWhiteSpace(value)) Store.Remove(value);` completes it.
// Still wrong: Add ignores ExpiredIn, where the real entry expires ExpiredIn seconds after the add (the script's last
//   check, after Remove, which the probe does not reach): a lifetime kept as a property of the entity, in seconds from
//   the write, which no signature or setting ties to the entry (Left in the round).
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LinuxchataOauth.IPersistedGrantRepositoryCase;

public record PersistedGrant
{
    public required string Type { get; set; }

    public required string ClientId { get; set; }

    public string? RedirectUri { get; set; }

    public required string[] Scopes { get; set; }

    public required string Value { get; set; }

    public string? UserName { get; set; }

    public string? CodeChallenge { get; set; }

    public string? CodeChallengeMethod { get; set; }

    public int ExpiredIn { get; set; }
}

public interface IRepositoryGet<T>
{
    T? Get(string? value);
}

public interface IRepositoryAdd<T>
{
    void Add(T item);
}

public interface IRepositoryRemove<T>
{
    void Remove(string? value);
}

[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Replace)]
public interface IPersistedGrantRepository :
    IRepositoryGet<PersistedGrant>,
    IRepositoryAdd<PersistedGrant>,
    IRepositoryRemove<PersistedGrant>
{
}

public static class Smoke
{
    public static Task RunAsync(IPersistedGrantRepository grants)
    {
        Check.Null(grants.Get("code-1"), "Get of a value not stored is null (IDistributedCache.GetString answers null)");
        Check.Null(grants.Get(null), "Get(null) is null: the IsNullOrWhiteSpace guard");
        Check.Null(grants.Get("   "), "Get of a blank value is null: the same guard");

        var code = new PersistedGrant { Type = "authorization_code", ClientId = "client-1", RedirectUri = "https://app/cb", Scopes = ["read", "write"], Value = "code-1", UserName = "alice", CodeChallenge = "abc", CodeChallengeMethod = "S256", ExpiredIn = 60 };
        grants.Add(code);
        var read = Check.NotNull(grants.Get("code-1"), "Get reads the grant by its Value (the cache key)");
        Check.Equal("client-1", read.ClientId, "the client is stored as given");
        Check.Equal("read write", string.Join(" ", read.Scopes), "the scopes are stored as given");
        Check.Equal("alice", read.UserName, "the user is stored as given");
        Check.Null(grants.Get("CODE-1"), "values are ordinal keys");
        code.UserName = "mallory";
        Check.Equal("alice", Check.NotNull(grants.Get("code-1"), "still there").UserName, "Add stored JSON: a change to the grant after Add is not stored");

        grants.Add(code with { ClientId = "client-2", UserName = "bob" });
        Check.Equal("client-2", Check.NotNull(grants.Get("code-1"), "still there").ClientId, "Add of a taken Value replaces the grant (SetString overwrites)");

        grants.Add(new PersistedGrant { Type = "refresh_token", ClientId = "client-1", Scopes = ["read"], Value = "refresh-1", ExpiredIn = 3600 });
        grants.Remove("code-1");
        Check.Null(grants.Get("code-1"), "Remove removes the grant");
        Check.NotNull(grants.Get("refresh-1"), "other grants stay");
        grants.Remove("code-1");
        grants.Remove(null);
        grants.Remove("  ");
        Check.NotNull(grants.Get("refresh-1"), "Remove of a value not stored, of null or of a blank value does nothing");

        grants.Add(new PersistedGrant { Type = "authorization_code", ClientId = "client-1", Scopes = ["read"], Value = "code-0", ExpiredIn = 0 });
        Check.Null(grants.Get("code-0"), "a grant whose ExpiredIn is 0 expires as it is added (AbsoluteExpiration = now: MemoryCache keeps nothing already expired)");
        return Task.CompletedTask;
    }
}
