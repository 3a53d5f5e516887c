using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Key-value tables: reads and writes, counters, conditional writes, inspection.</summary>
public class KeyValueTableTests
{
    private static KeyValueTable<string, string> Strings(ManualClock? clock = null)
        => new(new TableOptions("kv") { Clock = clock ?? new ManualClock() });

    [Fact]
    public void Set_then_get_returns_the_value_and_overwrite_replaces_it_in_place()
    {
        var table = Strings();
        table.Set("a", "1");
        table.Set("b", "2");
        table.Set("a", "3");

        Assert.Equal("3", table.GetValueOrDefault("a"));
        Assert.Equal(new[] { "a", "b" }, table.Keys());
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void ReplaceAll_makes_the_entries_the_whole_content_and_copies_nothing_back_into_the_caller()
    {
        var table = Strings();
        table.Set("a", "1");
        table.Set("b", "2");

        var kept = table.ReplaceAll(new Dictionary<string, string> { ["b"] = "20", ["c"] = "30" });

        Assert.Equal(2, kept);
        Assert.Equal(new[] { "b", "c" }, table.Keys().Order(StringComparer.Ordinal));
        Assert.Equal("20", table.GetValueOrDefault("b"));
        Assert.Null(table.GetValueOrDefault("a"));

        Assert.Equal(1, table.ReplaceAll([new KeyValuePair<string, string>("d", "1"), new KeyValuePair<string, string>("d", "2")]));
        Assert.Equal("2", table.GetValueOrDefault("d"));

        Assert.Equal(0, table.ReplaceAll(new Dictionary<string, string>()));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void ReplaceAll_with_a_null_batch_or_value_throws_naming_the_argument_and_leaves_the_table_unchanged()
    {
        var table = Strings();
        table.Set("a", "1");
        IEnumerable<KeyValuePair<string, string>> state = new Dictionary<string, string> { ["b"] = null! };

        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => table.ReplaceAll(state)).ParamName);
        state = null!;
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => table.ReplaceAll(state)).ParamName);

        Assert.Equal(new[] { "a" }, table.Keys());
        Assert.Equal("1", table.GetValueOrDefault("a"));
    }

    [Fact]
    public void Keys_are_ordinal_by_default_and_a_fake_can_use_a_case_insensitive_comparer()
    {
        var ordinal = Strings();
        ordinal.Set("Key", "1");
        Assert.False(ordinal.ContainsKey("key"));

        var core = new FakeCore(new InMemoryFakeOptions { StringKeyComparer = StringComparer.OrdinalIgnoreCase }, new FakeDefaults("ICache"));
        var ignoreCase = core.KeyValueTable<string, string>("cache");
        ignoreCase.Set("Key", "1");
        ignoreCase.Set("KEY", "2");
        Assert.Equal("2", ignoreCase.GetValueOrDefault("key"));
        Assert.Equal(1, ignoreCase.Count);
    }

    [Fact]
    public void SetIfAbsent_stores_only_when_the_key_has_no_live_entry()
    {
        var clock = new ManualClock();
        var table = Strings(clock);

        Assert.True(table.SetIfAbsent("k", "first", Expiration.After(TimeSpan.FromSeconds(1))));
        Assert.False(table.SetIfAbsent("k", "second"));
        Assert.Equal("first", table.GetValueOrDefault("k"));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(table.SetIfAbsent("k", "third"));
        Assert.Equal("third", table.GetValueOrDefault("k"));
    }

    [Fact]
    public void Write_reports_Created_Replaced_Exists_and_Missing()
    {
        var table = Strings();

        Assert.Equal(WriteOutcome.Missing, table.Write("k", "x", condition: WriteCondition.MustExist));
        Assert.False(table.ContainsKey("k"));
        Assert.Equal(WriteOutcome.Created, table.Write("k", "1"));
        Assert.Equal(WriteOutcome.Replaced, table.Write("k", "2"));
        Assert.Equal(WriteOutcome.Exists, table.Write("k", "3", condition: WriteCondition.MustNotExist));
        Assert.Equal(WriteOutcome.Replaced, table.Write("k", "4", condition: WriteCondition.MustExist));
        Assert.Equal("4", table.GetValueOrDefault("k"));
    }

    [Fact]
    public void Remove_returns_whether_a_live_entry_was_removed()
    {
        var clock = new ManualClock();
        var table = Strings(clock);
        table.Set("k", "v");
        table.Set("t", "v", Expiration.After(TimeSpan.FromSeconds(1)));

        Assert.True(table.Remove("k", out var removed));
        Assert.Equal("v", removed);
        Assert.False(table.Remove("k"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(table.Remove("t"));
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void RemoveIf_and_RemoveWhere_remove_only_matching_entries()
    {
        var table = Strings();
        table.Set("a", "keep");
        table.Set("b", "drop");
        table.Set("c", "drop");

        Assert.False(table.RemoveIf("a", v => v == "drop"));
        Assert.True(table.RemoveIf("b", v => v == "drop"));
        Assert.Equal(1, table.RemoveWhere(v => v == "drop"));

        Assert.Equal(new[] { "a" }, table.Keys());
    }

    [Fact]
    public void Inspect_reports_created_modified_version_and_expiry()
    {
        var clock = new ManualClock();
        var table = Strings(clock);
        var start = clock.GetUtcNow();
        table.Set("k", "1");
        clock.Advance(TimeSpan.FromSeconds(5));
        table.Set("k", "2", Expiration.After(TimeSpan.FromSeconds(10)));

        var info = table.Inspect("k")!;

        Assert.Equal("kv", info.Store);
        Assert.Equal("k", info.Key);
        Assert.Equal(start, info.CreatedAt);
        Assert.Equal(start.AddSeconds(5), info.LastModified);
        Assert.Equal(start.AddSeconds(15), info.ExpiresAt);
        Assert.Null(info.SlidingWindow);
        Assert.Equal(2, info.Version);
        Assert.Equal(0, info.Size);
    }

    // ---- counters ----

    [Fact]
    public void Increment_creates_the_counter_at_zero_and_returns_the_new_value()
    {
        var table = new KeyValueTable<string, long>(new TableOptions("counters"));

        Assert.Equal(1, table.Increment("a"));
        Assert.Equal(6, table.Increment("a", 5));
        Assert.Equal(-3, table.Increment("b", -3));
        Assert.Equal(6, table.GetValueOrDefault("a"));
        Assert.Equal(-3, table.GetValueOrDefault("b"));
    }

    [Fact]
    public void Decrement_subtracts_and_creates_at_zero()
    {
        var table = new KeyValueTable<string, int>(new TableOptions("counters"));

        Assert.Equal(-1, table.Decrement("a"));
        Assert.Equal(-11, table.Decrement("a", 10));
        Assert.Equal(-11, table.GetValueOrDefault("a"));
    }

    [Fact]
    public void Increment_works_on_numeric_strings_and_stores_a_string()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));
        table.Set("n", "41");

        Assert.Equal(42, table.Increment("n"));
        Assert.Equal("42", table.GetValueOrDefault("n"));
    }

    [Fact]
    public void IncrementByFloat_adds_and_creates_at_zero()
    {
        var table = new KeyValueTable<string, double>(new TableOptions("floats"));

        Assert.Equal(1.5, table.IncrementByFloat("x", 1.5));
        Assert.Equal(1.25, table.IncrementByFloat("x", -0.25));
        Assert.Equal(1.25, table.GetValueOrDefault("x"));

        var strings = new KeyValueTable<string, string>(new TableOptions("kv"));
        strings.Set("s", "10");
        Assert.Equal(10.5, strings.IncrementByFloat("s", 0.5));
        Assert.Equal("10.5", strings.GetValueOrDefault("s"));
    }

    [Fact]
    public void IncrementByFloat_rejects_nan_and_infinity_and_leaves_the_value()
    {
        var table = new KeyValueTable<string, double>(new TableOptions("floats"));
        table.Set("x", 1);

        Assert.Throws<ArgumentOutOfRangeException>("amount", () => table.IncrementByFloat("x", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("amount", () => table.IncrementByFloat("x", double.PositiveInfinity));
        Assert.Equal(1, table.GetValueOrDefault("x"));
    }

    [Fact]
    public void Increment_keeps_the_existing_time_to_live()
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<string, long>(new TableOptions("counters") { Clock = clock });
        table.Increment("rate", expiration: Expiration.After(TimeSpan.FromSeconds(60)));
        var expiresAt = table.Inspect("rate")!.ExpiresAt;

        clock.Advance(TimeSpan.FromSeconds(30));
        table.Increment("rate", expiration: Expiration.After(TimeSpan.FromSeconds(60)));
        table.IncrementByFloat("rate", 1);
        table.Decrement("rate");

        Assert.Equal(expiresAt, table.Inspect("rate")!.ExpiresAt);
        Assert.Equal(TimeSpan.FromSeconds(30), table.GetTimeToLive("rate"));
        clock.Advance(TimeSpan.FromSeconds(30) - Support.OneTick);
        Assert.Equal(2, table.GetValueOrDefault("rate"));
        clock.Advance(Support.OneTick);
        Assert.False(table.ContainsKey("rate"));
        Assert.Equal(1, table.Increment("rate"));
        Assert.Null(table.GetTimeToLive("rate"));
    }

    [Fact]
    public void Increment_of_a_persistent_counter_keeps_it_persistent()
    {
        var clock = new ManualClock();
        var table = new KeyValueTable<string, long>(new TableOptions("counters") { Clock = clock });
        table.Set("n", 5);

        table.Increment("n", expiration: Expiration.After(TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(6, table.GetValueOrDefault("n"));
    }

    [Fact]
    public void Increment_of_a_non_numeric_value_throws_InvalidOperationException_and_leaves_it_unchanged()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));
        table.Set("name", "Ann");
        var before = Support.State(table);

        var ex = Assert.Throws<InvalidOperationException>(() => table.Increment("name"));
        Assert.Throws<InvalidOperationException>(() => table.IncrementByFloat("name", 1));

        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
        Support.AssertUnchanged(before, table);
    }

    [Fact]
    public void Increment_overflow_throws_OverflowException_and_leaves_the_value_unchanged()
    {
        var table = new KeyValueTable<string, long>(new TableOptions("counters"));
        table.Set("max", long.MaxValue);
        table.Set("min", long.MinValue);
        var before = Support.State(table);

        Assert.Throws<OverflowException>(() => table.Increment("max"));
        Assert.Throws<OverflowException>(() => table.Decrement("min"));
        Assert.Throws<OverflowException>(() => table.Decrement("max", long.MinValue));

        Support.AssertUnchanged(before, table);
    }

    [Fact]
    public void Increment_overflow_of_a_narrower_value_type_throws_and_leaves_the_value_unchanged()
    {
        var table = new KeyValueTable<string, int>(new TableOptions("counters"));
        table.Set("n", int.MaxValue);

        Assert.Throws<OverflowException>(() => table.Increment("n"));

        Assert.Equal(int.MaxValue, table.GetValueOrDefault("n"));
        Assert.Equal(1, table.Inspect("n")!.Version);
    }

    [Fact]
    public void AddOrUpdate_receives_the_current_value_and_stores_the_result()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));
        var calls = new List<(string?, bool)>();

        table.AddOrUpdate("k", (current, exists) =>
        {
            calls.Add((current, exists));
            return "a";
        });
        var result = table.AddOrUpdate("k", (current, exists) =>
        {
            calls.Add((current, exists));
            return current + "b";
        });

        Assert.Equal("ab", result);
        Assert.Equal(new (string?, bool)[] { (null, false), ("a", true) }, calls);
    }

    [Fact]
    public void AddOrUpdate_that_throws_leaves_the_store_unchanged()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("kv"));
        table.Set("k", "v");
        var before = Support.State(table);

        Assert.Throws<FormatException>(() => table.AddOrUpdate("k", (_, _) => throw new FormatException()));
        Assert.Throws<ArgumentNullException>("update", () => table.AddOrUpdate("k", (_, _) => null!));

        Support.AssertUnchanged(before, table);
    }

    /// <summary>Ints equal when their last digit is: a comparer of the table's own for a value-type key.</summary>
    private sealed class LastDigit : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => x % 10 == y % 10;

        public int GetHashCode(int obj) => obj % 10;
    }

    [Fact]
    public void A_value_type_key_with_a_comparer_of_the_tables_own_is_read_through_that_comparer()
    {
        // The get's out-of-line path for a value-type key with its own comparer (ReadOrDefaultByComparer): the default
        // comparer's inline path would find 13 only under 13.
        var clock = new ManualClock();
        var table = new KeyValueTable<int, string>(new TableOptions("digits") { Clock = clock }, new LastDigit());
        table.Set(3, "three");
        table.Set(7, "seven", Expiration.After(TimeSpan.FromMinutes(1)));

        Assert.Equal("three", table.GetValueOrDefault(13));
        Assert.Equal("three", table.GetValueOrDefault(3));
        Assert.Null(table.GetValueOrDefault(4));
        Assert.Equal("seven", table.GetValueOrDefault(27));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(table.GetValueOrDefault(7));
        Assert.Null(table.GetValueOrDefault(17));

        table.Set(23, "twenty-three");
        Assert.Equal("twenty-three", table.GetValueOrDefault(3));
        Assert.Equal(1, table.Count);

        var plain = new KeyValueTable<int, string>(new TableOptions("plain") { Clock = clock });
        plain.Set(3, "three");
        Assert.Null(plain.GetValueOrDefault(13));
        Assert.Equal("three", plain.GetValueOrDefault(3));
    }
}
