using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Tags of key-value entries (h-leftover2): a get-or-add that tags what it adds, an eviction by any of several tags, a removal by prefix that lists the keys.</summary>
public class EntryTagsTests
{
    private static FakeCore Core() => new(new InMemoryFakeOptions { TimeProvider = new ManualClock() }, new FakeDefaults("ICache"));

    [Fact]
    public async Task GetOrAdd_tags_only_what_its_factory_made_and_EvictAny_removes_entries_with_any_of_the_tags()
    {
        var core = Core();
        var values = core.KeyValueTable<string, string>("cache");
        var tags = new EntryTags<string, string>(core, values);
        var runs = 0;

        Assert.Equal("a", tags.GetOrAdd(core, "k1", () => { runs++; return "a"; }, new[] { "t1", "", null, "t1" }));
        Assert.Equal("a", tags.GetOrAdd(core, "k1", () => { runs++; return "other"; }, new[] { "t9" }));
        Assert.Equal("b", await tags.GetOrAddAsync(core, "k2", () => new ValueTask<string>("b"), new[] { "t2" }, cancellationToken: TestContext.Current.CancellationToken));
        tags.Set("k3", "c", null);

        Assert.Equal(1, runs);
        Assert.Equal(new[] { "t1" }, tags.TagsOf("k1"));
        Assert.Equal(0, tags.EvictAny(new[] { "t9" }));
        Assert.Equal(2, tags.EvictAny(new[] { null, "t2", "t1" }));
        Assert.Equal(new[] { "k3" }, values.Keys());
        Assert.Empty(tags.Table.Keys());
        Assert.Throws<ArgumentNullException>("tags", () => tags.EvictAny(null!, "tags"));
    }

    [Fact]
    public void A_factory_that_throws_stores_neither_value_nor_tags()
    {
        var core = Core();
        var values = core.KeyValueTable<string, string>("cache");
        var tags = new EntryTags<string, string>(core, values);

        Assert.Throws<InvalidOperationException>(() => tags.GetOrAdd(core, "k", () => throw new InvalidOperationException(), new[] { "t" }));

        Assert.Empty(values.Keys());
        Assert.Empty(tags.Table.Keys());
    }

    [Fact]
    public void RemoveByPrefixListed_answers_the_keys_it_removed_in_first_written_order()
    {
        var values = Core().KeyValueTable<string, int>("kv");
        values.Set("b:2", 1);
        values.Set("a:1", 2);
        values.Set("b:1", 3);
        values.Set("b:2", 4);

        Assert.Equal(new List<string> { "b:2", "b:1" }, values.RemoveByPrefixListed("b:"));
        Assert.Equal(new[] { "a:1" }, values.Keys());
        Assert.Empty(values.RemoveByPrefixListed("b:"));
        Assert.Throws<ArgumentNullException>("prefix", () => values.RemoveByPrefixListed(null!, "prefix"));
    }
}
