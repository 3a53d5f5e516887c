using System;
using System.Linq;

namespace InMemoryFakes;

/// <summary>
/// The message for an interface that has no registered fake. It tells the two cases apart: an interface nobody
/// generated a fake for, and a closed form of an open generic fake, which is generated but never in the factory table.
/// </summary>
internal static class MissingFake
{
    /// <summary>Why no fake can be created for <paramref name="interfaceType"/>, and how to fix it.</summary>
    /// <param name="interfaceType">The interface asked for.</param>
    /// <returns>The message.</returns>
    public static string Describe(Type interfaceType)
    {
        if (interfaceType.IsGenericType && !interfaceType.IsGenericTypeDefinition)
        {
            var definition = interfaceType.GetGenericTypeDefinition();
            if (definition.GetCustomAttributes(typeof(InMemoryFakeAttribute), inherit: false).FirstOrDefault() is InMemoryFakeAttribute attribute)
            {
                var fake = (attribute.Name ?? "InMemory" + StripInterfacePrefix(BaseName(definition))) + "<" + string.Join(", ", interfaceType.GenericTypeArguments.Select(Display)) + ">";
                return $"{Display(interfaceType)} is a closed form of the open generic {Display(definition)}, whose fake is generated but cannot be in the factory table "
                    + "(an open generic fake has no single type to register), so Fakes.Create, the fixtures' Get<T>() and the DI helpers cannot make it. "
                    + $"Create it directly: new {fake}(options); or declare a closed fake for this type argument: "
                    + $"[InMemoryFake(typeof({Display(interfaceType)}))] public partial class {StripInterfacePrefix(BaseName(definition))}Fake;";
            }
        }

        return $"No in-memory fake is registered for {interfaceType.FullName}. Put [InMemoryFake] on the interface (or on a partial class with typeof({interfaceType.Name})) in a project that references InMemoryFakes.";
    }

    private static string BaseName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string StripInterfacePrefix(string name)
        => name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name[1..] : name;

    private static string Display(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var arguments = type.IsGenericTypeDefinition ? type.GetGenericArguments() : type.GenericTypeArguments;
        return BaseName(type) + "<" + string.Join(", ", arguments.Select(Display)) + ">";
    }
}
