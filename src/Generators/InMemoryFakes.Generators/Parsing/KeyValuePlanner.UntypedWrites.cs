using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// A read of one declared type (<c>Task&lt;string&gt; GetValue(key)</c>, <c>TryGet(key, out int value)</c>) from a store
    /// whose writes take any value (<c>Set(key, object value)</c>, <c>Set&lt;T&gt;(key, T value)</c>): what it answers for a
    /// value written as another type is the real store's conversion, which no signature shows. Blog.Core's Redis
    /// <c>GetValue</c> answers the JSON its <c>Set</c> serialized an object to; a cache's <c>as string</c> answers null. The
    /// fake answered null, as for a missing key (h-sample16's round). Null when the read is a generic <c>T</c>, <c>object</c>,
    /// or no write takes an untyped value.
    /// </summary>
    private static string? UntypedWriteProblem(KeyValueShape shape, ITypeSymbol readType)
    {
        if (!shape.IsObjectStore || readType is ITypeParameterSymbol || readType.SpecialType == SpecialType.System_Object
            || TypeFacts.MentionsMethodTypeParameter(readType) || UntypedWrite(shape) is not { } write)
        {
            return null;
        }

        return "it reads " + readType.ToDisplayString() + " values, but '" + write.DisplayName + "' writes values of any type ("
            + write.Parameters[1].Type.ToDisplayString() + " " + write.Parameters[1].Name + "), and what a read of one type answers for a value written as another is the real store's"
            + " conversion, which no signature shows (a Redis store answers the JSON it serialized the object to, a cache's 'as' cast answers null): return "
            + "object or a generic T, or implement it";
    }

    /// <summary>The first write (Set, SetIfAbsent, Replace) whose value parameter is <c>object</c> or a method's type parameter.</summary>
    private static MemberCandidate? UntypedWrite(KeyValueShape shape)
    {
        foreach (var candidate in shape.Candidates)
        {
            if (candidate.Method is null || candidate.Parameters.Length < 2)
            {
                continue;
            }

            var stripped = VerbNouns.Strip(candidate.Verb, shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
            if (Conventions.KeyValueVerbOf(stripped.Verb) is not (KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace))
            {
                continue;
            }

            var value = TypeNames.Underlying(candidate.Parameters[1].Type);
            if (value.SpecialType == SpecialType.System_Object || value is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method })
            {
                return candidate;
            }
        }

        return null;
    }
}
