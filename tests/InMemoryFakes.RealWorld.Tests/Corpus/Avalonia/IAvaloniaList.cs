// Source: https://github.com/AvaloniaUI/Avalonia
// Commit: 37f3e607a6bc
// Licence: MIT (licence.md; an interface signature transcribed for a test)
// Sample: h-sample106 rule, fixed by the lead before any interface was looked at: the repositories
//   find_repos("Avalonia") lists, in its order, keeping those with C# files (find_files(repo, ext="cs") gives rows; then
//   find_repos("Uno") only if that list ran out before 3 picks: it did not); in each, at its newest stored snapshot
//   (fetch, then git grep for interface declarations in *.cs, paths in ordinal order), the first interface whose path
//   says neither test, sample nor generated, with at least 3 members (counted as the earlier rounds count them: those
//   it declares and those inherited from interfaces of the same repository; a BCL base such as IList<T> or
//   IDictionary<K, V> adds none) and an implementation in the same repository that keeps state (a database, cache, blob,
//   table, file, in-memory collection) its members read or write; a repository with no licence file of its own (or a
//   licence its README states for the whole repository) skipped, as are proprietary ones; not a corpus source already;
//   at most 1 per repository; stop after 3. The walk, find_repos("Avalonia") (100 listed): 1. AvaloniaUI/Avalonia (MIT)
//   gives this IAvaloniaList<T>; 2. MicroSugarDeveloperOrg/Avalonia.WebView (MIT, 0ecb4492d788) none: its own
//   interfaces have 1 or 2 members (IBlazorWebViewApplication, IEmptyView, IPropertyMapper, IViewHandler…), none of
//   its own beside BCL ones (IAvaloniaHandlerCollection : IList<Type>), no implementation at the snapshot
//   (IPropertyMapper<TVirtualView, TViewHandler>, 5: PropertyMapper.cs is gone), or are Linux application and
//   dispatcher, web view, provider and callback interfaces and the Xamarin.Mac and WebView2 bindings (native protocol
//   and COM interfaces) that keep no store; 3. JamesGuiExtract/AvaloniaPersonal no licence file of its own (only its
//   products' end-user licence agreements, proprietary): skipped; 4. FibonacciFox/Peachpie.Avalonia (MIT) no C#
//   interface in its snapshot; 5. ArgoRobots/Argo-Books-Avalonia proprietary (its LICENSE: "not open source"):
//   skipped; 6. AvaloniaUI/avalonia-docs no rows for ext cs: not kept; 7. asv-soft/asv-avalonia (MIT) gives
//   ITileProviderService (Corpus/AsvAvalonia); 8. crownclowngx/avalonia_dock_simple_test no snapshot and no licence file
//   in the index: skipped; 9. AvaloniaUI/Avalonia.Markup.Declarative (MIT) none (4 interfaces of 0 or 1 member);
//   10. jmacato/avalonia-calculator no snapshot, and the index holds no licence file of its own (NOTICE.txt lists third
//   parties' licences): skipped; 11. fabulous-dev/Fabulous.Avalonia (F#) no C# interface; 12. bluearchive-cafe/
//   Cafe.Launcher.Avalonia no snapshot can be had (its README states MIT, but the index holds the union of three
//   layouts of its history, so its newest tree cannot be walked): skipped, as h-sample101 skipped repositories with no
//   stored snapshot; 13. Dorotel/MTM_WIP_Application_Avalonia (MIT) gives IColumnConfigurationService
//   (Corpus/MtmWipApplicationAvalonia): 3, stop.
//   This one: the 1st pick (the 1st repository listed). Before it in path order (src/Android/…, src/Avalonia.Base/…):
//   INodeInfoProvider (3, an accessibility node over an automation peer, no store), IAndroidApplication (1),
//   IActivityResultHandler (2), IActivityNavigationService (1), IAvaloniaActivity (6 with its two bases: an activity's
//   content and events, no store), IInitEditorInfo (1), IAndroidInputMethod (5, the input method's view and client, no
//   store); Animation/: IEasing (1), IAnimation (2), IAnimationSetter (2), IAnimator (2 of its own beside
//   IList<AnimatorKeyFrame>), IClock (1), ICustomAnimator (2), IGlobalClock (0), IPageTransition (1),
//   IProgressPageTransition (3 with its base: transitions that animate visuals, no store), ITransition (2);
//   IAvaloniaDependencyResolver (1); Collections/IAvaloniaDictionary<TKey, TValue> (none of its own: every member is
//   IDictionary's).
// Path: src/Avalonia.Base/Collections/IAvaloniaList.cs and IAvaloniaReadOnlyList.cs (real store: AvaloniaList<T> beside
//   them, over a List<T>)
// Adapted: the XML comments dropped. Nullable enabled, as in the source (build/NullableEnable.props).
// Real store: AvaloniaList<T>: a List<T> that raises CollectionChanged and PropertyChanged. Add appends (duplicates and
//   null kept); AddRange(items) is InsertRange at the end; InsertRange(index, items) inserts them in order (null items:
//   ArgumentNullException); the indexer reads and replaces by position (out of range: ArgumentOutOfRangeException);
//   Move(old, new) takes the item out and inserts it at the new index; MoveRange(old, count, new) takes count items and
//   inserts them at new, less count - 1 when moving down; RemoveAll(items) removes every occurrence of each item given;
//   RemoveRange(index, count) removes count items from index; Remove(item) the first occurrence (false when none);
//   Contains/IndexOf by EqualityComparer<T>.Default; Clear empties it; enumeration in list order. A stored item is the
//   instance given (no copy).
// Shapes: *=none
// First try (6587633c): incomplete: IMF0001 on 20 of 22 members, the interface read as a blob store (by Move and
//   CopyTo), each refusal naming a blob store's cause: Move "without a 'bool overwrite' parameter, what it does to a
//   destination that exists is not said", Remove and CopyTo "names no blob", RemoveAll "Clear must take no parameters",
//   Add, AddRange, Insert, InsertRange, IndexOf, MoveRange, RemoveAt, RemoveRange "not a known verb", Contains "must take
//   the key", IsReadOnly, both indexers, both GetEnumerator, the two events; generated: ICollection<T>'s Count and Clear
//   over the fake's blob table | WRONG: none (Count and Clear count and empty a table only members written by hand could
//   fill, as in SwedbankPay's IOperationList's first try; no generated member reads or writes an item).
// After this round: every member is refused (IMF0001) saying the interface is a list (it derives from IList<T>): items
//   in order, the same item as often as added, reads and writes by position, which the fake's keyed tables do not keep,
//   and which list answers the contract is the implementation's (Sample106Tests; docs/generator.md, refused guesses).
//   Count and Clear are no longer generated over a table the list's own members, written by hand over a List<T>, never
//   fill. Rightly incomplete: the change events are AvaloniaList's own too.
#nullable enable

using System.Collections.Generic;
using System.Collections.Specialized;
using System.ComponentModel;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Avalonia.IAvaloniaListCase;

public interface IAvaloniaReadOnlyList<out T> : IReadOnlyList<T>, INotifyCollectionChanged, INotifyPropertyChanged
{
}

[InMemoryFake]
public interface IAvaloniaList<T> : IList<T>, IAvaloniaReadOnlyList<T>
{
    new int Count { get; }

    new T this[int index] { get; set; }

    void AddRange(IEnumerable<T> items);

    void InsertRange(int index, IEnumerable<T> items);

    void Move(int oldIndex, int newIndex);

    void MoveRange(int oldIndex, int count, int newIndex);

    void RemoveAll(IEnumerable<T> items);

    void RemoveRange(int index, int count);
}

public static class Smoke
{
    public static Task RunAsync(IAvaloniaList<string> list)
    {
        list.Add("a");
        list.AddRange(new[] { "b", "c" });
        Check.Equal(3, list.Count, "Add and AddRange append");
        Check.Equal("b", list[1], "the indexer reads by position");
        list.Add("a");
        Check.Equal(4, list.Count, "a list keeps a duplicate");
        list.InsertRange(1, new[] { "x" });
        Check.Equal("a,x,b,c,a", string.Join(",", list), "InsertRange inserts at the index, in order");
        list.Move(0, 4);
        Check.Equal("x,b,c,a,a", string.Join(",", list), "Move takes the item out and inserts it at the new index");
        list.RemoveAll(new[] { "a" });
        Check.Equal("x,b,c", string.Join(",", list), "RemoveAll removes every occurrence");
        list[0] = "z";
        Check.Equal("z", list[0], "the indexer replaces by position");
        Check.Equal(2, list.IndexOf("c"), "IndexOf answers the position");
        list.RemoveRange(0, 2);
        Check.Equal("c", string.Join(",", list), "RemoveRange removes count items from the index");
        Check.True(list.Remove("c"), "Remove answers true for an item held");
        Check.False(list.Remove("c"), "and false once it is gone");
        Check.Equal(0, list.Count, "the list is empty");
        return Task.CompletedTask;
    }
}
