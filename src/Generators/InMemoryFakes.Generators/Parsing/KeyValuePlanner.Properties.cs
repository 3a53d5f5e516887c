using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Properties of a key-value store beyond its counts and listings: a settings object (<see cref="Conventions.SettingsNouns"/>)
/// the fake makes with its type's defaults; anything else is a reason that says what the fake lacks.
/// </summary>
internal static partial class KeyValuePlanner
{
    private const string SupportedProperties = "only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object (a get-only property of a class with a public parameterless constructor, named like "
        + "Options, Settings, Defaults, Policy, Configuration or Config) are supported";

    private static OperationSpec? OtherProperty(ParseContext context, KeyValueShape shape, IPropertySymbol property, out string? reason)
    {
        reason = null;
        var type = TypeNames.Underlying(property.Type);
        var named = type as INamedTypeSymbol;
        var isSettingsName = Conventions.EndsWithAny(property.Name, Conventions.SettingsNouns) || Conventions.EndsWithAny(type.Name, Conventions.SettingsNouns);
        if (named is { TypeKind: TypeKind.Class, IsAbstract: false } && type.SpecialType == SpecialType.None && isSettingsName && property.SetMethod is null && !property.IsStatic
            && !TypeFacts.SameType(type, shape.ValueType) && TypeFacts.ElementType(context.Known, type) is null
            && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && context.IsAccessible(c)) && !context.PropertiesOf(named).Any(static p => p.IsRequired))
        {
            return new SettingsPropertyOp(context.Names.New("__" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1)), context.RenderNotNull(type));
        }

        if (named is { TypeKind: TypeKind.Interface } && TypeFacts.ElementType(context.Known, type) is null)
        {
            return Fail("it returns " + type.ToDisplayString() + ", an interface: the real store's own engine or service, which a fake does not have (" + SupportedProperties + ")", out reason);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return Fail("it returns a string the real store is configured with (a name), which the interface does not carry (" + SupportedProperties + ")", out reason);
        }

        if (isSettingsName && named is { TypeKind: TypeKind.Class } && property.SetMethod is null)
        {
            return Fail("it returns the settings object " + type.ToDisplayString() + ", which the fake cannot make (it needs a public parameterless constructor and no required members)", out reason);
        }

        return Fail(SupportedProperties, out reason);
    }
}
