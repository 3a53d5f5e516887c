using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Properties of a key-value store beyond its counts and listings: a settings object (<see cref="Conventions.SettingsNouns"/>)
/// the fake makes with its type's defaults; anything else is a reason that says what the fake lacks.
/// </summary>
internal static partial class KeyValuePlanner
{
    private const string SupportedProperties = "only Count (int/long), IsEmpty/HasItems (bool), Keys, Values and a settings object (a get-only property of a class with a public parameterless constructor, named like "
        + "Options, Settings, Defaults, Policy, Configuration or Config) are supported";

    /// <summary>
    /// A member whose meaning its declaring framework interface fixes (<see cref="Conventions.FrameworkMemberMeanings"/>),
    /// when its signature is the one that meaning needs; null otherwise (the ordinary conventions decide).
    /// </summary>
    private static OperationSpec? FrameworkMember(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (EntryEnumerator(context, shape, candidate))
        {
            return new KvEnumerateEntriesOp();
        }

        var declaring = candidate.Symbol.ContainingType.OriginalDefinition;
        var declaringName = declaring.ContainingNamespace.ToDisplayString() + "." + declaring.MetadataName;
        foreach (var (declaredBy, member, meaning) in Conventions.FrameworkMemberMeanings)
        {
            if (declaredBy != declaringName || member != candidate.Symbol.Name)
            {
                continue;
            }

            var field = context.Names.New("__" + char.ToLowerInvariant(member[0]) + member.Substring(1));
            switch (meaning)
            {
                case FrameworkMeaning.True when candidate.Property is { SetMethod: null, IsIndexer: false, Type.SpecialType: SpecialType.System_Boolean }:
                    return new SettingsPropertyOp(field, "bool") { Initializer = "true" };
                case FrameworkMeaning.NewGuidText when candidate.Property is { SetMethod: null, IsIndexer: false, Type.SpecialType: SpecialType.System_String }:
                    return new SettingsPropertyOp(field, "string") { Initializer = "global::System.Guid.NewGuid().ToString()" };
                case FrameworkMeaning.Nothing when CanDoNothing(candidate):
                    return new NoOp();
                case FrameworkMeaning.AllEntries when candidate.Method is not null && candidate.Parameters.Length == 0:
                    return Entries(context, shape, candidate, out _);
                case FrameworkMeaning.ReplaceAllEntries when ReplacesAllEntries(context, shape, candidate) is { } replace:
                    return replace;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is <c>GetEnumerator()</c> of <c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c> (or of
    /// <c>IEnumerable</c>) on an interface that derives from <c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c> with the store's key
    /// and value types: the entries, as a dictionary enumerates them (Akka.Hosting's <c>IReadOnlyActorRegistry</c> over a
    /// <c>ConcurrentDictionary&lt;Type, IActorRef&gt;</c>). Not with regions (a pair by key alone would merge them), and not
    /// when the interface enumerates anything else too (another <c>IEnumerable&lt;T&gt;</c>: which one the non-generic
    /// enumerator walks is not said).
    /// </summary>
    private static bool EntryEnumerator(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is not { Name: "GetEnumerator", Parameters.Length: 0, IsGenericMethod: false } || shape.HasRegions
            || candidate.Symbol.ContainingType.OriginalDefinition.SpecialType is not (SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_IEnumerable))
        {
            return false;
        }

        var sequences = context.Interface.AllInterfaces
            .Where(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            .ToList();
        return sequences.Count == 1
            && sequences[0].TypeArguments[0] is INamedTypeSymbol { Arity: 2, Name: "KeyValuePair" } pair
            && TypeFacts.IsNamespace(pair.ContainingNamespace, "System", "Collections", "Generic")
            && TypeFacts.SameType(pair.TypeArguments[0], shape.KeyType) && TypeFacts.SameType(pair.TypeArguments[1], shape.ValueType);
    }

    /// <summary>
    /// Why <c>GetEnumerator()</c> of <c>IEnumerable&lt;T&gt;</c> or <c>IEnumerable</c> that is not the store's entries
    /// (<see cref="EntryEnumerator"/>, tried first) is refused, or null for any other member. Before h-sample110 it was read as
    /// a verb and a noun ("'Enumerator' after it is no noun of this store"), a cause it does not have.
    /// </summary>
    private static string? OtherEnumeratorProblem(MemberCandidate candidate)
    {
        if (candidate.Method is not { Name: "GetEnumerator", Parameters.Length: 0, IsGenericMethod: false } method
            || method.ContainingType.OriginalDefinition.SpecialType is not (SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_IEnumerable))
        {
            return null;
        }

        return "it is " + method.ContainingType.ToDisplayString() + "'s enumerator, and only an interface that enumerates one IEnumerable<KeyValuePair<K, V>> of the store's own key and value"
            + " types enumerates its entries; what this one walks (keys, values, something else, or which of several sequences) is not said";
    }

    /// <summary>
    /// A method whose one parameter is a dictionary of the store's keys and values and that returns nothing or a task: the
    /// dictionary becomes the store's whole content (<see cref="FrameworkMeaning.ReplaceAllEntries"/>); null for any other shape.
    /// </summary>
    private static KvSetManyOp? ReplacesAllEntries(ParseContext context, KeyValueShape shape, MemberCandidate candidate)
    {
        if (candidate.Method is null || candidate.Parameters.Length != 1 || !(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask)
            || shape.HasRegions || shape.HasTags || shape.IsObjectStore
            || KeyValueShape.DictionaryTypes(context, candidate.Parameters[0].Type) is not { } entry
            || !TypeFacts.SameType(TypeNames.Underlying(entry.Key), shape.KeyType) || !TypeFacts.SameType(entry.Value, shape.ValueType))
        {
            return null;
        }

        return new KvSetManyOp(Declarations.Argument(candidate.Parameters[0]), ExpirationSpec.Default, IfAbsent: false, ReplacesAll: true);
    }

    /// <summary>A method with no parameters (but a token) that returns nothing or a task: one a fake can implement by doing nothing.</summary>
    private static bool CanDoNothing(MemberCandidate candidate)
        => candidate.Method is not null && candidate.Parameters.Length == 0 && (candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask);

    private static OperationSpec? OtherProperty(ParseContext context, KeyValueShape shape, IPropertySymbol property, out string? reason)
    {
        reason = null;
        var type = TypeNames.Underlying(property.Type);
        var named = type as INamedTypeSymbol;
        var isSettingsName = Conventions.EndsWithAny(property.Name, Conventions.SettingsNouns) || Conventions.EndsWithAny(type.Name, Conventions.SettingsNouns);
        if (named is { TypeKind: TypeKind.Class, IsAbstract: false } && type.SpecialType == SpecialType.None && isSettingsName && property.SetMethod is null && !property.IsStatic
            && !TypeFacts.SameType(type, shape.ValueType) && TypeFacts.ElementType(context.Known, type) is null
            && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && context.IsAccessible(c)) && !context.PropertiesOf(named).Any(static p => p.IsRequired))
        {
            // The store's own configuration (LazyCache's DefaultCachePolicy, FusionCache's DefaultEntryOptions) only beside members
            // that read or write entries: an interface of properties alone holds values something outside sets (NuGet.Insights'
            // IAdminViewModelCache: Settings is null until a background service loads it), and a type declared nullable says
            // null may be its value. Neither proves the instance a fake would make.
            if (!HasMethods(context.Interface) || TypeNames.IsDeclaredNullable(property.Type))
            {
                return Fail("it returns the settings object " + type.ToDisplayString() + ", and " + (TypeNames.IsDeclaredNullable(property.Type)
                    ? "its type is declared nullable, so whether it is null until something sets it or an instance the store makes is not said"
                    : context.InterfaceName + " has no member that reads or writes entries, so the object is a value something outside the interface sets (null until then, or an instance?), not the store's own configuration")
                    + "; implement it in the partial class", out reason);
            }

            return new SettingsPropertyOp(context.Names.New("__" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1)), context.RenderNotNull(type));
        }

        if (named is { TypeKind: TypeKind.Interface } && TypeFacts.ElementType(context.Known, type) is null && IsStoreInterfaceName(named.Name))
        {
            // Another store the real store holds (NBitcoin's IColoredTransactionRepository.Transactions, an
            // ITransactionRepository): it is no engine, but which instance it is, and whether it shares this store's
            // entries, is set where the real store is made.
            return Fail("it returns " + type.ToDisplayString() + ", another store's interface (a repository, store or cache): which instance the real store holds, and whether it shares this store's entries, is set where the real store is made, not by this interface (" + SupportedProperties + ")", out reason);
        }

        if (named is { TypeKind: TypeKind.Interface } && TypeFacts.ElementType(context.Known, type) is null && Conventions.EndsWithAny(named.Name, Conventions.SettingsNouns))
        {
            // A settings model behind an interface (BuildNotifications' IConfigurationService.Current, an IConfiguration the
            // service loads from the user's file at start-up): no engine, but a fake can make no instance of an interface, and
            // which settings the real store holds (read from a file or the host, or defaults) is set where it is made. Before
            // h-sample100 the message called it the store's engine or service.
            return Fail("it returns " + type.ToDisplayString() + ", an interface named like a settings object: a fake can make no instance of an interface, and which settings the real store holds"
                + " (read from a file or the host's configuration, or defaults) is set where it is made, not by this interface; declare a class with a public parameterless constructor (a fake hands out"
                + " one instance with its defaults) or implement it in the partial class", out reason);
        }

        if (named is { TypeKind: TypeKind.Interface } && TypeFacts.ElementType(context.Known, type) is null && SequenceElement(named) is { } element)
        {
            // A collection interface the element lookup does not list (Akka.Streams.Kafka's ICommitRefreshing.RefreshOffsets,
            // an IImmutableSet<TopicPartitionOffset> of the offsets whose refresh deadline passed). Before h-sample110 the
            // message called it the store's engine or service.
            return Fail("it returns " + type.ToDisplayString() + ", a collection of " + element.ToDisplayString() + " under the name '" + property.Name + "': which entries it holds (all of them,"
                + " or those the real store picks by a rule of its own) is not said (" + SupportedProperties + ")", out reason);
        }

        if (named is { TypeKind: TypeKind.Interface } && TypeFacts.ElementType(context.Known, type) is null)
        {
            return Fail("it returns " + type.ToDisplayString() + ", an interface: the real store's own engine or service, which a fake does not have (" + SupportedProperties + ")", out reason);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return Fail("it returns a string the real store is configured with (a name), which the interface does not carry (" + SupportedProperties + ")", out reason);
        }

        if (isSettingsName && named is { TypeKind: TypeKind.Class } && property.SetMethod is null)
        {
            return Fail("it returns the settings object " + type.ToDisplayString() + ", which the fake cannot make (it needs a public parameterless constructor and no required members)", out reason);
        }

        return Fail(SupportedProperties, out reason);
    }

    /// <summary>The element type of an interface that is or derives from <c>IEnumerable&lt;T&gt;</c> (one such T), else null.</summary>
    private static ITypeSymbol? SequenceElement(INamedTypeSymbol type)
    {
        var sequences = new[] { type }.Concat(type.AllInterfaces)
            .Where(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            .Select(static i => i.TypeArguments[0])
            .Distinct<ITypeSymbol>(SymbolEqualityComparer.Default)
            .ToList();
        return sequences.Count == 1 ? sequences[0] : null;
    }

    /// <summary>Whether the interface (or one it inherits) declares an instance method: a member that reads or writes entries.</summary>
    private static bool HasMethods(INamedTypeSymbol type)
        => type.GetMembers().Concat(type.AllInterfaces.SelectMany(static i => i.GetMembers()))
            .Any(static m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false });

    /// <summary>Whether an interface's name ends as a store's does (<c>ITransactionRepository</c>, <c>IDistributedCache</c>): Repository, Repo, Store, Storage or Cache.</summary>
    private static bool IsStoreInterfaceName(string name)
        => name.EndsWith("Repository", StringComparison.Ordinal) || name.EndsWith("Repo", StringComparison.Ordinal) || name.EndsWith("Store", StringComparison.Ordinal)
            || name.EndsWith("Storage", StringComparison.Ordinal) || name.EndsWith("Cache", StringComparison.Ordinal);
}
