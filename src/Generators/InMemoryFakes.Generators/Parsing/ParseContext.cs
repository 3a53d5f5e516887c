using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Everything the planners share while one <c>[InMemoryFake]</c> target is parsed: the target, the known symbols, the
/// name reservations and the diagnostics. The planners are static and keep no state of their own, so what they produce
/// depends only on what they are given. Lives only while parsing: nothing here enters the model.
/// </summary>
internal sealed class ParseContext
{
    private readonly Dictionary<ITypeSymbol, List<IPropertySymbol>> _properties = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ITypeSymbol, string> _rendered = new(SymbolEqualityComparer.IncludeNullability);

    public ParseContext(GeneratorAttributeSyntaxContext target, Location? attributeLocation, CancellationToken cancellationToken)
    {
        Target = target;
        Compilation = target.SemanticModel.Compilation;
        Known = KnownSymbols.For(Compilation);
        AttributeLocation = attributeLocation;
        CancellationToken = cancellationToken;
    }

    public GeneratorAttributeSyntaxContext Target { get; }

    public Compilation Compilation { get; }

    public KnownSymbols Known { get; }

    public UniqueNameBuilder Names { get; } = new();

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public CancellationToken CancellationToken { get; }

    /// <summary>The MSBuild properties the build passed (the project's RootNamespace), or none.</summary>
    public Pipeline.BuildProperties Build { get; set; } = Pipeline.BuildProperties.None;

    /// <summary>Where diagnostics without a better place point: the attribute.</summary>
    public Location? AttributeLocation { get; }

    /// <summary>The faked interface.</summary>
    public INamedTypeSymbol Interface { get; set; } = null!;

    /// <summary>The interface and every interface it inherits: where its members are declared.</summary>
    public IEnumerable<INamedTypeSymbol> InterfaceAndBases => new[] { Interface }.Concat(Interface.AllInterfaces);

    /// <summary>The user's partial class: the annotated class, or an existing partial declaration of the generated one.</summary>
    public INamedTypeSymbol? UserClass { get; set; }

    public string ClassName { get; set; } = "";

    public string InterfaceName { get; set; } = "";

    /// <summary>
    /// Whether the interface (or one it inherits) declares a unit-of-work save of its own (<c>SaveChanges</c>,
    /// <c>Commit</c>…: <see cref="UnitOfWorkRules.IsSave(ISymbol, string[])"/>), which gives a write's save flag its
    /// meaning (Parsing/SaveFlags).
    /// </summary>
    public bool HasOwnSave => _hasOwnSave ??= InterfaceAndBases.SelectMany(static i => i.GetMembers()).Any(m => m.IsAbstract && UnitOfWorkRules.IsSave(m, Settings.IgnoredParameters));

    private bool? _hasOwnSave;

    /// <summary>Unit-of-work interfaces the fake implements itself (the types of <c>IUnitOfWork UnitOfWork { get; }</c> properties).</summary>
    public List<INamedTypeSymbol> UnitOfWorkInterfaces { get; } = new();

    /// <summary>
    /// The members the user wrote in the partial class (no plan of their own): a planner that asks whether a member puts
    /// values in (a cache's reads are refused as self-filling when none does) counts these too.
    /// </summary>
    public List<MemberCandidate> HandWritten { get; } = new();

    /// <summary>
    /// Whether this is a repository of a unit-of-work interface (Parsing/CompositePlanner): it has a unit of work (the
    /// composite's) whether or not it declares a save, and its writes go where the composite's attribute says (deferred).
    /// </summary>
    public bool ComposedUnitOfWork { get; set; }

    /// <summary>
    /// <c>bool include{Navigation}</c> parameters of a repository of several entity types whose navigation the fake loads
    /// from another of its tables (Parsing/MultiEntityPlanner): the part's member takes no other meaning from them.
    /// </summary>
    public HashSet<IParameterSymbol> LoadedNavigationFlags { get; set; } = new(SymbolEqualityComparer.Default);

    /// <summary>The attribute's named arguments.</summary>
    public AttributeSettings Settings { get; set; } = new();

    /// <summary>
    /// Whether a stated <c>MissingKeyReads</c> decided a lookup of one entity whose result is oblivious (Parsing/ObliviousLookupRule),
    /// so the setting is not IMF0010 on an entity repository with no lookup declared not null.
    /// </summary>
    public bool MissingKeyReadsUsed { get; set; }

    /// <summary>
    /// Whether a stated <c>TakenKeyAdds</c> decided a key-value store's plain add returning nothing (Parsing/KeyValuePlanner's
    /// Set) or made an entity add an upsert (<c>Replace</c>, Parsing/TakenKeyAddRule), so the setting is not IMF0010 there.
    /// </summary>
    public bool TakenKeyAddsUsed { get; set; }

    /// <summary>Whether a read took <c>TextLookups</c> (Parsing/TextMatchRule): a stated value that none took states nothing (IMF0010).</summary>
    public bool TextLookupsUsed { get; set; }

    /// <summary>Whether the attribute is on a partial class (<c>[InMemoryFake(typeof(IForeign))]</c>).</summary>
    public bool IsClassTarget { get; set; }

    public void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => Diagnostics.Add(DiagnosticInfo.Create(descriptor, location ?? AttributeLocation, arguments));

    /// <summary>IMF0001 for a member no convention covers, pointing at the typed store the hand-written half can use.</summary>
    /// <remarks>
    /// When the member's signature names a type the compiler cannot resolve, the reason says that instead: the convention's
    /// own reason would name a cause the member does not have (a list "must be returned as IReadOnlyList&lt;T&gt;" when it is
    /// one whose using directive is missing).
    /// </remarks>
    public void NotSupported(MemberCandidate candidate, string kind, string reason)
    {
        var own = UnresolvedReason(candidate) ?? HandedStoreRule.Reason(candidate, Settings.IgnoredParameters) ?? UnreadSaveCause(candidate);
        if (own is null && kind == "key-value store" && DefaultKeyValueCause is not null && (KindNoteMembers is null || !KindNoteFits(candidate)))
        {
            // Read as a key-value store by default beside a type with a key (session 40): why no entity was taken comes first,
            // then the member's own cause, the repository reading's when it refuses the member too (that cause already ends
            // with the result's and the name's notes).
            kind = "store";
            own = RepositoryRefusals is not null && LocationInfo.From(candidate.Location) is { } where && RepositoryRefusals.TryGetValue(where, out var asRepository)
                ? DefaultKeyValueCause + ", and read as a repository of " + DefaultKeyValueEntity + " it is refused too: " + asRepository
                : DefaultKeyValueCause + "; by the key-value store's conventions, " + reason + ResultWrapperNote(candidate) + EnglishReading(candidate);
        }

        Report(DiagnosticDescriptors.MemberNotSupported, candidate.Location, candidate.DisplayName, InterfaceName, KindUnvoted && kind == "key-value store" ? "store" : kind,
            own ?? reason + ResultWrapperNote(candidate) + EnglishReading(candidate) + (kind is "blob store" or "key-value store" && KindNoteFits(candidate) ? KindNote : null), ClassName, HandWrittenAccess(candidate));
    }

    /// <summary>
    /// Whether no member voted for any store kind (StoreClassifier): the key-value reading is the default, so a refusal
    /// says "matches no store convention" and <see cref="KindNote"/> says why it was read by the key-value conventions.
    /// </summary>
    public bool KindUnvoted { get; set; }

    /// <summary>
    /// Why the members made the interface the store kind its refusals name, when that is doubtful (a blob store only by
    /// byte values: BlobPlanner; a key-value store beside a type with a key no member proves the rows of: StoreClassifier),
    /// with the setting that states another kind; appended to every IMF0001 of that kind. Null when the kind needs no word.
    /// </summary>
    public string? KindNote { get; set; }

    /// <summary>
    /// The members the setting <see cref="KindNote"/> names would generate (FakeParser.GeneratedAsRepository), or null when the
    /// note goes on every refusal of the kind: a refusal names a setting only where it would make the member generable.
    /// </summary>
    public HashSet<string>? KindNoteMembers { get; set; }

    /// <summary>
    /// Why no entity was taken, when only the verbs a key-value store shares with a repository (Get, Delete, Count…) made the
    /// interface a key-value store beside a type with a key no member proves the rows of (StoreClassifier, session 40): the
    /// refusals the repository reading would not lift say it first. Null otherwise.
    /// </summary>
    public string? DefaultKeyValueCause { get; set; }

    /// <summary>
    /// Whether only the verbs a key-value store shares with a repository made the interface a key-value store and no type
    /// with a key was in its members (StoreClassifier, session 40): the key-value planner then says why its value type is no
    /// entity in <see cref="DefaultKeyValueCause"/>.
    /// </summary>
    public bool KeyValueByDefault { get; set; }

    /// <summary>The name of the type <see cref="DefaultKeyValueCause"/> speaks of.</summary>
    public string? DefaultKeyValueEntity { get; set; }

    /// <summary>The repository reading's cause for each member it refuses, by location (FakeParser.ReadAsRepository).</summary>
    public Dictionary<LocationInfo, string>? RepositoryRefusals { get; set; }

    /// <summary>
    /// Why a save of changes whose name is none of the unit-of-work saves read (<c>SaveAllChanges</c>, <c>SubmitChanges</c>,
    /// <c>CommitChanges</c>, <c>PersistChanges</c>, taking nothing but a cancellation token) is refused, whatever the kind
    /// (session 40): Skoruba's repositories' <c>SaveAllChangesAsync()</c> said "its signature proves no entity type and its
    /// name names none of the types", as if a table were the question, and LINQ to SQL's <c>SubmitChanges()</c> the same. The
    /// cause is that a save by another name is not read, so whether the writes wait for it is not said, and a settable
    /// switch beside it (<c>bool AutoSaveChanges { get; set; }</c>) says the real store decides that at run time. Null for any
    /// other member.
    /// </summary>
    private string? UnreadSaveCause(MemberCandidate candidate)
    {
        if (candidate.Method is null || candidate.Parameters.Length != 0)
        {
            return null;
        }

        var verb = Conventions.VerbOf(candidate.Symbol.Name);
        var head = new[] { "Save", "Submit", "Commit", "Persist" }.FirstOrDefault(h => verb.StartsWith(h, System.StringComparison.Ordinal));
        var middle = head is null || !verb.EndsWith("Changes", System.StringComparison.Ordinal) ? null : verb.Substring(head.Length, verb.Length - head.Length - "Changes".Length);
        if (middle is not ("" or "All") || Conventions.IsOneOf(verb, Conventions.UnitOfWorkSaveNames))
        {
            return null;
        }

        var toggle = new[] { Interface }.Concat(Interface.AllInterfaces).SelectMany(static i => i.GetMembers()).OfType<IPropertySymbol>()
            .FirstOrDefault(static p => p.SetMethod is not null && p.Type.SpecialType == SpecialType.System_Boolean && p.Name.IndexOf("Save", System.StringComparison.Ordinal) >= 0);
        return "'" + verb + "' is by its name a save of the changes made before, but no unit-of-work save is read by that name (" + string.Join(", ", Conventions.UnitOfWorkSaveNames)
            + "), so whether the writes of " + InterfaceName + " wait for it is not said"
            + (toggle is null ? "" : ", and its switch '" + toggle.Name + "' (a settable bool) says whether each write is saved at once or waits for a save, which the real store decides at run time");
    }

    private bool KindNoteFits(MemberCandidate candidate)
        => KindNoteMembers is null || KindNoteMembers.Contains(FakeParser.GeneratedKey(this, candidate));

    /// <summary>
    /// For a member named in Portuguese or Spanish, the English name its refusal speaks of (<c>ObterPor</c> read as
    /// <c>GetBy</c>: docs/generator.md, member names in Portuguese and Spanish); empty for any other member.
    /// </summary>
    private static string EnglishReading(MemberCandidate candidate)
        => candidate.Verb == Conventions.VerbOf(candidate.Symbol.Name) ? "" : " (its name is read as '" + candidate.Verb + "', docs/generator.md#member-names-in-portuguese-and-spanish)";

    /// <summary>
    /// For a refused member whose result is an outcome type of the user's own (<c>ServiceResponse&lt;Product&gt;</c>,
    /// <c>OperationResult</c>: a success flag beside the data or a message), what the refusal cannot say by itself: such a
    /// result is the service's own making (when it reports failure, with which message), so the fake belongs on the
    /// repository beneath the service. Empty for any other result.
    /// </summary>
    private static string ResultWrapperNote(MemberCandidate candidate)
    {
        if (candidate.Result is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } result || !result.Locations.Any(static l => l.IsInSource)
            || TypeFacts.EnumerableElement(result) is not null)
        {
            return "";
        }

        var flag = result.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(static p => p.Type.SpecialType == SpecialType.System_Boolean
            && p.Name is "Success" or "IsSuccess" or "Succeeded" or "IsSucceeded" or "IsSuccessful" or "Ok" or "IsOk");
        return flag is null
            ? ""
            : "; its result " + result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " is an outcome the service builds itself (when " + flag.Name
                + " is false, and with which message, is its own), so no store convention fills it: fake the repository the service calls, or write the member";
    }

    /// <summary>
    /// A derived query's diagnostic (IMF0015 to IMF0019), whose last two arguments say where the member is written by
    /// hand as IMF0001's do: the partial class, and what in it reaches the fake's table (<see cref="HandWrittenAccess"/>).
    /// </summary>
    public void ReportQuery(DiagnosticDescriptor descriptor, MemberCandidate candidate, params string[] arguments)
        => Report(descriptor, candidate.Location, arguments.Concat(new[] { ClassName, HandWrittenAccess(candidate) }).ToArray());

    /// <summary>
    /// Whether the fake keeps a table per entity type (a repository of several entity types), so its partial class has no
    /// typed store property: a member written by hand reaches the tables through the fake's core.
    /// </summary>
    public bool TablePerEntityType { get; set; }

    /// <summary>
    /// Why Parsing/PerTypePlanner did not build a table per type argument for the members generic over the entity type (a
    /// unit of work beside them), for the refusal of each; null when it was not asked to or built it.
    /// </summary>
    public string? PerTypeDeclined { get; set; }

    /// <summary>
    /// What a refusal's fix names after the partial class: the typed store property and the one-line call that joins the
    /// call log, or, for a fake with a table per entity type (no Store property: docs/generator.md), the core's
    /// Intercept. Before 2026-12-05 a refusal there named Store.Call, which did not compile. The call is written out for
    /// the member (<see cref="CallArguments"/>): its arguments, and CallAsync with its token for an async member that
    /// takes one, so it compiles as written inside the member; until session 26 it ended in "…".
    /// </summary>
    private string HandWrittenAccess(MemberCandidate candidate)
    {
        var (asynchronous, arguments) = CallArguments(candidate);
        return TablePerEntityType
            ? "where " + (asynchronous ? "await ((IInMemoryFake)this).Core.InterceptAsync(" : "((IInMemoryFake)this).Core.Intercept(") + arguments
                + ") joins the call log and fault injection; this fake keeps a table per entity type and has no Store property (docs/generator.md#repositories-of-several-entity-types)"
            : "where its " + StoreName + " property reaches the fake's table in one line: " + (asynchronous ? "await " + StoreName + ".CallAsync(" : StoreName + ".Call(") + arguments
                + ") joins the call log and fault injection (docs/generator.md#hand-written-members)";
    }

    /// <summary>
    /// The arguments of the hand-written member's Call, as the generated members record them: the member's name, then
    /// (for CallAsync) its cancellation token, then every parameter but the token and out parameters (unassigned on
    /// entry), a span as its ToArray() (a ref struct does not box) and any other ref struct or pointer left out. CallAsync
    /// only for a Task, ValueTask or async stream that takes a token (await needs an async member; the token is what it
    /// checks).
    /// </summary>
    private (bool Asynchronous, string Arguments) CallArguments(MemberCandidate candidate)
    {
        var parameters = candidate.Symbol switch
        {
            IMethodSymbol method => method.Parameters,
            IPropertySymbol property => property.Parameters,
            _ => ImmutableArray<IParameterSymbol>.Empty,
        };
        var token = parameters.FirstOrDefault(p => p.RefKind == RefKind.None && TypeFacts.IsCancellationToken(Known, p.Type));
        var asynchronous = token is not null && candidate.Shape != ReturnShape.Sync;
        var arguments = new List<string> { CallName(candidate.Symbol) };
        if (asynchronous)
        {
            arguments.Add(TypeNames.Escape(token!.Name));
        }

        foreach (var parameter in parameters)
        {
            if (parameter.RefKind == RefKind.Out || TypeFacts.IsCancellationToken(Known, parameter.Type) || parameter.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
            {
                continue;
            }

            if (parameter.Type.IsRefLikeType)
            {
                if (parameter.Type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", Arity: 1 } span && TypeFacts.IsNamespace(span.ContainingNamespace, "System"))
                {
                    arguments.Add(TypeNames.Escape(parameter.Name) + ".ToArray()");
                }

                continue;
            }

            arguments.Add(TypeNames.Escape(parameter.Name));
        }

        return (asynchronous, string.Join(", ", arguments));
    }

    /// <summary>
    /// The name of the typed store property the hand-written half reads, as <see cref="FakeParser.StoreProperty"/> will
    /// choose it: <c>Store</c>, or <c>FakeStore</c> when a member of the interface or of the user's class is named
    /// <c>Store</c>. Before 2026-12-05 IMF0001 always said <c>Store</c>, a property such a fake does not have.
    /// </summary>
    public string StoreName => FakeParser.StorePropertyName(Names);

    /// <summary>
    /// The first argument of the hand-written member's Store.Call, as IMF0001 shows it: nameof(Member) where C# allows it,
    /// else the name the call log records ("this[]" for an indexer, "op_Addition" for an operator), as a string literal:
    /// nameof(this[]) or nameof(operator +) does not compile, and a fix that does not compile is no fix.
    /// </summary>
    private static string CallName(ISymbol member)
        => member is IPropertySymbol { IsIndexer: true } or IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion }
            ? TypeNames.Literal(member.Name)
            : "nameof(" + TypeNames.DisplayName(member) + ")";

    private static string? UnresolvedReason(MemberCandidate candidate)
    {
        var unresolved = TypeNames.FirstUnresolved(candidate.Method?.ReturnType ?? candidate.Property?.Type ?? (candidate.Symbol as IEventSymbol)?.Type);
        foreach (var parameter in candidate.Parameters)
        {
            unresolved ??= TypeNames.FirstUnresolved(parameter.Type);
        }

        return unresolved is null
            ? null
            : "its signature names '" + unresolved.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "', a type the compiler cannot find (a missing using directive or reference: see its CS0246); once it resolves, the member is matched again";
    }

    /// <summary>The type rendered as C# with <c>global::</c> (cached: rendering is the parser's most expensive string work).</summary>
    public string Render(ITypeSymbol type)
    {
        if (!_rendered.TryGetValue(type, out var text))
        {
            text = TypeNames.Render(type);
            _rendered.Add(type, text);
        }

        return text;
    }

    /// <summary>The type without a top-level nullable reference annotation.</summary>
    public string RenderNotNull(ITypeSymbol type)
        => type.IsReferenceType || type is ITypeParameterSymbol ? Render(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) : Render(type);

    /// <summary>The type with a top-level nullable annotation.</summary>
    public string RenderNullable(ITypeSymbol type)
    {
        if (type.IsValueType)
        {
            return TypeNames.IsNullableValueType(type) ? Render(type) : Render(type) + "?";
        }

        return Render(type.WithNullableAnnotation(NullableAnnotation.Annotated));
    }

    /// <summary>Readable instance properties, base types first, the most derived declaration of each name (cached per type).</summary>
    public List<IPropertySymbol> PropertiesOf(ITypeSymbol type)
    {
        if (!_properties.TryGetValue(type, out var properties))
        {
            properties = TypeFacts.InstanceProperties(this, type);
            _properties.Add(type, properties);
        }

        return properties;
    }

    /// <summary>Whether code in the compilation's assembly can use the symbol.</summary>
    public bool IsAccessible(ISymbol symbol) => Compilation.IsSymbolAccessibleWithin(symbol, Compilation.Assembly);
}
