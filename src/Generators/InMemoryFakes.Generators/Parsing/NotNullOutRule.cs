using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>out</c> parameter of a try-read or try-removal (<c>bool TryGet(key, out T value)</c>, <c>TryRemove(key, out T value)</c>)
/// declared a reference type NOT null under nullable annotations, with no attribute that lets a miss leave null
/// (<c>[MaybeNullWhen(false)]</c>, <c>[NotNullWhen(true)]</c>, <c>[MaybeNull]</c>). The <c>bool</c> says a key may be missing; the
/// parameter's type says the value handed out is never null, even then. So a miss hands out something the signature does
/// not name: Akka.Hosting's <c>ActorRegistry.TryGet(Type key, out IActorRef actor)</c> sets <c>ActorRefs.Nobody</c>, a sentinel
/// its callers may send to. The fake left <c>default</c> (null) there, silently, until h-sample110. A type parameter
/// (<c>out TValue value</c>) is left alone: unconstrained, it may be a nullable type, and <c>Dictionary.TryGetValue</c>'s
/// default is what such a store hands out. Oblivious parameters (<c>#nullable disable</c>) say nothing either way and keep
/// the default, as the <c>bool</c> says what a miss gives.
/// </summary>
internal static class NotNullOutRule
{
    /// <summary>Why the member is refused, or null when its out parameter may be null on a miss.</summary>
    /// <param name="outParameter">The member's out parameter.</param>
    /// <param name="storeRead">The one-line store access that reads the key in a hand-written member
    /// (<c>Store.TryGet(key, out var found)</c>, <c>Store.Find(id)</c>).</param>
    public static string? Problem(IParameterSymbol outParameter, string storeRead)
    {
        // A type parameter as declared stays one when the fake closes the interface ([InMemoryFake(typeof(IQueryCache<string,
        // string>))]: Squidex's 'out T result' is a string there, NotAnnotated, and still the T that may be nullable).
        var type = outParameter.Type;
        if (outParameter.RefKind != RefKind.Out || !type.IsReferenceType || type is ITypeParameterSymbol || outParameter.OriginalDefinition.Type is ITypeParameterSymbol
            || type.NullableAnnotation != NullableAnnotation.NotAnnotated || AllowsNull(outParameter))
        {
            return null;
        }

        var shown = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return "its out parameter '" + outParameter.Name + "' (" + shown + ") is declared not null, so a key not stored must still hand out a value that is not null,"
            + " and which one (a sentinel such as Akka.Hosting's ActorRefs.Nobody, an empty value) the signature does not say; declare it"
            + " '[MaybeNullWhen(false)] out " + shown + " " + outParameter.Name + "' when the store leaves null there, or write the member"
            + " (" + storeRead + ") and set '" + outParameter.Name + "' to the store's own value for a miss";
    }

    private static bool AllowsNull(IParameterSymbol parameter)
        => parameter.GetAttributes().Any(static a => a.AttributeClass?.Name is "MaybeNullWhenAttribute" or "NotNullWhenAttribute" or "MaybeNullAttribute" or "AllowNullAttribute");
}
