using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The types the planners recognise, resolved once per compilation and compared as symbols
/// (<see cref="SymbolEqualityComparer"/>), never as display strings. A type the compilation does not have is null,
/// and a null never equals anything, so nothing is recognised by accident.
/// </summary>
internal sealed class KnownSymbols
{
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> Cache = new();

    private KnownSymbols(Compilation compilation)
    {
        Compilation = compilation;
        INamedTypeSymbol? Get(string metadataName) => compilation.GetTypeByMetadataName(metadataName);

        CancellationToken = Get("System.Threading.CancellationToken");
        Task = Get("System.Threading.Tasks.Task");
        TaskOfT = Get("System.Threading.Tasks.Task`1");
        ValueTask = Get("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
        AsyncEnumerable = Get("System.Collections.Generic.IAsyncEnumerable`1");
        TimeSpan = Get("System.TimeSpan");
        DateTimeOffset = Get("System.DateTimeOffset");
        DateOnly = Get("System.DateOnly");
        TimeOnly = Get("System.TimeOnly");
        Guid = Get("System.Guid");
        Uri = Get("System.Uri");
        Version = Get("System.Version");
        Half = Get("System.Half");
        Int128 = Get("System.Int128");
        UInt128 = Get("System.UInt128");
        Stream = Get("System.IO.Stream");
        ReadOnlyMemory = Get("System.ReadOnlyMemory`1");
        ReadOnlySequence = Get(Conventions.ByteSequenceType);
        BufferWriter = Get(Conventions.BufferWriterType);
        PipeWriter = Get(Conventions.PipeWriterType);
        Func1 = Get("System.Func`1");
        Func2 = Get("System.Func`2");
        Type = Get("System.Type");
        Expression = Get("System.Linq.Expressions.Expression`1");
        JsonTypeInfo = Get("System.Text.Json.Serialization.Metadata.JsonTypeInfo");
        JsonTypeInfoOfT = Get("System.Text.Json.Serialization.Metadata.JsonTypeInfo`1");
        JsonSerializerOptions = Get("System.Text.Json.JsonSerializerOptions");
        JsonSerializerContext = Get("System.Text.Json.Serialization.JsonSerializerContext");
        Comparison = Get("System.Comparison`1");
        IComparerOfT = Get("System.Collections.Generic.IComparer`1");
        IComparable = Get("System.IComparable");
        IComparableOfT = Get("System.IComparable`1");
        Exception = Get("System.Exception");
        Obsolete = Get("System.ObsoleteAttribute");
        Experimental = Get("System.Diagnostics.CodeAnalysis.ExperimentalAttribute");
        TimeProvider = Get("System.TimeProvider");
        List = Get("System.Collections.Generic.List`1");
        IList = Get("System.Collections.Generic.IList`1");
        ICollection = Get("System.Collections.Generic.ICollection`1");
        IReadOnlyList = Get("System.Collections.Generic.IReadOnlyList`1");
        IReadOnlyCollection = Get("System.Collections.Generic.IReadOnlyCollection`1");
        HashSet = Get("System.Collections.Generic.HashSet`1");
        ISet = Get("System.Collections.Generic.ISet`1");
        IReadOnlySet = Get("System.Collections.Generic.IReadOnlySet`1");
        SortedSet = Get("System.Collections.Generic.SortedSet`1");
        LinkedList = Get("System.Collections.Generic.LinkedList`1");
        Dictionary = Get("System.Collections.Generic.Dictionary`2");
        IDictionary = Get("System.Collections.Generic.IDictionary`2");
        IReadOnlyDictionary = Get("System.Collections.Generic.IReadOnlyDictionary`2");
        SortedDictionary = Get("System.Collections.Generic.SortedDictionary`2");
        Collection = Get("System.Collections.ObjectModel.Collection`1");
        ObservableCollection = Get("System.Collections.ObjectModel.ObservableCollection`1");
        ReadOnlyCollection = Get("System.Collections.ObjectModel.ReadOnlyCollection`1");
        InMemoryBackend = Get("InMemoryFakes.InMemoryBackend");
        InMemoryFakeOptions = Get("InMemoryFakes.InMemoryFakeOptions");
        BlobProperties = Get("InMemoryFakes.BlobProperties");
        Page = Get("InMemoryFakes.Page`1");
        PageRequest = Get("InMemoryFakes.PageRequest");
        Unique = Get("InMemoryFakes.UniqueAttribute");
        Queryable = Get("System.Linq.IQueryable`1");
        EnumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        EfAsyncQueryProvider = Get("Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider");
        EfDbSet = Get("Microsoft.EntityFrameworkCore.DbSet`1");
        FakeQueryProvider = Get("InMemoryFakes.Support.FakeQueryProvider");
        LiveQueryProvider = Get("InMemoryFakes.Support.LiveQueryProvider");
        Indexed = Get("InMemoryFakes.IndexedAttribute");
        ContractDescriptor = Get("InMemoryFakes.Contracts.ContractDescriptor`1");
        ContractDescriptors = Get("InMemoryFakes.Contracts.ContractDescriptors");
        EfCoreTransaction = Get(Conventions.EfCoreTransaction);
        EfCoreInfrastructure = Get(Conventions.EfCoreInfrastructure);
        AdoNetTransactionInterface = Get(Conventions.AdoNetTransactionInterface);
        AdoNetTransactionClass = Get(Conventions.AdoNetTransactionClass);
        Json = new JsonSymbols(compilation);
        Copies = new CopySymbols(compilation);
    }

    public Compilation Compilation { get; }

    /// <summary>EF Core's <c>IDbContextTransaction</c>, when the compilation references EF Core.</summary>
    public INamedTypeSymbol? EfCoreTransaction { get; }

    /// <summary>EF Core's <c>IInfrastructure&lt;T&gt;</c>, which its transaction implements over <c>DbTransaction</c>.</summary>
    public INamedTypeSymbol? EfCoreInfrastructure { get; }

    /// <summary><c>System.Data.IDbTransaction</c>.</summary>
    public INamedTypeSymbol? AdoNetTransactionInterface { get; }

    /// <summary><c>System.Data.Common.DbTransaction</c>.</summary>
    public INamedTypeSymbol? AdoNetTransactionClass { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? AsyncEnumerable { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? DateOnly { get; }

    public INamedTypeSymbol? TimeOnly { get; }

    public INamedTypeSymbol? Guid { get; }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? Version { get; }

    public INamedTypeSymbol? Half { get; }

    public INamedTypeSymbol? Int128 { get; }

    public INamedTypeSymbol? UInt128 { get; }

    public INamedTypeSymbol? Stream { get; }

    public INamedTypeSymbol? ReadOnlyMemory { get; }

    /// <summary><c>System.Buffers.ReadOnlySequence&lt;T&gt;</c>: bytes a buffer-based store is given to write.</summary>
    public INamedTypeSymbol? ReadOnlySequence { get; }

    /// <summary><c>System.Buffers.IBufferWriter&lt;T&gt;</c>: a destination a buffer-based store copies bytes into.</summary>
    public INamedTypeSymbol? BufferWriter { get; }

    /// <summary><c>System.IO.Pipelines.PipeWriter</c>: a destination that must be flushed for its reader to see the bytes.</summary>
    public INamedTypeSymbol? PipeWriter { get; }

    /// <summary><c>Func&lt;TResult&gt;</c>.</summary>
    public INamedTypeSymbol? Func1 { get; }

    /// <summary><c>System.Type</c>.</summary>
    public INamedTypeSymbol? Type { get; }

    /// <summary><c>Func&lt;T, TResult&gt;</c>.</summary>
    public INamedTypeSymbol? Func2 { get; }

    public INamedTypeSymbol? Expression { get; }

    /// <summary>System.Text.Json's <c>JsonTypeInfo</c> (the contract of one type, for any T).</summary>
    public INamedTypeSymbol? JsonTypeInfo { get; }

    /// <summary>System.Text.Json's <c>JsonTypeInfo&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? JsonTypeInfoOfT { get; }

    /// <summary>System.Text.Json's <c>JsonSerializerOptions</c>.</summary>
    public INamedTypeSymbol? JsonSerializerOptions { get; }

    /// <summary>System.Text.Json's <c>JsonSerializerContext</c>, the base of every source-generated context.</summary>
    public INamedTypeSymbol? JsonSerializerContext { get; }

    public INamedTypeSymbol? Comparison { get; }

    public INamedTypeSymbol? IComparerOfT { get; }

    public INamedTypeSymbol? IComparable { get; }

    public INamedTypeSymbol? IComparableOfT { get; }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? Obsolete { get; }

    public INamedTypeSymbol? Experimental { get; }

    public INamedTypeSymbol? TimeProvider { get; }

    public INamedTypeSymbol? List { get; }

    public INamedTypeSymbol? IList { get; }

    public INamedTypeSymbol? ICollection { get; }

    public INamedTypeSymbol? IReadOnlyList { get; }

    public INamedTypeSymbol? IReadOnlyCollection { get; }

    public INamedTypeSymbol? HashSet { get; }

    public INamedTypeSymbol? ISet { get; }

    public INamedTypeSymbol? IReadOnlySet { get; }

    public INamedTypeSymbol? SortedSet { get; }

    public INamedTypeSymbol? LinkedList { get; }

    public INamedTypeSymbol? Dictionary { get; }

    public INamedTypeSymbol? IDictionary { get; }

    public INamedTypeSymbol? IReadOnlyDictionary { get; }

    public INamedTypeSymbol? SortedDictionary { get; }

    public INamedTypeSymbol? Collection { get; }

    public INamedTypeSymbol? ObservableCollection { get; }

    public INamedTypeSymbol? ReadOnlyCollection { get; }

    public INamedTypeSymbol? InMemoryBackend { get; }

    public INamedTypeSymbol? InMemoryFakeOptions { get; }

    public INamedTypeSymbol? BlobProperties { get; }

    public INamedTypeSymbol? Page { get; }

    public INamedTypeSymbol? PageRequest { get; }

    public INamedTypeSymbol? Unique { get; }

    public INamedTypeSymbol? Indexed { get; }

    /// <summary><c>System.Linq.IQueryable&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? Queryable { get; }

    public INamedTypeSymbol? EnumerableOfT { get; }

    /// <summary>EF Core's <c>IAsyncQueryProvider</c>, when the compilation references EF Core: fakes' queryables then run EF's async operators.</summary>
    public INamedTypeSymbol? EfAsyncQueryProvider { get; }

    /// <summary>EF Core's <c>DbSet&lt;TEntity&gt;</c>, when the compilation references EF Core (context interfaces: Parsing/DbContextPlanner.cs).</summary>
    public INamedTypeSymbol? EfDbSet { get; }

    /// <summary>The runtime's queryable provider (older runtimes lack it).</summary>
    public INamedTypeSymbol? FakeQueryProvider { get; }

    /// <summary><c>InMemoryFakes.Support.LiveQueryProvider</c>, or null for a runtime older than repositories that are queries.</summary>
    public INamedTypeSymbol? LiveQueryProvider { get; }

    /// <summary><c>InMemoryFakes.Contracts.ContractDescriptor&lt;T&gt;</c>: the runtime ships it; without it no contract descriptor is emitted.</summary>
    public INamedTypeSymbol? ContractDescriptor { get; }

    /// <summary><c>InMemoryFakes.Contracts.ContractDescriptors</c>, the registry descriptors are registered with.</summary>
    public INamedTypeSymbol? ContractDescriptors { get; }

    /// <summary>Whether the compilation can use the contract descriptor types (both are public in the runtime).</summary>
    public bool HasContracts => ContractDescriptor is { DeclaredAccessibility: Accessibility.Public } && ContractDescriptors is { DeclaredAccessibility: Accessibility.Public };
    /// <summary>The System.Text.Json and runtime serialization types the JSON planner recognises.</summary>
    public JsonSymbols Json { get; }
    /// <summary>The types the copy planner recognises.</summary>
    public CopySymbols Copies { get; }

    /// <summary>The known symbols of a compilation, resolved on first use and shared by every target in it.</summary>
    public static KnownSymbols For(Compilation compilation) => Cache.GetValue(compilation, static c => new KnownSymbols(c));

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/> (for a generic type: constructed from it).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);
}
