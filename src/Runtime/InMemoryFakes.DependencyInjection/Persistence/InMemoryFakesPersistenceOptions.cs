using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InMemoryFakes.Serialization;

namespace InMemoryFakes.DependencyInjection.Persistence;

/// <summary>Where and how the fakes' data is kept between runs; see <c>AddInMemoryFakesPersistence</c> and docs/prototyping.md.</summary>
public sealed class InMemoryFakesPersistenceOptions
{
    private TimeSpan _saveDelay = TimeSpan.FromSeconds(1);

    /// <summary>The file. A relative path is resolved against the host's content root (the current directory without a host).</summary>
    public string? Path { get; set; }

    /// <summary>
    /// How long after the first unsaved change the data is saved; every change until then goes into that save.
    /// Measured on the container's <see cref="TimeProvider"/>. Defaults to one second.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan SaveDelay
    {
        get => _saveDelay;
        set
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The save delay must be positive.");
            }

            _saveDelay = value;
        }
    }

    /// <summary>
    /// JSON metadata for the stored types that wins over the generated and registered metadata: typically the app's
    /// own <see cref="JsonSerializerContext"/> (<c>[JsonSerializable(typeof(Todo))]</c>), which works trimmed.
    /// </summary>
    public IList<IJsonTypeInfoResolver> JsonTypes { get; } = new List<IJsonTypeInfoResolver>();

    /// <summary>Write the file indented, to be read and edited by hand. Defaults to <see langword="true"/>.</summary>
    public bool WriteIndented { get; set; } = true;

    internal IJsonTypeInfoResolver? Fallback { get; private set; }

    /// <summary>
    /// Serialize types that have no generated or registered metadata with System.Text.Json's reflection-based resolver
    /// (see <see cref="FakeJsonTypes.ReflectionFallback"/>). Not for trimmed or native AOT apps.
    /// </summary>
    /// <returns>These options.</returns>
    [RequiresUnreferencedCode("Reflection-based JSON serialization of types without registered metadata.")]
    [RequiresDynamicCode("Reflection-based JSON serialization of types without registered metadata.")]
    public InMemoryFakesPersistenceOptions AllowReflectionFallback()
    {
        Fallback = FakeJsonTypes.ReflectionFallback;
        return this;
    }
}

/// <summary>The configure actions of every <c>AddInMemoryFakesPersistence</c> call, applied in order when the container builds the host.</summary>
internal sealed class PersistenceSetup
{
    internal List<Action<InMemoryFakesPersistenceOptions>> Actions { get; } = new();

    internal InMemoryFakesPersistenceOptions Build()
    {
        var options = new InMemoryFakesPersistenceOptions();
        foreach (var action in Actions)
        {
            action(options);
        }

        return options;
    }
}
