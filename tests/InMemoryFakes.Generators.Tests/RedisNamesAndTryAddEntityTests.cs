using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Two gaps the lead's first try on fresh cache and idempotency stores (session 20) found. A Redis wrapper keeps
/// StackExchange.Redis's own names (<c>StringGetAsync</c>, <c>StringSetAsync</c>, <c>KeyDeleteAsync</c>,
/// <c>KeyExpireAsync</c>, <c>KeyTimeToLiveAsync</c>, <c>StringIncrementAsync</c>) or says <c>DeleteKeyAsync</c> beside
/// <c>KeyExistsAsync</c>: they are the key-value verbs. And a store whose only write of its record is
/// <c>Task&lt;bool&gt; TryAddAsync(record)</c> beside <c>GetAsync(key)</c> and <c>DeleteAsync(key)</c> proves the record's
/// <c>Key</c> is its key, as an <c>Add</c> does: it is an entity store whose TryAdd adds only an absent key, where it was
/// classified a key-value store and TryAdd refused.
/// </summary>
public class RedisNamesAndTryAddEntityTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void StackExchange_Redis_names_are_the_key_value_verbs()
    {
        var run = Run("""
            namespace V;
            [InMemoryFake]
            public interface IRedisStore
            {
                Task<string?> StringGetAsync(string key);
                Task StringSetAsync(string key, string value, TimeSpan? expiry = null);
                Task<bool> KeyExistsAsync(string key);
                Task<bool> KeyDeleteAsync(string key);
                Task<bool> DeleteKeyAsync(string key);
                Task<bool> KeyExpireAsync(string key, TimeSpan expiry);
                Task<TimeSpan?> KeyTimeToLiveAsync(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var clock = new ManualClock();
                    IRedisStore redis = new InMemoryRedisStore(clock);
                    redis.StringSetAsync("a", "1").GetAwaiter().GetResult();
                    redis.StringSetAsync("b", "2", TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
                    Is("1", redis.StringGetAsync("a").GetAwaiter().GetResult(), "StringGetAsync");
                    Is(true, redis.KeyExistsAsync("b").GetAwaiter().GetResult(), "KeyExistsAsync");
                    Is(TimeSpan.FromMinutes(5), redis.KeyTimeToLiveAsync("b").GetAwaiter().GetResult(), "KeyTimeToLiveAsync");
                    Is(true, redis.KeyExpireAsync("a", TimeSpan.FromMinutes(1)).GetAwaiter().GetResult(), "KeyExpireAsync of a stored key");
                    clock.Advance(TimeSpan.FromMinutes(2));
                    Is(null, redis.StringGetAsync("a").GetAwaiter().GetResult(), "a expired after KeyExpireAsync");
                    Is(true, redis.KeyDeleteAsync("b").GetAwaiter().GetResult(), "KeyDeleteAsync of a stored key");
                    Is(false, redis.DeleteKeyAsync("b").GetAwaiter().GetResult(), "DeleteKeyAsync of a removed key");
                    Is(false, redis.KeyExistsAsync("b").GetAwaiter().GetResult(), "b is gone");
                }
            }
            """);
    }

    [Fact]
    public void A_record_written_only_by_TryAdd_and_read_and_removed_by_its_Key_is_an_entity()
    {
        var run = Run("""
            namespace V;
            public class IdempotencyRecord { public string Key { get; set; } = ""; public string Response { get; set; } = ""; }
            [InMemoryFake]
            public interface IIdempotencyStore
            {
                Task<IdempotencyRecord?> GetAsync(string key, CancellationToken ct);
                Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken ct);
                Task DeleteAsync(string key, CancellationToken ct);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IIdempotencyStore store = new InMemoryIdempotencyStore();
                    var ct = CancellationToken.None;
                    Is(true, store.TryAddAsync(new IdempotencyRecord { Key = "k", Response = "first" }, ct).GetAwaiter().GetResult(), "TryAddAsync of a new key");
                    Is(false, store.TryAddAsync(new IdempotencyRecord { Key = "k", Response = "second" }, ct).GetAwaiter().GetResult(), "TryAddAsync of a taken key");
                    Is("first", store.GetAsync("k", ct).GetAwaiter().GetResult()?.Response, "the first record stays");
                    store.DeleteAsync("k", ct).GetAwaiter().GetResult();
                    Is(null, store.GetAsync("k", ct).GetAwaiter().GetResult(), "DeleteAsync");
                }
            }
            """);
    }
}
