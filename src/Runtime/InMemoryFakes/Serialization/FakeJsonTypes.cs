using System;
using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<Type, string> UnsupportedReasons = new();
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
    /// Records why generated code has no metadata for a type (the generator reported it as diagnostic IMF0021), so the
    /// error that names the type when nothing else covers it also says why. Registers no metadata: the type is still
    /// resolved by the app's own context, a converter, or the reflection fallback when one of those is configured.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <param name="reason">Why the generator could not describe it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="reason"/> is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RegisterUnsupported(Type type, string reason)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(reason);
        UnsupportedReasons[type] = reason;
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
        return (JsonTypeInfo<T>)Resolve(typeof(T), options, path: null);
    }

    /// <summary>
    /// Checks that <paramref name="options"/> have metadata for <typeparamref name="T"/> and for every type its members,
    /// elements and dictionary keys reach (System.Text.Json would only find a missing one while writing), so a missing
    /// type is found when an app starts rather than at its first save.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="options">Options from <see cref="CreateOptions"/>.</param>
    /// <exception cref="NotSupportedException">
    /// A reachable type has no metadata, or its metadata is not valid: the message names the type, the path to it, and
    /// why the generator did not describe it.
    /// </exception>
    public static void EnsureComplete<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (FindMissing(typeof(T), options, cause: null) is { } missing)
        {
            throw missing;
        }

        Resolve(typeof(T), options, path: null);
    }

    /// <summary>
    /// Walks the metadata the resolvers give for <paramref name="root"/> and every type its members, elements and keys
    /// reach, without configuring it: the first type nothing describes (or whose metadata cannot be built), as the
    /// error to throw; null when every type is described.
    /// </summary>
    private static NotSupportedException? FindMissing(Type root, JsonSerializerOptions options, Exception? cause)
    {
        if (options.TypeInfoResolver is not { } resolver)
        {
            return null;
        }

        var seen = new HashSet<Type>();
        var pending = new Queue<(Type Type, string? Path)>();
        pending.Enqueue((root, null));
        while (pending.Count > 0)
        {
            var (type, path) = pending.Dequeue();
            if (!seen.Add(type) || type == typeof(object))
            {
                continue;
            }

            JsonTypeInfo? info;
            try
            {
                info = resolver.GetTypeInfo(type, options);
            }
            catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
            {
                return NotUsable(type, path, e);
            }

            if (info is null)
            {
                return Missing(type, path, cause);
            }

            var here = path ?? Name(type);
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    foreach (var property in info.Properties)
                    {
                        if (property.CustomConverter is null)
                        {
                            pending.Enqueue((property.PropertyType, here + "." + property.Name));
                        }
                    }

                    break;
                case JsonTypeInfoKind.Enumerable when ElementOf(info) is { } element:
                    pending.Enqueue((element, here + "[]"));
                    break;
                case JsonTypeInfoKind.Dictionary when KeyOf(info) is { } key && ElementOf(info) is { } value:
                    pending.Enqueue((key, here + ".Keys"));
                    pending.Enqueue((value, here + "[]"));
                    break;
            }
        }

        return null;
    }

    private static JsonTypeInfo Resolve(Type type, JsonSerializerOptions options, string? path)
    {
        try
        {
            return options.GetTypeInfo(type);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            // System.Text.Json reports a missing member type without saying how it was reached: find it, and say.
            throw FindMissing(type, options, e)
                  ?? (e is NotSupportedException && options.TypeInfoResolver?.GetTypeInfo(type, options) is null ? Missing(type, path, e) : NotUsable(type, path, e));
        }
    }

    private static NotSupportedException Missing(Type type, string? path, Exception? cause)
    {
        var why = UnsupportedReasons.TryGetValue(type, out var reason) ? $" The InMemoryFakes generator did not describe it: {reason}." : "";
        return new NotSupportedException(
            $"No JSON metadata for {type.FullName}{Where(path)}.{why} InMemoryFakes needs it to save or show the type: register a JsonSerializerContext " +
            $"that lists it ([JsonSerializable(typeof({type.Name}))]) with the persistence or inspector options, or a converter " +
            "(FakeJsonTypes.Register), or opt into the reflection fallback. See docs/prototyping.md.",
            cause);
    }

    private static NotSupportedException NotUsable(Type type, string? path, Exception cause)
        => new($"The JSON metadata of {type.FullName}{Where(path)} is not usable: {cause.Message}", cause);

    private static string Where(string? path) => path is null ? "" : $" (reached through {path})";

    private static string Name(Type type) => type.IsGenericType || type.IsArray ? type.ToString() : type.Name;

#if NET9_0_OR_GREATER
    private static Type? ElementOf(JsonTypeInfo info) => info.ElementType;

    private static Type? KeyOf(JsonTypeInfo info) => info.KeyType;
#else
    // .NET 8's JsonTypeInfo does not expose them: read them from the type's shape (arrays and generic collections,
    // which is what generated metadata describes); anything else is checked when it is first written.
    private static Type? ElementOf(JsonTypeInfo info)
        => info.Type.IsArray ? info.Type.GetElementType() : info.Type.IsGenericType ? info.Type.GetGenericArguments()[^1] : null;

    private static Type? KeyOf(JsonTypeInfo info)
        => info.Type.IsGenericType && info.Type.GetGenericArguments() is { Length: 2 } arguments ? arguments[0] : null;
#endif

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
