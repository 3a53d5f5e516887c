using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The types the copy planner recognises, resolved once per compilation (part of <see cref="KnownSymbols"/>): immutable
/// framework types, the collections the runtime's <c>CopyContext</c> copies by their run-time type, the framework types it
/// copies with their own copy constructor or clone, and the user copy hook <c>IDeepCopyable</c>. Also the index of the
/// compilation's own types, so a member declared as a base class or interface can dispatch to the subtypes declared in source.
/// </summary>
internal sealed class CopySymbols
{
    private readonly Compilation _compilation;
    private List<INamedTypeSymbol>? _sourceTypes;

    public CopySymbols(Compilation compilation)
    {
        _compilation = compilation;
        INamedTypeSymbol? Get(string metadataName) => compilation.GetTypeByMetadataName(metadataName);
        INamedTypeSymbol?[] All(params string[] names)
        {
            var symbols = new INamedTypeSymbol?[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                symbols[i] = Get(names[i]);
            }

            return symbols;
        }

        ImmutableScalars = All(
            "System.DateTimeOffset", "System.TimeSpan", "System.Guid", "System.DateOnly", "System.TimeOnly", "System.Uri", "System.Version",
            "System.Half", "System.Int128", "System.UInt128", "System.Numerics.BigInteger", "System.Numerics.Complex", "System.Index", "System.Range",
            "System.Text.Rune", "System.TimeZoneInfo", "System.DBNull", "System.Type",
            // Orleans' grain id: a readonly struct of readonly fields whose byte array is never handed out for writing;
            // Orleans marks it [Immutable], so its own serializer's copier keeps it as it is (IDs/GrainId.cs, IdSpan.cs).
            "Orleans.Runtime.GrainId");
        SystemType = Get("System.Type");
        ImmutableGenerics = All(
            "System.Collections.Generic.KeyValuePair`2", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5",
            "System.Tuple`6", "System.Tuple`7");
        Collections = All(
            "System.Collections.Generic.List`1", "System.Collections.Generic.HashSet`1", "System.Collections.Generic.SortedSet`1",
            "System.Collections.Generic.LinkedList`1", "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1",
            "System.Collections.ObjectModel.Collection`1", "System.Collections.ObjectModel.ObservableCollection`1",
            "System.Collections.ObjectModel.ReadOnlyCollection`1", "System.Collections.Immutable.ImmutableList`1",
            "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1", "System.Collections.Generic.ISet`1",
            "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1");
        Dictionaries = All(
            "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.SortedList`2",
            "System.Collections.Concurrent.ConcurrentDictionary`2", "System.Collections.ObjectModel.ReadOnlyDictionary`2",
            "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2");
        RuntimeCopied = All(
            "System.Xml.Linq.XObject", "System.Xml.Linq.XNode", "System.Xml.Linq.XContainer", "System.Xml.Linq.XElement", "System.Xml.Linq.XDocument",
            "System.Xml.Linq.XAttribute", "System.Xml.Linq.XText", "System.Xml.Linq.XCData", "System.Xml.Linq.XComment",
            "System.Xml.Linq.XProcessingInstruction", "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject",
            "System.Text.Json.Nodes.JsonArray", "System.Text.Json.Nodes.JsonValue", "System.Text.Json.JsonElement", "System.Text.Json.JsonDocument",
            "System.Text.StringBuilder", "System.Collections.BitArray");
        ImmutableArray = Get("System.Collections.Immutable.ImmutableArray`1");
        DeepCopyable = Get("InMemoryFakes.IDeepCopyable");
    }

    /// <summary>Framework types whose values never change.</summary>
    public INamedTypeSymbol?[] ImmutableScalars { get; }

    /// <summary>Framework generic types that are immutable when their type arguments are (value tuples are recognised by Roslyn).</summary>
    public INamedTypeSymbol?[] ImmutableGenerics { get; }

    /// <summary>Collections of one element type that <c>CopyContext.CopyCollection</c> copies by their run-time type.</summary>
    public INamedTypeSymbol?[] Collections { get; }

    /// <summary>Dictionaries that <c>CopyContext.CopyDictionaryLike</c> copies by their run-time type.</summary>
    public INamedTypeSymbol?[] Dictionaries { get; }

    /// <summary>Framework types the runtime copies with their own copy constructor or clone (<c>CopyContext.CopyValue</c>).</summary>
    public INamedTypeSymbol?[] RuntimeCopied { get; }

    /// <summary><c>System.Type</c>: its subclasses are immutable too.</summary>
    public INamedTypeSymbol? SystemType { get; }

    public INamedTypeSymbol? ImmutableArray { get; }

    /// <summary><c>InMemoryFakes.IDeepCopyable</c>: a type that copies itself.</summary>
    public INamedTypeSymbol? DeepCopyable { get; }

    /// <summary>Every type declared in the compilation's own source (nested ones included), in declaration order; computed on first use.</summary>
    public IReadOnlyList<INamedTypeSymbol> SourceTypes(CancellationToken cancellationToken)
    {
        var types = Volatile.Read(ref _sourceTypes);
        if (types is null)
        {
            types = new List<INamedTypeSymbol>();
            var namespaces = new Stack<INamespaceSymbol>();
            namespaces.Push(_compilation.Assembly.GlobalNamespace);
            while (namespaces.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ns = namespaces.Pop();
                foreach (var member in ns.GetMembers())
                {
                    if (member is INamespaceSymbol inner)
                    {
                        namespaces.Push(inner);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        AddWithNested(types, type);
                    }
                }
            }

            Interlocked.CompareExchange(ref _sourceTypes, types, null);
            types = _sourceTypes!;
        }

        return types;
    }

    /// <summary>Whether <paramref name="type"/> is one of <paramref name="candidates"/> (for a generic type: constructed from it).</summary>
    public static bool IsAny(ITypeSymbol type, INamedTypeSymbol?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (KnownSymbols.Is(type, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddWithNested(List<INamedTypeSymbol> types, INamedTypeSymbol type)
    {
        types.Add(type);
        foreach (var nested in type.GetTypeMembers())
        {
            AddWithNested(types, nested);
        }
    }
}
