// Source: https://github.com/CoreWCF/CoreWCF
// Commit: 7ff2d0fba
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample31 rule, fixed before probing: in these repositories, in this order (mikependon/RepoDB,
//   nhibernate/nhibernate-core, octokit/octokit.net, CoreWCF/CoreWCF, BrighterCommand/Brighter, NEventStore/NEventStore,
//   akkadotnet/akka.net, Sustainsys/Saml2, aspnet/AspNetWebStack, HangfireIO/Hangfire, ThreeMammals/Ocelot (skip: in the
//   corpus), App-vNext/Polly, Particular/ServiceControl (skip: in the corpus), dotnet/aspnetcore-tools,
//   microsoft/ApplicationInsights-dotnet, open-telemetry/opentelemetry-dotnet, dotnet/tye), skipping any the tools do not
//   hold or that are over fetch's limit, and every interface already in the corpus (grep of Corpus/ for its name and
//   source path), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order not yet in the corpus (at most 2 per repository; an identical copy of one already in the corpus
//   does not count), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count
//   if the base interface is in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   dotnet/aspnetcore-tools: no snapshot can be had. No interface of these repositories was in the corpus. RepoDB's
//   third, RepoDb/RepoDb/Interfaces/ICache.cs, is past its 2; nhibernate-core's IBatchableQueryCache (3rd) and
//   IProxyCache (4th) likewise. octokit.net's IResponseCache and ICredentialStore declare 2 and 1 members. Brighter's only
//   one (IRepository<T>) is under tests/; akka.net's only one (ITestSnapshotStore) under Akka.Persistence.TestKit.
//   AspNetWebStack's IModelValidatorCache and IViewLocationCache declare 1 and 2. NEventStore, Sustainsys/Saml2, Hangfire,
//   Polly, ApplicationInsights-dotnet, opentelemetry-dotnet and tye have no such interface. So the rule picks 6, not 8,
//   in order: RepoDB ICache (RepoDb.Core) and IPublisherRepository; nhibernate-core ICache and IQueryCache (each a
//   partial interface whose synchronous half is in src/NHibernate/Cache/ and asynchronous half in
//   src/NHibernate/Async/Cache/, both transcribed); CoreWCF ISecurityContextSecurityTokenCache; AspNetWebStack
//   ITokenStore.
//   This one: the 1st (and only) of CoreWCF/CoreWCF (8 members).
// Path: src/CoreWCF.Primitives/src/CoreWCF/Security/Tokens/ISecurityContextSecurityTokenCache.cs (real store:
//   Security/Tokens/SecurityContextSecurityTokenResolver.cs over Security/SecurityContextTokenCache.cs, a
//   TimeBoundedCache; the other, Security/WrappedTokenCache.cs, adapts an IdentityModel SecurityTokenCache; model:
//   Security/Tokens/SecurityContextSecurityToken.cs)
// Adapted: SecurityContextSecurityToken cut to its identity and lifetimes: Id (a string of its own, "uuid-…" when not
//   given; kept because the real token has it beside ContextId), ContextId, KeyGeneration, ValidFrom, ValidTo,
//   KeyEffectiveTime, KeyExpirationTime, and two of its public constructors with their checks (its SecurityToken base,
//   security keys, authorization policies, cookie data and Dispose dropped). UniqueId is System.Xml's. Nullable
//   disabled, as in the source.
// Real store: SecurityContextSecurityTokenResolver's SecurityContextTokenCache, a Hashtable of copies of the tokens
//   under ContextId when the token has no KeyGeneration, else under the pair (ContextId, KeyGeneration); an entry
//   expires at the token's ValidTo. AddContext(token): a null token is ArgumentNullException; a token not valid now
//   (ValidFrom..ValidTo, with 5 minutes' clock skew) or whose key is not valid now is ArgumentException; a taken key is
//   InvalidOperationException ("context already registered"); else it stores a clone. TryAddContext(token): the same,
//   false instead of the InvalidOperationException. GetContext(contextId, generation): a clone of the token under that
//   key (generation null: the one without a generation), null when none; a null contextId is ArgumentNullException.
//   GetAllContexts(contextId): every token with that ContextId, whatever its generation (the stored objects). 
//   RemoveContext(contextId, generation): removes that key, a missing one is nothing. RemoveAllContexts(contextId):
//   removes every token with that ContextId. ClearContexts empties it. UpdateContextCachingTime(token, expirationTime):
//   when expirationTime is before the token's ValidTo, the entry under the token's key is replaced by the token given,
//   expiring at expirationTime; otherwise nothing. When full (capacity, given to its constructor) it removes the oldest
//   20 % by ValidFrom, or refuses the add (removeOldestTokensOnCacheFull false).
// Shapes: *=4; GetAllContexts=6; RemoveAllContexts=6; UpdateContextCachingTime=20
// First try (97de67d): incomplete: IMF0001 GetContext, RemoveContext ("parameter 'generation' names neither the key (Id)
//   nor a property"), ClearContexts, UpdateContextCachingTime ("not a known verb"); IMF0019 GetAllContexts (a
//   Collection<T> result); IMF0020 UniqueId (stored by reference); generated: AddContext, TryAddContext (an add, and an
//   add-if-absent, of a token keyed by its Id: the key by name), RemoveAllContexts (removes the tokens whose ContextId
//   equals the argument) | WRONG: AddContext and TryAddContext: the real store identifies a token by (ContextId,
//   KeyGeneration), as GetContext(contextId, generation) and RemoveContext(contextId, generation) show, and never by
//   its Id; a second token of a registered context (with an Id of its own, as every token has) is stored by the fake
//   where the real AddContext throws InvalidOperationException and TryAddContext answers false. (Their lifetime checks,
//   ArgumentException for an expired token, are the store's own and no signature shows them.) RemoveAllContexts is
//   right. The probe stops at GetContext, the script's first call, so it did not reach the wrong adds.
// After this round: AddContext and TryAddContext are IMF0001 too, naming the pair: GetContext and RemoveContext read one
//   token and remove one by (contextId, generation), so the store identifies a token by those, not by its Id (a key by
//   name only), and 'generation' names no property (docs/generator.md, "A pair that names another identity than the key
//   by name"). RemoveAllContexts still generates, right. Nothing generated is wrong now.
#nullable disable

using System;
using System.Collections.ObjectModel;
using System.Threading.Tasks;
using System.Xml;
using InMemoryFakes;

namespace Corpus.CoreWcf.ISecurityContextSecurityTokenCacheCase;

public class SecurityContextSecurityToken
{
    private readonly string _id;
    private byte[] _key;
    private DateTime _tokenEffectiveTime;
    private DateTime _tokenExpirationTime;

    public SecurityContextSecurityToken(UniqueId contextId, byte[] key, DateTime validFrom, DateTime validTo)
        : this(contextId, "uuid-" + Guid.NewGuid().ToString(), key, validFrom, validTo, null, validFrom, validTo)
    {
    }

    public SecurityContextSecurityToken(UniqueId contextId, string id, byte[] key, DateTime validFrom, DateTime validTo, UniqueId keyGeneration, DateTime keyEffectiveTime, DateTime keyExpirationTime)
    {
        _id = id;
        if (key == null || key.Length == 0)
        {
            throw new ArgumentNullException(nameof(key));
        }

        DateTime tokenEffectiveTimeUtc = validFrom.ToUniversalTime();
        DateTime tokenExpirationTimeUtc = validTo.ToUniversalTime();
        if (tokenEffectiveTimeUtc > tokenExpirationTimeUtc)
        {
            throw new ArgumentException("The effective time is greater than the expiration time.", nameof(validFrom));
        }
        _tokenEffectiveTime = tokenEffectiveTimeUtc;
        _tokenExpirationTime = tokenExpirationTimeUtc;

        KeyEffectiveTime = keyEffectiveTime.ToUniversalTime();
        KeyExpirationTime = keyExpirationTime.ToUniversalTime();
        if (KeyEffectiveTime > KeyExpirationTime)
        {
            throw new ArgumentException("The effective time is greater than the expiration time.", nameof(keyEffectiveTime));
        }
        if ((KeyEffectiveTime < tokenEffectiveTimeUtc) || (KeyExpirationTime > tokenExpirationTimeUtc))
        {
            throw new ArgumentException("The key's lifetime is not within the token's lifetime.");
        }

        _key = new byte[key.Length];
        Buffer.BlockCopy(key, 0, _key, 0, key.Length);
        ContextId = contextId ?? throw new ArgumentNullException(nameof(contextId));
        KeyGeneration = keyGeneration;
    }

    public string Id => _id;

    public UniqueId ContextId { get; private set; } = null;

    public UniqueId KeyGeneration { get; private set; } = null;

    public DateTime KeyEffectiveTime { get; private set; }

    public DateTime KeyExpirationTime { get; private set; }

    public DateTime ValidFrom => _tokenEffectiveTime;

    public DateTime ValidTo => _tokenExpirationTime;
}

[InMemoryFake]
public interface ISecurityContextSecurityTokenCache
{
    void AddContext(SecurityContextSecurityToken token);
    bool TryAddContext(SecurityContextSecurityToken token);
    void ClearContexts();
    void RemoveContext(UniqueId contextId, UniqueId generation);
    void RemoveAllContexts(UniqueId contextId);
    SecurityContextSecurityToken GetContext(UniqueId contextId, UniqueId generation);
    Collection<SecurityContextSecurityToken> GetAllContexts(UniqueId contextId);
    void UpdateContextCachingTime(SecurityContextSecurityToken context, DateTime expirationTime);
}

public static class Smoke
{
    public static Task RunAsync(ISecurityContextSecurityTokenCache cache)
    {
        var now = DateTime.UtcNow;
        var key = new byte[] { 1, 2, 3, 4 };
        var session = new UniqueId();
        var generation1 = new UniqueId();
        var generation2 = new UniqueId();

        Check.Null(cache.GetContext(session, null), "GetContext of an unknown context is null");
        var token = new SecurityContextSecurityToken(session, key, now.AddMinutes(-1), now.AddHours(1));
        cache.AddContext(token);
        var read = Check.NotNull(cache.GetContext(new UniqueId(session.ToString()), null), "GetContext finds the token by an equal context id and no generation");
        Check.Equal(token.Id, read.Id, "the token added");
        Check.Throws<InvalidOperationException>(() => cache.AddContext(new SecurityContextSecurityToken(session, key, now.AddMinutes(-1), now.AddHours(1))), "AddContext of a context already registered throws InvalidOperationException");
        Check.False(cache.TryAddContext(new SecurityContextSecurityToken(session, key, now.AddMinutes(-1), now.AddHours(1))), "TryAddContext of a context already registered is false");
        Check.Equal(token.Id, cache.GetContext(session, null)?.Id, "and keeps the token it held");
        Check.Throws<ArgumentException>(() => cache.AddContext(new SecurityContextSecurityToken(new UniqueId(), key, now.AddHours(-2), now.AddHours(-1))), "AddContext of an expired token throws ArgumentException");
        Check.Throws<ArgumentNullException>(() => cache.AddContext(null), "AddContext(null) throws ArgumentNullException");

        Check.True(cache.TryAddContext(new SecurityContextSecurityToken(session, "g1", key, now.AddMinutes(-1), now.AddHours(1), generation1, now.AddMinutes(-1), now.AddHours(1))), "TryAddContext adds a new key generation of the context");
        cache.AddContext(new SecurityContextSecurityToken(session, "g2", key, now.AddMinutes(-1), now.AddHours(1), generation2, now.AddMinutes(-1), now.AddHours(1)));
        Check.Equal("g1", cache.GetContext(session, generation1)?.Id, "GetContext finds a generation by context id and generation");
        Check.Equal(token.Id, cache.GetContext(session, null)?.Id, "beside the token without a generation");
        Check.Null(cache.GetContext(session, new UniqueId()), "an unknown generation is null");
        Check.Equal(3, cache.GetAllContexts(session).Count, "GetAllContexts lists every generation of the context");

        cache.RemoveContext(session, generation1);
        Check.Null(cache.GetContext(session, generation1), "RemoveContext removes that generation");
        Check.Equal("g2", cache.GetContext(session, generation2)?.Id, "and no other");
        cache.RemoveContext(session, generation1);

        var other = new UniqueId();
        cache.AddContext(new SecurityContextSecurityToken(other, key, now.AddMinutes(-1), now.AddHours(1)));
        cache.RemoveAllContexts(session);
        Check.Equal(0, cache.GetAllContexts(session).Count, "RemoveAllContexts removes every token of the context");
        Check.NotNull(cache.GetContext(other, null), "and no other context's");

        cache.UpdateContextCachingTime(cache.GetContext(other, null), now.AddHours(2));
        Check.NotNull(cache.GetContext(other, null), "UpdateContextCachingTime past the token's ValidTo changes nothing");

        cache.ClearContexts();
        Check.Null(cache.GetContext(other, null), "ClearContexts removes every token");
        return Task.CompletedTask;
    }
}
