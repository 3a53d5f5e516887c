using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

/// <summary>StackExchange.Redis.Extensions' shape: GetAllAsync(keys) lists every key asked for, default when missing (MGET).</summary>
[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IRedisNames
{
    Task<string?> GetAsync(string key);

    Task SetAsync(string key, string value);

    Task<IDictionary<string, string?>> GetAllAsync(IEnumerable<string> keys);
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IRedisCounts
{
    int? Get(string key);

    void Set(string key, int value);

    IReadOnlyDictionary<string, int?> GetMany(string[] keys);
}

public class NullableBatchReadTests
{
    [Fact]
    public async Task Every_key_asked_for_is_listed_and_a_missing_one_is_null()
    {
        IRedisNames names = new InMemoryRedisNames();
        await names.SetAsync("a", "ann");

        var found = await names.GetAllAsync(new[] { "a", "missing" });

        Assert.Equal(2, found.Count);
        Assert.Equal("ann", found["a"]);
        Assert.True(found.ContainsKey("missing"));
        Assert.Null(found["missing"]);
    }

    [Fact]
    public void A_value_type_is_lifted_and_a_missing_key_is_null()
    {
        IRedisCounts counts = new InMemoryRedisCounts();
        counts.Set("a", 0);

        var found = counts.GetMany(new[] { "a", "b" });

        Assert.Equal(0, found["a"]);
        Assert.Null(found["b"]);
        Assert.Equal(2, found.Count);
    }
}
