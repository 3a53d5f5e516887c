using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Microsoft.IdentityModel.Tokens.ITokenReplayCache, as declared there: a store of keys alone, each recorded until the
// instant TryAdd gives (the JWT handler adds a token's signature until the token expires, and refuses a token TryFind
// still finds). Before 2026-12-03 expiresOn was stored as the entry's VALUE with no expiry: a token was found forever.

[InMemoryFake]
public interface ITokenReplayCache
{
    bool TryAdd(string securityToken, DateTime expiresOn);

    bool TryFind(string securityToken);
}

// The asynchronous form of the same shape, with a time to live instead of an instant, and a removal.
[InMemoryFake]
public interface INonceStore
{
    Task AddAsync(string nonce, TimeSpan ttl);

    Task<bool> ExistsAsync(string nonce);

    Task<bool> RemoveAsync(string nonce);
}

// TryFind and TryLookup with an out parameter read the value, as TryGet does.
[InMemoryFake]
public interface ILookupCache
{
    void Set(string key, string value);

    bool TryFind(string key, out string? value);

    bool TryLookup(string key, out string? value);
}

public sealed class ReplayCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_found_until_the_instant_it_was_added_with_then_it_can_be_added_again()
    {
        var clock = new ManualClock(Start);
        ITokenReplayCache cache = new InMemoryTokenReplayCache(clock);
        var expiresOn = Start.UtcDateTime.AddMinutes(5);

        Assert.True(cache.TryAdd("signature", expiresOn));
        Assert.False(cache.TryAdd("signature", expiresOn));
        Assert.True(cache.TryFind("signature"));
        Assert.False(cache.TryFind("other"));

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.True(cache.TryFind("signature"));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(cache.TryFind("signature"));
        Assert.True(cache.TryAdd("signature", expiresOn.AddMinutes(5)));
    }

    [Fact]
    public void A_local_expiry_is_the_same_instant_as_its_utc_form()
    {
        var clock = new ManualClock(Start);
        ITokenReplayCache cache = new InMemoryTokenReplayCache(clock);

        Assert.True(cache.TryAdd("signature", Start.UtcDateTime.AddMinutes(5).ToLocalTime()));

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(cache.TryFind("signature"));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.TryFind("signature"));
    }

    [Fact]
    public void An_expiry_of_unspecified_kind_names_no_instant_and_is_refused_with_the_store_unchanged()
    {
        ITokenReplayCache cache = new InMemoryTokenReplayCache(new ManualClock(Start));

        var error = Assert.Throws<ArgumentException>(() => cache.TryAdd("signature", new DateTime(2026, 1, 1, 0, 5, 0, DateTimeKind.Unspecified)));

        Assert.Equal("expiresOn", error.ParamName);
        Assert.Contains("Unspecified", error.Message, StringComparison.Ordinal);
        Assert.False(cache.TryFind("signature"));
    }

    [Fact]
    public void An_expiry_already_past_is_refused_with_the_store_unchanged()
    {
        ITokenReplayCache cache = new InMemoryTokenReplayCache(new ManualClock(Start));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => cache.TryAdd("signature", Start.UtcDateTime.AddSeconds(-1)));

        Assert.Equal("expiresOn", error.ParamName);
        Assert.False(cache.TryFind("signature"));
    }

    [Fact]
    public async Task A_nonce_added_with_a_time_to_live_exists_until_it_runs_out_or_is_removed()
    {
        var clock = new ManualClock(Start);
        INonceStore store = new InMemoryNonceStore(clock);

        await store.AddAsync("n1", TimeSpan.FromSeconds(30));
        await store.AddAsync("n2", TimeSpan.FromSeconds(30));
        Assert.True(await store.ExistsAsync("n1"));

        Assert.True(await store.RemoveAsync("n2"));
        Assert.False(await store.ExistsAsync("n2"));

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(await store.ExistsAsync("n1"));
    }

    [Fact]
    public void TryFind_and_TryLookup_with_an_out_parameter_read_the_value()
    {
        ILookupCache cache = new InMemoryLookupCache(new ManualClock(Start));
        cache.Set("a", "1");

        Assert.True(cache.TryFind("a", out var found));
        Assert.Equal("1", found);
        Assert.True(cache.TryLookup("a", out var looked));
        Assert.Equal("1", looked);
        Assert.False(cache.TryFind("b", out var missing));
        Assert.Null(missing);
    }
}
