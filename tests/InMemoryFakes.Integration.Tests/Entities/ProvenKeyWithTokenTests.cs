using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// A key of two properties the interface proves, where the removal also takes the expected concurrency token (Orleans'
// IReminderTable: ReadRow(grainId, reminderName) + RemoveRow(grainId, reminderName, eTag)): the token is no key part.
// A stale token is the concurrency error, as for any removal with an expected token (docs/generator.md).

public sealed class Reminder
{
    public string GrainId { get; set; } = "";

    public string ReminderName { get; set; } = "";

    public int Period { get; set; }

    public string ETag { get; set; } = "";
}

[InMemoryFake]
public interface IReminderStore
{
    Task UpsertAsync(Reminder reminder);

    Task<Reminder?> GetAsync(string grainId, string reminderName);

    Task<bool> RemoveAsync(string grainId, string reminderName, string? eTag = null);
}

public class ProvenKeyWithTokenTests
{
    [Fact]
    public async Task The_pair_is_the_key_and_the_removal_checks_the_token()
    {
        IReminderStore store = new InMemoryReminderStore();
        await store.UpsertAsync(new Reminder { GrainId = "g1", ReminderName = "tick", Period = 1 });
        await store.UpsertAsync(new Reminder { GrainId = "g1", ReminderName = "tock", Period = 2 });
        await store.UpsertAsync(new Reminder { GrainId = "g2", ReminderName = "tick", Period = 3 });
        await store.UpsertAsync(new Reminder { GrainId = "g1", ReminderName = "tick", Period = 4 });

        var tick = await store.GetAsync("g1", "tick");
        Assert.NotNull(tick);
        Assert.Equal(4, tick.Period);
        Assert.Equal(3, (await store.GetAsync("g2", "tick"))!.Period);
        Assert.Null(await store.GetAsync("g2", "tock"));

        Assert.False(string.IsNullOrEmpty(tick.ETag));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.RemoveAsync("g1", "tick", "stale"));
        Assert.NotNull(await store.GetAsync("g1", "tick"));
        Assert.True(await store.RemoveAsync("g1", "tick", tick.ETag));
        Assert.Null(await store.GetAsync("g1", "tick"));
        Assert.Equal(2, (await store.GetAsync("g1", "tock"))!.Period);
    }
}
