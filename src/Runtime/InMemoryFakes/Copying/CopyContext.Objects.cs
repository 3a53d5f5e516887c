using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace InMemoryFakes;

/// <summary>
/// The run-time rules for values whose type is only known at run time (<c>object</c>-typed values, and types the
/// generator could not copy): a user hook, then known immutable types as they are, then known copyable types copied, and
/// anything else kept by reference and reported. Never a member-wise clone of a type nobody vetted.
/// </summary>
public sealed partial class CopyContext
{
    /// <summary>
    /// Copies a value by the run-time rules (see <see cref="CopyObject"/>). Statically known immutable types cost one check.
    /// Generated copies call this for members whose type they cannot copy themselves, so <see cref="CopyHooks"/> registered
    /// at run time apply to them.
    /// </summary>
    /// <typeparam name="T">The declared type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The copy, the value itself when it is immutable, or the value itself (reported) when nothing can copy it.</returns>
    [return: NotNullIfNotNull(nameof(value))]
    public T? CopyValue<T>(T? value)
    {
        if (value is null || KnownTypes.Immutable<T>.Value)
        {
            return value;
        }

        return (T)CopyObject(value);
    }

    /// <summary>
    /// Copies a value by its run-time type, in this order:
    /// <list type="number">
    /// <item>an object this context already copied: that copy;</item>
    /// <item>a type registered in <see cref="CopyHooks"/>: the hook (or the value itself, for types registered as immutable);</item>
    /// <item>an <see cref="IDeepCopyable{T}"/>: its <c>DeepCopy</c>;</item>
    /// <item>a known immutable type (<see cref="KnownTypes.IsImmutable"/>): the value itself;</item>
    /// <item>a known copyable type: arrays, <see cref="XElement"/>/<see cref="XDocument"/> and other XML nodes (their copy
    /// constructors), <see cref="JsonNode"/> (<c>DeepClone</c>), <see cref="JsonElement"/>/<see cref="JsonDocument"/>,
    /// <see cref="StringBuilder"/>, <see cref="BitArray"/>, and the framework's generic collections;</item>
    /// <item>anything else: the value itself, reported (once per type, on the fake) as stored by reference.</item>
    /// </list>
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The copy, or the value itself.</returns>
    [return: NotNullIfNotNull(nameof(value))]
    public object? CopyObject(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_copies.TryGetValue(value, out var done))
        {
            return done;
        }

        var type = value.GetType();
        if (_hooks is not null && _hooks.TryGet(type, out var hook))
        {
            return hook is null ? value : Share(value, hook);
        }

        if (value is IDeepCopyable copyable)
        {
            return Share(value, (_, context) => copyable.DeepCopy(context));
        }

        if (KnownTypes.IsImmutable(type))
        {
            return value;
        }

        switch (value)
        {
            case Array array:
                return CopyArray(array, KnownTypes.IsImmutable(type.GetElementType()!) ? null : static (item, context) => context.CopyObject(item));
            case XDocument document:
                return Share(document, static (d, _) => new XDocument(d));
            case XElement element:
                return Share(element, static (e, _) => new XElement(e));
            case XAttribute attribute:
                return Share(attribute, static (a, _) => new XAttribute(a));
            case XCData cdata:
                return Share(cdata, static (t, _) => new XCData(t));
            case XText text:
                return Share(text, static (t, _) => new XText(t));
            case XComment comment:
                return Share(comment, static (c, _) => new XComment(c));
            case XProcessingInstruction instruction:
                return Share(instruction, static (p, _) => new XProcessingInstruction(p));
            case JsonNode node:
                return Share(node, static (n, _) => n.DeepClone());
            case JsonElement element:
                return element.Clone();
            case JsonDocument document:
                return Share(document, static (d, _) => JsonDocument.Parse(d.RootElement.GetRawText()));
            case StringBuilder builder:
                return Share(builder, static (b, _) => new StringBuilder(b.ToString(), Math.Max(b.Capacity, b.Length)));
            case BitArray bits:
                return Share(bits, static (b, _) => new BitArray(b));
        }

        if (type.IsGenericType && TryCopyGenericCollection(value, type, out var collection))
        {
            return collection!;
        }

        return StoreByReference(value, KnownTypes.WhyNotCopyable(type));
    }

    private object Share(object value, Func<object, CopyContext, object> copy)
    {
        var made = copy(value, this);
        _copies.TryAdd(value, made);
        return _copies[value];
    }

    /// <summary>A framework collection inside an <c>object</c>: the typed copy for its run-time element types (needs run-time code generation; under NativeAOT it is kept by reference and reported).</summary>
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "Guarded by RuntimeFeature.IsDynamicCodeSupported; without it the value is kept by reference and reported.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060:MakeGenericMethod", Justification = "The generic copy methods have no DynamicallyAccessedMembers requirements on their type parameters.")]
    private bool TryCopyGenericCollection(object value, Type type, out object? copy)
    {
        copy = null;
        var definition = type.GetGenericTypeDefinition();
        var shape = KnownTypes.CollectionShape(definition);
        if (shape == 0 || !RuntimeFeature.IsDynamicCodeSupported)
        {
            return false;
        }

        var arguments = type.GetGenericArguments();
        var method = shape == 1
            ? typeof(CopyContext).GetMethod(nameof(CopyBoxedCollection), BindingFlags.NonPublic | BindingFlags.Instance)!
            : typeof(CopyContext).GetMethod(nameof(CopyBoxedDictionary), BindingFlags.NonPublic | BindingFlags.Instance)!;
        copy = method.MakeGenericMethod(arguments).Invoke(this, new[] { value });
        return true;
    }

    private object CopyBoxedCollection<T>(object source)
        => CopyCollection<IEnumerable<T>, T>((IEnumerable<T>)source, KnownTypes.Immutable<T>.Value ? null : static (item, context) => context.CopyValue(item)!);

    private object CopyBoxedDictionary<TKey, TValue>(object source)
        where TKey : notnull
        => CopyDictionaryLike<IEnumerable<KeyValuePair<TKey, TValue>>, TKey, TValue>(
            (IEnumerable<KeyValuePair<TKey, TValue>>)source,
            KnownTypes.Immutable<TKey>.Value ? null : static (key, context) => context.CopyValue(key)!,
            KnownTypes.Immutable<TValue>.Value ? null : static (item, context) => context.CopyValue(item)!);
}
