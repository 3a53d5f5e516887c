#nullable disable

using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

// Coravel's ICache, built without nullable annotations: GetAsync<TResult>(key) throws NoCacheEntryException for a key it
// does not hold. An oblivious result says nothing, so it reads as default unless MissingKeyReads = NotFound is stated.

public class NoCacheEntryException : Exception
{
    public NoCacheEntryException(string message)
        : base(message)
    {
    }
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound, NotFoundException = typeof(NoCacheEntryException))]
public interface IThrowingObliviousCache
{
    T Remember<T>(string key, Func<T> cacheFunc, TimeSpan expiresIn);

    Task<T> GetAsync<T>(string key);
}

[InMemoryFake]
public interface IDefaultObliviousCache
{
    T Remember<T>(string key, Func<T> cacheFunc, TimeSpan expiresIn);

    Task<T> GetAsync<T>(string key);
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound)]
public interface IThrowingObliviousTextCache
{
    string Get(string key);

    void Set(string key, string value);
}

public sealed class ObliviousMissingKeyReadsTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_stated_NotFound_makes_an_oblivious_generic_read_of_a_missing_key_throw()
    {
        IThrowingObliviousCache cache = new InMemoryThrowingObliviousCache(new ManualClock(Start));

        await Assert.ThrowsAsync<NoCacheEntryException>(() => cache.GetAsync<int>("answer"));
        await Assert.ThrowsAsync<NoCacheEntryException>(() => cache.GetAsync<string>("answer"));
        cache.Remember("answer", () => 42, TimeSpan.FromMinutes(5));
        Assert.Equal(42, await cache.GetAsync<int>("answer"));
    }

    [Fact]
    public void A_stated_NotFound_makes_an_oblivious_typed_read_of_a_missing_key_throw()
    {
        IThrowingObliviousTextCache cache = new InMemoryThrowingObliviousTextCache(new ManualClock(Start));

        Assert.Throws<NotFoundException>(() => cache.Get("a"));
        cache.Set("a", "1");
        Assert.Equal("1", cache.Get("a"));
    }

    [Fact]
    public async Task Unstated_an_oblivious_read_of_a_missing_key_is_default()
    {
        IDefaultObliviousCache cache = new InMemoryDefaultObliviousCache(new ManualClock(Start));

        Assert.Equal(0, await cache.GetAsync<int>("answer"));
        Assert.Null(await cache.GetAsync<string>("answer"));
    }
}
