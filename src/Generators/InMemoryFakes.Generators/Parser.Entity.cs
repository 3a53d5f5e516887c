using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

internal sealed partial class Parser
{
    private static readonly string[] DerivedQueryPrefixes = { "Find", "Get", "Query", "List", "Stream", "Count", "Exists", "Delete", "Remove", "Read", "Search", "Fetch", "Load" };

    /// <summary>An entity type and its key, found while parsing.</summary>
    private sealed class EntityInfo
    {
        public EntityInfo(ITypeSymbol type, IReadOnlyList<IPropertySymbol> keys, ITypeSymbol keyType, IReadOnlyList<IPropertySymbol> properties)
        {
            Type = type;
            Keys = keys;
            KeyType = keyType;
            Properties = properties;
        }

        public ITypeSymbol Type { get; }

        public IReadOnlyList<IPropertySymbol> Keys { get; }

        public ITypeSymbol KeyType { get; }

        public IReadOnlyList<IPropertySymbol> Properties { get; }

        public string Name => Type is ITypeParameterSymbol ? "" : Type.Name;
    }

    private EntityInfo? TryGetEntity(ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        if (!IsEntityCandidateType(type))
        {
            return null;
        }

        var properties = InstanceProperties(type);
        var marked = properties.Where(static p => p.GetAttributes().Any(static a => a.AttributeClass?.Name is "KeyAttribute" or "FakeKeyAttribute")).ToList();
        List<IPropertySymbol> keys;
        if (marked.Count > 0)
        {
            keys = marked
                .Select((p, index) => (p, index, order: KeyOrder(p)))
                .OrderBy(static t => t.order)
                .ThenBy(static t => t.index)
                .Select(static t => t.p)
                .ToList();
        }
        else
        {
            var byName = properties.FirstOrDefault(static p => p.Name == "Id")
                ?? properties.FirstOrDefault(static p => p.Name.Equals("Id", StringComparison.OrdinalIgnoreCase))
                ?? (type is ITypeParameterSymbol ? null : properties.FirstOrDefault(p => p.Name.Equals(type.Name + "Id", StringComparison.OrdinalIgnoreCase)));
            if (byName is null)
            {
                return null;
            }

            keys = new List<IPropertySymbol> { byName };
        }

        ITypeSymbol keyType;
        if (keys.Count == 1)
        {
            keyType = TypeNames.Underlying(keys[0].Type);
        }
        else
        {
            keyType = _compilation.CreateTupleTypeSymbol(
                keys.Select(static k => TypeNames.Underlying(k.Type)).ToImmutableArray(),
                keys.Select(static k => (string?)k.Name).ToImmutableArray());
        }

        return new EntityInfo(type, keys, keyType, properties);
    }

    private static int KeyOrder(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "FakeKeyAttribute")
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Order" && argument.Value.Value is int order)
                    {
                        return order;
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>Readable instance properties, base types first, the most derived declaration of each name.</summary>
    private List<IPropertySymbol> InstanceProperties(ITypeSymbol type)
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
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property
                    && _compilation.IsSymbolAccessibleWithin(property.GetMethod, _compilation.Assembly))
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

    private bool KeyParametersMatch(EntityInfo entity, IParameterSymbol[] parameters)
    {
        if (parameters.Length == 1 && KeyConvertible(parameters[0].Type, entity.KeyType))
        {
            return true;
        }

        if (entity.Keys.Count > 1 && parameters.Length == entity.Keys.Count)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                if (!KeyConvertible(parameters[i].Type, entity.Keys[i].Type))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private bool KeyConvertible(ITypeSymbol from, ITypeSymbol to)
    {
        if (from.IsValueType && TypeNames.IsNullableValueType(from) && !TypeNames.IsNullableValueType(to))
        {
            return false;
        }

        var conversion = _compilation.ClassifyCommonConversion(TypeNames.Underlying(from), TypeNames.Underlying(to));
        return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsNumeric);
    }

    private string KeyArgument(EntityInfo entity, IParameterSymbol[] parameters)
        => parameters.Length == 1
            ? Argument(parameters[0])
            : "(" + string.Join(", ", parameters.Select(static p => Argument(p))) + ")";

    private StoreSpec PlanEntity(EntityInfo entity, List<MemberCandidate> pending, List<MemberSpec> members)
    {
        var entityType = TypeNames.RenderNotNull(entity.Type);
        var keyType = TypeNames.RenderNotNull(entity.KeyType);
        var baseName = entity.Type is ITypeParameterSymbol ? "Entity" : entity.Type.Name;
        _tableField = _names.New("__" + TypeNames.Camel(TypeNames.Plural(baseName)));
        _modelField = _names.New("__" + TypeNames.Camel(baseName) + "Model");
        var spec = BuildEntitySpec(entity, entityType, keyType);
        _uniqueProperties = new HashSet<string>(spec.Unique.Where(static u => u.Property is not null).Select(static u => u.Property!), StringComparer.Ordinal);
        _indexedProperties = new HashSet<string>(spec.Indexes.Select(static i => i.Property), StringComparer.Ordinal);
        var copyMethods = new List<CopyMethodSpec>();
        var entitySpec = spec with { };
        if (entity.Type is not ITypeParameterSymbol)
        {
            var plan = PlanCopy(entity.Type, copyMethods);
            entitySpec = spec with { DeepCopy = plan.DeepCopy, IsImmutable = plan.IsImmutable };
        }

        var e = entity.Name;
        var es = e.Length == 0 ? "" : TypeNames.Plural(e);
        var single = new[] { "", e }.Distinct().ToArray();
        var plural = new[] { "", es }.Distinct().ToArray();
        var keySuffixes = new List<string> { "", "ById", "ByKey" };
        keySuffixes.AddRange(entity.Keys.Select(static k => "By" + k.Name));
        if (entity.Keys.Count > 1)
        {
            keySuffixes.Add("By" + string.Join("And", entity.Keys.Select(static k => k.Name)));
        }

        const string Kind = "entity repository";
        foreach (var candidate in pending)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (CommonProblem(candidate) is { } problem)
            {
                NotSupported(candidate, Kind, problem);
                continue;
            }

            var verb = candidate.Verb;
            if (candidate.Property is { } property)
            {
                if (verb == "Count" && (IsInt(property.Type) || IsLong(property.Type)))
                {
                    members.Add(BuildMember(candidate, new OperationSpec(Operation.EntityCount, ResultKind.Count, EquatableArray<string>.Empty, null, null)));
                }
                else
                {
                    NotSupported(candidate, Kind, "only a Count property (int or long) is supported");
                }

                continue;
            }

            if (candidate.Method!.IsGenericMethod)
            {
                NotSupported(candidate, Kind, "generic methods are not supported");
                continue;
            }

            var args = candidate.Parameters;
            bool IsEntityParameter() => args.Length == 1 && args[0].RefKind == RefKind.None && SameType(args[0].Type, entity.Type);
            ITypeSymbol? RangeElement() => args.Length == 1 && args[0].RefKind == RefKind.None ? EnumerableElement(args[0].Type) : null;
            string Arg(int index) => Argument(args[index]);
            OperationSpec? operation = null;
            string? reason = null;

            if (PredicateVerb(candidate, entity) is { } predicateVerb)
            {
                // A Func<T, bool> or Expression<Func<T, bool>> parameter makes any query verb a predicate method.
                operation = PlanPredicateQuery(candidate, entity, entityType, predicateVerb.Verb, predicateVerb.Word);
                if (operation is null)
                {
                    continue;
                }
            }
            else if (Matches(verb, new[] { "Add", "Insert", "Create" }, single))
            {
                operation = IsEntityParameter()
                    ? WriteResult(candidate, entity, Operation.EntityAdd, Arg(0), allowKey: true, out reason)
                    : Fail("it must take one " + entity.Type.Name + " parameter", out reason);
            }
            else if (Matches(verb, new[] { "Update" }, single))
            {
                operation = IsEntityParameter()
                    ? WriteResult(candidate, entity, Operation.EntityUpdate, Arg(0), allowKey: false, out reason)
                    : Fail("it must take one " + entity.Type.Name + " parameter", out reason);
            }
            else if (Matches(verb, new[] { "Upsert", "Save", "AddOrUpdate", "Put", "InsertOrUpdate", "Store" }, single))
            {
                operation = IsEntityParameter()
                    ? WriteResult(candidate, entity, Operation.EntityUpsert, Arg(0), allowKey: false, out reason)
                    : Fail("it must take one " + entity.Type.Name + " parameter", out reason);
            }
            else if (Matches(verb, new[] { "AddRange", "InsertRange", "CreateRange", "AddMany", "InsertMany" }, new[] { "" }) || (es.Length > 0 && Matches(verb, new[] { "Add", "Insert" }, new[] { es })))
            {
                operation = RangeOperation(candidate, entity, Operation.EntityAddRange, RangeElement(), out reason);
            }
            else if (Matches(verb, new[] { "UpdateRange", "UpdateMany" }, new[] { "" }) || (es.Length > 0 && verb == "Update" + es))
            {
                operation = RangeOperation(candidate, entity, Operation.EntityUpdateRange, RangeElement(), out reason);
            }
            else if (Matches(verb, new[] { "UpsertRange", "SaveRange", "UpsertMany", "SaveMany" }, new[] { "" }) || (es.Length > 0 && Matches(verb, new[] { "Upsert", "Save" }, new[] { es })))
            {
                operation = RangeOperation(candidate, entity, Operation.EntityUpsertRange, RangeElement(), out reason);
            }
            else if (Matches(verb, new[] { "DeleteRange", "RemoveRange", "DeleteMany", "RemoveMany" }, new[] { "" }) || (es.Length > 0 && Matches(verb, new[] { "Delete", "Remove" }, new[] { es })))
            {
                var element = RangeElement();
                if (element is not null && KeyConvertible(element, entity.KeyType))
                {
                    operation = CountOrVoid(candidate, Operation.EntityDeleteRangeByKey, Arg(0), out reason);
                }
                else
                {
                    operation = RangeOperation(candidate, entity, Operation.EntityDeleteRangeByEntity, element, out reason, countOnly: true);
                }
            }
            else if (Matches(verb, new[] { "Clear", "DeleteAll", "RemoveAll", "Truncate" }, plural))
            {
                operation = args.Length != 0
                    ? Fail("it must take no parameters", out reason)
                    : candidate.IsVoid ? new OperationSpec(Operation.EntityClear, ResultKind.None, EquatableArray<string>.Empty, null, null)
                    : IsInt(candidate.Result) || IsLong(candidate.Result) ? new OperationSpec(Operation.EntityClear, ResultKind.Count, EquatableArray<string>.Empty, null, null)
                    : Fail("it must return void or the number removed (int/long)", out reason);
            }
            else if (Matches(verb, new[] { "Count" }, new[] { "", es, "All" }.Distinct()))
            {
                operation = args.Length != 0
                    ? Fail("it must take no parameters", out reason)
                    : IsInt(candidate.Result) || IsLong(candidate.Result) ? new OperationSpec(Operation.EntityCount, ResultKind.Count, EquatableArray<string>.Empty, null, null)
                    : Fail("Count must return int or long", out reason);
            }
            else if (Matches(verb, new[] { "GetAll", "List", "All", "FindAll", "ListAll", "LoadAll", "FetchAll" }, plural)
                || (es.Length > 0 && Matches(verb, new[] { "Get", "List", "Find", "Load", "Fetch" }, new[] { es })))
            {
                if (args.Length != 0)
                {
                    operation = Fail("it must take no parameters", out reason);
                }
                else if (SequenceResult(candidate, entity.Type, out reason) is { } sequence)
                {
                    operation = new OperationSpec(Operation.EntityGetAll, sequence, EquatableArray<string>.Empty, entityType, null);
                }
            }
            else if (Matches(verb, new[] { "Get", "Find", "Load", "Fetch", "Read", "Retrieve" }, single, keySuffixes))
            {
                operation = KeyParametersMatch(entity, args)
                    ? FindResult(candidate, entity, KeyArgument(entity, args), entityType, out reason)
                    : Fail("its parameters must be the key (" + entity.KeyType.ToDisplayString() + ")", out reason);
            }
            else if (Matches(verb, new[] { "Delete", "Remove" }, single, keySuffixes))
            {
                if (IsEntityParameter())
                {
                    operation = VoidOrBool(candidate) is { } result ? new OperationSpec(Operation.EntityDeleteEntity, result, new[] { Arg(0) }, null, null) : Fail("it must return void or bool", out reason);
                }
                else if (KeyParametersMatch(entity, args))
                {
                    operation = VoidOrBool(candidate) is { } result ? new OperationSpec(Operation.EntityDeleteByKey, result, new[] { KeyArgument(entity, args) }, null, null) : Fail("it must return void or bool", out reason);
                }
                else
                {
                    operation = Fail("it must take the key (" + entity.KeyType.ToDisplayString() + ") or the entity", out reason);
                }
            }
            else if (Matches(verb, new[] { "Exists", "Contains", "Has", "Exist" }, single, keySuffixes))
            {
                operation = !KeyParametersMatch(entity, args)
                    ? Fail("its parameters must be the key (" + entity.KeyType.ToDisplayString() + ")", out reason)
                    : IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                        ? new OperationSpec(Operation.EntityExists, ResultKind.Bool, new[] { KeyArgument(entity, args) }, null, null)
                        : Fail("it must return bool", out reason);
            }
            else if (IsDerivedQuery(verb))
            {
                operation = PlanDerivedQuery(candidate, entity, entityType);
                if (operation is null)
                {
                    // The query planner reported why (IMF0015 to IMF0019).
                    continue;
                }
            }
            else
            {
                reason = "'" + verb + "' is not a known verb (Add, Update, Upsert/Save, Get/Find, Delete/Remove, Exists, Count, GetAll/List, Clear and their Range variants, derived queries such as FindByName, or a Func<T, bool> predicate)";
            }

            if (operation is null)
            {
                NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                continue;
            }

            members.Add(BuildMember(candidate, operation));
        }

        var tableName = entity.Type is ITypeParameterSymbol ? "typeof(" + entityType + ").Name" : TypeNames.Literal(entity.Type.Name);
        return new StoreSpec(
            StoreKindModel.EntityRepository,
            "global::InMemoryFakes.Support.EntityTable<" + keyType + ", " + entityType + ">",
            tableName,
            entitySpec,
            null,
            false,
            copyMethods.ToArray(),
            EquatableArray<ConverterSpec>.Empty,
            EquatableArray<ExpirationHelperSpec>.Empty,
            _queryFields.ToArray());
    }

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    private static bool IsDerivedQuery(string verb)
    {
        foreach (var prefix in DerivedQueryPrefixes)
        {
            if (!verb.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            for (var i = prefix.Length; i + 2 < verb.Length; i++)
            {
                if (verb[i] == 'B' && verb[i + 1] == 'y' && char.IsUpper(verb[i + 2]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The element type of a parameter that can be enumerated (IEnumerable&lt;T&gt; and everything implementing it, arrays).</summary>
    private static ITypeSymbol? EnumerableElement(ITypeSymbol type)
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

        return type.AllInterfaces.FirstOrDefault(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
    }

    private OperationSpec? WriteResult(MemberCandidate candidate, EntityInfo entity, Operation operation, string argument, bool allowKey, out string? reason)
    {
        reason = null;
        var args = new[] { argument };
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it cannot return an async stream", out reason);
        }

        if (candidate.IsVoid)
        {
            return new OperationSpec(operation, ResultKind.None, args, null, null);
        }

        if (IsBool(candidate.Result))
        {
            return new OperationSpec(operation, ResultKind.Bool, args, null, null);
        }

        if (SameType(candidate.Result, entity.Type) && !TypeNames.IsNullableValueType(candidate.Result!))
        {
            return new OperationSpec(operation, ResultKind.Value, args, null, null);
        }

        if (allowKey && candidate.Result is { } key && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(key), entity.KeyType) && !TypeNames.IsNullableValueType(key))
        {
            return new OperationSpec(operation, ResultKind.Key, args, null, null);
        }

        return Fail("it must return void, bool, " + entity.Type.Name + (allowKey ? " or the key" : ""), out reason);
    }

    private OperationSpec? FindResult(MemberCandidate candidate, EntityInfo entity, string key, string entityType, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable || !SameType(candidate.Result, entity.Type))
        {
            return Fail("it must return " + entity.Type.Name + " or " + entity.Type.Name + "?", out reason);
        }

        var result = candidate.Result!;
        if (TypeNames.IsNullableValueType(result))
        {
            return new OperationSpec(Operation.EntityFind, ResultKind.NullableStruct, new[] { key }, entityType, null);
        }

        return new OperationSpec(Operation.EntityFind, TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated) ? ResultKind.NullableValue : ResultKind.Required, new[] { key }, entityType, null);
    }

    private OperationSpec? RangeOperation(MemberCandidate candidate, EntityInfo entity, Operation operation, ITypeSymbol? element, out string? reason, bool countOnly = false)
    {
        reason = null;
        if (element is null || !SameType(element, entity.Type))
        {
            return Fail("it must take one collection of " + entity.Type.Name + (operation == Operation.EntityDeleteRangeByEntity ? " or of keys" : ""), out reason);
        }

        var argument = Argument(candidate.Parameters[0]);
        if (candidate.IsVoid)
        {
            return new OperationSpec(operation, ResultKind.None, new[] { argument }, TypeNames.RenderNotNull(entity.Type), null);
        }

        if (IsInt(candidate.Result) || IsLong(candidate.Result))
        {
            return new OperationSpec(operation, ResultKind.Count, new[] { argument }, TypeNames.RenderNotNull(entity.Type), null);
        }

        if (!countOnly && SequenceResult(candidate, entity.Type, out reason) is { } sequence && candidate.Shape != ReturnShape.AsyncEnumerable)
        {
            return new OperationSpec(operation, sequence, new[] { argument }, TypeNames.RenderNotNull(entity.Type), null);
        }

        return Fail(countOnly ? "it must return void or the number removed (int/long)" : "it must return void, the count (int/long) or the stored entities", out reason);
    }

    private static OperationSpec? CountOrVoid(MemberCandidate candidate, Operation operation, string argument, out string? reason)
    {
        reason = null;
        if (candidate.IsVoid)
        {
            return new OperationSpec(operation, ResultKind.None, new[] { argument }, null, null);
        }

        if (IsInt(candidate.Result) || IsLong(candidate.Result))
        {
            return new OperationSpec(operation, ResultKind.Count, new[] { argument }, null, null);
        }

        return Fail("it must return void or the number removed (int/long)", out reason);
    }

    private EntitySpec BuildEntitySpec(EntityInfo entity, string entityType, string keyType)
    {
        var keys = entity.Keys;
        string KeyRead(string variable, IPropertySymbol key) => variable + "." + TypeNames.Escape(key.Name) + (TypeNames.AllowsNull(key.Type) && !key.Type.IsValueType ? "!" : "");
        var getKey = keys.Count == 1
            ? "static e => " + KeyRead("e", keys[0])
            : "static e => (" + string.Join(", ", keys.Select(k => KeyRead("e", k))) + ")";
        var keyOf = keys.Count == 1
            ? "{0}." + TypeNames.Escape(keys[0].Name)
            : "(" + string.Join(", ", keys.Select(static k => "{0}." + TypeNames.Escape(k.Name))) + ")";
        var useWith = entity.Type.IsRecord || entity.Type.TypeKind == TypeKind.Struct;

        string? WithValue(IPropertySymbol property, string variable, string value)
        {
            if (property.SetMethod is null || !_compilation.IsSymbolAccessibleWithin(property.SetMethod, _compilation.Assembly))
            {
                return null;
            }

            var name = TypeNames.Escape(property.Name);
            if (useWith)
            {
                return variable + " with { " + name + " = " + value + " }";
            }

            if (property.SetMethod.IsInitOnly)
            {
                return null;
            }

            return "{ " + variable + "." + name + " = " + value + "; return " + variable + "; }";
        }

        string? withKey = null;
        var generate = false;
        if (keys.Count == 1)
        {
            var type = TypeNames.Underlying(keys[0].Type);
            var generatable = type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                || type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.Guid"
                || type is ITypeParameterSymbol;
            if (generatable && WithValue(keys[0], "e", "k") is { } body)
            {
                withKey = "static (e, k) => " + body;
                generate = true;
            }
        }

        string? tokenName = null, tokenGet = null, tokenWith = null;
        var token = entity.Properties.FirstOrDefault(static p => p.GetAttributes().Any(static a => a.AttributeClass?.Name is "ConcurrencyCheckAttribute" or "TimestampAttribute"));
        var byAttribute = token is not null;
        token ??= entity.Properties.FirstOrDefault(static p => p.Name is "Version" or "ETag" or "Etag" or "RowVersion");
        if (token is not null && IsTokenType(token.Type))
        {
            var cast = "(" + TypeNames.Render(token.Type) + ")v" + (token.Type.IsValueType && !TypeNames.IsNullableValueType(token.Type) || !TypeNames.AllowsNull(token.Type) ? "!" : "");
            if (WithValue(token, "e", cast) is { } body)
            {
                tokenName = token.Name;
                tokenGet = "static e => e." + TypeNames.Escape(token.Name);
                tokenWith = "static (e, v) => " + body;
            }
            else if (byAttribute)
            {
                Report(DiagnosticDescriptors.ConcurrencyTokenReadOnly, token.Locations.FirstOrDefault(static l => l.IsInSource), token.Name, entity.Type.Name);
            }
        }

        var unique = new List<UniqueSpec>();
        var groups = new List<(string Group, List<IPropertySymbol> Properties)>();
        foreach (var property in entity.Properties)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass is not { Name: "UniqueAttribute" } attributeClass || attributeClass.ContainingNamespace?.ToDisplayString() != "InMemoryFakes")
                {
                    continue;
                }

                var group = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                if (group is null)
                {
                    if (!unique.Any(u => u.Property == property.Name))
                    {
                        unique.Add(new UniqueSpec(property.Name, "static e => e." + TypeNames.Escape(property.Name), property.Name));
                    }
                }
                else
                {
                    var index = groups.FindIndex(g => g.Group == group);
                    if (index < 0)
                    {
                        groups.Add((group, new List<IPropertySymbol> { property }));
                    }
                    else
                    {
                        groups[index].Properties.Add(property);
                    }
                }
            }
        }

        foreach (var (group, properties) in groups)
        {
            if (properties.Count == 1)
            {
                unique.Add(new UniqueSpec(group, "static e => e." + TypeNames.Escape(properties[0].Name)));
                continue;
            }

            // As in SQL, a combination with a null part is not constrained.
            var value = "(" + string.Join(", ", properties.Select(static p => "e." + TypeNames.Escape(p.Name))) + ")";
            var nullable = properties.Where(static p => TypeNames.AllowsNull(p.Type)).Select(static p => "e." + TypeNames.Escape(p.Name) + " is null").ToList();
            unique.Add(new UniqueSpec(group, nullable.Count == 0
                ? "static e => " + value
                : "static e => " + string.Join(" || ", nullable) + " ? null : (object?)" + value));
        }

        var indexes = new List<IndexSpec>();
        foreach (var property in entity.Properties)
        {
            if (property.GetAttributes().Any(static a => a.AttributeClass is { Name: "IndexedAttribute" } c && c.ContainingNamespace?.ToDisplayString() == "InMemoryFakes")
                && !unique.Any(u => u.Property == property.Name))
            {
                indexes.Add(new IndexSpec(property.Name, "static e => e." + TypeNames.Escape(property.Name)));
            }
        }

        return new EntitySpec(
            entityType,
            entity.Type.IsValueType,
            keyType,
            string.Join(", ", keys.Select(static k => k.Name)),
            getKey,
            keyOf,
            withKey,
            generate,
            null,
            false,
            tokenName,
            tokenGet,
            tokenWith,
            unique.ToArray(),
            indexes.ToArray());
    }

    private static bool IsTokenType(ITypeSymbol type)
    {
        var underlying = TypeNames.Underlying(type);
        if (underlying is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return true;
        }

        return underlying.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Int16 or SpecialType.System_String or SpecialType.System_DateTime
            || underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.Guid";
    }
}
