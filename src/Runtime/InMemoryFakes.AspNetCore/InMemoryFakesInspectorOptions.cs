using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using InMemoryFakes.Serialization;

namespace InMemoryFakes.AspNetCore;

/// <summary>Settings of the inspector page; see <c>MapInMemoryFakesInspector</c> and docs/prototyping.md.</summary>
public sealed class InMemoryFakesInspectorOptions
{
    private int _maxEntriesPerTable = 200;
    private int _recentCalls = 20;

    /// <summary>
    /// <see langword="null"/> (the default): on in the Development environment only. <see langword="true"/>: on in any
    /// environment except Production, where <see cref="AllowInProduction"/> must be set too. <see langword="false"/>: off.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Lets <see cref="Enabled"/> turn the page on in the Production environment. Without it, enabling the page there
    /// stops the app at startup: the page shows and deletes every entry of every fake, with no authentication of its own.
    /// </summary>
    public bool AllowInProduction { get; set; }

    /// <summary>How many entries of each table the page shows (the JSON endpoint too); the rest are counted. Defaults to 200.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxEntriesPerTable
    {
        get => _maxEntriesPerTable;
        set => _maxEntriesPerTable = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be positive.");
    }

    /// <summary>How many of each fake's most recent calls the page shows, when the fake records calls. Defaults to 20.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int RecentCalls
    {
        get => _recentCalls;
        set => _recentCalls = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
    }

    /// <summary>JSON metadata for showing values, tried before the persistence settings' and the generated metadata.</summary>
    public IList<IJsonTypeInfoResolver> JsonTypes { get; } = new List<IJsonTypeInfoResolver>();

    internal IJsonTypeInfoResolver? Fallback { get; private set; }

    /// <summary>Show values of types that have no JSON metadata by reflection (not for trimmed or native AOT apps).</summary>
    /// <returns>These options.</returns>
    [RequiresUnreferencedCode("Reflection-based JSON serialization of types without registered metadata.")]
    [RequiresDynamicCode("Reflection-based JSON serialization of types without registered metadata.")]
    public InMemoryFakesInspectorOptions AllowReflectionFallback()
    {
        Fallback = FakeJsonTypes.ReflectionFallback;
        return this;
    }
}
