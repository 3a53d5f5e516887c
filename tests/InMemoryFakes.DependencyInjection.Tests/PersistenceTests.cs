using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using InMemoryFakes.DependencyInjection.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class PersistenceTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Data_written_before_the_host_stops_is_read_back_by_a_new_host_on_the_same_file()
    {
        var first = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        var notes = first.Services.GetRequiredService<INoteRepository>();
        var one = notes.Add(new Note { Title = "one", Slug = "one", Tags = { "a", "b" } });
        notes.Add(new Note { Title = "two", Slug = "two" });
        notes.Update(one);
        first.Services.GetRequiredService<ITokenCache>().Set("greeting", "hello");
        first.Services.GetRequiredService<ITokenCache>().Increment("hits", 41);
        first.Services.GetRequiredService<IAttachmentStore>().Put("docs/a.txt", Encoding.UTF8.GetBytes("content"), "text/plain");
        await PersistentHost.StopAsync(first);

        var second = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0.AddMinutes(1)));
        var reread = second.Services.GetRequiredService<INoteRepository>();
        Assert.Equal(new[] { "one", "two" }, reread.GetAll().Select(n => n.Title));
        Assert.Equal(new[] { "a", "b" }, reread.Find(1)!.Tags);
        Assert.Equal("hello", second.Services.GetRequiredService<ITokenCache>().Get("greeting"));
        Assert.Equal(42, second.Services.GetRequiredService<ITokenCache>().Increment("hits"));
        Assert.Equal("content", Encoding.UTF8.GetString(second.Services.GetRequiredService<IAttachmentStore>().GetBytes("docs/a.txt")!));
        await PersistentHost.StopAsync(second);
    }

    [Fact]
    public async Task Versions_concurrency_tokens_and_the_id_sequence_survive_a_restart()
    {
        var first = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        var notes = first.Services.GetRequiredService<INoteRepository>();
        var note = notes.Add(new Note { Title = "draft" });
        notes.Add(new Note { Title = "deleted" });
        notes.Delete(2);
        note = notes.Update(note);
        note = notes.Update(note);
        await PersistentHost.StopAsync(first);

        var second = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0.AddMinutes(1)));
        var reread = second.Services.GetRequiredService<INoteRepository>();
        var entry = Assert.Single(Fakes.Of(reread).Entries);
        Assert.Equal(3, entry.Version);
        Assert.Equal(T0, entry.CreatedAt);
        Assert.Equal(2, reread.Find(1)!.Version);
        Assert.Throws<ConcurrencyConflictException>(() => reread.Update(new Note { Id = 1, Title = "stale", Version = 1 }));
        Assert.Equal(3, reread.Add(new Note { Title = "next" }).Id);
        await PersistentHost.StopAsync(second);
    }

    [Fact]
    public async Task A_ttl_keeps_counting_across_a_restart()
    {
        var clock = new ManualClock(T0);
        var first = await PersistentHost.StartAsync(_folder.File, clock);
        first.Services.GetRequiredService<ITokenCache>().Set("token", "abc", new CacheOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        clock.Advance(TimeSpan.FromMinutes(4));
        await PersistentHost.StopAsync(first);

        // The app was down for three minutes: the token has three minutes left, not ten.
        var later = new ManualClock(T0.AddMinutes(7));
        var second = await PersistentHost.StartAsync(_folder.File, later);
        var cache = second.Services.GetRequiredService<ITokenCache>();
        Assert.Equal(T0.AddMinutes(10), Assert.Single(Fakes.Of(cache).Entries).ExpiresAt);
        Assert.Equal("abc", cache.Get("token"));
        later.Advance(TimeSpan.FromMinutes(3) - TimeSpan.FromTicks(1));
        Assert.Equal("abc", cache.Get("token"));
        later.Advance(TimeSpan.FromTicks(1));
        Assert.Null(cache.Get("token"));
        await PersistentHost.StopAsync(second);
    }

    [Fact]
    public async Task A_sliding_entry_keeps_its_window_and_its_deadline_across_a_restart()
    {
        var clock = new ManualClock(T0);
        var first = await PersistentHost.StartAsync(_folder.File, clock);
        first.Services.GetRequiredService<ITokenCache>().Set("session", "s1", new CacheOptions { SlidingExpiration = TimeSpan.FromMinutes(5) });
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("s1", first.Services.GetRequiredService<ITokenCache>().Get("session")); // renewed: now due at T0+7
        await PersistentHost.StopAsync(first);

        var later = new ManualClock(T0.AddMinutes(6));
        var second = await PersistentHost.StartAsync(_folder.File, later);
        var cache = second.Services.GetRequiredService<ITokenCache>();
        Assert.Equal(TimeSpan.FromMinutes(5), Assert.Single(Fakes.Of(cache).Entries).SlidingWindow);
        Assert.Equal("s1", cache.Get("session")); // renewed again: due at T0+11
        later.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("s1", cache.Get("session"));
        later.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(cache.Get("session"));
        await PersistentHost.StopAsync(second);
    }

    [Fact]
    public async Task Entries_that_expired_while_the_app_was_stopped_are_not_loaded()
    {
        var first = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        var cache = first.Services.GetRequiredService<ITokenCache>();
        cache.Set("short", "x", new CacheOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        cache.Set("long", "y", new CacheOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        await PersistentHost.StopAsync(first);

        var second = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0.AddMinutes(1)));
        var reread = second.Services.GetRequiredService<ITokenCache>();
        Assert.Null(reread.Get("short"));
        Assert.Equal("y", reread.Get("long"));
        await PersistentHost.StopAsync(second);
    }

    [Fact]
    public async Task Changes_are_saved_once_the_save_delay_has_passed_on_the_fakes_clock()
    {
        var clock = new ManualClock(T0);
        var host = await PersistentHost.StartAsync(_folder.File, clock, o => o.SaveDelay = TimeSpan.FromSeconds(2));
        var notes = host.Services.GetRequiredService<INoteRepository>();

        notes.Add(new Note { Title = "a" });
        clock.Advance(TimeSpan.FromSeconds(1));
        notes.Add(new Note { Title = "b" });
        clock.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1));
        Assert.False(File.Exists(_folder.File));
        Assert.Equal(0, host.Persistence().SaveCount);

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(1, host.Persistence().SaveCount);
        Assert.Equal(new[] { "a", "b" }, TitlesIn(_folder.File));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, host.Persistence().SaveCount); // nothing changed, nothing written

        notes.Delete(1);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, host.Persistence().SaveCount);
        Assert.Equal(new[] { "b" }, TitlesIn(_folder.File));
        await PersistentHost.StopAsync(host);
    }

    [Fact]
    public async Task A_failed_save_leaves_the_previous_file_as_it_was_and_no_temporary_file()
    {
        var host = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0), o => o.JsonTypes.Insert(0, new FailingNoteResolver()));
        var notes = host.Services.GetRequiredService<INoteRepository>();
        notes.Add(new Note { Title = "kept" });
        host.Persistence().Save();

        notes.Add(new Note { Title = FailingNoteResolver.Poison });
        var error = Assert.Throws<InMemoryFakesPersistenceException>(() => host.Persistence().Save());

        Assert.Contains(_folder.File, error.Message, StringComparison.Ordinal);
        Assert.Contains("'Note'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "kept" }, TitlesIn(_folder.File));
        Assert.Equal(new[] { "fakes.json" }, Directory.GetFiles(Path.GetDirectoryName(_folder.File)!).Select(Path.GetFileName));

        notes.Delete(2);
        await PersistentHost.StopAsync(host);
        Assert.Equal(new[] { "kept" }, TitlesIn(_folder.File));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_folder.File)!));
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("{\"tables\": []}")]
    [InlineData("{\"format\": \"InMemoryFakes.Persistence\", \"formatVersion\": 99, \"tables\": []}")]
    [InlineData("{\"format\": \"InMemoryFakes.Persistence\", \"formatVersion\": 1, \"tables\": [{\"name\": \"Note\", \"kind\": \"entity\", \"entries\": [{\"key\": 1, \"value\": {\"Id\": 1, \"Title\": 5}}]}]}")]
    [InlineData("{\"format\": \"InMemoryFakes.Persistence\", \"formatVersion\": 1, \"tables\": [{\"name\": \"Note\", \"kind\": \"entity\", \"entries\": [{\"key\": 2, \"value\": {\"Id\": 1, \"Title\": \"x\"}}]}]}")]
    [InlineData("{\"format\": \"InMemoryFakes.Persistence\", \"formatVersion\": 1, \"tables\": [{\"name\": \"Note\", \"kind\": \"entity\", \"entries\": [{\"key\": 1, \"value\": {\"Id\": 1, \"Slug\": \"s\"}}, {\"key\": 2, \"value\": {\"Id\": 2, \"Slug\": \"s\"}}]}]}")]
    public async Task A_file_that_cannot_be_loaded_stops_startup_with_an_error_naming_the_file_and_is_left_unchanged(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.File)!);
        await File.WriteAllTextAsync(_folder.File, content, TestContext.Current.CancellationToken);

        var host = PersistentHost.Build(_folder.File, new ManualClock(T0));
        var error = await Assert.ThrowsAsync<InMemoryFakesPersistenceException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains(_folder.File, error.Message, StringComparison.Ordinal);
        Assert.Equal(_folder.File, error.Path);

        // Nothing saves over it: not a later save, not shutting down, not disposing the container.
        Assert.Throws<InMemoryFakesPersistenceException>(() => host.Persistence().Save());
        await host.StopAsync(TestContext.Current.CancellationToken);
        host.Dispose();
        Assert.Equal(content, await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unreadable_file_is_a_startup_error_naming_it()
    {
        Directory.CreateDirectory(_folder.File); // a folder where the file should be: it cannot be read

        var host = PersistentHost.Build(_folder.File, new ManualClock(T0));
        var error = await Assert.ThrowsAsync<InMemoryFakesPersistenceException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(_folder.File, error.Message, StringComparison.Ordinal);
        host.Dispose();
        Assert.True(Directory.Exists(_folder.File));
    }

    [Fact]
    public async Task Properties_added_or_removed_since_the_file_was_written_are_tolerated()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.File)!);
        await File.WriteAllTextAsync(_folder.File, """
            {
              "format": "InMemoryFakes.Persistence",
              "formatVersion": 1,
              "tables": [
                {
                  "name": "Note", "kind": "entity", "keySequence": 7,
                  "entries": [
                    { "key": 7, "version": 4, "value": { "Id": 7, "Title": "old shape", "Priority": 3, "Version": 4 } }
                  ]
                }
              ]
            }
            """, TestContext.Current.CancellationToken);

        var host = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        var notes = host.Services.GetRequiredService<INoteRepository>();

        var note = notes.Find(7)!;
        Assert.Equal("old shape", note.Title);
        Assert.Null(note.Slug);       // added since: its default
        Assert.Empty(note.Tags);
        Assert.Equal(8, notes.Add(new Note { Title = "new" }).Id);
        host.Persistence().Save();
        Assert.DoesNotContain("Priority", await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken), StringComparison.Ordinal); // removed since: dropped
        await PersistentHost.StopAsync(host);
    }

    [Fact]
    public async Task A_table_that_no_fake_uses_any_more_is_kept_in_the_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.File)!);
        await File.WriteAllTextAsync(_folder.File, """
            {"format": "InMemoryFakes.Persistence", "formatVersion": 1, "tables": [
              {"name": "Retired", "kind": "entity", "entries": [{"key": 1, "value": {"Id": 1}}]}]}
            """, TestContext.Current.CancellationToken);

        var host = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        host.Services.GetRequiredService<INoteRepository>().Add(new Note { Title = "new" });
        Assert.Equal(new[] { "Retired (entity)" }, host.Persistence().UnclaimedTables);
        await PersistentHost.StopAsync(host);

        using var saved = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken));
        var names = saved.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToArray();
        Assert.Contains("Retired", names);
        Assert.Contains("Note", names);
    }

    private static string[] TitlesIn(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Note")
            .GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("value").GetProperty("Title").GetString()!)
            .ToArray();
    }
}
