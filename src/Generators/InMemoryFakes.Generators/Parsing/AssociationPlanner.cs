using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Associations of an entity fake: values attached to the entity that its type has no property for (a user's claims,
/// logins, roles), kept in a side table keyed by the entity's key. The words are in <see cref="Conventions"/>; an
/// association is defined by its <c>Add{Noun}</c> member (values of a known type) or <c>AddTo{Noun}</c> member (a name of
/// another entity), and the other members join it by noun. Members it claims leave <c>pending</c>.
/// </summary>
internal static partial class AssociationPlanner
{
    internal const string Kind = "entity association";

    private sealed class Association
    {
        public Association(string singular, string field)
        {
            Singular = singular;
            Field = field;
        }

        public string Singular { get; }

        public string Plural => TypeNames.Plural(Singular);

        public string Field { get; }

        public ValueRowSpec? Row { get; set; }

        public INamedTypeSymbol? ValueType { get; set; }

        public ReferenceTargetSpec? Target { get; set; }

        public INamedTypeSymbol? TargetType { get; set; }

        public string? MissingTarget { get; set; }

        /// <summary>Why every member of this association is refused (values of a type no rule describes), or null.</summary>
        public string? Refusal { get; set; }

        public bool Matches(string noun) => noun == Singular || noun == Plural;
    }

    public static EquatableArray<AssociationTableSpec> Plan(ParseContext context, EntityInfo entity, List<MemberCandidate> pending, List<(MemberCandidate Candidate, OperationSpec Operation)> claimed)
    {
        if (entity.Type is not INamedTypeSymbol entityType || entity.Keys.Count != 1)
        {
            return EquatableArray<AssociationTableSpec>.Empty;
        }

        var properties = new HashSet<string>(context.PropertiesOf(entity.Type).Select(static p => p.Name), StringComparer.OrdinalIgnoreCase);

        // With a unit of work the entity's writes wait for SaveChanges; rows written at once would run ahead of them.
        var unitOfWork = context.UnitOfWorkInterfaces.Count > 0 || pending.Any(static c => UnitOfWorkRules.IsSave(c.Symbol));
        var ownedTables = PlanOwned(context, entity, entityType, properties, pending, claimed, unitOfWork);
        var associations = new List<Association>();

        // Definitions first, so members of any order join the same association.
        foreach (var candidate in pending)
        {
            if (candidate.Method is null || candidate.IsHandWritten || candidate.Parameters.Length != 2 || !IsEntity(candidate.Parameters[0].Type, entity))
            {
                continue;
            }

            var verb = candidate.Verb;
            if (After(verb, Conventions.AssociationReferenceAddPrefixes) is { } referenced && IsNoun(referenced, properties, entity))
            {
                if (associations.Any(a => a.Matches(referenced)))
                {
                    continue;
                }

                var association = new Association(referenced, context.Names.New("__" + TypeNames.Camel(TypeNames.Plural(referenced))));
                Target(context, entityType, association);
                associations.Add(association);
            }
            else if (After(verb, Conventions.AssociationAdd) is { } noun && IsNoun(noun, properties, entity))
            {
                var singular = Singular(noun);
                if (associations.Any(a => a.Matches(singular)))
                {
                    continue;
                }

                if (ValueRule(context, candidate.Parameters[1].Type) is { } rule)
                {
                    associations.Add(new Association(singular, context.Names.New("__" + TypeNames.Camel(TypeNames.Plural(singular))))
                    {
                        Row = rule.Row,
                        ValueType = rule.Type,
                    });
                }
                else if (UnknownValue(context, candidate.Parameters[1].Type) is { } unknown)
                {
                    // Values of a type no rule describes: matching them could only be by reference (or by a guessed key).
                    associations.Add(new Association(singular, "")
                    {
                        Refusal = "'" + singular + "' attaches " + unknown.Name + " values, and no rule says which of their properties identify one (rules: "
                            + string.Join(", ", Conventions.AssociationValues.Select(static v => v.MetadataName.Substring(v.MetadataName.LastIndexOf('.') + 1)))
                            + "); matching them by reference would find nothing after a copy",
                    });
                }
            }
        }

        if (associations.Count == 0)
        {
            return ownedTables.ToArray();
        }

        var entityPlural = TypeNames.Plural(LastWord(entityType.Name));
        for (var i = pending.Count - 1; i >= 0; i--)
        {
            var candidate = pending[i];
            if (candidate.Method is null || candidate.IsHandWritten)
            {
                continue;
            }

            var bound = Bind(context, entity, entityType.Name, entityPlural, associations, candidate, out var association, out var reason);
            if (association is null)
            {
                continue;
            }

            pending.RemoveAt(i);
            if (bound is not null && unitOfWork)
            {
                context.NotSupported(candidate, Kind, "the repository has a unit of work: its entity writes wait for SaveChanges, and association rows, which are written at once, would run ahead of them (not supported)");
            }
            else if (bound is null)
            {
                context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
            }
            else
            {
                claimed.Insert(0, (candidate, bound));
            }
        }

        return associations.Where(static a => a.Refusal is null).Select(a => new AssociationTableSpec(a.Field, a.Plural, a.Row is { } row ? RowType(row) : a.Target?.KeyType ?? "object")).Concat(ownedTables).ToArray();
    }

    public static string RowType(ValueRowSpec row)
        => "(" + string.Join(", ", row.Parts.Select(static p => p.Type + " " + p.Name)) + ")";

    private static OperationSpec? Bind(ParseContext context, EntityInfo entity, string entityName, string entityPlural, List<Association> associations, MemberCandidate candidate, out Association? association, out string? reason)
    {
        association = null;
        reason = null;
        var verb = candidate.Verb;
        var parameters = candidate.Parameters;
        var ownerFirst = parameters.Length > 0 && IsEntity(parameters[0].Type, entity);
        foreach (var refused in associations.Where(static a => a.Refusal is not null))
        {
            if (new[] { Conventions.AssociationAdd, Conventions.AssociationRemove, Conventions.AssociationReplace, Conventions.AssociationGet }
                .Any(p => After(verb, p) is { } noun && refused.Matches(noun)) && (ownerFirst || verb.StartsWith(Conventions.AssociationGet, StringComparison.Ordinal)))
            {
                association = refused;
                reason = refused.Refusal;
                return null;
            }
        }


        // Members about a referenced entity.
        if (After(verb, Conventions.AssociationReferenceAddPrefixes) is { } n1 && Find(associations, n1) is { Row: null } a1)
        {
            association = a1;
            return Reference(context, ReferenceAction.Add, a1, candidate, ownerFirst, out reason);
        }

        if (After(verb, Conventions.AssociationReferenceRemovePrefixes) is { } n2 && Find(associations, n2) is { Row: null } a2)
        {
            association = a2;
            return Reference(context, ReferenceAction.Remove, a2, candidate, ownerFirst, out reason);
        }

        if (After(verb, Conventions.AssociationReferenceContainsPrefixes) is { } n3 && Find(associations, n3) is { Row: null } a3)
        {
            association = a3;
            return Reference(context, ReferenceAction.Contains, a3, candidate, ownerFirst, out reason);
        }

        if (After(verb, Conventions.AssociationGet + entityPlural + Conventions.AssociationReferenceOwnersMiddle) is { } n4 && Find(associations, n4) is { Row: null } a4)
        {
            association = a4;
            return Reference(context, ReferenceAction.Owners, a4, candidate, ownerFirst, out reason);
        }

        if (After(verb, Conventions.AssociationGet + entityPlural + Conventions.AssociationValueOwnersMiddle) is { } n5 && Find(associations, n5) is { Row: not null } a5)
        {
            association = a5;
            return Value(context, AssociationAction.Owners, a5, candidate, ownerFirst, out reason);
        }

        if ((After(verb, Conventions.AssociationFind + Conventions.AssociationBy) ?? After(verb, Conventions.AssociationFind + LastWord(entityName) + Conventions.AssociationBy)) is { } n6
            && Find(associations, n6) is { Row: not null } a6)
        {
            association = a6;
            return Value(context, AssociationAction.FindOwner, a6, candidate, ownerFirst, out reason);
        }

        foreach (var (prefix, action) in new[] { (Conventions.AssociationAdd, AssociationAction.Add), (Conventions.AssociationRemove, AssociationAction.Remove), (Conventions.AssociationReplace, AssociationAction.Replace), (Conventions.AssociationGet, AssociationAction.Get) })
        {
            if (After(verb, prefix) is { } noun && Find(associations, noun) is { } a && ownerFirst)
            {
                association = a;
                if (a.Row is null)
                {
                    if (action == AssociationAction.Get)
                    {
                        return Reference(context, ReferenceAction.Names, a, candidate, ownerFirst, out reason);
                    }

                    reason = "'" + a.Singular + "' names another entity: use AddTo" + a.Singular + ", RemoveFrom" + a.Singular + ", IsIn" + a.Singular + ", Get" + a.Plural + " or Get{Entities}In" + a.Singular;
                    return null;
                }

                return Value(context, action, a, candidate, ownerFirst, out reason);
            }
        }

        return null;
    }

    private static AssociationOp? Value(ParseContext context, AssociationAction action, Association association, MemberCandidate candidate, bool ownerFirst, out string? reason)
    {
        reason = null;
        var row = association.Row!;
        var parameters = candidate.Parameters;
        var what = "values of " + association.ValueType!.Name;
        bool IsValue(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(type), association.ValueType);
        string Name(IParameterSymbol p) => TypeNames.Escape(p.Name);

        switch (action)
        {
            case AssociationAction.Add or AssociationAction.Remove when ownerFirst && parameters.Length == 2 && candidate.IsVoid:
                if (IsValue(parameters[1].Type))
                {
                    return new AssociationOp(action, association.Field, row, Name(parameters[0]), Name(parameters[1]), null, EquatableArray<KeyArgumentSpec>.Empty, SequenceKind.List, false);
                }

                if (Element(context, parameters[1].Type) is { } element && IsValue(element))
                {
                    return new AssociationOp(action == AssociationAction.Add ? AssociationAction.AddMany : AssociationAction.RemoveMany, association.Field, row, Name(parameters[0]), Name(parameters[1]), null, EquatableArray<KeyArgumentSpec>.Empty, SequenceKind.List, false);
                }

                reason = "its second parameter is neither a " + association.ValueType.Name + " nor a collection of them";
                return null;
            case AssociationAction.Remove when ownerFirst && parameters.Length > 2 && candidate.IsVoid:
                return KeyArguments(row, parameters.Skip(1), out reason) is { } removeKey
                    ? new AssociationOp(AssociationAction.RemoveByKey, association.Field, row, Name(parameters[0]), null, null, removeKey, SequenceKind.List, false)
                    : null;
            case AssociationAction.Replace when ownerFirst && parameters.Length == 3 && candidate.IsVoid && IsValue(parameters[1].Type) && IsValue(parameters[2].Type):
                return new AssociationOp(action, association.Field, row, Name(parameters[0]), Name(parameters[1]), Name(parameters[2]), EquatableArray<KeyArgumentSpec>.Empty, SequenceKind.List, false);
            case AssociationAction.Get when ownerFirst && parameters.Length == 1:
                return Sequence(context, candidate, association.ValueType, out var sequence, out reason)
                    ? new AssociationOp(action, association.Field, row, Name(parameters[0]), null, null, EquatableArray<KeyArgumentSpec>.Empty, sequence, false)
                    : null;
            case AssociationAction.Owners when parameters.Length == 1 && IsValue(parameters[0].Type):
                return Sequence(context, candidate, null, out var owners, out reason)
                    ? new AssociationOp(action, association.Field, row, null, Name(parameters[0]), null, EquatableArray<KeyArgumentSpec>.Empty, owners, false)
                    : null;
            case AssociationAction.FindOwner when parameters.Length >= 1 && !ownerFirst:
                if (!row.Unique)
                {
                    reason = "a " + association.ValueType.Name + " can belong to several owners, so there is no one owner to find; use Get{Entities}For" + association.Singular;
                    return null;
                }

                if (candidate.Result is null || !IsOwnerType(candidate.Result, candidate))
                {
                    reason = "it does not return the entity";
                    return null;
                }

                return KeyArguments(row, parameters, out reason) is { } findKey
                    ? new AssociationOp(action, association.Field, row, null, null, null, findKey, SequenceKind.List, candidate.Result.NullableAnnotation != NullableAnnotation.NotAnnotated)
                    : null;
        }

        reason = "it has no shape of an association of " + what + " (Add" + association.Singular + "(entity, value), Remove" + association.Singular + "(entity, value), Replace" + association.Singular + "(entity, value, newValue), Get" + association.Plural + "(entity), Get{Entities}For" + association.Singular + "(value), returning void or Task)";
        return null;
    }

    private static bool IsOwnerType(ITypeSymbol result, MemberCandidate candidate)
        => candidate.Parameters.Length > 0 && result.TypeKind != TypeKind.Error && result is INamedTypeSymbol;

    /// <summary>The key parts of a row given as parameters named after them (any order, case-insensitive): all of them, nothing else.</summary>
    private static EquatableArray<KeyArgumentSpec>? KeyArguments(ValueRowSpec row, IEnumerable<IParameterSymbol> parameters, out string? reason)
    {
        reason = null;
        var keys = row.Parts.Take(row.KeyParts).ToList();
        var bound = new List<KeyArgumentSpec>();
        foreach (var parameter in parameters)
        {
            var part = keys.FirstOrDefault(k => string.Equals(k.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (part is null)
            {
                reason = "parameter '" + parameter.Name + "' names no key part of " + row.ValueType + " (" + string.Join(", ", keys.Select(static k => k.Name)) + ")";
                return null;
            }

            bound.Add(new KeyArgumentSpec(part.Name, TypeNames.Escape(parameter.Name), !parameter.Type.IsValueType));
        }

        if (bound.Select(static b => b.Part).Distinct().Count() != keys.Count || bound.Count != keys.Count)
        {
            reason = "its parameters must name every key part of " + row.ValueType + " once (" + string.Join(", ", keys.Select(static k => k.Name)) + ")";
            return null;
        }

        return bound.ToArray();
    }

    private static ReferenceOp? Reference(ParseContext context, ReferenceAction action, Association association, MemberCandidate candidate, bool ownerFirst, out string? reason)
    {
        reason = null;
        if (association.Target is not { } target)
        {
            reason = association.MissingTarget;
            return null;
        }

        var parameters = candidate.Parameters;
        string Name(IParameterSymbol p) => TypeNames.Escape(p.Name);
        switch (action)
        {
            case ReferenceAction.Add or ReferenceAction.Remove when ownerFirst && parameters.Length == 2 && candidate.IsVoid:
            case ReferenceAction.Contains when ownerFirst && parameters.Length == 2 && candidate.Result?.SpecialType == SpecialType.System_Boolean:
            case ReferenceAction.Owners when !ownerFirst && parameters.Length == 1:
                var lookup = parameters[parameters.Length - 1];
                if (LookupProperty(context, association, candidate, lookup) is not { } property)
                {
                    reason = "parameter '" + lookup.Name + "' names no property of " + association.TargetType!.Name + " (without the noun '" + association.Singular + "', '" + Strip(lookup.Name, association.Singular) + "' should name one, as normalizedRoleName names NormalizedName)";
                    return null;
                }

                if (action == ReferenceAction.Owners && !Sequence(context, candidate, null, out _, out reason))
                {
                    return null;
                }

                Sequence(context, candidate, null, out var ownersSequence, out _);
                return new ReferenceOp(action, association.Field, target, ownerFirst ? Name(parameters[0]) : null, Name(lookup), property.Name, context.RenderNullable(property.Type), ownersSequence);
            case ReferenceAction.Names when ownerFirst && parameters.Length == 1:
                if (target.NameProperty is null)
                {
                    reason = association.TargetType!.Name + " has no string property '" + Conventions.AssociationNameProperty + "' to list";
                    return null;
                }

                return Sequence(context, candidate, context.Compilation.GetSpecialType(SpecialType.System_String), out var names, out reason)
                    ? new ReferenceOp(action, association.Field, target, Name(parameters[0]), null, null, null, names)
                    : null;
        }

        reason = "it has no shape of an association with " + association.TargetType!.Name + " (AddTo" + association.Singular + "(entity, name), RemoveFrom" + association.Singular + "(entity, name) returning void or Task, IsIn" + association.Singular + "(entity, name) returning bool, Get" + association.Plural + "(entity), Get{Entities}In" + association.Singular + "(name))";
        return null;
    }

    private static IPropertySymbol? LookupProperty(ParseContext context, Association association, MemberCandidate candidate, IParameterSymbol parameter)
    {
        var declaring = candidate.Symbol.ContainingType.OriginalDefinition;
        var declaringName = declaring.ContainingNamespace.ToDisplayString() + "." + declaring.MetadataName;
        var wanted = Conventions.AssociationParameterMeanings.FirstOrDefault(m => m.Interface == declaringName && m.Parameter == parameter.Name).Property
            ?? Strip(parameter.Name, association.Singular);
        return context.PropertiesOf(association.TargetType!).FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase)
            && (SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type), TypeNames.Underlying(parameter.Type))));
    }

    /// <summary>The parameter name without the noun (<c>normalizedRoleName</c> → <c>normalizedName</c>).</summary>
    private static string Strip(string name, string noun)
    {
        var at = name.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? name : name.Remove(at, noun.Length);
    }

    /// <summary>
    /// The entity another association refers to: a type in the entity's namespace named with the entity's prefix and the
    /// noun (<c>IdentityUser</c> + <c>Role</c> → <c>IdentityRole</c>; <c>ApplicationUser</c> → <c>ApplicationRole</c>), the
    /// longest prefix first, with one key property.
    /// </summary>
    private static INamedTypeSymbol? TargetType(ParseContext context, INamedTypeSymbol entityType, string singular, List<string> tried)
    {
        var name = entityType.Name;
        for (var end = name.Length - 1; end >= 0; end--)
        {
            if (end > 0 && !char.IsUpper(name[end]))
            {
                continue;
            }

            var candidateName = name.Substring(0, end) + singular;
            tried.Add(candidateName);
            var found = entityType.ContainingNamespace.GetTypeMembers(candidateName, 0).FirstOrDefault();
            if (found is not null && !SymbolEqualityComparer.Default.Equals(found, entityType) && context.IsAccessible(found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The value types of the side tables <see cref="Plan"/> will make (row arrays), found without planning anything, so the
    /// JSON metadata (planned first) describes them and persistence can save and load them.
    /// </summary>
    public static IEnumerable<ITypeSymbol> RowTableTypes(ParseContext context, EntityInfo entity, List<MemberCandidate> pending)
    {
        if (entity.Type is not INamedTypeSymbol entityType || entity.Keys.Count != 1)
        {
            yield break;
        }

        foreach (var rowTable in OwnedRowTableTypes(context, entity, entityType, pending))
        {
            yield return rowTable;
        }

        var properties = new HashSet<string>(context.PropertiesOf(entity.Type).Select(static p => p.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in pending)
        {
            if (candidate.Method is null || candidate.IsHandWritten || candidate.Parameters.Length != 2 || !IsEntity(candidate.Parameters[0].Type, entity))
            {
                continue;
            }

            if (After(candidate.Verb, Conventions.AssociationReferenceAddPrefixes) is { } referenced && IsNoun(referenced, properties, entity))
            {
                if (TargetType(context, entityType, referenced, new List<string>()) is { } target && EntityInfo.TryGet(context, target) is { Keys.Count: 1 } info)
                {
                    yield return context.Compilation.CreateArrayTypeSymbol(info.KeyType);
                }
            }
            else if (After(candidate.Verb, Conventions.AssociationAdd) is { } noun && IsNoun(noun, properties, entity)
                && ValueRule(context, candidate.Parameters[1].Type) is { } rule)
            {
                var parts = context.PropertiesOf(rule.Type).Where(p => rule.Row.Parts.Any(r => r.Name == p.Name)).ToList();
                var ordered = rule.Row.Parts.Select(r => parts.First(p => p.Name == r.Name)).ToList();
                var tuple = context.Compilation.CreateTupleTypeSymbol(
                    ordered.Select(static p => p.Type).ToImmutableArray(),
                    ordered.Select(static p => (string?)p.Name).ToImmutableArray());
                yield return context.Compilation.CreateArrayTypeSymbol(tuple);
            }
        }
    }

    private static void Target(ParseContext context, INamedTypeSymbol entityType, Association association)
    {
        var tried = new List<string>();
        var found = TargetType(context, entityType, association.Singular, tried);
        if (found is not null)
        {
            if (EntityInfo.TryGet(context, found) is not { Keys.Count: 1 } info)
            {
                association.MissingTarget = "'" + association.Singular + "' names " + found.Name + ", which has no single key property";
                return;
            }

            var nameProperty = context.PropertiesOf(found).FirstOrDefault(static p => p.Name == Conventions.AssociationNameProperty && p.Type.SpecialType == SpecialType.System_String);
            association.TargetType = found;
            association.Target = new ReferenceTargetSpec(
                association.Singular,
                context.RenderNotNull(found),
                context.RenderNotNull(info.KeyType),
                info.Keys[0].Name,
                nameProperty?.Name,
                nameProperty is not null && nameProperty.Type.NullableAnnotation != NullableAnnotation.NotAnnotated);
            return;
        }

        association.MissingTarget = "'" + association.Singular + "' names no entity type beside " + entityType.Name + " in " + entityType.ContainingNamespace.ToDisplayString()
            + " (looked for " + string.Join(", ", tried) + "), so the fake cannot know which table holds them";
    }

    /// <summary>A class or struct value type (or the element of a collection of them) that is neither a scalar nor a known rule's type.</summary>
    private static INamedTypeSymbol? UnknownValue(ParseContext context, ITypeSymbol parameterType)
    {
        var type = (Element(context, parameterType) ?? parameterType) as INamedTypeSymbol;
        return type is { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } && type.TypeArguments.Length == 0
            && !SymbolEqualityComparer.Default.Equals(type, context.Known.Guid) && !SymbolEqualityComparer.Default.Equals(type, context.Known.DateTimeOffset)
            && !SymbolEqualityComparer.Default.Equals(type, context.Known.TimeSpan)
            ? type
            : null;
    }

    private static (ValueRowSpec Row, INamedTypeSymbol Type)? ValueRule(ParseContext context, ITypeSymbol parameterType)
    {
        var type = parameterType as INamedTypeSymbol;
        if (type is not null && Rule(context, type) is { } direct)
        {
            return (direct, type);
        }

        return Element(context, parameterType) is INamedTypeSymbol element && Rule(context, element) is { } rule ? (rule, element) : null;
    }

    private static ValueRowSpec? Rule(ParseContext context, INamedTypeSymbol type)
    {
        var metadataName = type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;
        foreach (var (name, parts, keyParts, unique) in Conventions.AssociationValues)
        {
            if (name != metadataName || !SymbolEqualityComparer.Default.Equals(context.Compilation.GetTypeByMetadataName(name), type.OriginalDefinition))
            {
                continue;
            }

            var properties = context.PropertiesOf(type);
            var rowParts = new List<RowPartSpec>();
            foreach (var part in parts)
            {
                if (properties.FirstOrDefault(p => p.Name == part) is not { } property)
                {
                    return null;
                }

                rowParts.Add(new RowPartSpec(part, context.Render(property.Type)));
            }

            // The value is rebuilt with the constructor whose parameters name the parts, in order: proven, not assumed.
            var rebuilt = type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == parts.Length
                && c.Parameters.Select(static p => p.Name).SequenceEqual(parts, StringComparer.OrdinalIgnoreCase));
            return rebuilt ? new ValueRowSpec(context.RenderNotNull(type), rowParts.ToArray(), keyParts, unique) : null;
        }

        return null;
    }

    /// <summary>The element of a collection parameter (IEnumerable, arrays, lists…), or null.</summary>
    private static ITypeSymbol? Element(ParseContext context, ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named)
        {
            return null;
        }

        var enumerable = named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            ? named
            : named.AllInterfaces.FirstOrDefault(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable?.TypeArguments[0];
    }

    /// <summary>A result a <c>List&lt;T&gt;</c> converts to (IList, IEnumerable, IReadOnlyList…), or an array; with the element type when given.</summary>
    private static bool Sequence(ParseContext context, MemberCandidate candidate, ITypeSymbol? element, out SequenceKind sequence, out string? reason)
    {
        sequence = SequenceKind.List;
        reason = null;
        var result = candidate.Result;
        ITypeSymbol? actual = null;
        if (result is IArrayTypeSymbol array)
        {
            sequence = SequenceKind.Array;
            actual = array.ElementType;
        }
        else if (result is INamedTypeSymbol { TypeArguments.Length: 1 } named
            && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, context.Known.List)
                || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, context.Known.IList)
                || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, context.Known.ICollection)
                || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, context.Known.IReadOnlyList)
                || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, context.Known.IReadOnlyCollection)
                || named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T))
        {
            actual = named.TypeArguments[0];
        }

        if (actual is null || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            reason = "it does not return a list (IList<T>, List<T>, IEnumerable<T>, IReadOnlyList<T>, ICollection<T> or an array)";
            return false;
        }

        if (element is not null && !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(actual), element))
        {
            reason = "it returns " + actual.Name + " elements, not " + element.Name;
            return false;
        }

        return true;
    }

    private static bool IsEntity(ITypeSymbol type, EntityInfo entity) => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(type), entity.Type);

    /// <summary>A noun an association can have: not empty, not a property of the entity (which the entity rules handle), not the entity itself.</summary>
    private static bool IsNoun(string noun, HashSet<string> properties, EntityInfo entity)
        => noun.Length > 0 && char.IsUpper(noun[0]) && !properties.Contains(noun) && !properties.Contains(Singular(noun))
            && !string.Equals(noun, entity.Name, StringComparison.Ordinal) && !string.Equals(Singular(noun), entity.Name, StringComparison.Ordinal)
            && !Conventions.AssociationNotNouns.Contains(FirstWord(noun));

    private static string FirstWord(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]))
            {
                return name.Substring(0, i);
            }
        }

        return name;
    }

    private static Association? Find(List<Association> associations, string noun) => associations.FirstOrDefault(a => a.Matches(noun));

    private static string? After(string verb, string prefix)
        => NameWords.StartsWithWordAndMore(verb, prefix) ? verb.Substring(prefix.Length) : null;

    private static string? After(string verb, string[] prefixes)
        => prefixes.Select(p => After(verb, p)).FirstOrDefault(static n => n is not null);

    private static string Singular(string noun)
        => noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 3 ? noun.Substring(0, noun.Length - 3) + "y"
            : noun.EndsWith("s", StringComparison.Ordinal) && !noun.EndsWith("ss", StringComparison.Ordinal) && noun.Length > 1 ? noun.Substring(0, noun.Length - 1)
            : noun;

    private static string LastWord(string name)
    {
        for (var i = name.Length - 1; i > 0; i--)
        {
            if (char.IsUpper(name[i]))
            {
                return name.Substring(i);
            }
        }

        return name;
    }
}
