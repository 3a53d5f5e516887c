using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a member that changes what the store holds cannot be generated in a store whose interface declares the access it
    /// was opened with, else null. Such a property (get-only, of an enum with a member named <c>Read</c> or <c>ReadOnly</c>
    /// and one whose name has <c>Write</c> in it: AudioSwitcher's <c>AccessMode { Read, Write, ReadWrite }</c>,
    /// System.IO's <c>FileAccess</c>) says a write may be allowed or not, and the mode is the real store's (refused itself:
    /// the fake holds no such state). AudioSwitcher's <c>CachedPropertyDictionary</c>, which Dimmer-MAUI vendors, ignores its
    /// indexer's setter in <c>Read</c> mode (the mode of a dictionary no device was loaded into), where the generated setter
    /// stored the value whatever the mode said (h-sample80). Reads stay generated: the mode says nothing of them.
    /// </summary>
    private static string? AccessModeChangeRefusal(KeyValueShape shape, OperationSpec operation)
    {
        if (!ChangesStore(operation) || AccessModeProperty(shape) is not { } mode)
        {
            return null;
        }

        var members = ((INamedTypeSymbol)mode.Type).GetMembers().OfType<IFieldSymbol>().Where(static f => f.HasConstantValue).Select(static f => f.Name);
        return "its interface declares the access the store was opened with ('" + mode.Name + "', of " + mode.Type.Name + ": " + string.Join(", ", members)
            + "), which the fake does not hold: a store opened for reading ignores or refuses a change (AudioSwitcher's CachedPropertyDictionary does nothing in its Read mode), "
            + "where the generated member would change the table whatever the mode says; write it beside the property (Store.Set(key, value) stores, Store.Remove(key) removes)";
    }

    /// <summary>The interface's get-only access-mode property (an enum with a read member and a write member), or null.</summary>
    private static IPropertySymbol? AccessModeProperty(KeyValueShape shape)
        => shape.Candidates
            .Select(static c => c.Property)
            .FirstOrDefault(static p => p is { IsIndexer: false, IsStatic: false, SetMethod: null, Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } type } && IsAccessMode(type));

    private static bool IsAccessMode(INamedTypeSymbol type)
    {
        var names = type.GetMembers().OfType<IFieldSymbol>().Where(static f => f.HasConstantValue).Select(static f => f.Name).ToList();
        return names.Any(static n => n is "Read" or "ReadOnly") && names.Any(static n => n.IndexOf("Write", StringComparison.Ordinal) >= 0);
    }

    /// <summary>Whether a member changes what the store holds: a write, an add, a removal, a clear, a counter, an indexer with a setter.</summary>
    private static bool ChangesStore(OperationSpec operation)
        => WritesValues(operation)
           || operation is KvIndexerOp { Set: not null } or KvDeleteOp or KvDeleteManyOp or KvRemoveMatchingOp or KvRemoveWhereOp or KvIncrementOp or KvAtomicOp or KvClearOp or KvExpireOp;
}
