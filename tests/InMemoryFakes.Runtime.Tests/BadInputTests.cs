using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Every bad input is answered with a documented exception naming the caller's argument, and the store is left unchanged.</summary>
public class BadInputTests
{
    private static KeyValueTable<string, string> Filled(ManualClock? clock = null)
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Clock = clock ?? new ManualClock() });
        table.Set("a", "1");
        table.Set("b", "2", Expiration.After(TimeSpan.FromMinutes(1)));
        return table;
    }

    // ---- null keys and values ----

    [Fact]
    public void Null_key_on_every_key_value_operation_throws_ArgumentNullException_naming_the_callers_argument()
    {
        var table = Filled();
        var before = Support.State(table);
        string sessionKey = null!;

        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Set(sessionKey, "v")).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.SetIfAbsent(sessionKey, "v")).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Write(sessionKey, "v")).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.TryGetValue(sessionKey, out _)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.GetValueOrDefault(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.GetRequired(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.ContainsKey(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Remove(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Remove(sessionKey, out _)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.RemoveIf(sessionKey, _ => true)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Refresh(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Expire(sessionKey, Expiration.Never)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.GetTimeToLive(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Increment(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.Decrement(sessionKey)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.IncrementByFloat(sessionKey, 1)).ParamName);
        Assert.Equal("sessionKey", Assert.Throws<ArgumentNullException>(() => table.AddOrUpdate(sessionKey, (_, _) => "v")).ParamName);

        Support.AssertUnchanged(before, table);
    }

    [Fact]
    public void Null_value_throws_ArgumentNullException_naming_the_callers_argument_and_changes_nothing()
    {
        var table = Filled();
        var before = Support.State(table);
        string newValue = null!;

        Assert.Equal("newValue", Assert.Throws<ArgumentNullException>(() => table.Set("a", newValue)).ParamName);
        Assert.Equal("newValue", Assert.Throws<ArgumentNullException>(() => table.Set("c", newValue)).ParamName);
        Assert.Equal("newValue", Assert.Throws<ArgumentNullException>(() => table.SetIfAbsent("c", newValue)).ParamName);

        Support.AssertUnchanged(before, table);
    }

    [Fact]
    public void Null_predicates_and_update_functions_throw_ArgumentNullException()
    {
        var table = Filled();
        var before = Support.State(table);

        Assert.Throws<ArgumentNullException>("predicate", () => table.Where(null!));
        Assert.Throws<ArgumentNullException>("predicate", () => table.RemoveWhere(null!));
        Assert.Throws<ArgumentNullException>("predicate", () => table.RemoveIf("a", null!));
        Assert.Throws<ArgumentNullException>("update", () => table.AddOrUpdate("a", null!));

        Support.AssertUnchanged(before, table);
    }

    [Fact]
    public void Null_entity_or_key_on_every_entity_operation_throws_ArgumentNullException_naming_the_callers_argument()
    {
        var users = Support.Users(token: true);
        users.Add(new User { Name = "Ann" });
        var before = users.Inspect();
        User newUser = null!;
        IEnumerable<User> batch = null!;
        var withNull = new[] { new User { Name = "ok" }, null! };

        Assert.Equal("newUser", Assert.Throws<ArgumentNullException>(() => users.Add(newUser)).ParamName);
        Assert.Equal("newUser", Assert.Throws<ArgumentNullException>(() => users.TryAdd(newUser, out _)).ParamName);
        Assert.Equal("newUser", Assert.Throws<ArgumentNullException>(() => users.Update(newUser)).ParamName);
        Assert.Equal("newUser", Assert.Throws<ArgumentNullException>(() => users.Upsert(newUser)).ParamName);
        Assert.Equal("newUser", Assert.Throws<ArgumentNullException>(() => users.RemoveEntity(newUser)).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => users.AddRange(batch)).ParamName);
        Assert.Equal("withNull", Assert.Throws<ArgumentNullException>(() => users.AddRange(withNull)).ParamName);

        Assert.Equal(before, users.Inspect());
        Assert.Equal(2, users.Add(new User()).Id);
    }

    [Fact]
    public void Entity_with_a_null_key_throws_ArgumentNullException_naming_the_callers_argument()
    {
        var boxes = new EntityTable<string, Box>(new TableOptions("boxes"), new EntityModel<string, Box>(b => b.Label) { KeyName = "Label" });
        boxes.Add(new Box { Label = "a" });
        var unlabelled = new Box { Label = null! };
        string missingLabel = null!;

        var ex = Assert.Throws<ArgumentNullException>(() => boxes.Add(unlabelled));
        Assert.Throws<ArgumentNullException>(() => boxes.Update(unlabelled));
        Assert.Throws<ArgumentNullException>(() => boxes.Upsert(unlabelled));
        Assert.Equal("missingLabel", Assert.Throws<ArgumentNullException>(() => boxes.Find(missingLabel)).ParamName);
        Assert.Equal("missingLabel", Assert.Throws<ArgumentNullException>(() => boxes.Get(missingLabel)).ParamName);

        Assert.Equal("unlabelled", ex.ParamName);
        Assert.Contains("Label", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "a" }, boxes.Keys());
    }

    [Fact]
    public void Entity_with_an_empty_or_white_space_string_key_is_refused_naming_the_callers_argument_and_changes_nothing()
    {
        // Real stores disagree on a blank key (chat-copilot's repositories throw, Datasync gives a new id, EF Core stores
        // it): the fake refuses every write of one rather than guess, and nothing can be stored under it.
        var boxes = new EntityTable<string, Box>(new TableOptions("boxes"), new EntityModel<string, Box>(b => b.Label) { KeyName = "Label" });
        boxes.Add(new Box { Label = "a" });
        var empty = new Box { Label = "" };
        var blank = new Box { Label = "  " };

        var ex = Assert.Throws<ArgumentException>(() => boxes.Add(empty));
        Assert.Equal("blank", Assert.Throws<ArgumentException>(() => boxes.Add(blank)).ParamName);
        Assert.Equal("empty", Assert.Throws<ArgumentException>(() => boxes.TryAdd(empty, out _)).ParamName);
        Assert.Equal("blank", Assert.Throws<ArgumentException>(() => boxes.Upsert(blank)).ParamName);
        Assert.Equal("empty", Assert.Throws<ArgumentException>(() => boxes.Update(empty)).ParamName);
        Assert.Equal("blank", Assert.Throws<ArgumentException>(() => boxes.RemoveEntity(blank)).ParamName);
        Assert.Throws<ArgumentException>(() => boxes.AddRange(new[] { new Box { Label = "b" }, empty }));

        Assert.Equal("empty", ex.ParamName);
        Assert.Contains("Label", ex.Message, StringComparison.Ordinal);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "a" }, boxes.Keys());
        Assert.Null(boxes.Find(""));
    }

    // ---- expirations ----

    [Fact]
    public void Zero_or_negative_time_to_live_throws_ArgumentOutOfRangeException_naming_the_argument()
    {
        var zero = TimeSpan.Zero;
        var negative = TimeSpan.FromSeconds(-1);
        var infinite = System.Threading.Timeout.InfiniteTimeSpan;

        Assert.Equal("zero", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.After(zero)).ParamName);
        Assert.Equal("negative", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.After(negative)).ParamName);
        Assert.Equal("infinite", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.After(infinite)).ParamName);
        Assert.Equal("negative", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.Sliding(negative)).ParamName);
        Assert.Equal("zero", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.Sliding(zero)).ParamName);
    }

    [Fact]
    public void NaN_infinite_zero_or_negative_seconds_throw_ArgumentOutOfRangeException_naming_the_argument()
    {
        var nan = double.NaN;
        var positiveInfinity = double.PositiveInfinity;
        var negativeInfinity = double.NegativeInfinity;
        var zeroSeconds = 0.0;
        var minusOne = -1.0;

        Assert.Equal("nan", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.AfterSeconds(nan)).ParamName);
        Assert.Equal("positiveInfinity", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.AfterSeconds(positiveInfinity)).ParamName);
        Assert.Equal("negativeInfinity", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.AfterSeconds(negativeInfinity)).ParamName);
        Assert.Equal("zeroSeconds", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.AfterSeconds(zeroSeconds)).ParamName);
        Assert.Equal("minusOne", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.AfterSeconds(minusOne)).ParamName);
        Assert.Equal("nan", Assert.Throws<ArgumentOutOfRangeException>(() => Expiration.SlidingSeconds(nan)).ParamName);
    }

    [Fact]
    public void A_bad_expiration_used_in_a_write_leaves_the_store_unchanged()
    {
        var table = Filled();
        var before = Support.State(table);
        var ttlSeconds = double.NaN;

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Set("a", "new", Expiration.AfterSeconds(ttlSeconds)));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Set("c", "new", Expiration.AfterSeconds(ttlSeconds)));

        Support.AssertUnchanged(before, table);
    }

    [Fact]
    public void Absolute_expiry_not_in_the_future_throws_ArgumentOutOfRangeException_and_leaves_the_store_unchanged()
    {
        var clock = new ManualClock();
        var table = Filled(clock);
        var blobs = new BlobTable(new TableOptions("blobs") { Clock = clock });
        clock.Advance(TimeSpan.FromSeconds(10));
        var before = Support.State(table);
        var past = Expiration.At(clock.GetUtcNow().AddSeconds(-1));
        var now = Expiration.At(clock.GetUtcNow());

        Assert.Equal("expiration", Assert.Throws<ArgumentOutOfRangeException>(() => table.Set("c", "v", past)).ParamName);
        Assert.Equal("expiration", Assert.Throws<ArgumentOutOfRangeException>(() => table.Set("a", "v", now)).ParamName);
        Assert.Equal("expiration", Assert.Throws<ArgumentOutOfRangeException>(() => table.Expire("a", past)).ParamName);
        Assert.Equal("expiration", Assert.Throws<ArgumentOutOfRangeException>(() => table.Increment("n", expiration: past)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => blobs.PutText("f", "x", expiration: past));

        Support.AssertUnchanged(before, table);
        Assert.Equal(0, blobs.Count);
    }

    [Fact]
    public void Negative_or_zero_default_time_to_live_on_a_fake_throws_ArgumentOutOfRangeException()
    {
        Assert.Equal("DefaultTimeToLive", Assert.Throws<ArgumentOutOfRangeException>(
            () => new FakeCore(null, new FakeDefaults("IStore") { DefaultTimeToLive = TimeSpan.FromSeconds(-1) })).ParamName);
        Assert.Equal("DefaultTimeToLive", Assert.Throws<ArgumentOutOfRangeException>(
            () => new FakeCore(new InMemoryFakeOptions { DefaultTimeToLive = TimeSpan.Zero }, new FakeDefaults("IStore"))).ParamName);
    }

    // ---- quotas ----

    [Fact]
    public void Negative_quotas_throw_ArgumentOutOfRangeException_naming_the_parameter()
    {
        Assert.Equal("maxEntries", Assert.Throws<ArgumentOutOfRangeException>(() => new Quota(-1)).ParamName);
        Assert.Equal("maxBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new Quota(maxBytes: -1)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => new Quota(1, 0, (QuotaPolicy)42)).ParamName);
        Assert.Equal("maxEntries", Assert.Throws<ArgumentOutOfRangeException>(
            () => new FakeCore(new InMemoryFakeOptions { MaxEntries = -1 }, new FakeDefaults("IStore"))).ParamName);
        Assert.Equal("maxBytes", Assert.Throws<ArgumentOutOfRangeException>(
            () => new FakeCore(null, new FakeDefaults("IStore") { MaxBytes = -5 })).ParamName);
    }

    [Fact]
    public void A_size_estimator_returning_a_negative_size_throws_and_changes_nothing()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv") { Quota = new Quota(maxBytes: 100), SizeEstimator = _ => -1 });

        Assert.Throws<InvalidOperationException>(() => table.Set("a", "v"));

        Assert.Equal(0, table.Count);
        Assert.Equal(0, table.Bytes);
    }

    // ---- names, blobs, misc ----

    [Fact]
    public void Empty_or_null_table_and_fake_names_throw()
    {
        Assert.Throws<ArgumentException>("name", () => new TableOptions(string.Empty));
        Assert.Throws<ArgumentNullException>("name", () => new TableOptions(null!));
        Assert.Throws<ArgumentException>("name", () => new FakeDefaults(string.Empty));
        Assert.Throws<ArgumentNullException>("defaults", () => new FakeCore(null, null!));
        Assert.Throws<ArgumentNullException>("model", () => new EntityTable<int, User>(new TableOptions("users"), null!));
        Assert.Throws<ArgumentNullException>("getKey", () => new EntityModel<int, User>(null!));
    }

    [Fact]
    public void Blob_empty_key_throws_ArgumentException_naming_the_callers_argument_and_stores_nothing()
    {
        var blobs = new BlobTable(new TableOptions("blobs"));
        blobs.PutText("a", "x");
        var blobKey = string.Empty;
        using var stream = new MemoryStream(new byte[] { 1 });

        Assert.Equal("blobKey", Assert.Throws<ArgumentException>(() => blobs.Put(blobKey, new byte[] { 1 })).ParamName);
        Assert.Equal("blobKey", Assert.Throws<ArgumentException>(() => blobs.Put(blobKey, new byte[] { 1 }.AsSpan())).ParamName);
        Assert.Equal("blobKey", Assert.Throws<ArgumentException>(() => blobs.PutText(blobKey, "x")).ParamName);
        Assert.Equal("blobKey", Assert.Throws<ArgumentException>(() => blobs.Put(blobKey, stream)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => blobs.Copy("a", blobKey)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => blobs.Copy(blobKey, "b")).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => blobs.Move("a", blobKey)).ParamName);
        Assert.Equal(0, stream.Position);

        Assert.Equal(new[] { "a" }, blobs.List().Select(p => p.Key));
    }

    [Fact]
    public void Blob_null_key_or_content_throws_ArgumentNullException_and_stores_nothing()
    {
        var blobs = new BlobTable(new TableOptions("blobs"));
        string blobKey = null!;

        Assert.Equal("blobKey", Assert.Throws<ArgumentNullException>(() => blobs.Put(blobKey, new byte[] { 1 })).ParamName);
        Assert.Equal("blobKey", Assert.Throws<ArgumentNullException>(() => blobs.PutText(blobKey, "x")).ParamName);
        Assert.Equal("blobKey", Assert.Throws<ArgumentNullException>(() => blobs.GetBytes(blobKey)).ParamName);
        Assert.Equal("blobKey", Assert.Throws<ArgumentNullException>(() => blobs.OpenRead(blobKey)).ParamName);

        // Content has no caller-expression parameter: the exception names the API's own parameter.
        Assert.Equal("content", Assert.Throws<ArgumentNullException>(() => blobs.Put("k", (byte[])null!)).ParamName);
        Assert.Equal("content", Assert.Throws<ArgumentNullException>(() => blobs.Put("k", (Stream)null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => blobs.PutText("k", null!)).ParamName);

        Assert.Equal(0, blobs.Count);
    }
}
