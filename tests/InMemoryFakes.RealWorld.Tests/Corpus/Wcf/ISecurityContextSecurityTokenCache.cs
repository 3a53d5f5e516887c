// Source: https://github.com/dotnet/wcf
// Commit: 50304242
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample17 rule, fixed before probing: in these repositories, in this order (dotnet/efcore,
//   Azure/azure-cosmos-dotnet-v3, microsoft/autogen, microsoft/garnet, Azure/azure-functions-durable-extension,
//   microsoft/service-fabric-services-and-actors-dotnet, Azure/azure-signalr, microsoft/component-detection,
//   microsoft/sbom-tool, microsoft/fluentui-blazor, dotnet/wcf, microsoft/OpenAPI.NET, Azure/azure-iot-sdk-csharp),
//   skipping any the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep
//   "interface I...(Repository|Repo|Store|Storage|Cache)" over *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside
//   paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at
//   least 3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 10; each transcribed whole.
//   All 13 were held and none was in the corpus. Cosmos's only ones (IAddressCache, ICollectionRoutingMapCache)
//   declare 2 and 1 members; autogen, garnet, durable-extension, service-fabric, azure-signalr, component-detection,
//   sbom-tool, fluentui-blazor, OpenAPI.NET and azure-iot-sdk-csharp declare no such interface outside test paths
//   (their *Store/*Cache names are classes); wcf's second ISecurityContextSecurityTokenCache (dotnet-svcutil's
//   FrameworkFork) is the first one's copy, public. So the rule picks 3, all transcribed, in order: EF Core
//   ISessionTokenStorage, IInMemoryStore (IInMemoryDatabaseRootCache before it declares 1 member); WCF
//   ISecurityContextSecurityTokenCache.
//   This one: the 1st and only one of dotnet/wcf (8 members).
// Path: src/System.ServiceModel.Primitives/src/System/ServiceModel/Security/Tokens/ISecurityContextSecurityTokenCache.cs
//   (model: Tokens/SecurityContextSecurityToken.cs)
// Adapted: the interface is internal there, public here; SecurityContextSecurityToken keeps its identity and time
//   properties (it is a SecurityToken with keys, authorization policies and a cookie mode); UniqueId is System.Xml's.
//   System.ServiceModel.Primitives builds without nullable annotations (#nullable disable).
// Real store: dotnet/wcf declares the interface but has no implementation of it (the client never caches security
//   contexts); its implementation is .NET Framework's SecurityContextSecurityTokenResolver over SecurityContextTokenCache
//   (microsoft/referencesource System.ServiceModel/System/ServiceModel/Security/Tokens/
//   SecurityContextSecurityTokenResolver.cs and Security/SecurityContextTokenCache.cs, read through the code index; the
//   cache base is wcf's own TimeBoundedCache.cs), a TimeBoundedCache keyed by ContextId, or by (ContextId,
//   KeyGeneration) when the token has a key generation: AddContext(token) ArgumentNullException for null,
//   ArgumentException when the token or its key is not currently valid (ValidFrom..ValidTo and
//   KeyEffectiveTime..KeyExpirationTime, within the clock skew, 5 minutes by default), InvalidOperationException when
//   that key holds an unexpired token, else stores a CLONE that expires at the token's ValidTo; TryAddContext likewise
//   but false instead of the InvalidOperationException; GetContext(contextId, generation) a clone of the token or null
//   (also once expired), ArgumentNullException for a null contextId; RemoveContext(contextId, generation) removes it,
//   a missing one ignored; RemoveAllContexts / GetAllContexts every key generation of the context; ClearContexts
//   everything; UpdateContextCachingTime(token, time) does nothing when token.ValidTo <= time, else re-stores the token
//   (when its key holds an unexpired one) to expire at that time. Full at its capacity, it evicts the earliest-valid
//   20 % or refuses the add.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 ClearContexts, UpdateContextCachingTime (unknown verbs), GetContext,
//   RemoveContext ('generation' names no property: the token's is KeyGeneration); IMF0019 GetAllContexts
//   (Collection<T>); IMF0020 (UniqueId stored by reference: it has no setter, so that is harmless) | SILENTLY WRONG:
//   AddContext and TryAddContext keyed the tokens by their Id (SecurityToken.Id, the conventional key), where the real
//   cache keys them by ContextId and KeyGeneration: a second token of a cached context under a new Id was added
//   (the real AddContext throws InvalidOperationException, TryAddContext is false), and RemoveAllContexts then found
//   both. The interface never takes an Id; only the real store says what the key is.
// After this round: configured with the real key, so AddContext, TryAddContext and RemoveAllContexts are right (the
//   smoke script checks them); the rest stays refused.
// Configured: Key = "ContextId, KeyGeneration": SecurityContextTokenCache.GetHashKey keys a token by its ContextId, or
//   by (ContextId, KeyGeneration) when it has a key generation (equal to the pair with a null generation), and never
//   reads SecurityToken.Id.
// Still wrong: AddContext and TryAddContext of a token that is not currently valid (ValidFrom..ValidTo, or its key's
//   KeyEffectiveTime..KeyExpirationTime, within the clock skew) store it, where the real cache throws ArgumentException;
//   and a stored token stays after its ValidTo, where the real cache drops it: a validity window no signature shows.
//   The probe stops at GetContext, before the script's expired token.
// After this round (h-smoke2, 2026-12-04): an add of one entity on an interface named a cache is refused unless
//   TakenKeyAdds states what a cached key does (caches replace, keep or throw: docs/generator.md, refused guesses), so
//   AddContext would have been refused. Configured: TakenKeyAdds = TakenKeyAdd.Throw: SecurityContextTokenCache's
//   AddContext throws InvalidOperationException when the key holds an unexpired token (the fake's DuplicateKeyException
//   is one); TryAddContext says it itself. Unchanged otherwise.

#nullable disable

using System;
using System.Collections.ObjectModel;
using System.Threading.Tasks;
using System.Xml;
using InMemoryFakes;

namespace Corpus.Wcf.ISecurityContextSecurityTokenCacheCase;

public class SecurityContextSecurityToken
{
    public SecurityContextSecurityToken(UniqueId contextId, string id, UniqueId keyGeneration, DateTime validFrom, DateTime validTo, DateTime keyEffectiveTime, DateTime keyExpirationTime)
    {
        ContextId = contextId;
        Id = id;
        KeyGeneration = keyGeneration;
        ValidFrom = validFrom;
        ValidTo = validTo;
        KeyEffectiveTime = keyEffectiveTime;
        KeyExpirationTime = keyExpirationTime;
    }

    public UniqueId ContextId { get; private set; }
    public string Id { get; private set; }
    public UniqueId KeyGeneration { get; private set; }
    public DateTime ValidFrom { get; private set; }
    public DateTime ValidTo { get; private set; }
    public DateTime KeyEffectiveTime { get; private set; }
    public DateTime KeyExpirationTime { get; private set; }
}

[InMemoryFake(Key = "ContextId, KeyGeneration", TakenKeyAdds = TakenKeyAdd.Throw)]
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
        var context = new UniqueId("urn:uuid:00000000-0000-0000-0000-000000000001");
        var generation = new UniqueId("urn:uuid:00000000-0000-0000-0000-0000000000a1");
        SecurityContextSecurityToken Token(UniqueId keyGeneration, string id) => new(context, id, keyGeneration, now.AddHours(-1), now.AddHours(1), now.AddHours(-1), now.AddHours(1));

        cache.AddContext(Token(null, "first"));
        Check.Throws<InvalidOperationException>(() => cache.AddContext(Token(null, "again")), "AddContext of a context already cached (a token of another Id) throws InvalidOperationException");
        Check.False(cache.TryAddContext(Token(null, "again")), "TryAddContext of a context already cached is false");
        Check.True(cache.TryAddContext(Token(generation, "generation")), "TryAddContext of another key generation of the context adds it");
        Check.False(cache.TryAddContext(Token(generation, "generation again")), "but not twice");
        Check.Throws<ArgumentNullException>(() => cache.AddContext(null), "AddContext(null) throws ArgumentNullException");
        cache.RemoveAllContexts(context);
        Check.True(cache.TryAddContext(Token(null, "after")), "RemoveAllContexts removes every key generation of the context");
        Check.True(cache.TryAddContext(Token(generation, "after")), "(each of them)");
        Check.Equal("after", cache.GetContext(context, null)?.Id, "GetContext finds the token by its context id");
        Check.Equal("after", cache.GetContext(context, generation)?.Id, "and key generation");
        Check.Equal(2, cache.GetAllContexts(context).Count, "GetAllContexts lists every key generation of the context");
        Check.Throws<ArgumentNullException>(() => cache.GetContext(null, null), "GetContext of a null context id throws ArgumentNullException");
        var other = new UniqueId("urn:uuid:00000000-0000-0000-0000-000000000002");
        Check.Throws<ArgumentException>(() => cache.AddContext(new SecurityContextSecurityToken(other, "expired", null, now.AddHours(-2), now.AddHours(-1), now.AddHours(-2), now.AddHours(-1))), "AddContext of an expired token throws ArgumentException");
        Check.Null(cache.GetContext(other, null), "the expired token was not stored");
        cache.RemoveContext(context, new UniqueId("urn:uuid:00000000-0000-0000-0000-0000000000ff"));
        cache.RemoveContext(context, generation);
        Check.Null(cache.GetContext(context, generation), "RemoveContext removes that key generation");
        Check.Equal(1, cache.GetAllContexts(context).Count, "and keeps the others; a missing one is ignored");
        cache.ClearContexts();
        Check.Null(cache.GetContext(context, null), "ClearContexts removes everything");
        return Task.CompletedTask;
    }
}
