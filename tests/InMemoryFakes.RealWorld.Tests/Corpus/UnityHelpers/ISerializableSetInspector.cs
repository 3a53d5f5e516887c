// Source: https://github.com/studentutu/unity-helpers (a copy of wallstop/unity-helpers; its LICENSE names wallstop)
// Commit: b602a6f86bcf
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample79 rule, fixed before probing: the repositories find_repos("Student") lists, in its order, keeping
//   those with C# files (then find_repos("School") once that list runs out); in each, at its newest stored snapshot
//   (fetch, then git grep; or find_files' path order), the first C# interface outside test paths that has at least 3
//   members and whose implementation in the same repository keeps state (a database, cache, blob, table, in-memory
//   collection); not a corpus source already; a licence that allows transcribing a signature (no licence file:
//   skipped); at most 1 per repository; stop after 5. The walk (docs/generator-rounds.md, "Out-of-sample round h-sample79"):
//   of the 100 "Student" repositories, most hold no C# (Ruby, JavaScript and Java course templates, Python, PHP; of the
//   Learn.co and Turing School exercise templates 11 were checked, the rest judged by their names);
//   ConfirmitYaroslavlStudents/Students, Ramwsh221282/StudentPerfomanceProject, dluciv/261studentprojects,
//   passerellesnumeriques/Students-Database and HushengStudent/myGameFramework have no licence file,
//   ahmedelbamby-aast/Student-Registeration-System has no snapshot and no licence file in the index,
//   TheStudent00/REPO_STAGING has no snapshot (its .cs files are generated x86 emulator sources); studentutu/unity-helpers
//   gives the 1st pick. The "School" list then gives DFE-Digital/sts-plan-technology-for-your-school (ICurrentUserProvider),
//   aalishov/School (IJobController) and DFE-Digital/get-information-about-schools (ICacheAccessor); both lists run out
//   at 4 picks.
//   This one: the 1st pick. Before it in path order: the Proto generator's IGeneratedMessage (a description of a
//   generated wrapper, no store), IRelationalComponentAssigner (assigns Unity components; a memo of reflection only),
//   ISerializableDictionaryBoxedValues (1 member).
// Path: Runtime/Core/DataStructure/Adapters/SerializableHashSet.cs (the internal interface, implemented explicitly by
//   SerializableSetBase<T, TSet>, the base of SerializableHashSet<T> and SerializableSortedSet<T>, for the Inspector's
//   drawer)
// Adapted: nothing but the XML comments (there are none on the interface). Nullable disabled, as in the source (a Unity
//   package: no #nullable, no Nullable property).
// Real store: SerializableSetBase over a HashSet<T> (_set) and a serialized array (_items, what Unity writes). ElementType
//   is typeof(T); UniqueCount is the set's count; SerializedCount is _items' length, the set's count while _items is
//   null. TryAddElement(value, out normalized) converts the object to T (as T; null when T is a reference type; an enum
//   by name or number; an IConvertible by Convert.ChangeType, invariant culture: 5 becomes "5" in a set of strings),
//   false with default(T) when it cannot, else adds it: true when it was not in the set, false when it was, normalized
//   the converted value either way. ContainsElement and RemoveElement convert the same way (false when they cannot) and
//   answer whether the set held it / removed it. ClearElements empties the set and drops _items. GetSerializedItemsSnapshot
//   answers a copy of _items when it has any, else a T[] of the set. SetSerializedItemsSnapshot(values, preserve) makes
//   _items the converted values (duplicates kept: SerializedCount counts them) and the set their distinct values; null
//   or empty empties both. SynchronizeSerializedState runs OnBeforeSerialize (rewrites _items from the set).
//   SupportsSorting is false for SerializableHashSet, true for SerializableSortedSet. Followed for SerializableHashSet<string>.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on all 11 members, a key-value store with nothing it could key: the four
//   properties ("only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object are supported"),
//   TryAddElement ("its parameter 'normalizedValue' is passed out"), ContainsElement, RemoveElement, ClearElements,
//   Get/SetSerializedItemsSnapshot ("Element"/"SerializedItemsSnapshot" after the verb is no noun of this store) and
//   SynchronizeSerializedState (no known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a set of object values that the real store converts to its
//   element type on the way in (Convert.ChangeType: 5 is "5"), with a second, serialized list beside it that keeps
//   repeats (SerializedCount, the snapshots) and a sync step between the two, is Unity serialization state: no key, and
//   the conversion, the two counts and the sync are the store's own code.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.UnityHelpers.ISerializableSetInspectorCase;

[InMemoryFake]
internal interface ISerializableSetInspector
{
    Type ElementType { get; }

    int UniqueCount { get; }

    int SerializedCount { get; }

    bool TryAddElement(object value, out object normalizedValue);

    bool ContainsElement(object value);

    bool RemoveElement(object value);

    void ClearElements();

    Array GetSerializedItemsSnapshot();

    void SetSerializedItemsSnapshot(Array values, bool preserveSerializedEntries);

    void SynchronizeSerializedState();

    bool SupportsSorting { get; }
}

public static class Smoke
{
    public static Task RunAsync(object store) => RunCoreAsync((ISerializableSetInspector)store);

    private static Task RunCoreAsync(ISerializableSetInspector set)
    {
        Check.Equal(typeof(string), set.ElementType, "ElementType is the set's element type (a set of strings here)");
        Check.False(set.SupportsSorting, "a hash set does not sort");
        Check.Equal(0, set.UniqueCount, "a new set holds nothing");
        Check.Equal(0, set.SerializedCount, "and has nothing serialized");

        Check.True(set.TryAddElement("a", out var normalized), "TryAddElement adds a value not in the set");
        Check.Equal("a", normalized, "and hands back the value it stored");
        Check.False(set.TryAddElement("a", out normalized), "TryAddElement of a value already there answers false");
        Check.Equal("a", normalized, "and still hands back the converted value");
        Check.True(set.TryAddElement(5, out normalized), "an int is converted to the element type");
        Check.Equal("5", normalized, "by Convert.ChangeType: 5 becomes \"5\"");
        Check.Equal(2, set.UniqueCount, "UniqueCount counts the distinct values");

        Check.True(set.ContainsElement("a"), "ContainsElement finds a stored value");
        Check.True(set.ContainsElement(5), "and converts its argument the same way");
        Check.False(set.ContainsElement("b"), "a value never added is not there");

        var snapshot = set.GetSerializedItemsSnapshot();
        Check.Equal(2, snapshot.Length, "the snapshot of a set with nothing serialized yet is the set's values");
        Check.True(snapshot is string[], "as an array of the element type");

        Check.True(set.RemoveElement("a"), "RemoveElement removes a stored value");
        Check.False(set.RemoveElement("a"), "and answers false the second time");
        Check.False(set.ContainsElement("a"), "the removed value is gone");

        set.SetSerializedItemsSnapshot(new[] { "x", "y", "x" }, true);
        Check.Equal(2, set.UniqueCount, "a snapshot with a repeat makes a set of its distinct values");
        Check.Equal(3, set.SerializedCount, "while the serialized items keep the repeat");
        Check.False(set.ContainsElement("5"), "and replaces what the set held");
        Check.Equal(3, set.GetSerializedItemsSnapshot().Length, "the snapshot is the serialized items, repeat included");

        set.ClearElements();
        Check.Equal(0, set.UniqueCount, "ClearElements empties the set");
        Check.Equal(0, set.SerializedCount, "and the serialized items");
        Check.Equal(0, set.GetSerializedItemsSnapshot().Length, "so the snapshot is empty");
        return Task.CompletedTask;
    }
}
