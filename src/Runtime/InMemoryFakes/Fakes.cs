using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace InMemoryFakes;

/// <summary>A generated fake known to the registry.</summary>
/// <param name="InterfaceType">The interface the fake implements.</param>
/// <param name="FakeType">The generated class.</param>
/// <param name="Create">Creates an instance with the given options (or the defaults).</param>
public sealed record FakeRegistration(Type InterfaceType, Type FakeType, Func<InMemoryFakeOptions?, object> Create)
{
    /// <summary>The assembly the fake was generated into.</summary>
    public Assembly Assembly => FakeType.Assembly;

    /// <summary>
    /// Whether each instance is a unit of work (the interface has <c>SaveChanges</c> or an <c>IUnitOfWork</c>): it tracks
    /// what it read and wrote until saved, like a <c>DbContext</c>, so a container gives each scope its own instance over
    /// the shared backend.
    /// </summary>
    public bool IsUnitOfWork { get; init; }

    /// <summary>
    /// The repositories a unit-of-work fake exposes as properties (<c>IUnitOfWork { IPostRepository Posts { get; } }</c>):
    /// a container resolves each from the scope's unit of work, so it shares the unit of work's change tracker. Empty for
    /// other fakes.
    /// </summary>
    public IReadOnlyList<FakePart> Parts { get; init; } = [];
}

/// <summary>A repository a unit-of-work fake exposes as a property: resolved from the unit of work, never on its own.</summary>
/// <param name="InterfaceType">The repository interface.</param>
/// <param name="Get">Reads the repository from an instance of the unit-of-work fake.</param>
public sealed record FakePart(Type InterfaceType, Func<object, object> Get);

/// <summary>
/// Finds and creates generated fakes without reflection scanning: the generator emits a module
/// initializer per assembly that registers each fake's factory here.
/// </summary>
public static class Fakes
{
    private static readonly object Gate = new();
    private static readonly Dictionary<Type, FakeRegistration> ByInterface = new();
    private static readonly List<FakeRegistration> InOrder = new();

    /// <summary>Every registered fake, in registration order.</summary>
    public static IReadOnlyList<FakeRegistration> Registrations
    {
        get
        {
            lock (Gate)
            {
                return InOrder.ToArray();
            }
        }
    }

    /// <summary>Registers a fake's factory. Generated code calls this; a later registration for the same interface replaces the earlier one.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <typeparam name="TFake">The fake class.</typeparam>
    /// <param name="factory">Creates an instance from options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public static void Register<TInterface, TFake>(Func<InMemoryFakeOptions?, TFake> factory)
        where TInterface : class
        where TFake : class, TInterface, IInMemoryFake
        => Register<TInterface, TFake>(factory, isUnitOfWork: false);

    /// <summary>Registers a fake's factory, saying whether each instance is a unit of work (<see cref="FakeRegistration.IsUnitOfWork"/>). Generated code calls this.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <typeparam name="TFake">The fake class.</typeparam>
    /// <param name="factory">Creates an instance from options.</param>
    /// <param name="isUnitOfWork">Whether each instance tracks reads and writes until a save.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public static void Register<TInterface, TFake>(Func<InMemoryFakeOptions?, TFake> factory, bool isUnitOfWork)
        where TInterface : class
        where TFake : class, TInterface, IInMemoryFake
        => Register<TInterface, TFake>(factory, isUnitOfWork, []);

    /// <summary>
    /// Registers a unit-of-work fake's factory with the repositories it exposes as properties (<see cref="FakeRegistration.Parts"/>).
    /// Generated code calls this.
    /// </summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <typeparam name="TFake">The fake class.</typeparam>
    /// <param name="factory">Creates an instance from options.</param>
    /// <param name="isUnitOfWork">Whether each instance tracks reads and writes until a save.</param>
    /// <param name="parts">The repositories, each read from an instance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> or <paramref name="parts"/> is null.</exception>
    public static void Register<TInterface, TFake>(Func<InMemoryFakeOptions?, TFake> factory, bool isUnitOfWork, params FakePart[] parts)
        where TInterface : class
        where TFake : class, TInterface, IInMemoryFake
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(parts);
        var registration = new FakeRegistration(typeof(TInterface), typeof(TFake), options => factory(options)) { IsUnitOfWork = isUnitOfWork, Parts = parts.ToArray() };
        lock (Gate)
        {
            if (ByInterface.TryGetValue(typeof(TInterface), out var previous))
            {
                InOrder.Remove(previous);
            }

            ByInterface[typeof(TInterface)] = registration;
            InOrder.Add(registration);
            Volatile.Write(ref RegistrationOf<TInterface>.Value, registration);
        }
    }

    /// <summary>Whether a fake is registered for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <returns><see langword="true"/> when registered.</returns>
    public static bool IsRegistered<TInterface>() => Find(typeof(TInterface)) is not null;

    /// <summary>The registration for an interface, or <see langword="null"/>.</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <returns>The registration.</returns>
    public static FakeRegistration? Find(Type interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        lock (Gate)
        {
            return ByInterface.TryGetValue(interfaceType, out var registration) ? registration : null;
        }
    }

    /// <summary>Creates a new instance of the fake generated for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <param name="options">Per-instance settings; <see langword="null"/> for the defaults.</param>
    /// <returns>A fresh fake.</returns>
    /// <exception cref="InvalidOperationException">No fake is registered for the interface.</exception>
    public static TInterface Create<TInterface>(InMemoryFakeOptions? options = null)
        where TInterface : class
        => (TInterface)(Volatile.Read(ref RegistrationOf<TInterface>.Value) is { } registration
            ? registration.Create(options)
            : Create(typeof(TInterface), options));

    /// <summary>Creates a new instance of the fake generated for an interface.</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <param name="options">Per-instance settings; <see langword="null"/> for the defaults.</param>
    /// <returns>A fresh fake.</returns>
    /// <exception cref="InvalidOperationException">No fake is registered for the interface.</exception>
    public static object Create(Type interfaceType, InMemoryFakeOptions? options = null)
    {
        var registration = Find(interfaceType) ?? throw new InvalidOperationException(MissingFake.Describe(interfaceType));
        return registration.Create(options);
    }

    /// <summary>The test hooks of a generated fake.</summary>
    /// <param name="fake">An instance of a generated fake, typed as its interface.</param>
    /// <returns>Its <see cref="IInMemoryFake"/> view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fake"/> is not a generated fake.</exception>
    public static IInMemoryFake Of(object fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        return fake as IInMemoryFake ?? throw new ArgumentException($"{fake.GetType().Name} is not an in-memory fake.", nameof(fake));
    }

    /// <summary>
    /// The registration for one interface, read without <see cref="Gate"/> by <see cref="Create{TInterface}"/> (a test
    /// fixture creates its fakes through it every test, on as many threads as tests run in parallel).
    /// </summary>
    private static class RegistrationOf<TInterface>
    {
        internal static FakeRegistration? Value;
    }
}
