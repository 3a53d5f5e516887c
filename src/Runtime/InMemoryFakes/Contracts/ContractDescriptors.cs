using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Contracts;

/// <summary>
/// The contract descriptors the generator registered (from the same module initializer that registers a fake's factory),
/// so a contract can be found by interface without reflection.
/// </summary>
public static class ContractDescriptors
{
    private static readonly object Gate = new();
    private static readonly Dictionary<Type, ContractDescriptor> ByInterface = new();

    /// <summary>Registers a descriptor; a later registration for the same interface replaces the earlier one. Generated code calls this.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <param name="descriptor">The descriptor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<TInterface>(ContractDescriptor<TInterface> descriptor)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        lock (Gate)
        {
            ByInterface[typeof(TInterface)] = descriptor;
        }
    }

    /// <summary>The descriptor registered for <typeparamref name="TInterface"/>, or <see langword="null"/>.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <returns>The descriptor.</returns>
    public static ContractDescriptor<TInterface>? Find<TInterface>()
        where TInterface : class
    {
        lock (Gate)
        {
            return ByInterface.TryGetValue(typeof(TInterface), out var descriptor) ? (ContractDescriptor<TInterface>)descriptor : null;
        }
    }
}
