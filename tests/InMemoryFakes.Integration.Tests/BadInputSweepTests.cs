using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests;

// The product standard (DESIGN.md, reliability): bad input gets a clear, documented exception naming the caller's
// argument, and leaves the store exactly as it was — no partial batch, no half-applied update, no lock left held. This
// sweep runs bad input through every shape the generator emits and compares the fake's whole state (every entry with its
// version and expiry, and a listing of the values) before and after. docs/runtime.md, "Bad input", records the rules.

public enum SweepStatus
{
    Draft,
    Open,
    Closed,
}

public sealed class SweepItem
{
    public string Id { get; set; } = "";

    public string? Name { get; set; }

    public SweepStatus Status { get; set; }
}

[InMemoryFake]
public interface ISweepItemRepository
{
    SweepItem? GetById(string id);

    IReadOnlyList<SweepItem> GetAll();

    IReadOnlyList<SweepItem> GetAll(int pageIndex = 0, int pageSize = 20);

    IReadOnlyList<SweepItem> FindByName(string name);

    IReadOnlyList<SweepItem> Find(Expression<Func<SweepItem, bool>> predicate);

    int Count(Func<SweepItem, bool> predicate);

    bool Exists(string id);

    void Add(SweepItem item);

    void AddRange(IEnumerable<SweepItem> items);

    void Update(SweepItem item);

    void UpdateRange(IEnumerable<SweepItem> items);

    void UpsertRange(IEnumerable<SweepItem> items);

    void Upsert(SweepItem item);

    bool Delete(string id);

    bool Remove(SweepItem item);

    int DeleteByIds(IEnumerable<string> ids);

    int RemoveRange(IEnumerable<SweepItem> items);

    int DeleteWhere(Func<SweepItem, bool> predicate);

    void UpdateStatus(string id, SweepStatus status);

    void UpdateName(string id, string name);
}

public sealed class SweepNumbered
{
    public int Id { get; set; }

    public string? Name { get; set; }
}

[InMemoryFake]
public interface ISweepNumberedRepository
{
    SweepNumbered? GetById(int id);

    IReadOnlyList<SweepNumbered> GetAll();

    SweepNumbered Add(SweepNumbered entity);

    void AddRange(IEnumerable<SweepNumbered> entities);

    void Update(SweepNumbered entity);

    void SaveChanges();
}

[InMemoryFake]
public interface ISweepCache
{
    string? Get(string key);

    void Set(string key, string value);

    void Set(string key, string value, TimeSpan ttl);

    void SetMany(IDictionary<string, string> entries);

    void SetAll(IEnumerable<KeyValuePair<string, string>> pairs, TimeSpan expiration);

    IReadOnlyDictionary<string, string> GetMany(IEnumerable<string> keys);

    int RemoveMany(IEnumerable<string> keys);

    bool Remove(string key);

    bool Expire(string key, TimeSpan? ttl);

    string GetOrAdd(string key, Func<string> factory);

    Task<string> GetOrAddAsync(string key, Func<string, Task<string>> valueFactory, TimeSpan ttl);

    long Increment(string key, long amount);
}

// The same shapes with parameters named as users name them: the errors must carry these names, not the runtime's.
[InMemoryFake]
public interface ISweepNamedCache
{
    string? Get(string cacheKey);

    void Set(string cacheKey, string item, TimeSpan lifetime);

    void SetMany(IDictionary<string, string> items);

    IReadOnlyDictionary<string, string> GetMany(IEnumerable<string> cacheKeys);

    int RemoveMany(IEnumerable<string> cacheKeys);

    bool Remove(string cacheKey);

    bool Expire(string cacheKey, TimeSpan? lifetime);

    string GetOrAdd(string cacheKey, Func<string> make);

    Task<string> GetOrAddAsync(string cacheKey, Func<Task<string>> make, TimeSpan lifetime);

    long Increment(string counter, long by);

    bool TryUpdate(string cacheKey, string item, string comparisonValue);
}

[InMemoryFake]
public interface ISweepFileStore
{
    Task UploadAsync(string name, Stream content);

    Task PutAsync(string name, byte[] bytes);

    Task<byte[]?> GetAsync(string name);

    Task WriteAsync(string name, string text);

    void Save(string name, Stream file);

    Task DownloadAsync(string name, Stream target);

    Task<bool> ExistsAsync(string name);

    Task DeleteAsync(string name);
}

public sealed class BadInputSweepTests
{
    private static string State(object fake, Func<string> listing)
    {
        var entries = Fakes.Of(fake).Entries
            .Select(e => $"{e.Store}:{e.Key}@v{e.Version},{e.LastModified:O},{e.ExpiresAt:O},{e.Size}")
            .OrderBy(s => s, StringComparer.Ordinal);
        return string.Join("\n", entries) + "\n--\n" + listing();
    }

    private static string Items(ISweepItemRepository repository) =>
        string.Join("\n", repository.GetAll().Select(i => $"{i.Id}|{i.Name}|{i.Status}"));

    private static ISweepItemRepository SeededItems(ManualClock clock)
    {
        ISweepItemRepository repository = new InMemorySweepItemRepository(clock);
        repository.Add(new SweepItem { Id = "a", Name = "alpha", Status = SweepStatus.Open });
        repository.Add(new SweepItem { Id = "b", Name = "beta" });
        repository.Update(new SweepItem { Id = "b", Name = "beta 2", Status = SweepStatus.Closed });
        return repository;
    }

    private static TException Refused<TException>(object fake, Func<string> listing, Action act, string paramName)
        where TException : ArgumentException
    {
        var before = State(fake, listing);
        var error = Assert.Throws<TException>(act);
        Assert.Equal(typeof(TException), error.GetType());
        Assert.Equal(paramName, error.ParamName);
        Assert.Equal(before, State(fake, listing));
        return error;
    }

    private static async Task<TException> RefusedAsync<TException>(object fake, Func<string> listing, Func<Task> act, string paramName)
        where TException : ArgumentException
    {
        var before = State(fake, listing);
        var error = await Assert.ThrowsAsync<TException>(act);
        Assert.Equal(typeof(TException), error.GetType());
        Assert.Equal(paramName, error.ParamName);
        Assert.Equal(before, State(fake, listing));
        return error;
    }

    [Fact]
    public void Entity_single_writes_refuse_a_null_entity_naming_it()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing, () => repository.Add(null!), "item");
        Refused<ArgumentNullException>(repository, listing, () => repository.Update(null!), "item");
        Refused<ArgumentNullException>(repository, listing, () => repository.Upsert(null!), "item");
        Refused<ArgumentNullException>(repository, listing, () => repository.Remove(null!), "item");
    }

    [Fact]
    public void Entity_key_members_refuse_a_null_key_naming_it()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing, () => repository.GetById(null!), "id");
        Refused<ArgumentNullException>(repository, listing, () => repository.Exists(null!), "id");
        Refused<ArgumentNullException>(repository, listing, () => repository.Delete(null!), "id");
        Refused<ArgumentNullException>(repository, listing, () => repository.UpdateStatus(null!, SweepStatus.Open), "id");
        Refused<ArgumentNullException>(repository, listing, () => repository.UpdateName(null!, "x"), "id");
    }

    [Fact]
    public void An_entity_whose_key_is_null_is_refused_naming_the_entity_parameter()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing, () => repository.Add(new SweepItem { Id = null! }), "item");
        Refused<ArgumentNullException>(repository, listing, () => repository.Upsert(new SweepItem { Id = null! }), "item");
        Refused<ArgumentNullException>(repository, listing, () => repository.Update(new SweepItem { Id = null! }), "item");
    }

    [Fact]
    public void Entity_ranges_refuse_a_null_collection_naming_it()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing, () => repository.AddRange(null!), "items");
        Refused<ArgumentNullException>(repository, listing, () => repository.UpdateRange(null!), "items");
        Refused<ArgumentNullException>(repository, listing, () => repository.RemoveRange(null!), "items");
        Refused<ArgumentNullException>(repository, listing, () => repository.UpsertRange(null!), "items");
        Refused<ArgumentNullException>(repository, listing, () => repository.DeleteByIds(null!), "ids");
    }

    [Fact]
    public void Entity_ranges_with_a_null_element_after_valid_ones_change_nothing()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing,
            () => repository.AddRange([new SweepItem { Id = "c" }, null!, new SweepItem { Id = "d" }]), "items");
        Refused<ArgumentNullException>(repository, listing,
            () => repository.UpdateRange([new SweepItem { Id = "a", Name = "changed" }, null!]), "items");
        Refused<ArgumentNullException>(repository, listing,
            () => repository.RemoveRange([new SweepItem { Id = "a" }, null!]), "items");
        Refused<ArgumentNullException>(repository, listing,
            () => repository.UpsertRange([new SweepItem { Id = "a", Name = "changed" }, null!, new SweepItem { Id = "e" }]), "items");
    }

    [Fact]
    public void A_null_among_the_keys_of_a_key_query_is_a_key_no_row_has()
    {
        // DeleteByIds is the query Where(e => ids.Contains(e.Id)), as EF Core's: a null in the list matches no row
        // (SQL's IN never matches NULL), so the other keys are removed and nothing is refused.
        var clock = new ManualClock();
        var repository = SeededItems(clock);

        Assert.Equal(2, repository.DeleteByIds(["a", null!, "b"]));

        Assert.Empty(repository.GetAll());
    }

    [Fact]
    public void Entity_ranges_with_an_element_whose_key_is_null_after_valid_ones_change_nothing()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing,
            () => repository.AddRange([new SweepItem { Id = "c" }, new SweepItem { Id = null! }]), "items");
        Refused<ArgumentNullException>(repository, listing,
            () => repository.UpdateRange([new SweepItem { Id = "a", Name = "changed" }, new SweepItem { Id = null! }]), "items");
    }

    [Fact]
    public void Blank_string_keys_are_refused_by_writes_naming_the_entity()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentException>(repository, listing, () => repository.Add(new SweepItem { Id = " " }), "item");
        Refused<ArgumentException>(repository, listing,
            () => repository.AddRange([new SweepItem { Id = "c" }, new SweepItem { Id = "" }]), "items");
    }

    [Fact]
    public void Queries_refuse_null_predicates_and_values_naming_them()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentNullException>(repository, listing, () => repository.Find(null!), "predicate");
        Refused<ArgumentNullException>(repository, listing, () => repository.Count(null!), "predicate");
        Refused<ArgumentNullException>(repository, listing, () => repository.DeleteWhere(null!), "predicate");
    }

    [Fact]
    public void A_predicate_that_throws_midway_through_a_delete_removes_nothing_and_leaves_no_lock()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        var before = State(repository, () => Items(repository));

        var error = Assert.Throws<InvalidOperationException>(() => repository.DeleteWhere(i => i.Id == "b" ? throw new InvalidOperationException("boom") : true));

        Assert.Equal("boom", error.Message);
        Assert.Equal(before, State(repository, () => Items(repository)));
        Assert.Throws<InvalidOperationException>(() => repository.Count(i => i.Id == "b" ? throw new InvalidOperationException("boom") : true));
        Assert.Throws<InvalidOperationException>(() => repository.Find(i => Boom(i.Id == "b")));
        Assert.Equal(before, State(repository, () => Items(repository)));
        repository.Add(new SweepItem { Id = "c" });
        Assert.Equal(3, repository.GetAll().Count);
    }

    private static bool Boom(bool now) => now ? throw new InvalidOperationException("boom") : true;

    [Fact]
    public void Paging_refuses_a_negative_page_or_a_page_size_below_one_naming_it()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);
        Func<string> listing = () => Items(repository);

        Refused<ArgumentOutOfRangeException>(repository, listing, () => repository.GetAll(-1, 10), "pageIndex");
        Refused<ArgumentOutOfRangeException>(repository, listing, () => repository.GetAll(0, -5), "pageSize");

        // A page size of 0 is documented (PageRequest.OfPageIndex: "0 or more"): an empty page, as Take(0) gives.
        Assert.Empty(repository.GetAll(0, 0));
    }

    [Fact]
    public void A_field_setter_with_a_null_value_for_a_nullable_property_is_a_write_not_an_error()
    {
        var clock = new ManualClock();
        var repository = SeededItems(clock);

        repository.UpdateName("a", null!);

        Assert.Null(repository.GetById("a")!.Name);
    }

    [Fact]
    public void Generated_key_ranges_refused_part_way_take_their_keys_back()
    {
        var clock = new ManualClock();
        ISweepNumberedRepository repository = new InMemorySweepNumberedRepository(clock);
        repository.Add(new SweepNumbered { Name = "one" });
        repository.SaveChanges();
        Func<string> listing = () => string.Join("\n", repository.GetAll().Select(e => $"{e.Id}|{e.Name}"));
        var first = new SweepNumbered { Name = "two" };

        Refused<ArgumentNullException>(repository, listing, () => repository.AddRange([first, null!]), "entities");
        repository.SaveChanges();

        Assert.Equal(0, first.Id);
        var next = repository.Add(new SweepNumbered { Name = "two" });
        repository.SaveChanges();
        Assert.Equal(2, next.Id);
    }

    [Fact]
    public void Key_value_members_refuse_a_null_key_naming_it()
    {
        var clock = new ManualClock();
        ISweepCache cache = new InMemorySweepCache(clock);
        cache.Set("a", "1", TimeSpan.FromMinutes(1));
        cache.Set("b", "2");
        Func<string> listing = () => string.Join(",", cache.GetMany(["a", "b", "c", "d"]).Select(p => $"{p.Key}={p.Value}"));

        Refused<ArgumentNullException>(cache, listing, () => cache.Get(null!), "key");
        Refused<ArgumentNullException>(cache, listing, () => cache.Set(null!, "x"), "key");
        Refused<ArgumentNullException>(cache, listing, () => cache.Remove(null!), "key");
        Refused<ArgumentNullException>(cache, listing, () => cache.Expire(null!, TimeSpan.FromMinutes(1)), "key");
        Refused<ArgumentNullException>(cache, listing, () => cache.Increment(null!, 1), "key");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetOrAdd(null!, () => "x"), "key");
    }

    [Fact]
    public async Task Key_value_errors_name_the_callers_own_parameters()
    {
        var clock = new ManualClock();
        ISweepNamedCache cache = new InMemorySweepNamedCache(clock);
        cache.Set("a", "1", TimeSpan.FromMinutes(1));
        Func<string> listing = () => string.Join(",", cache.GetMany(["a", "b", "c"]).Select(p => $"{p.Key}={p.Value}"));

        Refused<ArgumentNullException>(cache, listing, () => cache.Get(null!), "cacheKey");
        Refused<ArgumentNullException>(cache, listing, () => cache.Set(null!, "x", TimeSpan.FromMinutes(1)), "cacheKey");
        Refused<ArgumentNullException>(cache, listing, () => cache.Set("b", null!, TimeSpan.FromMinutes(1)), "item");
        Refused<ArgumentOutOfRangeException>(cache, listing, () => cache.Set("b", "2", TimeSpan.FromSeconds(-1)), "lifetime");
        Refused<ArgumentNullException>(cache, listing, () => cache.SetMany(null!), "items");
        Refused<ArgumentNullException>(cache, listing, () => cache.SetMany(new Dictionary<string, string> { ["b"] = "2", ["c"] = null! }), "items");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetMany(null!), "cacheKeys");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetMany(["a", null!]), "cacheKeys");
        Refused<ArgumentNullException>(cache, listing, () => cache.RemoveMany(["a", null!]), "cacheKeys");
        Refused<ArgumentNullException>(cache, listing, () => cache.Remove(null!), "cacheKey");
        Refused<ArgumentNullException>(cache, listing, () => cache.Expire(null!, TimeSpan.FromMinutes(1)), "cacheKey");
        Refused<ArgumentOutOfRangeException>(cache, listing, () => cache.Expire("a", TimeSpan.FromSeconds(-1)), "lifetime");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetOrAdd(null!, () => "x"), "cacheKey");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetOrAdd("b", null!), "make");
        await RefusedAsync<ArgumentNullException>(cache, listing, () => cache.GetOrAddAsync(null!, () => Task.FromResult("x"), TimeSpan.FromMinutes(1)), "cacheKey");
        await RefusedAsync<ArgumentOutOfRangeException>(cache, listing, () => cache.GetOrAddAsync("b", () => Task.FromResult("x"), TimeSpan.Zero), "lifetime");
        Refused<ArgumentNullException>(cache, listing, () => cache.Increment(null!, 1), "counter");
        Refused<ArgumentNullException>(cache, listing, () => cache.TryUpdate(null!, "2", "1"), "cacheKey");
    }

    [Fact]
    public void Key_value_writes_refuse_a_null_value_naming_it()
    {
        var clock = new ManualClock();
        ISweepCache cache = new InMemorySweepCache(clock);
        cache.Set("a", "1");
        Func<string> listing = () => string.Join(",", cache.GetMany(["a", "b"]).Select(p => $"{p.Key}={p.Value}"));

        Refused<ArgumentNullException>(cache, listing, () => cache.Set("a", null!), "value");
        Refused<ArgumentNullException>(cache, listing, () => cache.Set("b", null!, TimeSpan.FromMinutes(1)), "value");
    }

    [Fact]
    public void Key_value_batches_refuse_null_collections_and_null_parts_in_the_middle()
    {
        var clock = new ManualClock();
        ISweepCache cache = new InMemorySweepCache(clock);
        cache.Set("a", "1");
        Func<string> listing = () => string.Join(",", cache.GetMany(["a", "b", "c", "d"]).Select(p => $"{p.Key}={p.Value}"));

        Refused<ArgumentNullException>(cache, listing, () => cache.SetMany(null!), "entries");
        Refused<ArgumentNullException>(cache, listing, () => cache.SetAll(null!, TimeSpan.FromMinutes(1)), "pairs");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetMany(null!), "keys");
        Refused<ArgumentNullException>(cache, listing, () => cache.RemoveMany(null!), "keys");

        Refused<ArgumentNullException>(cache, listing,
            () => cache.SetMany(new Dictionary<string, string> { ["b"] = "2", ["c"] = null!, ["d"] = "4" }), "entries");
        Refused<ArgumentNullException>(cache, listing,
            () => cache.SetAll([new("b", "2"), new(null!, "3"), new("d", "4")], TimeSpan.FromMinutes(1)), "pairs");
        Refused<ArgumentNullException>(cache, listing,
            () => cache.SetAll([new("b", "2"), new("c", null!)], TimeSpan.FromMinutes(1)), "pairs");
        Refused<ArgumentNullException>(cache, listing, () => cache.RemoveMany(["a", null!]), "keys");
        Refused<ArgumentNullException>(cache, listing, () => cache.GetMany(["a", null!]), "keys");
    }

    [Fact]
    public void Key_value_time_to_live_members_refuse_zero_and_negative_ttls_naming_them()
    {
        var clock = new ManualClock();
        ISweepCache cache = new InMemorySweepCache(clock);
        cache.Set("a", "1", TimeSpan.FromMinutes(1));
        Func<string> listing = () => string.Join(",", cache.GetMany(["a", "b", "c"]).Select(p => $"{p.Key}={p.Value}"));

        Refused<ArgumentOutOfRangeException>(cache, listing, () => cache.Set("a", "2", TimeSpan.FromSeconds(-1)), "ttl");
        Refused<ArgumentOutOfRangeException>(cache, listing, () => cache.Set("b", "2", TimeSpan.Zero), "ttl");
        Refused<ArgumentOutOfRangeException>(cache, listing, () => cache.Expire("a", TimeSpan.FromSeconds(-1)), "ttl");
        Refused<ArgumentOutOfRangeException>(cache, listing,
            () => cache.SetAll([new("b", "2"), new("c", "3")], TimeSpan.FromSeconds(-1)), "expiration");
    }

    [Fact]
    public async Task Get_or_add_refuses_a_null_factory_and_stores_nothing_when_the_factory_throws()
    {
        var clock = new ManualClock();
        ISweepCache cache = new InMemorySweepCache(clock);
        cache.Set("a", "1");
        Func<string> listing = () => string.Join(",", cache.GetMany(["a", "b"]).Select(p => $"{p.Key}={p.Value}"));

        Refused<ArgumentNullException>(cache, listing, () => cache.GetOrAdd("b", null!), "factory");
        await RefusedAsync<ArgumentNullException>(cache, listing, () => cache.GetOrAddAsync("b", null!, TimeSpan.FromMinutes(1)), "valueFactory");
        await RefusedAsync<ArgumentOutOfRangeException>(cache, listing, () => cache.GetOrAddAsync("b", _ => Task.FromResult("2"), TimeSpan.FromSeconds(-1)), "ttl");

        var before = State(cache, listing);
        Assert.Equal("boom", Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("b", () => throw new InvalidOperationException("boom"))).Message);
        Assert.Equal("boom", (await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrAddAsync("b", _ => throw new InvalidOperationException("boom"), TimeSpan.FromMinutes(1)))).Message);
        Assert.Equal(before, State(cache, listing));

        // A factory that returns null stores nothing and returns null (documented: docs/generator.md, GetOrAdd).
        Assert.Null(cache.GetOrAdd("b", () => null!));
        Assert.Equal(before, State(cache, listing));

        // No lock left held on the key: the next call runs its factory at once.
        Assert.Equal("2", cache.GetOrAdd("b", () => "2"));
        Assert.Equal("2", await cache.GetOrAddAsync("b", _ => Task.FromResult("3"), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Blob_members_refuse_null_and_empty_names_and_null_content_naming_them()
    {
        var clock = new ManualClock();
        ISweepFileStore files = new InMemorySweepFileStore(clock);
        await files.PutAsync("a.txt", [1, 2, 3]);
        Func<string> listing = () => string.Join(",", new[] { "a.txt", "b.txt" }.Select(n => $"{n}={Convert.ToHexString(files.GetAsync(n).GetAwaiter().GetResult() ?? [])}"));

        await RefusedAsync<ArgumentNullException>(files, listing, () => files.PutAsync(null!, [1]), "name");
        await RefusedAsync<ArgumentException>(files, listing, () => files.PutAsync("", [1]), "name");
        await RefusedAsync<ArgumentNullException>(files, listing, () => files.PutAsync("b.txt", null!), "bytes");
        await RefusedAsync<ArgumentNullException>(files, listing, () => files.UploadAsync("b.txt", null!), "content");
        await RefusedAsync<ArgumentNullException>(files, listing, () => files.WriteAsync("b.txt", null!), "text");
        Refused<ArgumentNullException>(files, listing, () => files.Save("b.txt", null!), "file");
        await RefusedAsync<ArgumentNullException>(files, listing, () => files.GetAsync(null!), "name");
        await RefusedAsync<ArgumentException>(files, listing, () => files.ExistsAsync(""), "name");
        await RefusedAsync<ArgumentNullException>(files, listing, () => files.DeleteAsync(null!), "name");
        await RefusedAsync<ArgumentNullException>(files, listing, () => files.DownloadAsync("a.txt", null!), "target");
    }

    [Fact]
    public async Task A_disposed_stream_is_refused_and_stores_nothing()
    {
        var clock = new ManualClock();
        ISweepFileStore files = new InMemorySweepFileStore(clock);
        await files.PutAsync("a.txt", [1, 2, 3]);
        Func<string> listing = () => string.Join(",", new[] { "a.txt", "b.txt" }.Select(n => $"{n}={Convert.ToHexString(files.GetAsync(n).GetAwaiter().GetResult() ?? [])}"));
        var before = State(files, listing);

        var closed = new MemoryStream([9, 9]);
        closed.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => files.UploadAsync("b.txt", closed));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => files.UploadAsync("a.txt", closed));
        Assert.Equal(before, State(files, listing));

        var closedTarget = new MemoryStream();
        closedTarget.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => files.DownloadAsync("a.txt", closedTarget));
        Assert.Equal(before, State(files, listing));

        await files.UploadAsync("b.txt", new MemoryStream([4]));
        Assert.Equal([4], await files.GetAsync("b.txt"));
    }
}
