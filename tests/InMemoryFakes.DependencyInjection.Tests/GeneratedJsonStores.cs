using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace InMemoryFakes.DependencyInjection.Tests;

// Types that only the generated JSON metadata describes: no JsonSerializerContext lists them, and the tests that use
// them never turn the reflection fallback on.

public enum Priority
{
    Low,
    Normal,
    Urgent,
}

/// <summary>A positional record with an init-only member: read through its constructor and object initializer.</summary>
public sealed record Assignee(string Name, string Email)
{
    public string? Team { get; init; }
}

public sealed class Step
{
    public string Text { get; set; } = "";

    public bool Done { get; set; }
}

public struct Estimate
{
    public int Hours { get; set; }

    public Priority Confidence { get; set; }
}

/// <summary>A struct whose state only its constructor sets.</summary>
public readonly struct Span2
{
    public Span2(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }
}

/// <summary>An entity with every shape the generated metadata handles.</summary>
public sealed class Ticket
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public Priority Priority { get; set; }

    public Priority? Escalated { get; set; }

    public Assignee? Assignee { get; set; }

    public List<Step> Steps { get; set; } = new();

    public string[] Watchers { get; set; } = [];

    /// <summary>Get-only: refilled in place.</summary>
    public HashSet<string> Labels { get; } = new();

    public Dictionary<string, int> Votes { get; set; } = new();

    public Dictionary<Priority, List<Step>> Checklists { get; set; } = new();

    public IReadOnlyList<Assignee> History { get; set; } = [];

    public ImmutableArray<int> Scores { get; set; } = [];

    public Estimate? Estimate { get; set; }

    public Span2 Window { get; set; }

    public (string Sprint, int Week) Slot { get; set; }

    /// <summary>Keeps its own type through a round trip.</summary>
    public object? Tag { get; set; }

    /// <summary>Computed: written for people, not read back.</summary>
    public int StepCount => Steps.Count;

    public int Version { get; set; }
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface ITicketStore
{
    Ticket Add(Ticket ticket);

    Ticket? Find(int id);

    Ticket Update(Ticket ticket);
}

/// <summary>A positional record entity whose key is generated (with <c>with</c>).</summary>
public sealed record Room(int Id, string Name, int Floor);

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IRoomStore
{
    Room Add(Room room);

    Room? Find(int id);
}

/// <summary>A composite key of two parts, and init-only, required members.</summary>
public sealed record Booking
{
    [FakeKey]
    public required string Room { get; init; }

    [FakeKey]
    public required DateOnly Day { get; init; }

    public string Guest { get; init; } = "";
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IBookingStore
{
    Booking Add(Booking booking);

    Booking? Find(string room, DateOnly day);
}

public sealed record Session(string User, DateTimeOffset Started)
{
    public List<string> Roles { get; init; } = new();
}

/// <summary>A key-value store of records with a time to live.</summary>
[InMemoryFake]
public interface ISessionStore
{
    Session? Get(string key);

    void Set(string key, Session value, TimeSpan ttl);
}

/// <summary>State in a private field: the generator refuses it (IMF0021) rather than save a Meter without its ticks.</summary>
public sealed class Meter
{
    private int _ticks;

    public int Id { get; set; }

    public int Ticks => _ticks;

    public void Tick() => _ticks++;
}

/// <summary>Described itself, but holds a Meter, which nothing describes.</summary>
public sealed class Panel
{
    public int Id { get; set; }

    public Meter Meter { get; set; } = new();
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IPanelStore
{
    Panel Add(Panel panel);
}

public class Vehicle
{
    public int Id { get; set; }

    public string Plate { get; set; } = "";
}

public sealed class Truck : Vehicle
{
    public int Axles { get; set; }
}

/// <summary>Stored by reference, so a Truck stays a Truck in the table: its metadata is Vehicle's.</summary>
[InMemoryFake(CopyMode = CopyMode.Reference, UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IVehicleStore
{
    Vehicle Add(Vehicle vehicle);

    Vehicle? Find(int id);
}

/// <summary>Written through its own converter, as "21.5C".</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CelsiusConverter))]
public readonly record struct Celsius(double Degrees);

public sealed class CelsiusConverter : System.Text.Json.Serialization.JsonConverter<Celsius>
{
    public override Celsius Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
        => new(double.Parse(reader.GetString()!.TrimEnd('C'), System.Globalization.CultureInfo.InvariantCulture));

    public override void Write(System.Text.Json.Utf8JsonWriter writer, Celsius value, System.Text.Json.JsonSerializerOptions options)
        => writer.WriteStringValue(value.Degrees.ToString(System.Globalization.CultureInfo.InvariantCulture) + "C");
}

/// <summary>A framework type with no metadata of its own, written by a member-level converter.</summary>
public sealed class AddressConverter : System.Text.Json.Serialization.JsonConverter<System.Net.IPAddress>
{
    public override System.Net.IPAddress Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
        => System.Net.IPAddress.Parse(reader.GetString()!);

    public override void Write(System.Text.Json.Utf8JsonWriter writer, System.Net.IPAddress value, System.Text.Json.JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}

public sealed class Labelled<T>
{
    public T Value { get; set; } = default!;

    public string Label { get; set; } = "";
}

/// <summary>Converters on a type and on members, a closed generic member, a public field and extension data.</summary>
public sealed class Sensor
{
    public int Id { get; set; }

    public Celsius Reading { get; set; }

    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter))]
    public Priority Level { get; set; }

    [System.Text.Json.Serialization.JsonConverter(typeof(AddressConverter))]
    public System.Net.IPAddress? Address { get; set; }

    public Labelled<Priority> Threshold { get; set; } = new();

#pragma warning disable CA1051 // A public field on purpose: the metadata must write and read fields too.
    public string Room = "";
#pragma warning restore CA1051

    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Extra { get; set; }
}

// IPAddress (another assembly, mutable through ScopeId) is stored by reference: the tests never mutate one.
#pragma warning disable IMF0020
[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
#pragma warning restore IMF0020
public interface ISensorStore
{
    Sensor Add(Sensor sensor);

    Sensor? Find(int id);
}
