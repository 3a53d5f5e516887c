using System;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// A key-value store's key must compare by value: an entry written under one key object is read back through an equal,
// different object, as a database would find the row. A key class that compares by reference (ITempDataProvider's
// HttpContext) is refused (KeyValueRefusalTests); these keys are kept.

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

public class KeyEqualityTests
{
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
