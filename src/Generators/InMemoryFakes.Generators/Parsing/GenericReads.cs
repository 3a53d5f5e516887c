namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>GenericReads</c> setting: how a key-value store's generic read (<c>TOut Get&lt;TOut&gt;(key)</c>) turns the stored
/// value into the type asked for. The signature cannot say it (CacheManager's <c>GetCasted</c> runs
/// <c>Convert.ChangeType</c>, a JSON cache deserializes, a typed cache only casts), so without the setting a generic read of
/// sealed values is refused; <c>ChangeType</c> states one conversion precisely (docs/generator.md, attribute settings).
/// </summary>
internal static class GenericReads
{
    /// <summary>The setting's value for <c>GenericReadConversion.ChangeType</c>.</summary>
    public const int ChangeType = 1;

    /// <summary>Whether the fake converts generic reads with <c>Convert.ChangeType</c>.</summary>
    public static bool Converts(ParseContext context) => context.Settings.GenericReads == ChangeType;

    /// <summary>The setting's value for <c>GenericReadConversion.As</c>.</summary>
    public const int As = 2;

    /// <summary>
    /// Whether a generic read declared nullable or oblivious answers <see langword="default"/> for a value of another type
    /// (<c>value as T</c>, <c>IMemoryCache.TryGetValue&lt;TItem&gt;</c>); unstated it is a cast error naming the member.
    /// </summary>
    public static bool OtherTypeIsDefault(ParseContext context) => context.Settings.GenericReads == As;

    /// <summary>Why a generic read other than <c>Get&lt;TOut&gt;(key)</c> returning the type parameter is refused under the setting.</summary>
    public const string OnlyGetProblem = "GenericReads = ChangeType states how Get<TOut>(key) converts its result; whether this read converts too "
        + "(a TryGet with an out parameter, a read by a Type argument, a wrapped result, a batch read) is not said, so write it with ObjectValues.ChangeTypeOrDefault";

    /// <summary>Reports the setting where it means nothing: outside a key-value store (<paramref name="kind"/>, with its article), or a value the enum does not have.</summary>
    public static void Validate(ParseContext context, string? kind)
    {
        var value = context.Settings.GenericReads;
        if (value == 0)
        {
            return;
        }

        if (value is not (ChangeType or As))
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "GenericReads = " + value + " is not a GenericReadConversion (None, ChangeType or As)");
        }
        else if (kind is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "GenericReads: it says how a key-value store's generic Get<TOut>(key) converts the stored value, and " + context.InterfaceName + " is " + kind);
        }
    }
}
