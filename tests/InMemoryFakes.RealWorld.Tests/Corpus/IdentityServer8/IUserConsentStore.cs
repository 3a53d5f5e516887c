// Source: https://github.com/alexhiggins732/IdentityServer8
// Commit: 24e457a (2024-02-15, "Update license header.": the version the search result shows, by its header;
//   read_file reads the older 07cada2, the snapshot HEAD 08051c9 the same members)
// Licence: Apache-2.0 (LICENSE at the root; a fork of IdentityServer4, whose headers it keeps; an interface signature and
//   a minimal model transcribed for a test)
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
//   This one: query (5), rank 4 (ranks 1-3: JavaScript and TypeScript). Corpus/IdentityServer4/IUserConsentStore.cs is
//   the same interface in the repository this one forks, another repository by the rule's definition.
// Path: src/Storage/src/Stores/IUserConsentStore.cs (model: src/Storage/src/Models/Consent.cs; real store:
//   src/IdentityServer8/src/Stores/Default/DefaultUserConsentStore.cs over DefaultGrantStore.cs and
//   Stores/InMemory/InMemoryPersistedGrantStore.cs or the EntityFramework project's PersistedGrantStore)
// Adapted: the namespace; the global usings written out. No nullable context (the Storage project sets none), so
//   #nullable disable.
// Real store: DefaultUserConsentStore : DefaultGrantStore<Consent>, over IPersistedGrantStore: the key is clientId + "|" +
//   subjectId (hashed with the grant type); StoreUserConsentAsync serializes the consent (JSON) into one persisted grant
//   of that key, replacing the one there (the in-memory store's `_repository[grant.Key] = grant`, the EF Core store's
//   update of a found row), with CreationTime and Expiration as the consent gives them (nothing stamped);
//   GetUserConsentAsync deserializes a new consent, null when the key holds none (expiry is the consent service's check,
//   not the store's); RemoveUserConsentAsync removes the grant, nothing for a pair not stored.
// Shapes: StoreUserConsentAsync=1; GetUserConsentAsync=1,4; RemoveUserConsentAsync=1,4; fake=4
// First try (c183da2f): complete: StoreUserConsentAsync (an upsert of the consent under (SubjectId, ClientId)),
//   GetUserConsentAsync (the lookup by the pair, null when missing; IMF0026 info), RemoveUserConsentAsync (removal by the
//   pair; a pair not stored does nothing); IMF0025 info on CreationTime (stored as given) | WRONG: none (the script passes).
// After this round: complete, unchanged; the smoke script passes.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer8.IUserConsentStoreCase;

public class Consent
{
    public string SubjectId { get; set; }

    public string ClientId { get; set; }

    public IEnumerable<string> Scopes { get; set; }

    public DateTime CreationTime { get; set; }

    public DateTime? Expiration { get; set; }
}

[InMemoryFake]
public interface IUserConsentStore
{
    Task StoreUserConsentAsync(Consent consent);

    Task<Consent> GetUserConsentAsync(string subjectId, string clientId);

    Task RemoveUserConsentAsync(string subjectId, string clientId);
}

public static class Smoke
{
    public static async Task RunAsync(IUserConsentStore store)
    {
        Check.Null(await store.GetUserConsentAsync("bob", "web"), "no consent is stored at first: null");

        var created = new DateTime(2024, 2, 1, 8, 0, 0, DateTimeKind.Utc);
        var consent = new Consent { SubjectId = "bob", ClientId = "web", Scopes = ["openid", "profile"], CreationTime = created, Expiration = created.AddDays(30) };
        await store.StoreUserConsentAsync(consent);
        await store.StoreUserConsentAsync(new Consent { SubjectId = "bob", ClientId = "mobile", Scopes = ["api"], CreationTime = created });
        await store.StoreUserConsentAsync(new Consent { SubjectId = "dana", ClientId = "web", Scopes = ["email"], CreationTime = created });

        var read = Check.NotNull(await store.GetUserConsentAsync("bob", "web"), "GetUserConsentAsync finds the consent of (subject, client)");
        Check.Equal("openid profile", string.Join(" ", read.Scopes), "the scopes are stored as given");
        Check.Equal(created, read.CreationTime, "CreationTime is stored as given (DefaultUserConsentStore stamps nothing)");
        Check.Equal<DateTime?>(created.AddDays(30), read.Expiration, "Expiration is stored as given");
        Check.Null(await store.GetUserConsentAsync("web", "bob"), "the arguments are (subjectId, clientId): swapped, nothing is found");
        Check.Equal("email", string.Join(" ", Check.NotNull(await store.GetUserConsentAsync("dana", "web"), "another subject's consent for the same client").Scopes), "each (subject, client) pair has its own consent");

        consent.Scopes = ["openid"];
        Check.Equal("openid profile", string.Join(" ", Check.NotNull(await store.GetUserConsentAsync("bob", "web"), "still stored").Scopes), "the store keeps JSON: a change to the consent after the store is not seen");

        await store.StoreUserConsentAsync(new Consent { SubjectId = "bob", ClientId = "web", Scopes = ["openid", "offline_access"], CreationTime = created.AddDays(1) });
        var replaced = Check.NotNull(await store.GetUserConsentAsync("bob", "web"), "the replaced consent reads back");
        Check.Equal("openid offline_access", string.Join(" ", replaced.Scopes), "StoreUserConsentAsync of a stored pair replaces its consent");
        Check.Equal(created.AddDays(1), replaced.CreationTime, "with the new CreationTime as given");

        var expired = new Consent { SubjectId = "erin", ClientId = "web", Scopes = ["openid"], CreationTime = created, Expiration = created.AddDays(-1) };
        await store.StoreUserConsentAsync(expired);
        Check.True(await store.GetUserConsentAsync("erin", "web") is not null, "a consent past its Expiration is still read: the consent service checks expiry, not the store");

        await store.RemoveUserConsentAsync("bob", "web");
        Check.Null(await store.GetUserConsentAsync("bob", "web"), "RemoveUserConsentAsync removes the consent of the pair");
        Check.True(await store.GetUserConsentAsync("bob", "mobile") is not null, "the subject's consents for other clients stay");
        Check.True(await store.GetUserConsentAsync("dana", "web") is not null, "other subjects' consents for the client stay");
        await store.RemoveUserConsentAsync("bob", "web");
        await store.RemoveUserConsentAsync("nobody", "none");
        Check.Null(await store.GetUserConsentAsync("nobody", "none"), "RemoveUserConsentAsync of a pair not stored does nothing");
    }
}
