using System;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class StampedMember
{
    public int Id { get; set; }

    [Unique]
    public string Email { get; set; } = "";

    public DateTime CreatedOnUtc { get; set; }
}

/// <summary>A store whose text comparisons ignore case, with a [Unique] text property and settings on its entity model.</summary>
[InMemoryFake(CreatedStamp = "CreatedOnUtc", PresetKeyOnAdd = PresetKeyOnAdd.Refuse)]
public interface IStampedMembers
{
    StampedMember Add(StampedMember member);

    StampedMember? Find(int id);
}

/// <summary>
/// Non-default <see cref="StoreSemantics"/> rebuild the entity model to give a unique text property its comparer; every
/// other setting of the model (audit stamps, preset keys) must survive the rebuild.
/// </summary>
public class SemanticsKeepModelSettingsTests
{
    [Fact]
    public void A_case_insensitive_store_still_stamps_and_refuses_preset_keys()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        IStampedMembers members = new InMemoryStampedMembers(new InMemoryFakeOptions
        {
            TimeProvider = clock,
            Semantics = new StoreSemantics { DefaultTextComparison = StringComparison.OrdinalIgnoreCase },
        });

        var ann = members.Add(new StampedMember { Email = "ann@example.com" });

        Assert.Equal(clock.GetUtcNow().UtcDateTime, members.Find(ann.Id)?.CreatedOnUtc);
        Assert.Throws<InvalidOperationException>(() => members.Add(new StampedMember { Id = 99, Email = "bob@example.com" }));
        Assert.Throws<DuplicateKeyException>(() => members.Add(new StampedMember { Email = "ANN@example.com" }));
    }
}
