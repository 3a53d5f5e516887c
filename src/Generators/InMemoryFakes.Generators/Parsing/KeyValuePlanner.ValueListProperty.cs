using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a member cannot be generated over the fake's table in a store whose interface keeps its values in a settable
    /// property of its own (a list, array or other collection of the store's value type), else null. Such a property is the
    /// real store's list of its values: the store fills it (from a folder, a container, a query) and its lookups search it,
    /// and a caller may replace it. bing-visualsearch-tools' <c>IImageStore</c> (h-sample121) declares
    /// <c>List&lt;ImageInfo&gt; Images { get; set; }</c> beside <c>Task&lt;ImageInfo&gt; GetImage(string url)</c>, which its
    /// <c>AzureImageStore</c> answers from <c>Images</c> (the image whose <c>Url</c> equals the URL, ignoring case) or from
    /// the blob the URL names. The property is refused (a setter), and written by hand it holds a list the fake's table does
    /// not see: <c>GetImage</c> read a table nothing fills, null for an image the test had put in <c>Images</c>. Every
    /// member planned by convention in such a store reads or changes other data than the property holds, so each is refused
    /// naming the property. Unlike an entity repository's list of its entities (Course20486D's <c>IData.ActorsList</c>, whose
    /// <c>GetActorById</c> stays generated: written over <c>Store</c>, the list's entities carry the key the lookup compares),
    /// a key-value store's values carry no key the store proves, so which of them a key finds (here the <c>Url</c>, ignoring
    /// case) is the real store's own rule. A get-only property keeps its own rules (<c>Values</c> lists the table).
    /// </summary>
    private static string? ValueListPropertyRefusal(ParseContext context, KeyValueShape shape)
    {
        if (shape.IsObjectStore)
        {
            return null;
        }

        foreach (var candidate in shape.Candidates.Concat(context.HandWritten))
        {
            if (candidate.Property is { IsIndexer: false, IsStatic: false, SetMethod: not null } property
                && TypeFacts.ElementType(context.Known, property.Type) is { } element
                && SymbolEqualityComparer.Default.Equals(element.WithNullableAnnotation(NullableAnnotation.None), shape.ValueType.WithNullableAnnotation(NullableAnnotation.None)))
            {
                var type = property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
                return "its values are kept in " + context.InterfaceName + "'s own property '" + property.Name + "' (" + type
                    + ", with a setter), the real store's list of them, which it fills and searches and a caller may replace; the fake's table is not that list,"
                    + " and its values carry no key the store proves, so which of them a key finds is the real store's own rule;"
                    + " this member would read or change other data than " + property.Name + " holds (bing-visualsearch-tools' IImageStore answers"
                    + " GetImage(url) from its Images list or its blob container, where the fake read a table nothing fills); write the member over the list"
                    + " the property keeps";
            }
        }

        return null;
    }
}
