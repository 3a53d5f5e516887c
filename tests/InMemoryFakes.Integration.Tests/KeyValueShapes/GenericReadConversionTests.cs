using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// GenericReads = GenericReadConversion.ChangeType: a generic Get<TOut>(key) of a store of sealed values converts the
// stored value as CacheManager's BaseCache.GetCasted does (Convert.ChangeType with the invariant culture, then a cast),
// which no signature can show; without the setting such a read is refused (IMF0001).

[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)]
public interface IConvertingStringCache
{
    string? Get(string key);

    void Put(string key, string value);

    TOut? Get<TOut>(string key);

    TOut GetRequired<TOut>(string key);

    Task<TOut?> GetAsync<TOut>(string key);
}

[InMemoryFake(GenericReads = GenericReadConversion.ChangeType)]
public interface IConvertingObjectCache
{
    void Set(string key, object value);

    T? Get<T>(string key);
}

public sealed class GenericReadConversionTests
{
    [Fact]
    public async Task Get_of_TOut_converts_the_stored_text_with_the_invariant_culture()
    {
        IConvertingStringCache cache = new InMemoryConvertingStringCache();
        cache.Put("count", "5");
        cache.Put("price", "1.5");
        cache.Put("flag", "True");

        Assert.Equal(5, cache.Get<int>("count"));
        Assert.Equal(5L, await cache.GetAsync<long>("count"));
        Assert.Equal(1.5m, cache.Get<decimal>("price"));
        Assert.True(cache.Get<bool>("flag"));
        Assert.Equal("5", cache.Get<string>("count"));
    }

    [Fact]
    public void A_missing_key_is_default_for_a_nullable_result_and_the_not_found_error_for_a_required_one()
    {
        IConvertingStringCache cache = new InMemoryConvertingStringCache();

        Assert.Equal(0, cache.Get<int>("missing"));
        Assert.Null(cache.Get<string>("missing"));
        Assert.Throws<NotFoundException>(() => cache.GetRequired<int>("missing"));
    }

    [Fact]
    public void A_value_that_converts_to_nothing_is_an_InvalidCastException_naming_the_key_and_both_types()
    {
        IConvertingStringCache cache = new InMemoryConvertingStringCache();
        cache.Put("name", "three");
        cache.Put("big", "99999999999");

        var notANumber = Assert.Throws<InvalidCastException>(() => cache.Get<int>("name"));
        Assert.Contains("'name'", notANumber.Message, StringComparison.Ordinal);
        Assert.Contains("String", notANumber.Message, StringComparison.Ordinal);
        Assert.Contains("Int32", notANumber.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidCastException>(() => cache.Get<int>("big"));
        Assert.Throws<InvalidCastException>(() => cache.Get<Uri>("name"));
        Assert.Equal("three", cache.Get<string>("name"));
    }

    [Fact]
    public void Over_object_values_a_value_that_does_not_convert_is_returned_when_it_is_a_TOut()
    {
        IConvertingObjectCache cache = new InMemoryConvertingObjectCache();
        var uri = new Uri("https://example.com/");
        cache.Set("count", 5);
        cache.Set("uri", uri);

        Assert.Equal("5", cache.Get<string>("count"));
        Assert.Equal(5L, cache.Get<long>("count"));
        Assert.Equal(uri, cache.Get<Uri>("uri"));
        Assert.Throws<InvalidCastException>(() => cache.Get<int>("uri"));
    }
}
