// Source: https://github.com/DuendeSoftware/IdentityServer
// Commit: 0850cda5
// Licence: Duende Software licence (source-available; an interface signature and minimal models transcribed for a test)
// Sample: h-sample15 rule, fixed before probing: in these repositories, in this order (danielgerlag/workflow-core,
//   MiniProfiler/dotnet, DuendeSoftware/IdentityServer, Prowlarr/Prowlarr, anjoy8/Blog.Core, zhontai/Admin.Core,
//   OrchardCMS/Orchard, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   DotNetNext/SqlSugar, umbraco/Umbraco-CMS), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). The round's hard deadline cut the list at 8, in
//   that order: workflow-core IEventRepository, IScheduledCommandRepository, ISubscriptionRepository; MiniProfiler
//   IAsyncStorage (its only one); Duende IAutomaticKeyManagerKeyStore, ICache<T>, IConsentMessageStore; Prowlarr
//   IAppIndexerMapRepository. Not transcribed for lack of time: Prowlarr's IApplicationsRepository and
//   IApplicationStatusRepository and the repositories after Prowlarr in the list.
//   Duende's clients/.../DPoP/IReplayCache, IClientConfigurationStore and ISigningKeyStoreCache declare 2 or fewer;
//   its IAuthorizationParametersMessageStore is skipped as already in the corpus (IdentityServer4's, the same
//   interface of the same product line, same signatures).
//   This one: the 3rd of DuendeSoftware/IdentityServer.
// Path: src/IdentityServer/Stores/IConsentMessageStore.cs (models: Models/Messages/Message.cs, ConsentResponse.cs,
//   AuthorizationError.cs)
// Adapted: Message<TModel> keeps its public constructors (the internal one dropped) and properties; ConsentResponse
//   and AuthorizationError as they are. The interface file builds without nullable annotations (#nullable disable);
//   ConsentResponse's file is #nullable enable.
// Real store: src/IdentityServer/Stores/Default/ConsentMessageStore.cs over MessageCookie<ConsentResponse>: a cookie
//   per id holding the data-protected message. WriteAsync(id, null) ArgumentNullException; WriteAsync(id, m) writes
//   the cookie (replacing) after purging the OLDEST message cookies (by Created) beyond
//   UserInteraction.CookieMessageThreshold (default 2); ReadAsync(id) null for a null or empty id or a missing or
//   unreadable cookie, else the message; DeleteAsync(id) expires the cookie. Read sees the request's cookies, so a write
//   is read on the next request (the script reads as the next request would).
// Shapes: *=core
// First try (acd8f01): complete (a key-value store of Message<ConsentResponse> by id), smoke failed | WRONG: the fake
//   keeps every message, the real one at most CookieMessageThreshold (2) per browser, purging the oldest on write
//   (silent); ReadAsync(null) threw ArgumentNullException where the real store answers null (loud).
// After this round: the cap configured; still complete, smoke still failing (KnownSmokeMismatches).
// Configured: MaxEntries = 2, QuotaPolicy = QuotaPolicy.EvictOldest: MessageCookie.Write first calls ClearOverflow,
//   which, when the message cookies number CookieMessageThreshold (Constants.UIConstants.CookieMessageThreshold = 2, the
//   default of UserInteractionOptions) or more, keeps the newest 1 by Created and clears the rest, then writes: at most
//   2 stay, and for new ids written in time order the one purged is the first written.
// Still wrong: the real purge ranks by the message's Created, the fake's EvictOldest by first write of the id, so a
//   rewritten id is the oldest in the fake and the newest in the real store (the script's m2/m3 case); ReadAsync(null)
//   throws ArgumentNullException where MessageCookie.Read answers null for a missing id (id.IsMissing()). The message
//   cookies are per browser, which the fake (one table) does not model.
// After h-oblivious2 (session 30): complete as before; ReadAsync answers null for a missing key as before, now with
//   IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for one,
//   as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DuendeIdentityServer.IConsentMessageStoreCase;

public enum AuthorizationError
{
    AccessDenied,
    InteractionRequired,
    LoginRequired,
    AccountSelectionRequired,
    ConsentRequired,
    TemporarilyUnavailable,
    UnmetAuthenticationRequirements,
}

#nullable enable
public class ConsentResponse
{
    public AuthorizationError? Error { get; set; }

    public string? ErrorDescription { get; set; }

    public bool Granted => ScopesValuesConsented != null && ScopesValuesConsented.Any() && Error == null;

    public IEnumerable<string>? ScopesValuesConsented { get; set; }

    public bool RememberConsent { get; set; }

    public string? Description { get; set; }
}
#nullable disable

public class Message<TModel>
{
    public Message()
    {
    }

    public Message(TModel data, DateTime now)
    {
        Created = now.Ticks;
        Data = data;
    }

    public long Created { get; set; }

    public TModel Data { get; set; }
}

[InMemoryFake(MaxEntries = 2, QuotaPolicy = QuotaPolicy.EvictOldest)]
public interface IConsentMessageStore
{
    Task WriteAsync(string id, Message<ConsentResponse> message);

    Task<Message<ConsentResponse>> ReadAsync(string id);

    Task DeleteAsync(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IConsentMessageStore store)
    {
        var t0 = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        Check.Null(await store.ReadAsync("c1"), "ReadAsync of an unknown id is null");
        await Check.ThrowsAsync<ArgumentNullException>(() => store.WriteAsync("c1", null), "WriteAsync of a null message throws ArgumentNullException");
        await store.WriteAsync("c1", new Message<ConsentResponse>(new ConsentResponse { Description = "a", RememberConsent = true }, t0));
        await store.WriteAsync("c1", new Message<ConsentResponse>(new ConsentResponse { Description = "b" }, t0.AddSeconds(1)));
        var read = await store.ReadAsync("c1");
        Check.Equal("b", read?.Data?.Description, "WriteAsync replaces the message under its id");
        Check.Equal(t0.AddSeconds(1).Ticks, read!.Created, "the message keeps its Created");
        await store.DeleteAsync("c1");
        await store.DeleteAsync("missing");
        Check.Null(await store.ReadAsync("c1"), "DeleteAsync forgets the id");
        // One browser's cookies: with the default CookieMessageThreshold of 2, a write first purges all but the newest
        // message (by Created), so at most 2 stay.
        await store.WriteAsync("m1", new Message<ConsentResponse>(new ConsentResponse { Description = "1" }, t0.AddMinutes(1)));
        await store.WriteAsync("m2", new Message<ConsentResponse>(new ConsentResponse { Description = "2" }, t0.AddMinutes(2)));
        await store.WriteAsync("m3", new Message<ConsentResponse>(new ConsentResponse { Description = "3" }, t0.AddMinutes(3)));
        Check.Null(await store.ReadAsync("m1"), "a third message purges the oldest (CookieMessageThreshold 2)");
        Check.Equal("2", (await store.ReadAsync("m2"))?.Data?.Description, "the newer message stays");
        Check.Equal("3", (await store.ReadAsync("m3"))?.Data?.Description, "the message written stays");
        await store.WriteAsync("m2", new Message<ConsentResponse>(new ConsentResponse { Description = "2b" }, t0.AddMinutes(4)));
        await store.WriteAsync("m4", new Message<ConsentResponse>(new ConsentResponse { Description = "4" }, t0.AddMinutes(5)));
        Check.Null(await store.ReadAsync("m3"), "the purge ranks by Created: m3 is older than the rewritten m2");
        Check.Equal("2b", (await store.ReadAsync("m2"))?.Data?.Description, "the rewritten message, now newer, stays");
        Check.Null(await store.ReadAsync(""), "ReadAsync of an empty id is null (MessageCookie.Read: id.IsMissing())");
        Check.Null(await store.ReadAsync(null), "ReadAsync of a null id is null (MessageCookie.Read: id.IsMissing())");
    }
}
