using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InMemoryFakes.Serialization;

/// <summary>
/// The JSON metadata persistence and inspectors use for the keys and values of fakes' tables, without reflection:
/// generated code registers it here (from each assembly's module initializer), users may add their own
/// (a <see cref="JsonSerializerContext"/>), and the runtime brings its own for primitives, blobs and composite keys.
/// </summary>
/// <remarks>
/// What the generator must emit is described in docs/prototyping.md ("What the generator emits"). A type nobody
/// registered has no metadata: asking for it fails with <see cref="NotSupportedException"/> unless the caller opted into
/// <see cref="ReflectionFallback"/>.
/// </remarks>
public static class FakeJsonTypes
{
    private static readonly object Gate = new();
    private static IJsonTypeInfoResolver[] _registered = Array.Empty<IJsonTypeInfoResolver>();

    /// <summary>
    /// Every registered resolver (the most recent registration first), then the runtime's built-in types
    /// (<see cref="BuiltIn"/>). Reads the registrations each time it is asked, so it sees assemblies registered later.
    /// </summary>
    public static IJsonTypeInfoResolver Registered { get; } = new RegisteredResolver();

    /// <summary>Metadata for primitives (numbers, strings, GUIDs, dates, times, byte arrays and their nullable forms) and for <see cref="StoredBlob"/>.</summary>
    public static IJsonTypeInfoResolver BuiltIn { get; } = new BuiltInJsonTypes();

    /// <summary>
    /// A reflection-based resolver for types nobody registered (System.Text.Json's default resolver, with composite
    /// value-tuple keys written as arrays, public fields included, and get-only collections filled). A type whose
    /// get-only auto-property would not survive a round trip is refused with <see cref="NotSupportedException"/>.
    /// </summary>
    /// <remarks>Trimming and native AOT can remove what it needs: prefer generated or registered metadata.</remarks>
    public static IJsonTypeInfoResolver ReflectionFallback
    {
        [RequiresUnreferencedCode("Reflection-based JSON serialization of unregistered types; register JSON metadata (generated, or a JsonSerializerContext) for trimmed apps.")]
        [RequiresDynamicCode("Reflection-based JSON serialization of unregistered types; register JSON metadata (generated, or a JsonSerializerContext) for native AOT.")]
        get => ReflectionJsonFallback.Instance;
    }

    /// <summary>Registers a resolver (for example a <see cref="JsonSerializerContext"/>, or one generated per assembly). A later registration wins for a type both know.</summary>
    /// <param name="resolver">The resolver.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolver"/> is null.</exception>
    public static void Register(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        lock (Gate)
        {
            var next = new IJsonTypeInfoResolver[_registered.Length + 1];
            next[0] = resolver;
            Array.Copy(_registered, 0, next, 1, _registered.Length);
            _registered = next;
        }
    }

    /// <summary>Registers how to build the metadata of one type (for example with <see cref="JsonMetadataServices"/>).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="create">Builds the metadata for the options it is given; called once per options instance.</param>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T>(Func<JsonSerializerOptions, JsonTypeInfo<T>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        Register(new SingleTypeResolver<T>(create));
    }

    /// <summary>Registers a converter for one type.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="converter">Reads and writes <typeparamref name="T"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="converter"/> is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register<T>(JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        Register<T>(options => JsonMetadataServices.CreateValueInfo<T>(options, converter));
    }

    /// <summary>
    /// Options whose metadata comes from <paramref name="first"/> (in order), then <see cref="Registered"/>, then
    /// <paramref name="fallback"/> when given.
    /// </summary>
    /// <param name="first">Resolvers that win over the registered ones, such as the app's own context.</param>
    /// <param name="fallback">The last resort, typically <see cref="ReflectionFallback"/>; <see langword="null"/> for none.</param>
    /// <returns>New options (not yet read-only).</returns>
    public static JsonSerializerOptions CreateOptions(IEnumerable<IJsonTypeInfoResolver>? first = null, IJsonTypeInfoResolver? fallback = null)
    {
        // object-typed values first: each keeps its type through a round trip, whatever else is registered.
        var chain = new List<IJsonTypeInfoResolver> { ObjectJsonConverter.Resolver.Instance };
        if (first is not null)
        {
            foreach (var resolver in first)
            {
                chain.Add(resolver ?? throw new ArgumentException("A resolver is null.", nameof(first)));
            }
        }

        chain.Add(Registered);
        if (fallback is not null)
        {
            chain.Add(fallback);
        }

        return new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(chain.ToArray()),

            // Only reflection-based metadata reads this: public fields are state, and state must survive a round trip.
            IncludeFields = fallback is not null,
        };
    }

    /// <summary>The metadata of <typeparamref name="T"/> in <paramref name="options"/>, or a clear error when nothing provides it.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="options">Options from <see cref="CreateOptions"/>.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException">No resolver in <paramref name="options"/> knows <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }
        catch (NotSupportedException e) when (options.TypeInfoResolver?.GetTypeInfo(typeof(T), options) is null)
        {
            throw new NotSupportedException(
                $"No JSON metadata for {typeof(T).FullName}. InMemoryFakes needs it to save or show the type: register a JsonSerializerContext " +
                $"that lists it ([JsonSerializable(typeof({typeof(T).Name}))]) with the persistence or inspector options, or opt into the reflection fallback. " +
                "See docs/prototyping.md.", e);
        }
    }

    private sealed class RegisteredResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            foreach (var resolver in System.Threading.Volatile.Read(ref _registered))
            {
                if (resolver.GetTypeInfo(type, options) is { } info)
                {
                    return info;
                }
            }

            return BuiltIn.GetTypeInfo(type, options);
        }
    }

    private sealed class SingleTypeResolver<T> : IJsonTypeInfoResolver
    {
        private readonly Func<JsonSerializerOptions, JsonTypeInfo<T>> _create;

        internal SingleTypeResolver(Func<JsonSerializerOptions, JsonTypeInfo<T>> create)
        {
            _create = create;
        }

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => type == typeof(T) ? _create(options) : null;
    }
}
