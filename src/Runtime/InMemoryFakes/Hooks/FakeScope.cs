using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace InMemoryFakes;

/// <summary>
/// A fresh world for one test on a clock of your choice: the clock, an <see cref="InMemoryBackend"/> on that
/// clock, and at most one instance of each generated fake, all sharing the backend (so repositories see each
/// other's rows, as tables of one database would). The test-framework fixtures create one per test; use it
/// directly anywhere else. <see cref="FakeScope"/> is the same on a <see cref="ManualClock"/>.
/// </summary>
/// <typeparam name="TClock">The clock type: <see cref="ManualClock"/>, <c>FakeTimeProvider</c>
/// (Microsoft.Extensions.TimeProvider.Testing) or any other <see cref="TimeProvider"/>.</typeparam>
public class FakeScope<TClock>
    where TClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly Action<InMemoryFakeOptions>? _configure;

    // The first fake in fields, the others in a dictionary made for the second: most tests use one fake, and a scope
    // is built for every test.
    private Type? _firstType;
    private object? _firstFake;
    private Dictionary<Type, object>? _fakes;

    /// <summary>Creates a scope on <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock of every fake of the scope.</param>
    /// <param name="configure">Adjusts the options of each fake the scope creates.</param>
    /// <param name="cancellationToken">A token every fake of the scope observes (a test framework's per-test token).</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public FakeScope(TClock clock, Action<InMemoryFakeOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        Backend = new InMemoryBackend(Clock);
        CancellationToken = cancellationToken;
        _configure = configure;
    }

    /// <summary>The scope's clock.</summary>
    public TClock Clock { get; }

    /// <summary>The backend every fake of the scope is built on.</summary>
    public InMemoryBackend Backend { get; }

    /// <summary>The token every fake of the scope observes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The fakes created so far.</summary>
    public IReadOnlyList<object> Created
    {
        get
        {
            lock (_gate)
            {
                if (_firstFake is null)
                {
                    return [];
                }

                return _fakes is null ? [_firstFake] : [_firstFake, .. _fakes.Values];
            }
        }
    }

    /// <summary>The scope's fake for <typeparamref name="TInterface"/>, created on first use.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>The same instance for every call in this scope.</returns>
    /// <exception cref="InvalidOperationException">No fake is generated for the interface.</exception>
    public TInterface Get<TInterface>()
        where TInterface : class
    {
        lock (_gate)
        {
            if (ReferenceEquals(_firstType, typeof(TInterface)))
            {
                return (TInterface)_firstFake!;
            }

            if (_fakes is null || !_fakes.TryGetValue(typeof(TInterface), out var fake))
            {
                var options = new InMemoryFakeOptions { TimeProvider = Clock, Backend = Backend, CancellationToken = CancellationToken };
                _configure?.Invoke(options);
                fake = Fakes.Create<TInterface>(options);
                if (_firstType is null)
                {
                    _firstType = typeof(TInterface);
                    _firstFake = fake;
                }
                else
                {
                    (_fakes ??= new()).Add(typeof(TInterface), fake);
                }
            }

            return (TInterface)fake;
        }
    }

    /// <summary>The test hooks of the scope's fake for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <returns>Its <see cref="IInMemoryFake"/> view.</returns>
    public IInMemoryFake HooksOf<TInterface>()
        where TInterface : class
        => Fakes.Of(Get<TInterface>());
}

/// <summary>
/// A fresh world for one test on a <see cref="ManualClock"/>: the clock, an <see cref="InMemoryBackend"/> on that
/// clock, and at most one instance of each generated fake, all sharing the backend.
/// </summary>
public sealed class FakeScope : FakeScope<ManualClock>
{
    /// <summary>Creates a scope.</summary>
    /// <param name="clock">The clock; <see langword="null"/> for a new <see cref="ManualClock"/> at its default start.</param>
    /// <param name="configure">Adjusts the options of each fake the scope creates.</param>
    /// <param name="cancellationToken">A token every fake of the scope observes (a test framework's per-test token).</param>
    public FakeScope(ManualClock? clock = null, Action<InMemoryFakeOptions>? configure = null, CancellationToken cancellationToken = default)
        : base(clock ?? new ManualClock(), configure, cancellationToken)
    {
    }
}
