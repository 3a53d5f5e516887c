using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An entity keyed only by a property's name (<c>Id</c>, <c>{Entity}Id</c>) whose interface reads ONE entity and removes one
/// by the same other parameters (CoreWCF's <c>GetContext(contextId, generation)</c> and <c>RemoveContext(contextId,
/// generation)</c> of a <c>SecurityContextSecurityToken</c> with an <c>Id</c>), where a parameter names no property: the
/// pair says the store identifies an entity by those parameters, which the fake cannot bind, not by the key the name
/// picked. The pair itself is refused (its parameter names nothing); the writes that take the entity decide by the key
/// which stored entity they add beside, replace or refuse, so they are refused too. Before, CoreWCF's <c>AddContext</c>
/// stored a second token of a registered context (another <c>Id</c>), where <c>SecurityContextTokenCache</c> throws
/// <c>InvalidOperationException</c> for the taken (ContextId, KeyGeneration), and <c>TryAddContext</c> answered true where
/// it answers false (h-sample31's round). A pair whose parameters all name properties is an identity the fake checks
/// (<see cref="ProvenKeys.AlternateKeys"/>); a pair with the key among its parameters (<c>Get(id, partition)</c>) keeps
/// the key as the identity.
/// </summary>
internal static class UnprovenIdentityRule
{
    /// <summary>Refuses (IMF0001) each planned write that takes the entity, when the interface shows such a pair.</summary>
    public static void Apply(ParseContext context, EntityInfo entity, StoreBuilder store, List<MemberCandidate> candidates, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        if (!KeyedByNameOnly(context, entity) || Pair(context, entity, candidates) is not { } pair)
        {
            return;
        }

        var (read, remove, unnamed, noun) = pair;
        var names = string.Join(", ", read.Parameters.Where(p => !EntityParameters.IsIgnorable(context, p)).Select(static p => p.Name));
        var reason = "'" + read.Symbol.Name + "' and '" + remove.Symbol.Name + "' read one " + entity.Name + " and remove one by (" + names
            + "), so the store identifies " + NameWords.Article(entity.Name) + " " + entity.Name + " by those, not by its " + entity.Keys[0].Name + " (a key by name only, which neither takes); "
            + (unnamed is not null
                ? "'" + unnamed.Name + "' names no property of " + entity.Name
                : "their noun '" + noun + "' is neither " + entity.Name + " nor the store's subject, so the fake does not take those properties for an identity (docs/generator.md, Keys the interface proves)")
            + ", and which stored " + entity.Name + " this write adds beside, replaces or refuses is not said. "
            + (unnamed is not null
                ? "Name each of those parameters after the property it is and the two members after " + entity.Name
                : "Name the two members after " + entity.Name)
            + " (they then identify " + NameWords.Article(entity.Name) + " " + entity.Name + " on every write) or mark the identifying properties [Key]";
        foreach (var (candidate, member) in planned)
        {
            if (!IsEntityWrite(member.Operation) || !TakesEntity(context, entity, candidate))
            {
                continue;
            }

            // MissingDelete = NotFound rewrote the removals by entity in place (member with { … }): find those by their operation.
            var index = store.Members.IndexOf(member);
            if (index < 0 && member.Operation is EntityDeleteEntityOp removal)
            {
                index = store.Members.FindIndex(m => m.Name == member.Name && m.Operation is EntityDeleteEntityOp d && d.Entity == removal.Entity);
            }

            if (index >= 0)
            {
                store.Members.RemoveAt(index);
                context.NotSupported(candidate, "entity repository", reason);
            }
        }
    }

    private static bool IsEntityWrite(OperationSpec operation)
        => operation is EntityAddOp or EntityUpdateOp or EntityUpsertOp or EntityDeleteEntityOp or EntityRangeOp;

    /// <summary>A parameter of the entity type, or a collection of it.</summary>
    private static bool TakesEntity(ParseContext context, EntityInfo entity, MemberCandidate candidate)
        => candidate.Parameters.Any(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), entity.Type)
            || (TypeFacts.ElementType(context.Known, p.Type) is { } element && TypeFacts.SameType(TypeNames.Underlying(element), entity.Type)));

    /// <summary>One key property found by its name alone: no key attribute, no Key setting, no table entity's pair, no class-level [PrimaryKey].</summary>
    private static bool KeyedByNameOnly(ParseContext context, EntityInfo entity)
    {
        if (entity.Keys.Count != 1 || context.Settings.Key is not null || entity.Type is ITypeParameterSymbol)
        {
            return false;
        }

        var key = entity.Keys[0].Name;
        if (!key.Equals(Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase) && !key.Equals(entity.Name + Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase)
            && !key.Equals(Conventions.KeyPropertyName + entity.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !entity.Properties.Any(static p => p.GetAttributes().Any(static a => a.AttributeClass is { } c && Conventions.IsOneOf(c.Name, Conventions.KeyAttributeNames)))
            && EntityInfo.TableEntityKeys(entity.Type, entity.Properties) is null
            && EntityInfo.ClassDeclaredKeyAttribute(entity.Type) is null;
    }

    /// <summary>
    /// The first single-entity read and removal with the same noun and the same significant parameters (names in any case,
    /// types, order), each of a type a property of the entity has, none of them the key by name and at least one naming no
    /// property: the read, the removal and that parameter.
    /// </summary>
    private static (MemberCandidate Read, MemberCandidate Remove, IParameterSymbol? Unnamed, string Noun)? Pair(ParseContext context, EntityInfo entity, List<MemberCandidate> candidates)
    {
        var alternateKeys = new Lazy<List<IPropertySymbol[]>>(() => ProvenKeys.AlternateKeys(context, entity, candidates));
        var reads = new List<(MemberCandidate Candidate, string Noun, IParameterSymbol[] Parameters)>();
        var removes = new List<(MemberCandidate Candidate, string Noun, IParameterSymbol[] Parameters)>();
        foreach (var candidate in candidates.OrderBy(static c => c.SortKey, StringComparer.Ordinal))
        {
            if (candidate.Method is null || candidate.IsGenericMethod || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                continue;
            }

            var significant = candidate.Parameters.Where(p => !EntityParameters.IsIgnorable(context, p)).ToArray();
            if (significant.Length == 0)
            {
                continue;
            }

            var read = ProvenKeys.NounAfter(candidate.Verb, Conventions.FindVerbs);
            var remove = ProvenKeys.NounAfter(candidate.Verb, Conventions.DeleteVerbs);
            if (read is not null && candidate.Result is { } result && TypeFacts.SameType(TypeNames.Underlying(result), entity.Type))
            {
                reads.Add((candidate, read, significant));
            }
            else if (remove is not null && (candidate.IsVoid || TypeFacts.IsBool(candidate.Result) || TypeFacts.IsIntOrLong(candidate.Result)))
            {
                removes.Add((candidate, remove, significant));
            }
        }

        foreach (var read in reads)
        {
            var remove = removes.FirstOrDefault(r => r.Noun == read.Noun && SameParameters(r.Parameters, read.Parameters));
            // Each parameter must be a value a property of the entity could hold, or a plain identifying value of its own
            // (a number, text, a Guid, an enum: a lease's epoch, a token's generation, which no property holds) — ABP's
            // GetAsync(predicate) and DeleteAsync(predicate) take an expression: a query, not an identity.
            if (remove.Candidate is null || read.Parameters.Any(p => NamesKey(entity, p) || EntityParameters.KeyByItsTypeName(context, entity, p))
                || !read.Parameters.All(p => entity.Properties.Any(q => TypeFacts.KeyConvertible(context, p.Type, q.Type)) || IsPlainValue(context, p.Type)))
            {
                continue;
            }

            var unnamed = read.Parameters.FirstOrDefault(p => !entity.Properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)));
            if (unnamed is not null)
            {
                return (read.Candidate, remove.Candidate, unnamed, read.Noun);
            }

            // Every parameter names a property: an identity the fake checks when the interface proves it (an alternate key);
            // otherwise (a noun that is neither the entity's nor the subject's: GetToken of a SessionToken) the writes would
            // decide by the key alone.
            var named = read.Parameters.Select(p => entity.Properties.First(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))).ToArray();
            if (!alternateKeys.Value.Any(k => k.Length == named.Length && named.All(p => k.Contains(p, SymbolEqualityComparer.Default))))
            {
                return (read.Candidate, remove.Candidate, null, read.Noun);
            }
        }

        return null;
    }

    /// <summary>A number, text, a <c>Guid</c> or an enum (nullable or not): a value that can identify, never a query.</summary>
    private static bool IsPlainValue(ParseContext context, ITypeSymbol type)
    {
        var underlying = TypeNames.Underlying(type);
        return TypeFacts.IsNumber(underlying) || TypeFacts.IsString(underlying) || underlying.TypeKind == TypeKind.Enum
            || underlying.SpecialType is SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte
            || KnownSymbols.Is(underlying, context.Known.Guid);
    }

    private static bool SameParameters(IParameterSymbol[] a, IParameterSymbol[] b)
        => a.Length == b.Length && a.Zip(b, static (x, y) => string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase) && TypeFacts.SameType(x.Type, y.Type)).All(static same => same);

    /// <summary>A parameter named like the key (<c>id</c>, <c>key</c>, the key's own name, <c>{entity}Id</c>, <c>id{Entity}</c>).</summary>
    private static bool NamesKey(EntityInfo entity, IParameterSymbol parameter)
        => parameter.Name.Equals(entity.Keys[0].Name, StringComparison.OrdinalIgnoreCase)
            || parameter.Name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || parameter.Name.Equals("key", StringComparison.OrdinalIgnoreCase)
            || parameter.Name.Equals(entity.Name + Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase)
            || parameter.Name.Equals(Conventions.KeyPropertyName + entity.Name, StringComparison.OrdinalIgnoreCase)
            || EntityParameters.EntityWords(entity).Any(w => parameter.Name.Equals(w + entity.Keys[0].Name, StringComparison.OrdinalIgnoreCase)); // customerId of a CustomerModel

}
