using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InMemoryFakes.Serialization;

/// <summary>
/// THE REFLECTION FALLBACK: System.Text.Json's reflection-based resolver, used only for types that no generated or
/// registered metadata covers, and only when the app opted in. It is not trim- or AOT-safe; generated metadata
/// replaces it. Differences from the plain default resolver, all so that data survives a round trip:
/// value-tuple composite keys are written as arrays (the default would write <c>{}</c> and lose them), public fields
/// are included (<see cref="FakeJsonTypes.CreateOptions"/> sets <see cref="JsonSerializerOptions.IncludeFields"/>),
/// get-only collection and object properties are filled in place, and a get-only auto-property that no constructor
/// parameter sets is refused (it would silently come back as its default).
/// </summary>
[RequiresUnreferencedCode("Reflection-based JSON serialization.")]
[RequiresDynamicCode("Reflection-based JSON serialization.")]
internal sealed class ReflectionJsonFallback : IJsonTypeInfoResolver
{
    internal static readonly ReflectionJsonFallback Instance = new();

    private readonly DefaultJsonTypeInfoResolver _inner = new() { Modifiers = { KeepState } };

    private ReflectionJsonFallback()
    {
    }

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type.IsGenericType && TupleConverterFor(type) is { } converter)
        {
            return CreateTupleInfo(type, options, converter);
        }

        return _inner.GetTypeInfo(type, options);
    }

    private static JsonTypeInfo CreateTupleInfo(Type type, JsonSerializerOptions options, JsonConverter converter)
        => (JsonTypeInfo)typeof(JsonMetadataServices)
            .GetMethod(nameof(JsonMetadataServices.CreateValueInfo))!
            .MakeGenericMethod(type)
            .Invoke(null, new object[] { options, converter })!;

    private static JsonConverter? TupleConverterFor(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        var open = definition == typeof(ValueTuple<,>) ? typeof(ValueTupleJsonConverter<,>)
            : definition == typeof(ValueTuple<,,>) ? typeof(ValueTupleJsonConverter<,,>)
            : definition == typeof(ValueTuple<,,,>) ? typeof(ValueTupleJsonConverter<,,,>)
            : null;
        return open is null ? null : (JsonConverter)Activator.CreateInstance(open.MakeGenericType(type.GetGenericArguments()))!;
    }

    private static void KeepState(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        HashSet<string>? constructorParameters = null;
        foreach (var property in info.Properties)
        {
            if (property.Set is not null || property.AttributeProvider is not MemberInfo member)
            {
                continue;
            }

            constructorParameters ??= ConstructorParameters(info.Type);
            if (constructorParameters.Contains(member.Name))
            {
                continue;
            }

            if (property.Get is not null && CanFillInPlace(property.PropertyType))
            {
                property.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
                continue;
            }

            var holdsState = member switch
            {
                PropertyInfo p => p.DeclaringType?.GetField($"<{p.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic) is { } field
                    && field.IsDefined(typeof(CompilerGeneratedAttribute)),
                FieldInfo => true,
                _ => false,
            };
            if (holdsState)
            {
                throw new NotSupportedException(
                    $"{info.Type.FullName}.{member.Name} is read-only and no constructor parameter sets it, so its value would not survive saving " +
                    "and loading: give it a setter (init is enough), or register JSON metadata for the type (a JsonSerializerContext).");
            }
        }
    }

    private static bool CanFillInPlace(Type type)
        => !type.IsValueType && type != typeof(string) && !type.IsArray && !type.IsInterface && !type.IsAbstract
            && (typeof(IList).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type)
                || type.GetInterfaces().Any(static i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
                || !typeof(IEnumerable).IsAssignableFrom(type));

    private static HashSet<string> ConstructorParameters(Type type)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var constructors = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public);
        var chosen = constructors.Where(static c => c.IsDefined(typeof(JsonConstructorAttribute))).ToArray();
        if (chosen.Length == 0 && !constructors.Any(static c => c.GetParameters().Length == 0))
        {
            chosen = constructors;
        }

        foreach (var constructor in chosen)
        {
            foreach (var parameter in constructor.GetParameters())
            {
                names.Add(parameter.Name ?? "");
            }
        }

        return names;
    }
}
