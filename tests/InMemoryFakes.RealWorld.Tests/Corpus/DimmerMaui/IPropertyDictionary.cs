// Source: https://github.com/YBTopaz8/Dimmer-MAUI
// Commit: 838d48f5ca05
// Licence: MS-PL (AudioSwitcher-master/LICENSE: the vendored AudioSwitcher library this interface belongs to; the
//   repository's own LICENSE is MIT; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample80 rule, fixed before probing (written out whole, with the skipped repositories, in
//   Corpus/DCCPanelController/IUndoService.cs): the repositories find_repos("Maui") lists, in its order, keeping those
//   with C# files; in each, at its newest stored snapshot, the first C# interface in ordinal path order, outside test
//   paths, with at least 3 members and an implementation in the same repository that keeps state; not a corpus source
//   already; a licence that allows transcribing a signature; at most 1 per repository; stop after 5.
//   This one: the 2nd pick. The repository vendors AudioSwitcher under AudioSwitcher-master/, first in path order; its
//   first interface is this one (the Tests folders are test paths).
// Path: AudioSwitcher-master/AudioSwitcher.AudioApi.CoreAudio/Internal/IPropertyDictionary.cs (its one implementation:
//   Internal/CachedPropertyDictionary.cs, an audio device's property cache; model: Internal/PropertyKey.cs)
// Adapted: PropertyKey keeps its fields, constructor, Equals, operators and GetHashCode; the XML comments are dropped.
//   Nullable disabled, as in the source (the project does not enable it).
// Real store: CachedPropertyDictionary over a Dictionary<PropertyKey, object> that TryLoadFrom(device) fills from the
//   device's COM property store (IPropertyStore), opening it read-write when it can (Mode ReadWrite) and else read-only
//   (Mode Read; a new dictionary is Read, the enum's 0). The getter answers the cached value, null for a key not
//   cached; the setter does nothing in Read mode, nothing for a key not cached, and otherwise writes the value to the
//   device (IPropertyStore.SetValue + Commit) without changing the cached value: a read after a write answers the old
//   value until the device is loaded again. Count and Contains read the cache. Dispose drops the cache (Count is then
//   0 and Contains throws NullReferenceException). The smoke script checks a dictionary no device was loaded into.
// Shapes: *=none; Dispose=17
// First try (2df64237): incomplete: IMF0001 on Mode (a property of no key-value convention); generated: Count,
//   Contains, this[] (get and set), Dispose (a no-op) | WRONG: this[]'s setter stored every value, where the real one does
//   nothing in Read mode (a new dictionary's) and in ReadWrite mode writes only a key already cached, to the device,
//   leaving the cache as it was; this[]'s getter threw KeyNotFoundException for a key not cached (an oblivious indexer
//   reads a missing key as IDictionary's does), where the real one answers null; Dispose did nothing, where the real one
//   drops the cache.
// After this round: incomplete: IMF0001 on Mode and this[]. A key-value member that changes what the store holds (a
//   write, a removal, a clear, an indexer with a setter) is refused when the interface declares the access the store was
//   opened with, a get-only property of an enum with a Read and a Write member (docs/generator.md, key-value refused
//   guesses; Sample80Tests): the setter's meaning is the mode's, which the fake does not hold. The indexer goes whole
//   (its getter with it: an indexer is one member). Count and Contains stay generated and read the table, as the real
//   ones read the cache.
// Still wrong: Dispose does nothing, where the real one drops the cache (Count is 0 afterwards and Contains throws
//   NullReferenceException): use after disposal, which no signature describes, and a no-op is the documented Dispose.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DimmerMaui.IPropertyDictionaryCase;

public struct PropertyKey
{
    public readonly Guid FormatId;

    public readonly int PropertyId;

    public PropertyKey(Guid formatId, int propertyId)
    {
        FormatId = formatId;
        PropertyId = propertyId;
    }

    public override bool Equals(object obj)
    {
        if (!(obj is PropertyKey))
            return false;

        var key = (PropertyKey) obj;

        return key.FormatId == FormatId && key.PropertyId == PropertyId;
    }

    public static bool operator ==(PropertyKey k1, PropertyKey k2)
    {
        return k1.FormatId == k2.FormatId && k1.PropertyId == k2.PropertyId;
    }

    public static bool operator !=(PropertyKey k1, PropertyKey k2)
    {
        return !(k1 == k2);
    }

    public override int GetHashCode()
    {
        return FormatId.GetHashCode()*17 + PropertyId.GetHashCode();
    }
}

[InMemoryFake]
internal interface IPropertyDictionary : IDisposable
{
    AccessMode Mode { get; }

    int Count { get; }

    object this[PropertyKey key] { get; set; }

    bool Contains(PropertyKey key);
}

[Flags]
internal enum AccessMode
{
    Read,
    Write,
    ReadWrite = Read | Write
}

public static class Smoke
{
    public static Task RunAsync(object dictionary) => RunCoreAsync((IPropertyDictionary)dictionary);

    private static Task RunCoreAsync(IPropertyDictionary properties)
    {
        var friendlyName = new PropertyKey(new Guid("a45c254e-df1c-4efd-8020-67d146a850e0"), 14);
        Check.Equal(AccessMode.Read, properties.Mode, "a dictionary no device was loaded into is read-only");
        Check.Equal(0, properties.Count, "and holds no property");
        Check.False(properties.Contains(friendlyName), "Contains is false for a key not cached");
        Check.Null(properties[friendlyName], "the getter answers null for a key not cached");

        properties[friendlyName] = "Speakers";
        Check.Equal(0, properties.Count, "the setter of a read-only dictionary does nothing");
        Check.False(properties.Contains(friendlyName), "so the key is still not there");
        Check.Null(properties[friendlyName], "and its value is still null");

        properties.Dispose();
        Check.Equal(0, properties.Count, "a disposed dictionary counts 0");
        return Task.CompletedTask;
    }
}
