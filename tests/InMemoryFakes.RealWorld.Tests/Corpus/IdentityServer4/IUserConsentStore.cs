// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IUserConsentStore.cs (model: src/Storage/src/Models/Consent.cs)
// Real store: src/IdentityServer4/src/Stores/Default/DefaultUserConsentStore.cs (DefaultGrantStore<Consent>): the key
//   is clientId + "|" + subjectId; StoreUserConsentAsync writes (replacing) the consent of that pair;
//   GetUserConsentAsync returns null when missing; RemoveUserConsentAsync of a missing pair does nothing.
// Shapes: StoreUserConsentAsync=1; GetUserConsentAsync=1,4; RemoveUserConsentAsync=1,4; fake=4
// Configured: NotStamped = new[] { "CreationTime" }: StoreUserConsentAsync keeps the consent's CreationTime as given (DefaultUserConsentStore passes `consent.CreationTime` to StoreItemAsync; the caller sets it); the store stamps nothing, which
//   NotStamped says (IMF0025 asked: many stores stamp a property of that name).
// After h-oblivious (session 29): complete as before; GetUserConsentAsync answers null for a missing entity as before,
//   now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake
//   does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IUserConsentStoreCase;

public class Consent
{
    public string SubjectId { get; set; }
    public string ClientId { get; set; }
    public IEnumerable<string> Scopes { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? Expiration { get; set; }
}

[InMemoryFake(NotStamped = new[] { "CreationTime" })]
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
        await store.StoreUserConsentAsync(new Consent { SubjectId = "alice", ClientId = "web", Scopes = ["openid"] });
        await store.StoreUserConsentAsync(new Consent { SubjectId = "alice", ClientId = "spa", Scopes = ["api"] });
        Check.Equal("openid", string.Join(",", (await store.GetUserConsentAsync("alice", "web"))?.Scopes ?? []), "GetUserConsentAsync finds the consent of (subject, client)");
        Check.Null(await store.GetUserConsentAsync("web", "alice"), "the arguments are (subjectId, clientId), not the other way round");
        await store.StoreUserConsentAsync(new Consent { SubjectId = "carol", ClientId = "web", Scopes = ["openid"], CreationTime = new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
        Check.Equal(new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc), (await store.GetUserConsentAsync("carol", "web"))?.CreationTime, "StoreUserConsentAsync keeps the CreationTime it is given");
        await store.StoreUserConsentAsync(new Consent { SubjectId = "alice", ClientId = "web", Scopes = ["openid", "profile"] });
        Check.Equal("openid,profile", string.Join(",", (await store.GetUserConsentAsync("alice", "web"))?.Scopes ?? []), "StoreUserConsentAsync replaces the consent of the same pair");
        await store.RemoveUserConsentAsync("alice", "web");
        Check.Null(await store.GetUserConsentAsync("alice", "web"), "RemoveUserConsentAsync removes it");
        Check.True(await store.GetUserConsentAsync("alice", "spa") is not null, "other clients' consents stay");
        await store.RemoveUserConsentAsync("alice", "web");
    }
}
