using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class Note
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    [Unique]
    public string? Slug { get; set; }

    public int Version { get; set; }

    public List<string> Tags { get; set; } = new();
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface INoteRepository
{
    Note Add(Note note);

    Note? Find(int id);

    Note Update(Note note);

    bool Delete(int id);

    IReadOnlyList<Note> GetAll();
}

public sealed class CacheOptions
{
    public TimeSpan? AbsoluteExpirationRelativeToNow { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }
}

[InMemoryFake]
public interface ITokenCache
{
    string? Get(string key);

    void Set(string key, string value, CacheOptions? options = null);

    long Increment(string key, long amount = 1);
}

[InMemoryFake]
public interface IAttachmentStore
{
    void Put(string key, byte[] content, string? contentType = null);

    byte[]? GetBytes(string key);
}

/// <summary>Trim-safe metadata for every type the test assembly's fakes store, as an app would write it.</summary>
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(Invoice))]
internal sealed partial class PersistenceJson : JsonSerializerContext;

/// <summary>
/// Covered only by the reflection fallback, in its own container: the generator refuses it (IMF0021) because of the
/// private field it cannot see into, which here holds no data.
/// </summary>
public sealed class Gadget
{
    private readonly object _gate = new();

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public void Rename(string name)
    {
        lock (_gate)
        {
            Name = name;
        }
    }
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IGadgetStore
{
    Gadget Add(Gadget gadget);

    Gadget? Find(int id);
}

/// <summary>A get-only auto-property that no constructor sets: its value would not survive a round trip.</summary>
public sealed class Badge
{
    public int Id { get; set; }

    public DateTime Issued { get; } = DateTime.UnixEpoch;
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IBadgeStore
{
    Badge Add(Badge badge);
}

/// <summary>A composite key (a value tuple), which System.Text.Json alone would write as {}.</summary>
public sealed class Seat
{
    [FakeKey]
    public string Row { get; set; } = "";

    [FakeKey]
    public int Number { get; set; }

    public string? Holder { get; set; }
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface ISeatStore
{
    Seat Add(Seat seat);

    Seat? Find(string row, int number);
}

/// <summary>Its JSON metadata is registered by hand exactly as the generator is to emit it (docs/prototyping.md).</summary>
public sealed class Widget
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Version { get; set; }
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IWidgetStore
{
    Widget Add(Widget widget);

    Widget? Find(int id);

    Widget Update(Widget widget);
}

/// <summary>A cache typed object, as many real ones are: each value must come back as its own type.</summary>
[InMemoryFake]
public interface IObjectCache
{
    object? Get(string key);

    void Set(string key, object value);

    long Increment(string key, long amount = 1);
}
