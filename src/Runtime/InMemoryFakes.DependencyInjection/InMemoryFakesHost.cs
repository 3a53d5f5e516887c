using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

namespace InMemoryFakes.DependencyInjection;

/// <summary>
/// The container's in-memory "database": one <see cref="InMemoryBackend"/> that every registered fake
/// is built on (so repositories of one entity type share rows), and the list of fakes created so far
/// for <see cref="ResetAll"/>. Registered as a singleton by the <c>AddInMemoryFake…</c> methods.
/// </summary>
public sealed class InMemoryFakesHost
{
    private readonly object _gate = new();
    private readonly List<IInMemoryFake> _created = new();

    /// <summary>Creates the host.</summary>
    /// <param name="clock">The clock of every fake; usually the container's <see cref="TimeProvider"/>.</param>
    public InMemoryFakesHost(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Backend = new InMemoryBackend(clock);
    }

    /// <summary>The backend shared by the container's fakes.</summary>
    public InMemoryBackend Backend { get; }

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

    /// <summary>Resets every fake the container has created: data, key sequences, call logs and faults.</summary>
    public void ResetAll()
    {
        foreach (var fake in Created)
        {
            fake.Reset();
        }

        Backend.Clear();
    }

    internal object Create(FakeRegistration registration, Action<InMemoryFakeOptions>? configure)
    {
        var options = new InMemoryFakeOptions { Backend = Backend, TimeProvider = Backend.Clock };
        configure?.Invoke(options);
        var fake = registration.Create(options);
        lock (_gate)
        {
            _created.Add((IInMemoryFake)fake);
        }

        return fake;
    }
}
