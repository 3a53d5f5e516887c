using System;
using System.Collections.Generic;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// A key-value store's key must compare by value: an entry written under one key object is read back through an equal,
// different object, as a database would find the row. A key class that compares by reference (ITempDataProvider's
// HttpContext) is refused (KeyValueRefusalTests); these keys are kept. A byte[] key compares by its bytes, as every store
// keyed by bytes does (neo's MemoryStore with ByteArrayEqualityComparer, RocksDB, LevelDB).

public sealed record SettingKey(string Tenant, string Name);

public sealed class SlotKey(int shelf, int slot)
{
    public int Shelf { get; } = shelf;

    public int Slot { get; } = slot;

    public override bool Equals(object? obj) => obj is SlotKey other && other.Shelf == Shelf && other.Slot == Slot;

    public override int GetHashCode() => HashCode.Combine(Shelf, Slot);
}

[InMemoryFake]
public interface ISettingValues
{
    string? Get(SettingKey key);

    void Set(SettingKey key, string value);
}

[InMemoryFake]
public interface ISlotContents
{
    string? Get(SlotKey slot);

    void Set(SlotKey slot, string item);

    bool Remove(SlotKey slot);
}

// neo's IStore, cut down: Delete(byte[] key) removes one key of bytes (once read as a batch of one-byte keys).
[InMemoryFake]
public interface IByteStore
{
    byte[]? TryGet(byte[] key);

    bool TryGet(byte[] key, out byte[]? value);

    bool Contains(byte[] key);

    void Put(byte[] key, byte[] value);

    void Delete(byte[] key);

    IReadOnlyList<byte[]> Keys();
}

public class KeyEqualityTests
{
    [Fact]
    public void A_byte_array_key_finds_reads_and_removes_through_another_array_of_the_same_bytes()
    {
        IByteStore store = new InMemoryByteStore();
        store.Put([1, 2, 3], [42]);
        store.Put([1, 2], [7]);

        Assert.True(store.Contains([1, 2, 3]));
        Assert.Equal([42], store.TryGet([1, 2, 3]));
        Assert.True(store.TryGet([1, 2, 3], out var value));
        Assert.Equal([42], value);
        Assert.Null(store.TryGet([3, 2, 1]));

        store.Delete([1, 2, 3]);
        Assert.False(store.Contains([1, 2, 3]));
        Assert.True(store.Contains([1, 2]), "Delete removes the one key of those bytes, not the keys 1, 2 and 3");
    }

    [Fact]
    public void A_byte_array_key_is_the_stores_own_copy_neither_the_writers_array_nor_the_readers()
    {
        IByteStore store = new InMemoryByteStore();
        byte[] key = [1, 2, 3];
        store.Put(key, [42]);
        key[0] = 9;

        Assert.True(store.Contains([1, 2, 3]), "changing the writer's array after Put changes no stored key");
        Assert.False(store.Contains([9, 2, 3]));

        store.Keys()[0][0] = 8;
        Assert.True(store.Contains([1, 2, 3]), "changing an array Keys() handed out changes no stored key");
        Assert.Equal([1, 2, 3], Assert.Single(store.Keys()));
    }

    [Fact]
    public void A_record_key_finds_the_entry_through_an_equal_new_key_object()
    {
        ISettingValues settings = new InMemorySettingValues();
        settings.Set(new SettingKey("acme", "theme"), "dark");

        Assert.Equal("dark", settings.Get(new SettingKey("acme", "theme")));
        Assert.Null(settings.Get(new SettingKey("other", "theme")));
    }

    [Fact]
    public void A_class_key_that_overrides_Equals_finds_and_removes_through_an_equal_new_key_object()
    {
        ISlotContents slots = new InMemorySlotContents();
        slots.Set(new SlotKey(1, 2), "bolts");

        Assert.Equal("bolts", slots.Get(new SlotKey(1, 2)));
        Assert.True(slots.Remove(new SlotKey(1, 2)));
        Assert.Null(slots.Get(new SlotKey(1, 2)));
    }
}
