using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

// Three more kinds of data an entity owns in side tables, each defined by one member and joined by the others through
// its noun (words in Conventions: AssociationValueSet, AssociationCodeRedeemVerbs, AssociationItemUpsertVerbs):
// - keyed values: Set{N}(owner, part1…, value) with Get{N}/Remove{N}(owner, part1…) — a value per owner under a key of
//   zero or more parts (Identity's authentication tokens; its authenticator key with no parts);
// - code sets: Redeem{N}(owner, code) with Replace{Ns}(owner, codes) and Count{Ns}(owner) (its recovery codes);
// - keyed items: AddOrUpdate{N}(owner, item) with Get{Ns}(owner), Find{N}(owner, id), Remove{N}(owner, id) and
//   FindBy{N}Id(id) (its passkeys).
internal static partial class AssociationPlanner
{
    private enum OwnedKind
    {
        KeyedValue,
        CodeSet,
        Item,
    }

    private sealed class Owned
    {
        public Owned(OwnedKind kind, string singular, MemberCandidate definition)
        {
            Kind = kind;
            Singular = singular;
            Definition = definition;
        }

        public OwnedKind Kind { get; }

        public string Singular { get; }

        public string Plural => TypeNames.Plural(Singular);

        public MemberCandidate Definition { get; }

        public string Field { get; set; } = "";

        public string RowType { get; set; } = "";

        /// <summary>The row type as a symbol, for the JSON metadata.</summary>
        public ITypeSymbol? RowSymbol { get; set; }

        public KeyedValueSpec? Keyed { get; set; }

        /// <summary>Keyed values: the key parameters of the Set member.</summary>
        public IParameterSymbol[] KeyParameters { get; set; } = Array.Empty<IParameterSymbol>();

        public ITypeSymbol? ElementType { get; set; }

        public ItemRowSpec? Item { get; set; }

        public INamedTypeSymbol? ItemType { get; set; }

        public string? Refusal { get; set; }

        public bool Matches(string noun) => noun == Singular || noun == Plural;
    }

    /// <summary>The owned associations the members define, with their row types (nothing reported, nothing claimed).</summary>
    private static List<Owned> OwnedDefinitions(ParseContext context, EntityInfo entity, INamedTypeSymbol entityType, HashSet<string> properties, List<MemberCandidate> pending)
    {
        var owned = new List<Owned>();
        var rules = new CopyRules(context);
        foreach (var candidate in pending)
        {
            if (candidate.Method is null || candidate.IsHandWritten || candidate.Parameters.Length < 2 || !IsEntity(candidate.Parameters[0].Type, entity))
            {
                continue;
            }

            var verb = candidate.Verb;
            var parameters = candidate.Parameters;
            if (After(verb, Conventions.AssociationItemUpsertVerbs) is { } itemNoun && IsOwnedNoun(context, itemNoun, properties, entity) && parameters.Length == 2 && candidate.IsVoid
                && TypeNames.Underlying(parameters[1].Type) is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } itemType
                && (!rules.IsImmutable(itemType) || rules.IsSource(itemType)) && Element(context, itemType) is null && ValueRule(context, itemType) is null)
            {
                if (owned.Any(o => o.Matches(itemNoun)))
                {
                    continue;
                }

                var item = new Owned(OwnedKind.Item, Singular(itemNoun), candidate) { ItemType = itemType };
                ItemRow(context, rules, item, entity, entityType, pending);
                owned.Add(item);
            }
            else if (After(verb, Conventions.AssociationCodeRedeemVerbs) is { } codeNoun && IsOwnedNoun(context, codeNoun, properties, entity) && parameters.Length == 2
                && candidate.Result?.SpecialType == SpecialType.System_Boolean && candidate.Shape != ReturnShape.AsyncEnumerable && rules.IsImmutable(parameters[1].Type) && Element(context, parameters[1].Type) is null)
            {
                if (owned.Any(o => o.Matches(codeNoun)))
                {
                    continue;
                }

                var element = TypeNames.Underlying(parameters[1].Type);
                owned.Add(new Owned(OwnedKind.CodeSet, Singular(codeNoun), candidate)
                {
                    ElementType = element,
                    RowType = context.RenderNotNull(element),
                    RowSymbol = element.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                });
            }
            else if (After(verb, Conventions.AssociationValueSet) is { } valueNoun && IsOwnedNoun(context, valueNoun, properties, entity) && candidate.IsVoid
                && rules.IsImmutable(parameters[parameters.Length - 1].Type) && Element(context, parameters[parameters.Length - 1].Type) is null
                && parameters.Skip(1).Take(parameters.Length - 2).All(p => rules.IsImmutable(p.Type) && Element(context, p.Type) is null))
            {
                if (owned.Any(o => o.Matches(valueNoun)))
                {
                    continue;
                }

                var keyParameters = parameters.Skip(1).Take(parameters.Length - 2).ToArray();
                var value = parameters[parameters.Length - 1];
                var keyed = new Owned(OwnedKind.KeyedValue, valueNoun, candidate) { KeyParameters = keyParameters };
                var parts = keyParameters.Select(p => new RowPartSpec(Pascal(p.Name), context.RenderNotNull(p.Type))).ToArray();
                var valueType = context.RenderNullable(value.Type);
                keyed.RowType = parts.Length == 0 ? valueType : "(" + string.Join(", ", parts.Select(static p => p.Type + " " + p.Name)) + ", " + valueType + " " + ValuePart + ")";
                keyed.Keyed = new KeyedValueSpec(parts, valueType, keyed.RowType);
                var nullableValue = value.Type.IsValueType
                    ? (TypeNames.IsNullableValueType(value.Type) ? value.Type : context.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(value.Type))
                    : value.Type.WithNullableAnnotation(NullableAnnotation.Annotated);
                keyed.RowSymbol = parts.Length == 0
                    ? nullableValue
                    : context.Compilation.CreateTupleTypeSymbol(
                        keyParameters.Select(static p => p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)).Concat(new[] { nullableValue }).ToImmutableArray(),
                        parts.Select(static p => (string?)p.Name).Concat(new[] { (string?)ValuePart }).ToImmutableArray());
                if (parts.Any(static p => p.Name == ValuePart) || parts.Select(static p => p.Name).Distinct().Count() != parts.Length)
                {
                    keyed.Refusal = "its key parameters (" + string.Join(", ", keyParameters.Select(static p => p.Name)) + ") cannot name the parts of a row: two share a name, or one is named '" + ValuePart + "'";
                }
                else if (!pending.Any(c => c != candidate && !c.IsHandWritten && c.Method is not null && SameKey(c, keyParameters, entity)
                    && ((After(c.Verb, Conventions.AssociationGet) is { } g && g == valueNoun) || (After(c.Verb, Conventions.AssociationRemove) is { } r && r == valueNoun))))
                {
                    // Without a read or a removal by the same parameters nothing says which of Set's parameters are the key.
                    continue;
                }

                owned.Add(keyed);
            }
        }

        return owned;
    }

    private const string ValuePart = "Value";

    /// <summary>Whether <paramref name="candidate"/> takes the owner then exactly <paramref name="keys"/> (names any case, same types, in order).</summary>
    private static bool SameKey(MemberCandidate candidate, IParameterSymbol[] keys, EntityInfo entity)
        => candidate.Parameters.Length == keys.Length + 1 && IsEntity(candidate.Parameters[0].Type, entity)
            && keys.Select((k, i) => (k, p: candidate.Parameters[i + 1])).All(static x => string.Equals(x.k.Name, x.p.Name, StringComparison.OrdinalIgnoreCase)
                && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(x.k.Type), TypeNames.Underlying(x.p.Type)));

    /// <summary>
    /// A noun an owned association can have: an association noun (<see cref="IsNoun"/>) that an accessor would not read as a
    /// property — by the names the entity rules accept (<c>RoleName</c> → <c>Name</c> of a role) or with a trailing word
    /// (<c>LockoutEndDate</c> → <c>LockoutEnd</c>). A noun one or two letters away from a property's name (<c>SetEmial</c>/
    /// <c>GetEmial</c> of an entity with <c>Email</c>) is taken for a misspelt property, not a value kept beside the entity:
    /// the accessor rules then refuse it, naming it.
    /// </summary>
    private static bool IsOwnedNoun(ParseContext context, string noun, HashSet<string> properties, EntityInfo entity)
        => IsNoun(noun, properties, entity) && EntityParameters.PropertyNamed(context, entity, noun) is null
            && !Conventions.AccessorTrailingWords.Any(t => noun.Length > t.Length && noun.EndsWith(t, StringComparison.Ordinal)
                && EntityParameters.PropertyNamed(context, entity, noun.Substring(0, noun.Length - t.Length)) is not null)
            && !context.PropertiesOf(entity.Type).Any(p => Conventions.IsNearMiss(noun, p.Name));

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// How an item type is kept: every public property a row part, rebuilt with the public constructor whose parameters all
    /// name properties (the most of them), then the other properties through their setters; the key is the property the id
    /// parameters of the other members are named after.
    /// </summary>
    private static void ItemRow(ParseContext context, CopyRules rules, Owned item, EntityInfo entity, INamedTypeSymbol entityType, List<MemberCandidate> pending)
    {
        var type = item.ItemType!;
        var name = type.Name;
        var properties = context.PropertiesOf(type).Where(static p => !p.IsStatic && !p.IsIndexer && p.GetMethod is { DeclaredAccessibility: Accessibility.Public }).ToList();
        foreach (var property in properties)
        {
            var part = TypeNames.Underlying(property.Type);
            if (!rules.IsImmutable(property.Type) && !(part is IArrayTypeSymbol { Rank: 1 } array && rules.IsImmutable(array.ElementType) && Element(context, array.ElementType) is null))
            {
                item.Refusal = name + "." + property.Name + " is of type " + property.Type.ToDisplayString() + ", which is neither immutable nor an array of immutable values, so a stored " + name + " could not be kept apart from the caller's";
                return;
            }
        }

        var constructor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase)
                && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(q.Type).WithNullableAnnotation(NullableAnnotation.None), TypeNames.Underlying(p.Type).WithNullableAnnotation(NullableAnnotation.None)))))
            .OrderByDescending(static c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            item.Refusal = name + " has no public constructor whose parameters all name its properties, so it cannot be rebuilt from what a row keeps";
            return;
        }

        var parts = new List<ItemPartSpec>();
        var partSymbols = new List<(ITypeSymbol Type, string Name)>();
        void AddPart(IPropertySymbol property, bool inConstructor)
        {
            var settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
            var array = TypeNames.Underlying(property.Type) as IArrayTypeSymbol;
            parts.Add(new ItemPartSpec(property.Name, context.Render(property.Type), array is not null, array is null ? null : context.Render(array.ElementType), settable, inConstructor,
                !property.Type.IsValueType || TypeNames.IsNullableValueType(property.Type)));
            partSymbols.Add((property.Type, property.Name));
        }

        foreach (var parameter in constructor.Parameters)
        {
            AddPart(properties.First(q => string.Equals(q.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)), true);
        }

        foreach (var property in properties.Where(p => !parts.Any(x => x.Name == p.Name)))
        {
            if (property.SetMethod is not { DeclaredAccessibility: Accessibility.Public })
            {
                item.Refusal = name + "." + property.Name + " is neither a parameter of its constructor nor settable, so a " + name + " cannot be rebuilt from what a row keeps";
                return;
            }

            AddPart(property, false);
        }

        if (properties.Any(static p => p.IsRequired))
        {
            item.Refusal = name + " has required members, which a rebuilt " + name + " could not be proven to set";
            return;
        }

        // The key: the property the id parameters of Find{N}(owner, id), Remove{N}(owner, id), FindBy{N}[Id](id) name.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var acrossOwners = false;
        foreach (var candidate in pending)
        {
            if (candidate.Method is null || candidate.IsHandWritten || candidate == item.Definition)
            {
                continue;
            }

            var ownerLookup = IsItemOwnerLookup(candidate.Verb, item, entityType);
            IParameterSymbol? id = null;
            if (ownerLookup && candidate.Parameters.Length == 1)
            {
                id = candidate.Parameters[0];
            }
            else if (candidate.Parameters.Length == 2 && IsEntity(candidate.Parameters[0].Type, entity)
                && ((After(candidate.Verb, Conventions.AssociationFind) is { } f && f == item.Singular) || (After(candidate.Verb, Conventions.AssociationRemove) is { } r && r == item.Singular)))
            {
                id = candidate.Parameters[1];
            }

            if (id is not null && properties.FirstOrDefault(p => string.Equals(p.Name, id.Name, StringComparison.OrdinalIgnoreCase)
                    && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(p.Type).WithNullableAnnotation(NullableAnnotation.None), TypeNames.Underlying(id.Type).WithNullableAnnotation(NullableAnnotation.None))) is { } key)
            {
                keys.Add(key.Name);
                acrossOwners |= ownerLookup;
            }
        }

        if (keys.Count != 1)
        {
            item.Refusal = keys.Count == 0
                ? "no member takes a " + name + "'s id by a parameter named after one of its properties (Find" + item.Singular + "(entity, id), Remove" + item.Singular + "(entity, id) or FindBy" + item.Singular + "Id(id)), so which property identifies a " + name + " is not proven"
                : "its members name different properties of " + name + " as its id (" + string.Join(", ", keys.OrderBy(static k => k, StringComparer.Ordinal)) + "), so which one identifies a " + name + " is not proven";
            return;
        }

        var rowType = "(" + string.Join(", ", parts.Select(static p => p.Type + " " + p.Name)) + ")";
        item.Item = new ItemRowSpec(context.RenderNotNull(type), parts.ToArray(), keys.Single(), acrossOwners, rowType);
        item.RowType = rowType;
        item.RowSymbol = context.Compilation.CreateTupleTypeSymbol(partSymbols.Select(static p => p.Type).ToImmutableArray(), partSymbols.Select(static p => (string?)p.Name).ToImmutableArray());
    }

    /// <summary><c>FindBy{N}</c>, <c>FindBy{N}Id</c>, <c>Find{Entity}By{N}[Id]</c>: the owner of an item, by its id.</summary>
    private static bool IsItemOwnerLookup(string verb, Owned item, INamedTypeSymbol entityType)
    {
        var rest = After(verb, Conventions.AssociationFind + Conventions.AssociationBy) ?? After(verb, Conventions.AssociationFind + LastWord(entityType.Name) + Conventions.AssociationBy);
        return rest is not null && (rest == item.Singular || Conventions.AssociationItemIdWords.Any(w => rest == item.Singular + w));
    }

    /// <summary>Plans the owned associations: claims their members from <paramref name="pending"/> (refused ones reported) and returns their tables.</summary>
    private static List<AssociationTableSpec> PlanOwned(ParseContext context, EntityInfo entity, INamedTypeSymbol entityType, HashSet<string> properties, List<MemberCandidate> pending, List<(MemberCandidate Candidate, OperationSpec Operation)> claimed, bool unitOfWork)
    {
        var owned = OwnedDefinitions(context, entity, entityType, properties, pending);
        if (owned.Count == 0)
        {
            return new List<AssociationTableSpec>();
        }

        foreach (var o in owned.Where(static o => o.Refusal is null))
        {
            o.Field = context.Names.New("__" + TypeNames.Camel(o.Kind == OwnedKind.KeyedValue ? o.Singular : o.Plural));
        }

        for (var i = pending.Count - 1; i >= 0; i--)
        {
            var candidate = pending[i];
            if (candidate.Method is null || candidate.IsHandWritten)
            {
                continue;
            }

            var bound = BindOwned(context, entity, entityType, owned, candidate, out var association, out var reason);
            if (association is null)
            {
                continue;
            }

            pending.RemoveAt(i);
            if (association.Refusal is not null)
            {
                context.NotSupported(candidate, Kind, association.Refusal);
            }
            else if (bound is not null && unitOfWork)
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

        return owned.Where(static o => o.Refusal is null).Select(static o => new AssociationTableSpec(o.Field, o.Plural, o.RowType)).ToList();
    }

    private static OperationSpec? BindOwned(ParseContext context, EntityInfo entity, INamedTypeSymbol entityType, List<Owned> owned, MemberCandidate candidate, out Owned? association, out string? reason)
    {
        association = null;
        reason = null;
        var verb = candidate.Verb;
        var parameters = candidate.Parameters;
        var ownerFirst = parameters.Length > 0 && IsEntity(parameters[0].Type, entity);
        string Name(IParameterSymbol p) => TypeNames.Escape(p.Name);
        Owned? Noun(string prefix) => After(verb, prefix) is { } noun ? owned.FirstOrDefault(o => o.Matches(noun)) : null;
        Owned? NounOf(string[] prefixes) => prefixes.Select(Noun).FirstOrDefault(static o => o is not null);

        // Keyed values: Set{N}, Get{N}, Remove{N}.
        foreach (var (prefix, action) in new[] { (Conventions.AssociationValueSet, KeyedValueAction.Set), (Conventions.AssociationGet, KeyedValueAction.Get), (Conventions.AssociationRemove, KeyedValueAction.Remove) })
        {
            if (Noun(prefix) is { Kind: OwnedKind.KeyedValue } keyed && keyed.Singular == After(verb, prefix) && ownerFirst)
            {
                association = keyed;
                if (keyed.Refusal is not null)
                {
                    return null;
                }

                var spec = keyed.Keyed!;
                var keyCount = keyed.KeyParameters.Length;
                if (action == KeyedValueAction.Set)
                {
                    if (candidate != keyed.Definition)
                    {
                        reason = "'" + keyed.Singular + "' is already set by " + keyed.Definition.DisplayName;
                        return null;
                    }

                    // A value the signature says is never null: null is bad input, refused naming the argument.
                    var value = parameters[parameters.Length - 1];
                    var required = value.Type.IsReferenceType && value.Type.NullableAnnotation == NullableAnnotation.NotAnnotated;
                    return new KeyedValueOp(action, keyed.Field, spec, Name(parameters[0]), KeyArguments(keyed, parameters), Name(value), required, true);
                }

                if (!SameKey(candidate, keyed.KeyParameters, entity))
                {
                    reason = "its parameters after the entity are not " + keyed.Definition.DisplayName + "'s key parameters (" + string.Join(", ", keyed.KeyParameters.Select(static p => p.Type.ToDisplayString() + " " + p.Name)) + ")";
                    return null;
                }

                if (action == KeyedValueAction.Remove)
                {
                    if (!candidate.IsVoid)
                    {
                        reason = "a Remove of a keyed value returns nothing";
                        return null;
                    }

                    return new KeyedValueOp(action, keyed.Field, spec, Name(parameters[0]), KeyArguments(keyed, parameters), null, false, true);
                }

                var valueType = keyed.Definition.Parameters[keyed.Definition.Parameters.Length - 1].Type;
                if (candidate.Result is null || candidate.Shape == ReturnShape.AsyncEnumerable || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(candidate.Result), TypeNames.Underlying(valueType)))
                {
                    reason = "it does not return the " + valueType.ToDisplayString() + " that " + keyed.Definition.DisplayName + " stores";
                    return null;
                }

                // A result without annotations (#nullable disable: Task<string> GetTokenAsync(user, provider, name)) is decided by
                // an annotation or a stated MissingKeyReads (NotFound: the not-found error); else null, as ASP.NET Core
                // Identity's stores answer a value never set, without IMF0026: no store of this shape is known to throw
                // (session 30, h-oblivious2).
                var nullable = candidate.Result.NullableAnnotation != NullableAnnotation.NotAnnotated || TypeNames.IsNullableValueType(candidate.Result);
                if (nullable && ObliviousLookupRule.IsObliviousRead(candidate, candidate.Result) && ObliviousLookupRule.Proven(context, candidate) == ObliviousLookupRule.Answer.NotFound)
                {
                    nullable = false;
                }

                return new KeyedValueOp(action, keyed.Field, spec, Name(parameters[0]), KeyArguments(keyed, parameters), null, false, nullable);
            }
        }

        // Code sets: Redeem{N}, Replace{Ns}, Count{Ns}.
        if (NounOf(Conventions.AssociationCodeRedeemVerbs) is { Kind: OwnedKind.CodeSet } redeem && ownerFirst)
        {
            association = redeem;
            return parameters.Length == 2 && candidate.Result?.SpecialType == SpecialType.System_Boolean && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(parameters[1].Type), redeem.ElementType)
                ? new CodeSetOp(CodeSetAction.Redeem, redeem.Field, redeem.RowType, Name(parameters[0]), Name(parameters[1]), !redeem.ElementType!.IsValueType, null)
                : Refuse(out reason, "a Redeem of a code takes the entity and one " + redeem.ElementType!.ToDisplayString() + " and returns bool");
        }

        if (Noun(Conventions.AssociationCodeReplace) is { Kind: OwnedKind.CodeSet } replace && ownerFirst)
        {
            association = replace;
            return parameters.Length == 2 && candidate.IsVoid && Element(context, parameters[1].Type) is { } element && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(element), replace.ElementType)
                ? new CodeSetOp(CodeSetAction.Replace, replace.Field, replace.RowType, Name(parameters[0]), Name(parameters[1]), !replace.ElementType!.IsValueType, null)
                : Refuse(out reason, "a Replace of codes takes the entity and a collection of " + replace.ElementType!.ToDisplayString() + " and returns nothing");
        }

        if (Noun(Conventions.AssociationCodeCount) is { Kind: OwnedKind.CodeSet } count && ownerFirst)
        {
            association = count;
            return parameters.Length == 1 && candidate.Result?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 && candidate.Shape != ReturnShape.AsyncEnumerable
                ? new CodeSetOp(CodeSetAction.Count, count.Field, count.RowType, Name(parameters[0]), null, false, context.Render(candidate.Result!))
                : Refuse(out reason, "a Count of codes takes the entity and returns int or long");
        }

        // Keyed items: AddOrUpdate{N}, Get{Ns}, Find{N}, Remove{N}, FindBy{N}[Id].
        if (NounOf(Conventions.AssociationItemUpsertVerbs) is { Kind: OwnedKind.Item } upsert && ownerFirst)
        {
            association = upsert;
            if (upsert.Refusal is not null)
            {
                return null;
            }

            return candidate == upsert.Definition
                ? new ItemOp(ItemAction.AddOrUpdate, upsert.Field, upsert.Item!, Name(parameters[0]), Name(parameters[1]), true, SequenceKind.List, false)
                : Refuse(out reason, "'" + upsert.Singular + "' is already written by " + upsert.Definition.DisplayName);
        }

        var items = owned.Where(static o => o.Kind == OwnedKind.Item).ToList();
        if (items.FirstOrDefault(o => IsItemOwnerLookup(verb, o, entityType)) is { } lookup)
        {
            association = lookup;
            if (lookup.Refusal is not null)
            {
                return null;
            }

            if (parameters.Length != 1 || !string.Equals(parameters[0].Name, lookup.Item!.Key, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse(out reason, "it does not take one parameter named after " + lookup.ItemType!.Name + "." + lookup.Item!.Key);
            }

            if (candidate.Result is null || candidate.Shape == ReturnShape.AsyncEnumerable || !IsEntity(candidate.Result, entity))
            {
                return Refuse(out reason, "it does not return the entity");
            }

            return new ItemOp(ItemAction.FindOwner, lookup.Field, lookup.Item, null, Name(parameters[0]), !parameters[0].Type.IsValueType, SequenceKind.List, candidate.Result.NullableAnnotation != NullableAnnotation.NotAnnotated);
        }

        foreach (var (prefix, action) in new[] { (Conventions.AssociationGet, ItemAction.Get), (Conventions.AssociationFind, ItemAction.Find), (Conventions.AssociationRemove, ItemAction.Remove) })
        {
            if (Noun(prefix) is not { Kind: OwnedKind.Item } item || !ownerFirst)
            {
                continue;
            }

            association = item;
            if (item.Refusal is not null)
            {
                return null;
            }

            var row = item.Item!;
            if (action == ItemAction.Get)
            {
                return parameters.Length == 1 && Sequence(context, candidate, item.ItemType, out var sequence, out reason)
                    ? new ItemOp(action, item.Field, row, Name(parameters[0]), null, false, sequence, false)
                    : Refuse(out reason, reason ?? "a Get of " + item.Plural + " takes only the entity");
            }

            if (parameters.Length != 2 || !string.Equals(parameters[1].Name, row.Key, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse(out reason, "it does not take the entity and one parameter named after " + item.ItemType!.Name + "." + row.Key);
            }

            if (action == ItemAction.Remove)
            {
                return candidate.IsVoid
                    ? new ItemOp(action, item.Field, row, Name(parameters[0]), Name(parameters[1]), !parameters[1].Type.IsValueType, SequenceKind.List, false)
                    : Refuse(out reason, "a Remove of " + item.Plural + " returns nothing");
            }

            return candidate.Result is not null && candidate.Shape != ReturnShape.AsyncEnumerable && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(candidate.Result), item.ItemType)
                ? new ItemOp(action, item.Field, row, Name(parameters[0]), Name(parameters[1]), !parameters[1].Type.IsValueType, SequenceKind.List, candidate.Result.NullableAnnotation != NullableAnnotation.NotAnnotated)
                : Refuse(out reason, "it does not return a " + item.ItemType!.Name);
        }

        return null;
    }

    private static OperationSpec? Refuse(out string? reason, string why)
    {
        reason = why;
        return null;
    }

    private static EquatableArray<KeyArgumentSpec> KeyArguments(Owned keyed, IParameterSymbol[] parameters)
        => keyed.Keyed!.KeyParts.Select((part, i) => new KeyArgumentSpec(part.Name, TypeNames.Escape(parameters[i + 1].Name), !parameters[i + 1].Type.IsValueType)).ToArray();

    /// <summary>The row array types of the owned associations' tables, for the JSON metadata.</summary>
    private static IEnumerable<ITypeSymbol> OwnedRowTableTypes(ParseContext context, EntityInfo entity, INamedTypeSymbol entityType, List<MemberCandidate> pending)
    {
        var properties = new HashSet<string>(context.PropertiesOf(entity.Type).Select(static p => p.Name), StringComparer.OrdinalIgnoreCase);
        return OwnedDefinitions(context, entity, entityType, properties, pending)
            .Where(static o => o.Refusal is null && o.RowSymbol is not null)
            .Select(o => (ITypeSymbol)context.Compilation.CreateArrayTypeSymbol(o.RowSymbol!));
    }
}
