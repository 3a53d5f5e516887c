using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Questions about types that every planner asks, answered with known symbols (never display strings).</summary>
internal static class TypeFacts
{
    /// <summary>
    /// Whether a type is MongoDB.Bson's <c>ObjectId</c>, matched by its full name so no MongoDB reference is needed (LiteDB's
    /// own <c>ObjectId</c>, namespace LiteDB, is another type).
    /// </summary>
    public static bool IsMongoObjectId(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && named.ToDisplayString() == "MongoDB.Bson.ObjectId";

    public static bool IsBool(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

    public static bool IsInt(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Int32;

    public static bool IsLong(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Int64;

    public static bool IsIntOrLong(ITypeSymbol? type) => IsInt(type) || IsLong(type);

    public static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    public static bool IsNumber(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    public static bool IsByteArray(ITypeSymbol type) => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary><c>ReadOnlyMemory&lt;byte&gt;</c>.</summary>
    public static bool IsReadOnlyMemoryOfByte(KnownSymbols known, ITypeSymbol type)
        => KnownSymbols.Is(type, known.ReadOnlyMemory) && type is INamedTypeSymbol named && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;

    public static bool SameType(ITypeSymbol? a, ITypeSymbol? b)
        => a is not null && b is not null && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(a), TypeNames.Underlying(b));

    /// <summary>Whether a method's type parameter appears anywhere in the type (<c>T</c>, <c>List&lt;T&gt;</c>, <c>AggregateId&lt;T&gt;</c>).</summary>
    public static bool MentionsMethodTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } => true,
        IArrayTypeSymbol array => MentionsMethodTypeParameter(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(MentionsMethodTypeParameter),
        _ => false,
    };

    public static bool IsCancellationToken(KnownSymbols known, ITypeSymbol type) => KnownSymbols.Is(type, known.CancellationToken);

    /// <summary>Whether a namespace is exactly <paramref name="parts"/> (outermost first), compared by name without allocating.</summary>
    public static bool IsNamespace(INamespaceSymbol? ns, params string[] parts)
    {
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (ns is null || ns.IsGlobalNamespace || ns.Name != parts[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace;
    }

    /// <summary>The outermost namespace's name ("" for the global namespace).</summary>
    public static string RootNamespace(ISymbol symbol)
    {
        var ns = symbol.ContainingNamespace;
        var root = "";
        while (ns is { IsGlobalNamespace: false })
        {
            root = ns.Name;
            ns = ns.ContainingNamespace;
        }

        return root;
    }

    /// <summary>How a member returns, and its logical result type (null for void and non-generic tasks).</summary>
    public static (ReturnShape Shape, ITypeSymbol? Result) ShapeOf(KnownSymbols known, ITypeSymbol type, bool returnsVoid)
    {
        if (returnsVoid)
        {
            return (ReturnShape.Sync, null);
        }

        if (type is INamedTypeSymbol named)
        {
            var definition = named.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, known.Task))
            {
                return (ReturnShape.Task, null);
            }

            if (SymbolEqualityComparer.Default.Equals(definition, known.TaskOfT))
            {
                return (ReturnShape.TaskOfT, named.TypeArguments[0]);
            }

            if (SymbolEqualityComparer.Default.Equals(definition, known.ValueTask))
            {
                return (ReturnShape.ValueTask, null);
            }

            if (SymbolEqualityComparer.Default.Equals(definition, known.ValueTaskOfT))
            {
                return (ReturnShape.ValueTaskOfT, named.TypeArguments[0]);
            }

            if (SymbolEqualityComparer.Default.Equals(definition, known.AsyncEnumerable))
            {
                return (ReturnShape.AsyncEnumerable, named.TypeArguments[0]);
            }
        }

        return (ReturnShape.Sync, type);
    }

    /// <summary>A user-defined class, struct or record, or a type parameter: something that could be an entity.</summary>
    public static bool IsEntityCandidateType(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol parameter)
        {
            return parameter.TypeParameterKind == TypeParameterKind.Type;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.IsTupleType || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        var root = RootNamespace(named);
        return root != "System" && !IsNamespace(named.ContainingNamespace, "InMemoryFakes");
    }

    /// <summary>The element type of an array or of a generic collection interface or class a result may be declared as, or null.</summary>
    public static ITypeSymbol? ElementType(KnownSymbols known, ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, Arity: 1 } named)
        {
            var definition = named.OriginalDefinition;
            if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                || Any(definition, known.IReadOnlyList, known.IReadOnlyCollection, known.IList, known.ICollection, known.List, known.ISet, known.HashSet, known.IReadOnlySet, known.Collection, known.ReadOnlyCollection))
            {
                return named.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>
    /// An enum, or a special value type (the primitives, <c>decimal</c>, <c>DateTime</c>): it implements no collection
    /// interface and none of the user's, so a question about its interfaces needs no list of them (Roslyn builds a new
    /// array on every <c>AllInterfaces</c> read, and entity properties are mostly of these types).
    /// </summary>
    public static bool ImplementsOnlyFrameworkBasics(ITypeSymbol type)
        => type.TypeKind == TypeKind.Enum || (type.IsValueType && type.SpecialType != SpecialType.None);

    /// <summary>The element type of something enumerable (IEnumerable&lt;T&gt; and everything implementing it, arrays); not string.</summary>
    public static ITypeSymbol? EnumerableElement(ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } self)
        {
            return self.TypeArguments[0];
        }

        if (ImplementsOnlyFrameworkBasics(type))
        {
            return null;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>How a sequence of <paramref name="element"/> is returned, or null (with the reason) when the result is no such sequence.</summary>
    public static SequenceKind? SequenceResult(ParseContext context, MemberCandidate candidate, ITypeSymbol element, out string? problem)
    {
        problem = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            if (SameType(candidate.Result, element))
            {
                return SequenceKind.List;
            }
        }
        else if (candidate.Result is { } result && candidate.Shape is ReturnShape.Sync or ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT)
        {
            var type = TypeNames.Underlying(result);
            if (type is IArrayTypeSymbol { Rank: 1 } array && SameType(array.ElementType, element))
            {
                return SequenceKind.Array;
            }

            if (type is INamedTypeSymbol { Arity: 1 } named && SameType(named.TypeArguments[0], element))
            {
                var known = context.Known;
                var definition = named.OriginalDefinition;
                if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    || Any(definition, known.IReadOnlyList, known.IReadOnlyCollection, known.IList, known.ICollection, known.List))
                {
                    return SequenceKind.List;
                }
            }
        }

        problem = NoCollection(candidate) is { } other
            ? "it returns " + other.ToDisplayString() + ", which is no collection, where a list of " + element.ToDisplayString()
                + " is read (as IReadOnlyList<T>, IReadOnlyCollection<T>, IList<T>, ICollection<T>, List<T>, IEnumerable<T>, T[] or IAsyncEnumerable<T>)"
                + ": which entries a type of its own holds, if any, and how, is the real store's to say"
            : "a list of " + element.ToDisplayString() + " must be returned as IReadOnlyList<T>, IReadOnlyCollection<T>, IList<T>, ICollection<T>, List<T>, IEnumerable<T>, T[] or IAsyncEnumerable<T>";
        return null;
    }

    /// <summary>
    /// The type a member returns when it is no collection at all (neither an array nor anything enumerable, generic or not;
    /// a string counts as none), or null. A list read refused for such a result names it: "must be returned as
    /// IReadOnlyList&lt;T&gt;" told the user to change a collection type when the member returns something else entirely
    /// (azure-libraries-for-net's <c>IRedisAccessKeys GetKeys()</c>, the cache's two access keys, read as the store's keys;
    /// h-sample116).
    /// </summary>
    private static ITypeSymbol? NoCollection(MemberCandidate candidate)
    {
        if (candidate.Result is not { } result || candidate.Shape is not (ReturnShape.Sync or ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT))
        {
            return null;
        }

        var type = TypeNames.Underlying(result);
        if (type is IArrayTypeSymbol or ITypeParameterSymbol || type.TypeKind == TypeKind.Error || EnumerableElement(type) is not null)
        {
            return null;
        }

        return type.SpecialType != SpecialType.System_String
            && (type.SpecialType == SpecialType.System_Collections_IEnumerable || type.AllInterfaces.Any(static i => i.SpecialType == SpecialType.System_Collections_IEnumerable))
            ? null
            : type;
    }

    /// <summary>
    /// For a snapshot of the keys or values: the expression building the collection type the member declares when it is a
    /// set or a frozen or immutable collection of <paramref name="element"/> (<c>FrozenSet&lt;T&gt;</c>, <c>ImmutableArray&lt;T&gt;</c>,
    /// <c>ImmutableList&lt;T&gt;</c>, <c>ImmutableHashSet&lt;T&gt;</c>, <c>HashSet&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c>,
    /// <c>IReadOnlySet&lt;T&gt;</c>), with <c>{list}</c> standing for the list it is built from; null for any other result.
    /// The element type is written out as declared, so the result converts without a nullability warning.
    /// </summary>
    public static string? SnapshotCollection(ParseContext context, MemberCandidate candidate, ITypeSymbol element)
    {
        if (candidate.Result is not { } result || candidate.Shape is not (ReturnShape.Sync or ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT)
            || TypeNames.Underlying(result) is not INamedTypeSymbol { Arity: 1 } named || !SameType(named.TypeArguments[0], element))
        {
            return null;
        }

        var definition = named.OriginalDefinition;
        var space = definition.ContainingNamespace?.ToDisplayString();
        var declared = context.Render(named.TypeArguments[0]);
        return (space, definition.MetadataName) switch
        {
            ("System.Collections.Frozen", "FrozenSet`1") => "global::System.Collections.Frozen.FrozenSet.ToFrozenSet<" + declared + ">({list})",
            ("System.Collections.Immutable", "ImmutableArray`1") => "global::System.Collections.Immutable.ImmutableArray.CreateRange<" + declared + ">({list})",
            ("System.Collections.Immutable", "ImmutableList`1") => "global::System.Collections.Immutable.ImmutableList.CreateRange<" + declared + ">({list})",
            ("System.Collections.Immutable", "ImmutableHashSet`1") => "global::System.Collections.Immutable.ImmutableHashSet.CreateRange<" + declared + ">({list})",
            ("System.Collections.Generic", "HashSet`1" or "ISet`1" or "IReadOnlySet`1") => "new global::System.Collections.Generic.HashSet<" + declared + ">({list})",
            _ => null,
        };
    }

    /// <summary>
    /// Whether the parameter is read as a value: by value, or by readonly reference (<c>in</c>, <c>ref readonly</c>), which
    /// the member cannot write through, so it means what the same parameter by value means; or by a <c>ref</c> declared
    /// in-only (<see cref="IsInOnlyRef"/>).
    /// </summary>
    public static bool ReadsAsValue(IParameterSymbol parameter) => parameter.RefKind is RefKind.None or RefKind.In or RefKind.RefReadOnlyParameter || IsInOnlyRef(parameter);

    /// <summary>
    /// Whether the parameter is <c>ref</c> marked <c>[In]</c> (System.Runtime.InteropServices.InAttribute) and not
    /// <c>[Out]</c>: a COM interop declaration of a native <c>[in]</c> reference (<c>REFPROPERTYKEY</c>, a
    /// <c>const PROPVARIANT*</c>), which the callee reads and the marshaller never copies back, so it means what the same
    /// parameter by value means. <c>ref</c> alone, or with <c>[Out]</c>, may be written and is not read as a value.
    /// </summary>
    public static bool IsInOnlyRef(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.Ref)
        {
            return false;
        }

        var marked = false;
        foreach (var attribute in parameter.GetAttributes())
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case "System.Runtime.InteropServices.InAttribute":
                    marked = true;
                    break;
                case "System.Runtime.InteropServices.OutAttribute":
                    return false;
            }
        }

        return marked;
    }

    /// <summary>Whether the member returns nothing (false) or bool (true); null for anything else.</summary>
    public static bool? VoidOrBool(MemberCandidate candidate)
    {
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return null;
        }

        if (candidate.IsVoid)
        {
            return false;
        }

        return IsBool(candidate.Result) ? true : null;
    }

    /// <summary>Whether a value converts implicitly (identity or numeric widening) to a key of type <paramref name="to"/>.</summary>
    public static bool KeyConvertible(ParseContext context, ITypeSymbol from, ITypeSymbol to)
    {
        if (from.IsValueType && TypeNames.IsNullableValueType(from) && !TypeNames.IsNullableValueType(to))
        {
            return false;
        }

        var conversion = context.Compilation.ClassifyCommonConversion(TypeNames.Underlying(from), TypeNames.Underlying(to));
        return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsNumeric);
    }

    /// <summary>Whether a value converts implicitly to <paramref name="to"/>.</summary>
    public static bool Converts(ParseContext context, ITypeSymbol from, ITypeSymbol to)
    {
        var conversion = context.Compilation.ClassifyCommonConversion(from, to);
        return conversion.Exists && conversion.IsImplicit;
    }

    /// <summary>Readable instance properties, base types first, the most derived declaration of each name.</summary>
    public static List<IPropertySymbol> InstanceProperties(ParseContext context, ITypeSymbol type)
    {
        var chain = new List<ITypeSymbol>();
        if (type is ITypeParameterSymbol parameter)
        {
            foreach (var constraint in parameter.ConstraintTypes)
            {
                chain.Add(constraint);
                chain.AddRange(constraint.AllInterfaces);
                for (var b = constraint.BaseType; b is not null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
                {
                    chain.Add(b);
                }
            }
        }
        else
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
            {
                chain.Insert(0, current);
            }
        }

        var result = new List<IPropertySymbol>();
        foreach (var current in chain)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property && context.IsAccessible(property.GetMethod))
                {
                    var existing = result.FindIndex(p => p.Name == property.Name);
                    if (existing >= 0)
                    {
                        result[existing] = property;
                    }
                    else
                    {
                        result.Add(property);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>A property of <paramref name="type"/> by exact name, or null.</summary>
    public static IPropertySymbol? Property(ParseContext context, ITypeSymbol type, string name)
    {
        foreach (var property in context.PropertiesOf(type))
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a null filter argument (a predicate, a query-shaping function) is no filter: declared with a <c>null</c>
    /// default (<c>filter = null</c>), or declared nullable under nullable annotations (<c>Expression&lt;Func&lt;T, bool&gt;&gt;?
    /// filter</c>, the MongoDB generic repository's <c>GetAsync(filter, ct)</c>). Either way the signature says null is an
    /// argument the member takes, and a filter that is not there filters nothing; without either (or in a
    /// <c>#nullable disable</c> file) null is <c>ArgumentNullException</c>.
    /// </summary>
    public static bool NullMeansNoFilter(IParameterSymbol parameter)
        => (parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is null)
            || (parameter.Type.IsReferenceType && parameter.Type.NullableAnnotation == NullableAnnotation.Annotated);

    /// <summary>
    /// <see cref="PredicateForm.Func"/> for <c>Func&lt;T, bool&gt;</c>, <see cref="PredicateForm.Expression"/> for
    /// <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c> over <paramref name="subject"/> (any T when null; <paramref name="over"/> is that
    /// T), <see cref="PredicateForm.None"/> for any other type.
    /// </summary>
    public static PredicateForm PredicateKind(KnownSymbols known, ITypeSymbol type, ITypeSymbol? subject, out ITypeSymbol? over)
    {
        over = null;
        type = TypeNames.Underlying(type);
        if (KnownSymbols.Is(type, known.Expression) && type is INamedTypeSymbol expression)
        {
            return PredicateKind(known, expression.TypeArguments[0], subject, out over) == PredicateForm.Func ? PredicateForm.Expression : PredicateForm.None;
        }

        if (KnownSymbols.Is(type, known.Func2) && type is INamedTypeSymbol func && IsBool(func.TypeArguments[1])
            && (subject is null || SameType(func.TypeArguments[0], subject)))
        {
            over = func.TypeArguments[0];
            return PredicateForm.Func;
        }

        return PredicateForm.None;
    }

    /// <summary>
    /// Whether a parameter is an ordering over a queryable: <c>Func&lt;IQueryable&lt;T&gt;, IOrderedQueryable&lt;T&gt;&gt;</c>
    /// (the <c>orderBy</c> of Microsoft's EF Core tutorial repository, <c>q =&gt; q.OrderBy(p =&gt; p.Name)</c>).
    /// </summary>
    public static bool IsQueryableOrderOf(KnownSymbols known, ITypeSymbol type, ITypeSymbol entity)
        => TypeNames.Underlying(type) is INamedTypeSymbol func && KnownSymbols.Is(func, known.Func2)
            && func.TypeArguments[0] is INamedTypeSymbol source && KnownSymbols.Is(source, known.Queryable) && SameType(source.TypeArguments[0], entity)
            && func.TypeArguments[1] is INamedTypeSymbol { Name: "IOrderedQueryable", Arity: 1 } ordered && IsNamespace(ordered.ContainingNamespace, "System", "Linq")
            && SameType(ordered.TypeArguments[0], entity);

    /// <summary>Whether a parameter orders entities: <c>IComparer&lt;T&gt;</c> or <c>Comparison&lt;T&gt;</c> (<paramref name="comparison"/>).</summary>
    public static bool IsComparerOf(KnownSymbols known, ITypeSymbol type, ITypeSymbol entity, out bool comparison)
    {
        type = TypeNames.Underlying(type);
        comparison = KnownSymbols.Is(type, known.Comparison) && SameType(((INamedTypeSymbol)type).TypeArguments[0], entity);
        return comparison || (KnownSymbols.Is(type, known.IComparerOfT) && SameType(((INamedTypeSymbol)type).TypeArguments[0], entity));
    }

    /// <summary>Whether a <c>DateTimeOffset</c>, <c>TimeSpan</c>, <c>DateOnly</c> or <c>TimeOnly</c>: compared with the C# operators.</summary>
    public static bool IsTimeValue(KnownSymbols known, ITypeSymbol type)
        => KnownSymbols.Is(type, known.DateTimeOffset) || KnownSymbols.Is(type, known.TimeSpan) || KnownSymbols.Is(type, known.DateOnly) || KnownSymbols.Is(type, known.TimeOnly);

    /// <summary>
    /// Whether values of a type used as a key compare by reference, so a lookup finds an entry only through the very
    /// object it was stored with: a class that is not a record and does not override <c>Equals(object)</c> (nor inherits
    /// one below <c>object</c>), an interface, an array; a value tuple whose element does; a type parameter constrained to
    /// such a class (CEDAR's <c>ICache&lt;T&gt; where T : TableEntityWithContext</c>, an Azure table entity whose row the real
    /// store finds by its PartitionKey and RowKey: h-sample64). <c>object</c>, <c>string</c>, other type parameters and
    /// other value types compare as their values do.
    /// </summary>
    public static bool ComparesByReference(ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return tuple.TupleElements.Any(static e => ComparesByReference(e.Type));
        }

        if (type is ITypeParameterSymbol parameter)
        {
            return ByReferenceClassConstraint(parameter) is not null;
        }

        if (type.SpecialType is SpecialType.System_Object or SpecialType.System_String || type.IsValueType || type.IsRecord)
        {
            return false;
        }

        if (type.TypeKind is TypeKind.Interface or TypeKind.Array)
        {
            return true;
        }

        if (type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        for (var current = type as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.IsRecord || current.GetMembers("Equals").OfType<IMethodSymbol>().Any(static m => m is { IsOverride: true, Parameters.Length: 1 } && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The class a type parameter is constrained to when that class compares by reference (no record, no
    /// <c>Equals(object)</c> override below <c>object</c>), or null: an unconstrained type parameter, or one constrained to
    /// an interface, <c>class</c>, <c>struct</c> or a class with value equality, compares as its type argument does.
    /// </summary>
    public static INamedTypeSymbol? ByReferenceClassConstraint(ITypeParameterSymbol parameter)
        => parameter.ConstraintTypes.OfType<INamedTypeSymbol>().FirstOrDefault(static c => c.TypeKind == TypeKind.Class && c.SpecialType == SpecialType.None && ComparesByReference(c));

    /// <summary>
    /// Whether <paramref name="type"/> is a list a caller can add to and remove from (<c>List&lt;T&gt;</c>,
    /// <c>IList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>): handed out by a property, its writes reach the store or are lost
    /// as the store decides. Arrays (fixed length), read-only interfaces and <c>IEnumerable&lt;T&gt;</c> are not.
    /// </summary>
    public static bool IsGrowableList(ParseContext context, ITypeSymbol type)
    {
        var known = context.Known;
        return TypeNames.Underlying(type) is INamedTypeSymbol { Arity: 1 } named && Any(named.OriginalDefinition, known.IList, known.ICollection, known.List);
    }

    private static bool Any(INamedTypeSymbol definition, params INamedTypeSymbol?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && SymbolEqualityComparer.Default.Equals(definition, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type and, depth first, its array elements and type arguments (a nullable value type's underlying type among them).</summary>
    public static IEnumerable<ITypeSymbol> Parts(ITypeSymbol type)
    {
        yield return type;
        switch (type)
        {
            case IArrayTypeSymbol array:
                foreach (var part in Parts(array.ElementType))
                {
                    yield return part;
                }

                break;
            case INamedTypeSymbol { IsGenericType: true } named:
                foreach (var argument in named.TypeArguments)
                {
                    foreach (var part in Parts(argument))
                    {
                        yield return part;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Whether the method's return carries the attribute (by full name): <c>[return: MaybeNull]</c>/<c>[return: NotNull]</c>,
    /// the pre-C# 8 spellings of what a result may hold.
    /// </summary>
    public static bool ReturnHas(IMethodSymbol method, string attributeFullName)
        => method.GetReturnTypeAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attributeFullName);

    /// <summary>The full name of <c>[MaybeNull]</c>.</summary>
    public const string MaybeNullAttribute = "System.Diagnostics.CodeAnalysis.MaybeNullAttribute";

    /// <summary>The full name of <c>[NotNull]</c>.</summary>
    public const string NotNullAttribute = "System.Diagnostics.CodeAnalysis.NotNullAttribute";
}
