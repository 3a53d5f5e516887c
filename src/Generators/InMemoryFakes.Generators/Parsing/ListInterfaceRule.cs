using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An interface that IS a list: it derives from <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c> or the non-generic
/// <c>IList</c> (Avalonia's <c>IAvaloniaList&lt;T&gt; : IList&lt;T&gt;, IAvaloniaReadOnlyList&lt;T&gt;</c>, SwedbankPay's
/// <c>IOperationList : IList&lt;HttpOperation&gt;</c>). Its members keep items in order, the same item as often as it is
/// added, and read and write them by position, none of which a fake's keyed tables keep; and which list answers the
/// contract is the implementation's (a <c>List&lt;T&gt;</c> keeps duplicates, a <c>ReadOnlyCollection&lt;T&gt;</c> throws on
/// <c>Add</c>, a <c>KeyedCollection</c> refuses a second item of a key). So every member is refused with that reason
/// (h-sample106). Before, such an interface was classified by its members' votes (a blob store by <c>Move</c> and
/// <c>CopyTo</c>) and each refusal named a cause of that kind ("a destination that exists", "names no blob"), while
/// <c>Count</c> and <c>Clear</c> were generated over a blob table the list's own members, written by hand, never fill.
/// </summary>
internal static class ListInterfaceRule
{
    /// <summary>The list interfaces, by full name of their definition, with the name the message shows, most specific first.</summary>
    private static readonly (string Full, string Shown)[] Lists =
    {
        ("System.Collections.Generic.IList<T>", "IList<T>"),
        ("System.Collections.Generic.IReadOnlyList<T>", "IReadOnlyList<T>"),
        ("System.Collections.IList", "IList"),
    };

    /// <summary>The reason every member of the target is refused, or null when the target is no list.</summary>
    public static string? Reason(ParseContext context)
    {
        var target = context.Interface;
        var names = new[] { target }.Concat(target.AllInterfaces).Select(static i => i.OriginalDefinition.ToDisplayString()).ToList();
        var shortName = Lists.Where(l => names.Contains(l.Full)).Select(static l => l.Shown).FirstOrDefault();
        if (shortName is null)
        {
            return null;
        }

        return context.InterfaceName + " is a list (it derives from " + shortName + "): it keeps items in order, the same item as often as it is added, "
            + "and reads and writes them by position, none of which the fake's keyed tables keep; which list answers it is the implementation's "
            + "(a List<T> keeps duplicates, a ReadOnlyCollection<T> throws NotSupportedException on Add, a KeyedCollection<TKey, TItem> refuses a second item of a key), "
            + "so each member of a list interface is written by hand, over a List<T> field";
    }
}
