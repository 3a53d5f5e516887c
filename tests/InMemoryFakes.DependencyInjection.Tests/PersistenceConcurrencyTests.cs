using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class PersistenceConcurrencyTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Saves_racing_concurrent_writes_always_leave_a_whole_consistent_file_and_the_last_one_holds_everything()
    {
        const int Writers = 3, Kept = 50, MinimumPerWriter = 200, MaximumPerWriter = 200_000, SavesDuringWrites = 10;
        var host = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        var notes = host.Services.GetRequiredService<INoteRepository>();
        var cache = host.Services.GetRequiredService<ITokenCache>();
        var persistence = host.Persistence();
        var live = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var written = 0;
        var snapshotsChecked = 0;
        var writing = true;
        Exception? failure = null;

        void Guard(Action work)
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
            }
        }

        // Dedicated threads, so the saver and the reader really run beside the writers on a two-core machine.
        var writers = Enumerable.Range(0, Writers).Select(w => new Thread(() => Guard(() =>
        {
            // Keep writing until several saves have raced these writes (bounded either way). Each writer keeps its last
            // few notes only, so the table, and each save, stays small.
            var mine = new System.Collections.Generic.Queue<int>();
            for (var i = 0; i < MaximumPerWriter && (i < MinimumPerWriter || persistence.SaveCount < SavesDuringWrites); i++)
            {
                var note = notes.Update(notes.Add(new Note { Title = $"w{w}-{i}" }));
                live[note.Id] = true;
                mine.Enqueue(note.Id);
                if (mine.Count > Kept)
                {
                    var old = mine.Dequeue();
                    Assert.True(notes.Delete(old));
                    live.TryRemove(old, out _);
                }

                cache.Increment("total");
                Interlocked.Increment(ref written);
            }
        }))).ToArray();
        var saver = new Thread(() => Guard(() =>
        {
            while (Volatile.Read(ref writing))
            {
                persistence.Save();
            }
        }));
        var reader = new Thread(() => Guard(() =>
        {
            while (Volatile.Read(ref writing))
            {
                if (CheckSnapshot(_folder.File))
                {
                    Interlocked.Increment(ref snapshotsChecked);
                }
            }
        }));

        foreach (var thread in writers.Append(saver).Append(reader))
        {
            thread.Start();
        }

        foreach (var thread in writers)
        {
            Assert.True(thread.Join(TimeSpan.FromMinutes(3)), "a writer finished");
        }

        Volatile.Write(ref writing, false);
        Assert.True(saver.Join(TimeSpan.FromMinutes(1)) && reader.Join(TimeSpan.FromMinutes(1)), "the saver and the reader finished");
        Assert.Null(failure);
        Assert.True(persistence.SaveCount >= SavesDuringWrites, $"{persistence.SaveCount} saves raced the writes");
        Assert.True(snapshotsChecked > 0, "the reader checked files written while the writers ran");
        await PersistentHost.StopAsync(host);

        Assert.True(CheckSnapshot(_folder.File));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_folder.File)!, "*.tmp"));
        var second = await PersistentHost.StartAsync(_folder.File, new ManualClock(T0));
        var reread = second.Services.GetRequiredService<INoteRepository>();
        Assert.Equal(live.Keys.Order(), reread.GetAll().Select(n => n.Id).Order());
        Assert.All(reread.GetAll(), n => Assert.Equal(1, n.Version));
        Assert.Equal(written + 1, reread.Add(new Note { Title = "after" }).Id);
        Assert.Equal(written + 1, second.Services.GetRequiredService<ITokenCache>().Increment("total"));
        await PersistentHost.StopAsync(second);
    }

    /// <summary>A file a reader can open is complete (the rename is atomic) and each table in it is consistent.</summary>
    private static bool CheckSnapshot(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Not saved yet: before the first save neither the file nor its folder (App_Data) exists.
            return false;
        }

        using var document = JsonDocument.Parse(bytes);
        var table = document.RootElement.GetProperty("tables").EnumerateArray().FirstOrDefault(t => t.GetProperty("name").GetString() == "Note");
        if (table.ValueKind == JsonValueKind.Undefined)
        {
            return false;
        }

        var keys = table.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("key").GetInt32()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.True(keys.Count == 0 || table.GetProperty("keySequence").GetInt64() >= keys.Max(), "the key sequence is captured with the entries");
        foreach (var entry in table.GetProperty("entries").EnumerateArray())
        {
            // Add writes version 1 (token 0), Update version 2 (token 1): an entry is one or the other, never a mix.
            Assert.Equal(entry.GetProperty("version").GetInt64() - 1, entry.GetProperty("value").GetProperty("Version").GetInt32());
        }

        return true;
    }
}
