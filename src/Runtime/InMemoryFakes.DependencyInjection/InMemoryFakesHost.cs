using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using InMemoryFakes;
using InMemoryFakes.DependencyInjection.Persistence;
using InMemoryFakes.Serialization;

namespace InMemoryFakes.DependencyInjection;

/// <summary>
/// The container's in-memory "database": one <see cref="InMemoryBackend"/> that every registered fake
/// is built on (so repositories of one entity type share rows), the list of fakes created so far
/// for <see cref="ResetAll"/>, and, when it is configured, the file the data is kept in
/// (<see cref="Persistence"/>). Registered as a singleton by the <c>AddInMemoryFake…</c> methods.
/// </summary>
public sealed class InMemoryFakesHost : IDisposable
{
    private readonly object _gate = new();
    private readonly List<IInMemoryFake> _created = new();
    private readonly IReadOnlyList<FakeSlot> _slots;

    /// <summary>Creates the host.</summary>
    /// <param name="clock">The clock of every fake; usually the container's <see cref="TimeProvider"/>.</param>
    public InMemoryFakesHost(TimeProvider clock)
        : this(clock, Array.Empty<FakeSlot>(), null)
    {
    }

    internal InMemoryFakesHost(TimeProvider clock, IEnumerable<FakeSlot> slots, Func<InMemoryBackend, InMemoryFakesPersistence>? persistence)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Backend = new InMemoryBackend(clock);
        _slots = slots.ToArray();
        Persistence = persistence?.Invoke(Backend);
        JsonOptions = Persistence?.JsonOptions ?? ReadOnly(FakeJsonTypes.CreateOptions());
    }

    /// <summary>The backend shared by the container's fakes.</summary>
    public InMemoryBackend Backend { get; }

    /// <summary>The file the fakes' data is kept in, or <see langword="null"/> when persistence is not configured (<c>AddInMemoryFakesPersistence</c>).</summary>
    public InMemoryFakesPersistence? Persistence { get; }

    /// <summary>The JSON metadata for the fakes' keys and values: the persistence settings' when configured, otherwise the generated and registered ones (<see cref="FakeJsonTypes"/>).</summary>
    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>The fakes the container has created.</summary>
    public IReadOnlyList<IInMemoryFake> Created
    {
        get
        {
            lock (_gate)
            {
                return _created.ToArray();
            }
        }
    }

    /// <summary>
    /// Creates every fake registered through the <c>AddInMemoryFake…</c>/<c>ReplaceWith…</c> methods, loading the
    /// persisted data into its tables. The hosted service of <c>AddInMemoryFakesPersistence</c> calls it at startup, so a
    /// file that cannot be loaded stops the app before it serves a request. Calling it again does nothing new.
    /// </summary>
    /// <exception cref="InMemoryFakesPersistenceException">The persisted file cannot be read or does not fit the fakes.</exception>
    public void Start()
    {
        foreach (var slot in _slots)
        {
            GetOrCreate(slot);
        }

        Persistence?.ReportUnclaimedTables();
    }

    /// <summary>Resets every fake the container has created: data, key sequences, call logs and faults.</summary>
    public void ResetAll()
    {
        foreach (var fake in Created)
        {
            fake.Reset();
        }

        Backend.Clear();
    }

    /// <summary>Stops the persistence timer and saves changes that were not saved yet (see <see cref="InMemoryFakesPersistence.Dispose"/>).</summary>
    public void Dispose() => Persistence?.Dispose();

    /// <summary>
    /// A new instance of a unit-of-work fake for one scope, over the shared backend (so it sees the rows every other
    /// instance saved) with the scope's change tracker (<paramref name="scope"/>, shared by every unit-of-work fake of the
    /// scope as their repositories share one <c>DbContext</c>, so a saves-only <c>IUnitOfWork</c>'s save writes what the
    /// scope's repositories track, and what one request read and changed is not saved by another's <c>SaveChanges</c>).
    /// The slot's first instance is created first, so the persisted data is loaded and its tables are attached to the
    /// file once.
    /// </summary>
    internal object CreateForScope(FakeSlot slot, SharedUnitOfWork scope)
    {
        _ = GetOrCreate(slot);
        var options = new InMemoryFakeOptions { Backend = Backend, TimeProvider = Backend.Clock, SharedUnitOfWork = scope };
        slot.Configure?.Invoke(options);
        return slot.Registration.Create(options);
    }

    internal object GetOrCreate(FakeSlot slot)
    {
        lock (slot)
        {
            if (slot.Instance is { } existing)
            {
                return existing;
            }

            Persistence?.EnsureLoaded();
            var options = new InMemoryFakeOptions { Backend = Backend, TimeProvider = Backend.Clock };
            slot.Configure?.Invoke(options);
            var fake = slot.Registration.Create(options);
            Persistence?.Attach(((IInMemoryFake)fake).Core.Tables);
            lock (_gate)
            {
                _created.Add((IInMemoryFake)fake);
            }

            slot.Instance = fake;
            return fake;
        }
    }

    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>One fake registration that was added to a container: created once, by the host.</summary>
internal sealed class FakeSlot
{
    internal FakeSlot(FakeRegistration registration, Action<InMemoryFakeOptions>? configure)
    {
        Registration = registration;
        Configure = configure;
    }

    internal FakeRegistration Registration { get; }

    internal Action<InMemoryFakeOptions>? Configure { get; }

    internal object? Instance { get; set; }
}
