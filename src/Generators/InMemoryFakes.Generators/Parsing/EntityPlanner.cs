using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Entity repositories: the entity model and one operation per member, by the verbs in <see cref="Conventions"/>.</summary>
internal static class EntityPlanner
{
    private const string Kind = "entity repository";

    public static StoreSpec Plan(ParseContext context, EntityInfo entity, List<MemberCandidate> pending, StoreBuilder store)
    {
        var spec = Model(context, entity);
        if (entity.Type is not ITypeParameterSymbol)
        {
            var (copy, immutable) = CopyPlanner.Plan(context, entity.Type, store);
            spec = spec with { Copy = copy, IsImmutable = immutable };
        }

        var unique = new HashSet<string>(spec.Unique.Where(static u => u.Property is not null).Select(static u => u.Property!), StringComparer.Ordinal);
        var indexed = new HashSet<string>(spec.Indexes.Select(static i => i.Property), StringComparer.Ordinal);

        var e = entity.Name;
        var es = e.Length == 0 ? "" : TypeNames.Plural(e);
        var single = e.Length == 0 ? new[] { "" } : new[] { "", e };
        var plural = es.Length == 0 ? new[] { "" } : new[] { "", es };
        var counts = new[] { "", es, "All" }.Distinct().ToArray();
        var keySuffixes = new List<string>(Conventions.KeySuffixes);
        keySuffixes.AddRange(entity.Keys.Select(static k => "By" + k.Name));
        if (entity.Keys.Count > 1)
        {
            keySuffixes.Add("By" + string.Join("And", entity.Keys.Select(static k => k.Name)));
        }

        var keyed = keySuffixes.ToArray();
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (MemberRules.CommonProblem(candidate) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }

            var verb = candidate.Verb;
            if (candidate.Property is { } property)
            {
                if (verb == "Count" && TypeFacts.IsIntOrLong(property.Type))
                {
                    store.Members.Add(Declarations.Member(context, candidate, new EntityCountOp()));
                }
                else
                {
                    context.NotSupported(candidate, Kind, "only a Count property (int or long) is supported");
                }

                continue;
            }

            if (candidate.Method!.IsGenericMethod)
            {
                context.NotSupported(candidate, Kind, "generic methods are not supported");
                continue;
            }

            var args = candidate.Parameters;
            bool IsEntityParameter() => args.Length == 1 && args[0].RefKind == RefKind.None && TypeFacts.SameType(args[0].Type, entity.Type);
            ITypeSymbol? RangeElement() => args.Length == 1 && args[0].RefKind == RefKind.None ? TypeFacts.EnumerableElement(args[0].Type) : null;
            OperationSpec? operation = null;
            string? reason = null;

            if (QueryBinder.PredicateVerb(context, candidate, entity) is { } predicateVerb)
            {
                // A Func<T, bool> or Expression<Func<T, bool>> parameter makes any query verb a predicate method.
                operation = QueryBinder.BindPredicate(context, candidate, entity, predicateVerb.Verb, predicateVerb.Word);
                if (operation is null)
                {
                    continue;
                }
            }
            else if (Conventions.Matches(verb, Conventions.AddVerbs, single))
            {
                operation = IsEntityParameter()
                    ? Write(candidate, entity, allowKey: true, out reason) is { } added ? new EntityAddOp(Declarations.Argument(args[0]), added) : null
                    : Fail("it must take one " + entity.Type.Name + " parameter", out reason);
            }
            else if (Conventions.Matches(verb, Conventions.UpdateVerbs, single))
            {
                operation = IsEntityParameter()
                    ? Write(candidate, entity, allowKey: false, out reason) is { } updated ? new EntityUpdateOp(Declarations.Argument(args[0]), updated) : null
                    : Fail("it must take one " + entity.Type.Name + " parameter", out reason);
            }
            else if (Conventions.Matches(verb, Conventions.UpsertVerbs, single))
            {
                operation = IsEntityParameter()
                    ? Write(candidate, entity, allowKey: false, out reason) is { } saved ? new EntityUpsertOp(Declarations.Argument(args[0]), saved) : null
                    : Fail("it must take one " + entity.Type.Name + " parameter", out reason);
            }
            else if (Conventions.IsOneOf(verb, Conventions.AddRangeVerbs) || (es.Length > 0 && Conventions.Matches(verb, Conventions.AddRangePluralPrefixes, new[] { es })))
            {
                operation = Range(context, candidate, entity, RangeKind.Add, RangeElement(), out reason);
            }
            else if (Conventions.IsOneOf(verb, Conventions.UpdateRangeVerbs) || (es.Length > 0 && Conventions.Matches(verb, Conventions.UpdateRangePluralPrefixes, new[] { es })))
            {
                operation = Range(context, candidate, entity, RangeKind.Update, RangeElement(), out reason);
            }
            else if (Conventions.IsOneOf(verb, Conventions.UpsertRangeVerbs) || (es.Length > 0 && Conventions.Matches(verb, Conventions.UpsertRangePluralPrefixes, new[] { es })))
            {
                operation = Range(context, candidate, entity, RangeKind.Upsert, RangeElement(), out reason);
            }
            else if (Conventions.IsOneOf(verb, Conventions.DeleteRangeVerbs) || (es.Length > 0 && Conventions.Matches(verb, Conventions.DeleteRangePluralPrefixes, new[] { es })))
            {
                var element = RangeElement();
                operation = element is not null && TypeFacts.KeyConvertible(context, element, entity.KeyType)
                    ? CountOrVoid(candidate, out reason) is { } result ? new EntityRangeOp(RangeKind.DeleteByKeys, Declarations.Argument(args[0]), result) : null
                    : Range(context, candidate, entity, RangeKind.DeleteEntities, element, out reason);
            }
            else if (Conventions.Matches(verb, Conventions.ClearVerbs, plural))
            {
                operation = args.Length != 0
                    ? Fail("it must take no parameters", out reason)
                    : candidate.IsVoid ? new EntityClearOp(ReturnsCount: false)
                    : TypeFacts.IsIntOrLong(candidate.Result) ? new EntityClearOp(ReturnsCount: true)
                    : Fail("it must return void or the number removed (int/long)", out reason);
            }
            else if (Conventions.Matches(verb, Conventions.CountVerbs, counts))
            {
                operation = args.Length != 0
                    ? Fail("it must take no parameters", out reason)
                    : TypeFacts.IsIntOrLong(candidate.Result) ? new EntityCountOp() : Fail("Count must return int or long", out reason);
            }
            else if (Conventions.Matches(verb, Conventions.GetAllVerbs, plural) || (es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, new[] { es })))
            {
                operation = args.Length != 0
                    ? Fail("it must take no parameters", out reason)
                    : TypeFacts.SequenceResult(context, candidate, entity.Type, out reason) is { } sequence ? new EntityGetAllOp(sequence) : null;
            }
            else if (Conventions.Matches(verb, Conventions.FindVerbs, single, keyed))
            {
                operation = entity.KeyParametersMatch(context, args)
                    ? Find(candidate, entity, Key(args), out reason)
                    : Fail("its parameters must be the key (" + entity.KeyType.ToDisplayString() + ")", out reason);
            }
            else if (Conventions.Matches(verb, Conventions.DeleteVerbs, single, keyed))
            {
                if (IsEntityParameter())
                {
                    operation = TypeFacts.VoidOrBool(candidate) is { } returnsBool ? new EntityDeleteEntityOp(Declarations.Argument(args[0]), returnsBool) : Fail("it must return void or bool", out reason);
                }
                else if (entity.KeyParametersMatch(context, args))
                {
                    operation = TypeFacts.VoidOrBool(candidate) is { } returnsBool ? new EntityDeleteByKeyOp(Key(args), returnsBool) : Fail("it must return void or bool", out reason);
                }
                else
                {
                    operation = Fail("it must take the key (" + entity.KeyType.ToDisplayString() + ") or the entity", out reason);
                }
            }
            else if (Conventions.Matches(verb, Conventions.ExistsVerbs, single, keyed))
            {
                operation = !entity.KeyParametersMatch(context, args)
                    ? Fail("its parameters must be the key (" + entity.KeyType.ToDisplayString() + ")", out reason)
                    : TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                        ? new EntityExistsOp(Key(args))
                        : Fail("it must return bool", out reason);
            }
            else if (QueryNameParser.IsDerivedQueryName(verb))
            {
                operation = QueryBinder.BindDerived(context, candidate, entity, store, unique, indexed);
                if (operation is null)
                {
                    // The binder reported why (IMF0015 to IMF0019).
                    continue;
                }
            }
            else
            {
                reason = "'" + verb + "' is not a known verb (Add, Update, Upsert/Save, Get/Find, Delete/Remove, Exists, Count, GetAll/List, Clear and their Range variants, derived queries such as FindByName, or a Func<T, bool> predicate)";
            }

            if (operation is null)
            {
                context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                continue;
            }

            store.Members.Add(Declarations.Member(context, candidate, operation));
        }

        return store.Build(StoreKindModel.EntityRepository, entity.Type is ITypeParameterSymbol ? null : entity.Type.Name, spec, null);
    }

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    private static KeySpec Key(IParameterSymbol[] parameters) => new(parameters.Select(Declarations.Argument).ToArray());

    private static EntityWriteResult? Write(MemberCandidate candidate, EntityInfo entity, bool allowKey, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            reason = "it cannot return an async stream";
            return null;
        }

        if (candidate.IsVoid)
        {
            return EntityWriteResult.None;
        }

        if (TypeFacts.IsBool(candidate.Result))
        {
            return EntityWriteResult.Bool;
        }

        if (TypeFacts.SameType(candidate.Result, entity.Type) && !TypeNames.IsNullableValueType(candidate.Result!))
        {
            return EntityWriteResult.Entity;
        }

        if (allowKey && candidate.Result is { } key && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(key), entity.KeyType) && !TypeNames.IsNullableValueType(key))
        {
            return EntityWriteResult.Key;
        }

        reason = "it must return void, bool, " + entity.Type.Name + (allowKey ? " or the key" : "");
        return null;
    }

    private static OperationSpec? Find(MemberCandidate candidate, EntityInfo entity, KeySpec key, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.SameType(candidate.Result, entity.Type))
        {
            return Fail("it must return " + entity.Type.Name + " or " + entity.Type.Name + "?", out reason);
        }

        var result = candidate.Result!;
        if (TypeNames.IsNullableValueType(result))
        {
            return new EntityFindOp(key, SingleResult.NullableStruct);
        }

        var nullable = TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated);
        return new EntityFindOp(key, nullable ? SingleResult.Nullable : SingleResult.Required);
    }

    private static OperationSpec? Range(ParseContext context, MemberCandidate candidate, EntityInfo entity, RangeKind kind, ITypeSymbol? element, out string? reason)
    {
        reason = null;
        var countOnly = kind == RangeKind.DeleteEntities;
        if (element is null || !TypeFacts.SameType(element, entity.Type))
        {
            return Fail("it must take one collection of " + entity.Type.Name + (kind == RangeKind.DeleteEntities ? " or of keys" : ""), out reason);
        }

        var items = Declarations.Argument(candidate.Parameters[0]);
        if (candidate.IsVoid)
        {
            return new EntityRangeOp(kind, items, RangeResult.None);
        }

        if (TypeFacts.IsIntOrLong(candidate.Result))
        {
            return new EntityRangeOp(kind, items, RangeResult.Count);
        }

        if (!countOnly && TypeFacts.SequenceResult(context, candidate, entity.Type, out reason) is { } sequence && candidate.Shape != ReturnShape.AsyncEnumerable)
        {
            return new EntityRangeOp(kind, items, sequence == SequenceKind.Array ? RangeResult.Array : RangeResult.List);
        }

        return Fail(countOnly ? "it must return void or the number removed (int/long)" : "it must return void, the count (int/long) or the stored entities", out reason);
    }

    private static RangeResult? CountOrVoid(MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.IsVoid)
        {
            return RangeResult.None;
        }

        if (TypeFacts.IsIntOrLong(candidate.Result))
        {
            return RangeResult.Count;
        }

        reason = "it must return void or the number removed (int/long)";
        return null;
    }

    /// <summary>The entity model: key, generated keys, concurrency token, unique constraints and indexes.</summary>
    private static EntitySpec Model(ParseContext context, EntityInfo entity)
    {
        var keys = entity.Keys;
        var useWith = entity.Type.IsRecord || entity.Type.TypeKind == TypeKind.Struct;

        PropertyWriteSpec? Writer(IPropertySymbol property)
        {
            if (property.SetMethod is null || !context.IsAccessible(property.SetMethod))
            {
                return null;
            }

            if (!useWith && property.SetMethod.IsInitOnly)
            {
                return null;
            }

            return new PropertyWriteSpec(TypeNames.Escape(property.Name), useWith);
        }

        PropertyWriteSpec? withKey = null;
        if (keys.Count == 1)
        {
            var type = TypeNames.Underlying(keys[0].Type);
            var generatable = type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                || KnownSymbols.Is(type, context.Known.Guid)
                || type is ITypeParameterSymbol;
            if (generatable)
            {
                withKey = Writer(keys[0]);
            }
        }

        TokenSpec? token = null;
        var tokenProperty = entity.Properties.FirstOrDefault(static p => p.GetAttributes().Any(static a => a.AttributeClass is { } c && Conventions.IsOneOf(c.Name, Conventions.TokenAttributeNames)));
        var byAttribute = tokenProperty is not null;
        tokenProperty ??= entity.Properties.FirstOrDefault(static p => Conventions.IsOneOf(p.Name, Conventions.TokenPropertyNames));
        if (tokenProperty is not null && IsTokenType(context, tokenProperty.Type))
        {
            var nullForgiving = (tokenProperty.Type.IsValueType && !TypeNames.IsNullableValueType(tokenProperty.Type)) || !TypeNames.AllowsNull(tokenProperty.Type);
            if (Writer(tokenProperty) is { } write)
            {
                token = new TokenSpec(tokenProperty.Name, context.Render(tokenProperty.Type), nullForgiving, write);
            }
            else if (byAttribute)
            {
                context.Report(DiagnosticDescriptors.ConcurrencyTokenReadOnly, tokenProperty.Locations.FirstOrDefault(static l => l.IsInSource), tokenProperty.Name, entity.Type.Name);
            }
        }

        var unique = new List<UniqueSpec>();
        var groups = new List<(string Group, List<IPropertySymbol> Properties)>();
        foreach (var property in entity.Properties)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (!KnownSymbols.Is(attribute.AttributeClass, context.Known.Unique))
                {
                    continue;
                }

                var group = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                if (group is null)
                {
                    if (!unique.Any(u => u.Property == property.Name))
                    {
                        unique.Add(new UniqueSpec(property.Name, new[] { TypeNames.Escape(property.Name) }, EquatableArray<string>.Empty, property.Name));
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
            var names = properties.Select(static p => TypeNames.Escape(p.Name)).ToArray();

            // As in SQL, a combination with a null part is not constrained.
            var nullable = properties.Count == 1 ? Array.Empty<string>() : properties.Where(static p => TypeNames.AllowsNull(p.Type)).Select(static p => TypeNames.Escape(p.Name)).ToArray();
            unique.Add(new UniqueSpec(group, names, nullable, null));
        }

        var indexes = new List<IndexSpec>();
        foreach (var property in entity.Properties)
        {
            if (property.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, context.Known.Indexed)) && !unique.Any(u => u.Property == property.Name))
            {
                indexes.Add(new IndexSpec(property.Name));
            }
        }

        return new EntitySpec(
            context.RenderNotNull(entity.Type),
            entity.Type.IsValueType,
            context.RenderNotNull(entity.KeyType),
            string.Join(", ", keys.Select(static k => k.Name)),
            keys.Select(static k => new PropertyRef(TypeNames.Escape(k.Name), TypeNames.AllowsNull(k.Type) && !k.Type.IsValueType)).ToArray(),
            withKey,
            null,
            false,
            token,
            unique.ToArray(),
            indexes.ToArray());
    }

    private static bool IsTokenType(ParseContext context, ITypeSymbol type)
    {
        var underlying = TypeNames.Underlying(type);
        if (TypeFacts.IsByteArray(underlying))
        {
            return true;
        }

        return underlying.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Int16 or SpecialType.System_String or SpecialType.System_DateTime
            || KnownSymbols.Is(underlying, context.Known.Guid);
    }
}
