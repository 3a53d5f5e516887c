using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using InMemoryFakes.Serialization;
using InMemoryFakes.Support;
using Microsoft.Extensions.Logging;

namespace InMemoryFakes.DependencyInjection.Persistence;

/// <summary>
/// Keeps a container's fakes in one JSON file: loaded when the fakes are created, saved atomically (a temporary file
/// in the same folder, flushed to disk, then renamed over the old one) a short delay after changes and when the host
/// stops. A file that cannot be loaded stops the app with <see cref="InMemoryFakesPersistenceException"/> and is never
/// written over. See docs/prototyping.md.
/// </summary>
public sealed class InMemoryFakesPersistence : IDisposable
{
    private readonly object _gate = new();
    private readonly InMemoryBackend _backend;
    private readonly TimeProvider _clock;
    private readonly ILogger? _logger;
    private readonly bool _indented;
    private readonly Dictionary<FakeTable, IDisposable> _attached = new();
    private readonly Action<FakeTable> _onChanged;
    private List<FileTable>? _unclaimed;
    private JsonDocument? _document;
    private InMemoryFakesPersistenceException? _loadError;
    private bool _loaded;
    private bool _disposed;
    private ITimer? _timer;
    private int _scheduled;
    private bool _reportedUnclaimed;

    internal InMemoryFakesPersistence(InMemoryBackend backend, InMemoryFakesPersistenceOptions options, string path, ILogger? logger)
    {
        _backend = backend;
        _clock = backend.Clock;
        _logger = logger;
        _indented = options.WriteIndented;
        FilePath = path;
        SaveDelay = options.SaveDelay;
        var json = FakeJsonTypes.CreateOptions(options.JsonTypes, options.Fallback);
        json.MakeReadOnly();
        JsonOptions = json;
        _onChanged = _ => ScheduleSave();
    }

    /// <summary>The full path of the file.</summary>
    public string FilePath { get; }

    /// <summary>How long after the first unsaved change the data is saved.</summary>
    public TimeSpan SaveDelay { get; }

    /// <summary>The JSON metadata the file is read and written with.</summary>
    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>How many times the file has been written by this process.</summary>
    public int SaveCount { get; private set; }

    /// <summary>The error of the last save attempt, or <see langword="null"/> when it succeeded (saves after changes are retried on the next change).</summary>
    public Exception? LastSaveError { get; private set; }

    /// <summary>Tables the file holds that no fake of this app has claimed (yet); they are written back unchanged.</summary>
    public IReadOnlyList<string> UnclaimedTables
    {
        get
        {
            lock (_gate)
            {
                return _unclaimed?.Select(static t => $"{t.Name} ({t.Kind})").ToArray() ?? Array.Empty<string>();
            }
        }
    }

    /// <summary>Writes every table to the file now, atomically.</summary>
    /// <exception cref="InMemoryFakesPersistenceException">The file could not be written (the previous file is left as it was), a table's type has no JSON metadata, or the file failed to load (it is never written over then).</exception>
    /// <exception cref="ObjectDisposedException">The persistence has been disposed.</exception>
    public void Save()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            EnsureLoadedLocked();
            SaveLocked();
        }
    }

    /// <summary>Stops scheduling saves, then saves what changed since the last save (errors are logged, not thrown).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
            foreach (var subscription in _attached.Values)
            {
                subscription.Dispose();
            }

            try
            {
                if (_loaded && _loadError is null && Volatile.Read(ref _scheduled) == 1)
                {
                    SaveLocked();
                }
            }
            catch (InMemoryFakesPersistenceException e)
            {
                LastSaveError = e;
                PersistenceLog.SaveFailed(_logger, FilePath, e);
            }

            _document?.Dispose();
        }
    }

    /// <summary>Saves on host shutdown; a failure is thrown so the host reports it.</summary>
    internal void SaveOnShutdown()
    {
        lock (_gate)
        {
            if (_disposed || !_loaded || _loadError is not null)
            {
                return;
            }

            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Volatile.Write(ref _scheduled, 0);
            SaveLocked();
        }
    }

    internal void EnsureLoaded()
    {
        lock (_gate)
        {
            EnsureLoadedLocked();
        }
    }

    /// <summary>Loads the file's data into tables seen for the first time and watches them for changes.</summary>
    internal void Attach(IEnumerable<FakeTable> tables)
    {
        lock (_gate)
        {
            EnsureLoadedLocked();
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var table in tables)
            {
                if (_attached.ContainsKey(table))
                {
                    continue;
                }

                try
                {
                    table.Accept(new MetadataCheck(JsonOptions));
                    if (Claim(table) is { } saved)
                    {
                        var loaded = table.Accept(new TableJsonReader(saved.Element, JsonOptions, _clock.GetUtcNow()));
                        _unclaimed!.Remove(saved);
                        PersistenceLog.Loaded(_logger, loaded, table.Name, FilePath);
                    }
                }
                catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or JsonException or DuplicateKeyException)
                {
                    _loadError = new InMemoryFakesPersistenceException(
                        FilePath,
                        $"InMemoryFakes cannot load table '{table.Name}' from '{FilePath}': {e.Message} The file is left as it is (nothing will be saved over it): fix or move it, or change the app back.",
                        e);
                    throw _loadError;
                }

                _attached.Add(table, table.OnChanged(_onChanged));
            }
        }
    }

    internal void ReportUnclaimedTables()
    {
        lock (_gate)
        {
            if (_reportedUnclaimed || _unclaimed is not { Count: > 0 })
            {
                return;
            }

            _reportedUnclaimed = true;
            foreach (var table in _unclaimed)
            {
                PersistenceLog.Unclaimed(_logger, FilePath, table.Name, table.Kind);
            }
        }
    }

    private FileTable? Claim(FakeTable table)
    {
        if (_unclaimed is null)
        {
            return null;
        }

        var kind = FakesFileFormat.KindOf(table);
        var candidates = _unclaimed.Where(t => t.Name == table.Name && t.Kind == kind).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => candidates.FirstOrDefault(t => t.ValueType == FakesFileFormat.TypeName(table.ValueType)),
        };
    }

    private void EnsureLoadedLocked()
    {
        if (_loadError is not null)
        {
            throw _loadError;
        }

        if (_loaded)
        {
            return;
        }

        try
        {
            _unclaimed = new List<FileTable>();
            if (Directory.Exists(FilePath))
            {
                throw new IOException("It is a folder, not a file.");
            }

            if (File.Exists(FilePath))
            {
                var bytes = File.ReadAllBytes(FilePath);
                _document = JsonDocument.Parse(bytes, FakesFileFormat.DocumentOptions);
                _unclaimed = FakesFileFormat.ReadTables(_document);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            _loadError = new InMemoryFakesPersistenceException(
                FilePath,
                $"InMemoryFakes cannot load its data file '{FilePath}': {e.Message} The file is left as it is (nothing will be saved over it): fix or move it to start again.",
                e);
            throw _loadError;
        }

        _loaded = true;
        _timer = _clock.CreateTimer(static state => ((InMemoryFakesPersistence)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private void ScheduleSave()
    {
        // Runs under the changed table's lock: cheap, and never waits for this object's lock.
        if (Interlocked.Exchange(ref _scheduled, 1) == 0)
        {
            _timer?.Change(SaveDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (_disposed || Volatile.Read(ref _scheduled) == 0)
            {
                return;
            }

            // Changes made while this save runs schedule the next one.
            Volatile.Write(ref _scheduled, 0);
            try
            {
                SaveLocked();
            }
            catch (InMemoryFakesPersistenceException e)
            {
                LastSaveError = e;
                PersistenceLog.SaveFailed(_logger, FilePath, e);
            }
        }
    }

    private void SaveLocked()
    {
        if (_loadError is not null)
        {
            throw _loadError;
        }

        var folder = Path.GetDirectoryName(FilePath)!;
        var temporary = Path.Combine(folder, $"{Path.GetFileName(FilePath)}.{Guid.NewGuid():N}.tmp");
        FakeTable? current = null;
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = _indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("format", FakesFileFormat.FormatName);
                    writer.WriteNumber("formatVersion", FakesFileFormat.FormatVersion);
                    writer.WriteString("savedAt", _clock.GetUtcNow());
                    writer.WriteStartArray("tables");
                    foreach (var table in _backend.Tables)
                    {
                        // A table whose saved data is still waiting to be claimed keeps that data (it is written below).
                        if (!_attached.ContainsKey(table) && Claim(table) is not null)
                        {
                            continue;
                        }

                        current = table;
                        table.Accept(new TableJsonWriter(writer, JsonOptions));
                    }

                    current = null;
                    foreach (var saved in _unclaimed ?? Enumerable.Empty<FileTable>())
                    {
                        saved.Element.WriteTo(writer);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, FilePath, overwrite: true);
            SaveCount++;
            LastSaveError = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or JsonException or InvalidOperationException)
        {
            TryDelete(temporary);
            var what = current is null ? "" : $" (table '{current.Name}')";
            throw new InMemoryFakesPersistenceException(FilePath, $"InMemoryFakes could not save to '{FilePath}'{what}: {e.Message} The previous file is left as it was.", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
