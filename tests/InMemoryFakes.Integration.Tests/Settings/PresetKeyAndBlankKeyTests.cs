using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class Release
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

/// <summary>Sonarr's BasicRepository: Insert of a model whose Id is already set throws InvalidOperationException.</summary>
[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse)]
public interface IReleases
{
    Release Insert(Release release);

    void InsertMany(IList<Release> releases);

    Release Upsert(Release release);

    Release? Find(int id);

    int Count();
}

public enum SyncStatus
{
    Successful,
    Failed,
}

/// <summary>Ombi's PlexWatchlistStatusStore: a null or blank user id is ignored.</summary>
[InMemoryFake(BlankKeys = BlankKeys.Ignore)]
public interface IWatchlistStatuses
{
    Task SetAsync(string? userId, SyncStatus status, CancellationToken cancellationToken = default);

    Task<SyncStatus?> GetAsync(string? userId, CancellationToken cancellationToken = default);

    bool Remove(string? userId);

    bool Exists(string? userId);

    bool TryGet(string? userId, out SyncStatus status);

    int Count();
}

[InMemoryFake(BlankKeys = BlankKeys.Throw)]
public interface IStrictStatuses
{
    void Set(string key, SyncStatus status);

    SyncStatus? Get(string key);

    long Increment(string key);

    int Count();
}

public class PresetKeyAndBlankKeyTests
{
    [Fact]
    public void Refuse_throws_for_an_add_with_its_key_set_and_stores_nothing()
    {
        var releases = new InMemoryReleases(new ManualClock());

        var error = Assert.Throws<InvalidOperationException>(() => releases.Insert(new Release { Id = 5, Title = "preset" }));

        Assert.Contains("already set (5)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, releases.Count());
        Assert.Null(releases.Find(5));
        var numbered = releases.Insert(new Release { Title = "new" });
        Assert.Equal(1, numbered.Id);
    }

    [Fact]
    public void Refuse_in_a_range_stores_none_of_it_and_an_upsert_of_a_set_key_replaces_only_a_stored_one()
    {
        var releases = new InMemoryReleases(new ManualClock());

        Assert.Throws<InvalidOperationException>(() => releases.InsertMany(new List<Release> { new() { Title = "a" }, new() { Id = 9, Title = "b" } }));
        Assert.Equal(0, releases.Count());

        // The insert branch of the upsert is an add of a preset key (since h-sample40): Sonarr's Upsert is
        // "Id == 0 ? Insert : Update", whose SQL UPDATE of an Id not stored writes nothing, and an EF Core
        // "Id == 0 ? Add : Update" throws; neither inserts it, as the fake did.
        Assert.Throws<InvalidOperationException>(() => releases.Upsert(new Release { Id = 9, Title = "kept" }));
        Assert.Null(releases.Find(9));

        var stored = releases.Upsert(new Release { Title = "new" });
        releases.Upsert(new Release { Id = stored.Id, Title = "replaced" });
        Assert.Equal("replaced", releases.Find(stored.Id)!.Title);
        Assert.Equal(1, releases.Count());
    }

    [Fact]
    public async Task Ignore_makes_a_write_of_a_blank_key_do_nothing_and_a_read_find_nothing()
    {
        var statuses = new InMemoryWatchlistStatuses(new ManualClock());
        await statuses.SetAsync("user-1", SyncStatus.Failed, TestContext.Current.CancellationToken);

        await statuses.SetAsync("  ", SyncStatus.Successful, TestContext.Current.CancellationToken);
        await statuses.SetAsync("", SyncStatus.Successful, TestContext.Current.CancellationToken);
        await statuses.SetAsync(null, SyncStatus.Successful, TestContext.Current.CancellationToken);

        Assert.Equal(1, statuses.Count());
        Assert.Null(await statuses.GetAsync("", TestContext.Current.CancellationToken));
        Assert.Null(await statuses.GetAsync(null, TestContext.Current.CancellationToken));
        Assert.False(statuses.Exists(" "));
        Assert.False(statuses.Remove(null));
        Assert.False(statuses.TryGet("\t", out var status));
        Assert.Equal(default, status);
        Assert.Equal(SyncStatus.Failed, await statuses.GetAsync("user-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Throw_names_the_key_parameter_and_leaves_the_store_unchanged()
    {
        var statuses = new InMemoryStrictStatuses(new ManualClock());

        var blank = Assert.Throws<ArgumentException>(() => statuses.Set(" ", SyncStatus.Failed));
        var missing = Assert.Throws<ArgumentNullException>(() => statuses.Get(null!));
        var counter = Assert.Throws<ArgumentException>(() => statuses.Increment(""));

        Assert.Equal("key", blank.ParamName);
        Assert.Equal("key", missing.ParamName);
        Assert.Equal("key", counter.ParamName);
        Assert.Equal(0, statuses.Count());
    }
}
