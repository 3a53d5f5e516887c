using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>StringKeys</c> setting: how string keys compare, which no signature says. It applies to a key-value store's
/// string keys and an entity repository's string key; anywhere else, or with a value the enum does not have, it is IMF0010.
/// </summary>
internal static class StringKeysRule
{
    /// <summary>IMF0010 when the setting is stated and <paramref name="keyType"/> (null: no single key) is not <c>string</c>.</summary>
    public static void Validate(ParseContext context, ITypeSymbol? keyType, string keys)
    {
        var setting = context.Settings.StringKeys;
        if (setting == 0)
        {
            return;
        }

        if (setting != 1)
        {
            Report(context, "StringKeys = " + setting.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a StringKeyComparison (Ordinal or OrdinalIgnoreCase)");
            return;
        }

        if (keyType is null || !TypeFacts.IsString(TypeNames.Underlying(keyType)))
        {
            Report(context, "StringKeys: it says how string keys compare, and " + keys + (keyType is null ? " are no single string" : " are " + keyType.ToDisplayString()));
        }
    }

    /// <summary>IMF0010 when the setting is stated on a store it is not applied to.</summary>
    public static void RejectOutsideKeys(ParseContext context, string kind)
    {
        if (context.Settings.StringKeys != 0)
        {
            Report(context, "StringKeys: it says how a key-value store's or an entity repository's string keys compare, and " + context.InterfaceName + " is " + kind);
        }
    }

    private static void Report(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);
}
