using System;
using System.Collections.ObjectModel;
using System.Xml;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.DeclaredKeyOverId;

// WCF's ISecurityContextSecurityTokenCache: the tokens have an Id (SecurityToken.Id), the real cache keys them by
// ContextId and KeyGeneration (a null generation keys by the context alone). These members also read as a key-value
// store, and the Key setting was then skipped without a word: the Id stayed the key.
public sealed class ContextToken
{
    public string Id { get; set; } = "";

    public UniqueId ContextId { get; set; } = new();

    public UniqueId? KeyGeneration { get; set; }
}

#pragma warning disable IMF0020 // UniqueId has no setter: stored by reference on purpose.
// A cache's add of a cached key is its own (CoreWCF's AddContext throws InvalidOperationException): stated.
[InMemoryFake(Key = "ContextId, KeyGeneration", TakenKeyAdds = TakenKeyAdd.Throw)]
public interface IContextTokenCache
{
    void AddContext(ContextToken token);

    bool TryAddContext(ContextToken token);

    void ClearContexts();

    void RemoveContext(UniqueId contextId, UniqueId generation);

    void RemoveAllContexts(UniqueId contextId);

    ContextToken GetContext(UniqueId contextId, UniqueId generation);

    Collection<ContextToken> GetAllContexts(UniqueId contextId);

    void UpdateContextCachingTime(ContextToken context, DateTime expirationTime);
}
#pragma warning restore IMF0020

// The members no convention reads, written by hand as a user would (not under test here).
public partial class InMemoryContextTokenCache
{
    public void ClearContexts() => throw new NotSupportedException();

    public void RemoveContext(UniqueId contextId, UniqueId generation) => throw new NotSupportedException();

    public ContextToken GetContext(UniqueId contextId, UniqueId generation) => throw new NotSupportedException();

    public Collection<ContextToken> GetAllContexts(UniqueId contextId) => throw new NotSupportedException();

    public void UpdateContextCachingTime(ContextToken context, DateTime expirationTime) => throw new NotSupportedException();
}

public sealed class DeclaredKeyOverIdTests
{
    [Fact]
    public void The_declared_key_not_the_Id_decides_which_token_is_already_cached()
    {
        IContextTokenCache cache = new InMemoryContextTokenCache();
        var context = new UniqueId();
        var generation = new UniqueId();
        cache.AddContext(new ContextToken { Id = "first", ContextId = context });

        Assert.Throws<DuplicateKeyException>(() => cache.AddContext(new ContextToken { Id = "second", ContextId = context }));
        Assert.False(cache.TryAddContext(new ContextToken { Id = "second", ContextId = context }));
        Assert.True(cache.TryAddContext(new ContextToken { Id = "second", ContextId = context, KeyGeneration = generation }));
        Assert.False(cache.TryAddContext(new ContextToken { Id = "third", ContextId = context, KeyGeneration = generation }));

        cache.RemoveAllContexts(context);
        Assert.True(cache.TryAddContext(new ContextToken { Id = "first", ContextId = context }));
        Assert.True(cache.TryAddContext(new ContextToken { Id = "first", ContextId = new UniqueId() }), "another context under the same Id is another token");
    }
}
