using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>What a parameter of an entity member stands for.</summary>
internal enum ParameterMeaning
{
    /// <summary>The whole key (or one part of a composite key, see <see cref="BoundParameter.KeyIndex"/>).</summary>
    Key,

    /// <summary>A property of the entity, compared for equality.</summary>
    Property,

    /// <summary>An optional flag the fake cannot act on (<c>includeDetails</c>, <c>autoSave</c>…), ignored by convention.</summary>
    Ignored,
}

/// <summary>A parameter and what it was proven to mean.</summary>
internal sealed class BoundParameter
{
    public BoundParameter(IParameterSymbol parameter, ParameterMeaning meaning, IPropertySymbol? property, int keyIndex)
    {
        Parameter = parameter;
        Meaning = meaning;
        Property = property;
        KeyIndex = keyIndex;
    }

    /// <summary>A parameter compared with a non-public field of the entity (<see cref="EntityParameters.FieldNamed"/>).</summary>
    public BoundParameter(IParameterSymbol parameter, IFieldSymbol field)
        : this(parameter, ParameterMeaning.Property, null, -1)
    {
        Field = field;
    }

    public IParameterSymbol Parameter { get; }

    public ParameterMeaning Meaning { get; }

    /// <summary>The compared property (or key part).</summary>
    public IPropertySymbol? Property { get; }

    /// <summary>For a composite key: which part; -1 for the whole key.</summary>
    public int KeyIndex { get; }

    /// <summary>The compared non-public field, when the parameter names no property (<see cref="Property"/> is then null).</summary>
    public IFieldSymbol? Field { get; }

    /// <summary>
    /// A collection parameter named in the plural of the property (<c>string[] names</c> for <c>Name</c>): the property's
    /// value is one of the collection's (SQL <c>IN</c>, EF Core's <c>names.Contains(s.Name)</c>).
    /// </summary>
    public bool IsIn { get; init; }

    /// <summary>
    /// A bound on the property rather than its value (<c>decimal? minPrice</c> → <c>Price &gt;= minPrice</c>, <c>maxPrice</c> →
    /// <c>Price &lt;= maxPrice</c>): <see cref="QueryOperator.GreaterThanEqual"/> or <see cref="QueryOperator.LessThanEqual"/>;
    /// or a key excluded (<c>excludeUserId</c>): <see cref="QueryOperator.Not"/>. Null for an equality. A null argument of a
    /// bound or an exclusion is no condition.
    /// </summary>
    public QueryOperator? Bound { get; init; }

    /// <summary>
    /// <c>bool includeDeleted</c> for a <c>bool IsDeleted</c> flag: true keeps every entity, false only those whose flag is
    /// false (true for a negated word: <c>includeInactive</c> keeps <c>IsActive</c>). Null for any other parameter.
    /// </summary>
    public bool? IncludeFlagNegated { get; init; }
}

/// <summary>
/// Names parameters of entity members after the key or a property — only when the name proves it, never by type alone
/// (<c>GetAsync(string userId)</c> on an entity keyed by <c>Id</c> with a <c>UserId</c> property compares UserId). A
/// parameter is looked up as a property first (its name, without a leading entity word, <c>normalized…</c> mapping
/// to <c>Normalized…</c>), then as the key by the key's aliases (<see cref="Conventions.KeyParameterNames"/>,
/// <c>{entity}Id</c>), then as an ignorable optional flag. Anything else is unbound, and the member is refused.
/// </summary>
internal static class EntityParameters
{
    /// <summary>The words that name the entity inside member and parameter names: its name and its last word (IdentityUser → User).</summary>
    public static string[] EntityWords(EntityInfo entity)
    {
        if (entity.Name.Length == 0)
        {
            return Array.Empty<string>();
        }

        var words = QueryNameParser.SplitWords(entity.Name);
        if (words.Count > 1 && Conventions.IsOneOf(words[words.Count - 1], Conventions.EntityRoleSuffixes))
        {
            // ProductEntity, CustomerModel: the head is the entity's name in members and parameters (productId, GetProductsByCategory).
            return new[] { entity.Name, entity.Name.Substring(0, entity.Name.Length - words[words.Count - 1].Length) };
        }

        return words.Count > 1 ? new[] { entity.Name, words[words.Count - 1] } : new[] { entity.Name };
    }

    /// <summary>
    /// The words a member's name may call the entity by: <see cref="EntityWords"/>, and for a name ending in a word members
    /// leave out (<see cref="Conventions.EntityTypeSuffixes"/>: <c>TodoItem</c>, <c>UserEntity</c>) its head (<c>GetTodos</c>,
    /// <c>UpdateTodo</c>) — unless a type of the compilation has that name: <c>OrderItem</c>'s head <c>Order</c> is another
    /// entity, so <c>GetOrders</c> does not name order items. Only for verbs' nouns, never for parameters (<c>orderId</c> is
    /// not an order item's key).
    /// </summary>
    public static string[] EntityNouns(ParseContext context, EntityInfo entity)
    {
        var words = EntityWords(entity);
        var split = QueryNameParser.SplitWords(entity.Name);
        if (split.Count < 2 || !Conventions.IsOneOf(split[split.Count - 1], Conventions.EntityTypeSuffixes))
        {
            return words;
        }

        var head = entity.Name.Substring(0, entity.Name.Length - split[split.Count - 1].Length);
        return context.Compilation.GetSymbolsWithName(head, SymbolFilter.Type).Any() || context.Compilation.GetTypeByMetadataName("System." + head) is not null
            ? words
            : words.Concat(new[] { head }).ToArray();
    }

    /// <summary>
    /// The nouns a count name may call the entity by (<c>Get{Noun}Count</c>, <see cref="QueryNameParser.CountsEveryRow"/>):
    /// each of <see cref="EntityNouns"/> (<c>TodoItem</c> and <c>Todo</c>), its plural, its irregular plural (<c>People</c> of
    /// a <c>Person</c>) and its Portuguese and Spanish plurals, as the entity planner's list verbs read them.
    /// </summary>
    public static HashSet<string> CountNouns(ParseContext context, EntityInfo entity)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var noun in EntityNouns(context, entity))
        {
            if (noun.Length == 0)
            {
                continue;
            }

            nouns.Add(noun);
            nouns.Add(TypeNames.Plural(noun));
            if (TypeNames.IrregularPlural(noun) is { } irregular)
            {
                nouns.Add(irregular);
            }

            nouns.UnionWith(TypeNames.LocalizedPlurals(noun));
        }

        return nouns;
    }

    /// <summary>The words of each name members may call the entity by (<see cref="EntityNouns"/>), singular and plural, longest first.</summary>
    public static List<List<string>> EntityNounWords(ParseContext context, EntityInfo entity)
        => EntityNouns(context, entity).SelectMany(static n => new[] { n, TypeNames.Plural(n) }).Distinct()
            .Select(QueryNameParser.SplitWords).OrderByDescending(static n => n.Count).ToList();

    /// <summary>
    /// A parameter named as a bound of a property (<c>minPrice</c>, <c>maximumPrice</c>, <c>priceMin</c>, <c>priceMax</c>;
    /// <see cref="Conventions.RangeBoundWords"/>): the property is at least (min) or at most (max) the argument, inclusive,
    /// as the words say. Only for a property the C# operators order (numbers, enums, dates and times; text is not, its order is the database's collation) and a
    /// parameter that converts to it. <c>from</c>/<c>to</c> are not bounds: whether <c>createdTo</c> includes its own day is the
    /// real query's choice.
    /// </summary>
    internal static IPropertySymbol? BoundedProperty(ParseContext context, EntityInfo entity, IParameterSymbol parameter, out QueryOperator op)
    {
        op = QueryOperator.Equals;
        var name = parameter.Name;
        foreach (var (word, bound) in Conventions.RangeBoundWords)
        {
            string? rest = null;
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[word.Length]))
            {
                rest = name.Substring(word.Length);
            }
            else if (name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[name.Length - word.Length]))
            {
                rest = name.Substring(0, name.Length - word.Length);
            }

            if (rest is null || PropertyNamed(context, entity, rest) is not { } property || IndexOfKey(entity, property) >= 0)
            {
                continue;
            }

            var type = TypeNames.Underlying(property.Type);
            if (QueryBinder.Categorize(context, type) != ValueCategory.Operators
                || !TypeFacts.Converts(context, TypeNames.Underlying(parameter.Type), type))
            {
                continue;
            }

            op = bound;
            return property;
        }

        return null;
    }

    /// <summary>
    /// The rest of a refusal of a parameter named as a bound (<see cref="Conventions.RangeBoundWords"/>: <c>minQuantity</c>)
    /// of a name that is no property, when properties of its type end (or start) with that name (<c>ProductQuantity</c>): it
    /// is read as a bound, not as a value compared equal, so the fix is the bounded property's name (h-sample119:
    /// <c>GetSuppliersWithMinProductQuantity(int minQuantity)</c> was told to name it after "the property it is compared
    /// equal with"). Null otherwise (<c>maxResults</c>, a count, with no property of that name in it).
    /// </summary>
    private static string? BoundOfNoProperty(ParseContext context, EntityInfo entity, IParameterSymbol parameter, List<IPropertySymbol> properties)
    {
        var name = parameter.Name;
        foreach (var (word, op) in Conventions.RangeBoundWords)
        {
            string? rest = null;
            var prefix = false;
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[word.Length]))
            {
                rest = name.Substring(word.Length);
                prefix = true;
            }
            else if (name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[name.Length - word.Length]))
            {
                rest = name.Substring(0, name.Length - word.Length);
            }

            if (rest is null || PropertyNamed(context, entity, rest) is not null)
            {
                continue;
            }

            var type = TypeNames.Underlying(parameter.Type);
            var bounded = properties
                .Where(p => IndexOfKey(entity, p) < 0 && (p.Name.EndsWith(rest, StringComparison.OrdinalIgnoreCase) || p.Name.StartsWith(rest, StringComparison.OrdinalIgnoreCase))
                    && QueryBinder.Categorize(context, TypeNames.Underlying(p.Type)) == ValueCategory.Operators && TypeFacts.Converts(context, type, TypeNames.Underlying(p.Type)))
                .Select(static p => p.Name).Take(3).ToList();
            if (bounded.Count == 0)
            {
                return null;
            }

            var casedWord = prefix ? char.ToLowerInvariant(word[0]) + word.Substring(1) : word;
            var suggestion = prefix ? casedWord + bounded[0] : TypeNames.Camel(bounded[0]) + word;
            return ": named as " + (op == QueryOperator.GreaterThanEqual ? "a lower" : "an upper") + " bound ('" + word + "') of " + TypeNames.Camel(rest) + ", it is read as "
                + (op == QueryOperator.GreaterThanEqual ? "at least" : "at most") + " a property named " + rest + ", which " + EntityDisplay(entity) + " does not have (its properties of its type with that word: "
                + string.Join(", ", bounded) + "), so it is neither a bound nor a value compared equal; name it after the property it bounds ("
                + suggestion + "), or write the member";
        }

        return null;
    }

    /// <summary>
    /// A parameter naming the key after <c>exclude</c>, <c>excluding</c>, <c>except</c> or <c>ignore</c>
    /// (<c>UsernameExistsAsync(string username, int? excludeUserId = null)</c>, the "unique except the one being edited" check
    /// of every edit form): the entity with that key does not count; null excludes none. Single keys only.
    /// </summary>
    private static bool ExcludesTheKey(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
    {
        if (entity.Keys.Count != 1)
        {
            return false;
        }

        foreach (var word in Conventions.ExcludedKeyPrefixes)
        {
            var name = parameter.Name;
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[word.Length])
                && NamesTheKey(entity, name.Substring(word.Length))
                && TypeFacts.KeyConvertible(context, TypeNames.Underlying(parameter.Type), entity.KeyType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>bool includeDeleted</c> (<c>includeArchived</c>, <c>includeInactive</c>…) where the word names a <c>bool</c> flag of the
    /// entity (<see cref="BoolFlag"/>): the soft-delete filter of generic repositories' <c>GetAllAsync(bool includeDeleted =
    /// false)</c>. Null for any other parameter.
    /// </summary>
    private static IPropertySymbol? IncludedFlag(ParseContext context, EntityInfo entity, IParameterSymbol parameter, out bool negated)
    {
        negated = false;
        var name = parameter.Name;
        return TypeFacts.IsBool(parameter.Type) && !TypeNames.IsNullableValueType(parameter.Type) && NameWords.StartsWithWordAndMore(name, "include")
            ? BoolFlag(context, entity, name.Substring(7), out negated)
            : null;
    }

    /// <summary>
    /// A collection (not <c>params</c>, not a string) of the single key's type named as the keys (<c>ids</c>, <c>productIds</c>):
    /// the lookup's entities are those whose key is one of its values.
    /// </summary>
    private static bool ListsTheKeys(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
        => entity.Keys.Count == 1 && !parameter.IsParams && parameter.Type.SpecialType != SpecialType.System_String
            && TypeFacts.EnumerableElement(parameter.Type) is { } element && TypeFacts.KeyConvertible(context, element, entity.KeyType)
            && NamesTheKeys(entity, parameter.Name);

    /// <summary>
    /// The property a collection parameter lists values of: the parameter is named in the plural of a property that is
    /// not itself a collection (<c>names</c> → <c>Name</c>, <c>categories</c> → <c>Category</c>), and its elements convert to
    /// the property's type. ABP's <c>GetListAsync(string[] names, providerName, providerKey)</c>. Not for a <c>params</c>
    /// array, where "none given" may mean every entity (Umbraco's <c>GetMany(params TId[] ids)</c>), nor for the key, whose
    /// lookups by a list of keys may keep the list's order (nopCommerce's <c>GetByIdsAsync</c>).
    /// </summary>
    private static IPropertySymbol? ListedProperty(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
    {
        if (parameter.IsParams || parameter.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(parameter.Type) is not { } element)
        {
            return null;
        }

        foreach (var (suffix, replacement) in new[] { ("ies", "y"), ("es", ""), ("s", "") })
        {
            var name = parameter.Name;
            if (name.Length <= suffix.Length + 1 || !name.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            if (PropertyNamed(context, entity, name.Substring(0, name.Length - suffix.Length) + replacement) is { } property
                && IndexOfKey(entity, property) < 0 && NamesTheKey(entity, property.Name) is false
                && (property.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(property.Type) is null)
                && TypeFacts.Converts(context, element, property.Type))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// The entity's property a name refers to: the name itself, else without a leading or inner entity word
    /// (<c>RoleName</c> → Name, <c>NormalizedRoleName</c> → NormalizedName), case-insensitive. Null when none does.
    /// </summary>
    public static IPropertySymbol? PropertyNamed(ParseContext context, EntityInfo entity, string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        foreach (var candidate in NameVariants(entity, name))
        {
            foreach (var property in context.PropertiesOf(entity.Type))
            {
                if (string.Equals(property.Name, candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return property;
                }
            }
        }

        return ForeignKeyByRole(context, entity, name);
    }

    /// <summary>
    /// The foreign key a <c>{role}Id</c> name refers to through the entity's one reference to an entity of that role:
    /// <c>userId</c> on Kavita's <c>AppUserProgress</c> (<c>AppUser AppUser</c> + <c>int AppUserId</c>) is <c>AppUserId</c>.
    /// Only when the entity has exactly one (non-collection) navigation whose type's name ends with the role's words
    /// (<c>AppUser</c> ends with <c>User</c>), that navigation is named after its type (not a role of its own, as
    /// <c>Sender</c>, <c>CreatedBy</c> or <c>ReviewerUser</c>), and the property <c>{Navigation}Id</c> exists (EF Core's
    /// foreign-key convention). Never for a name of the entity's own key (<c>userId</c> on a <c>User</c> that references
    /// an <c>ApplicationUser</c> is the user's key). Null otherwise: two references of that role, or another property
    /// <c>…{Role}Id</c> beside the one reference (<c>FollowedUserId</c>), are ambiguous.
    /// </summary>
    private static IPropertySymbol? ForeignKeyByRole(ParseContext context, EntityInfo entity, string name)
    {
        const string Id = "Id";
        if (name.Length <= Id.Length || !name.EndsWith(Id, StringComparison.Ordinal) || NamesTheKey(entity, name) || NamesTheKeys(entity, name))
        {
            return null;
        }

        var role = QueryNameParser.SplitWords(name.Substring(0, name.Length - Id.Length));
        if (role.Count == 0 || EntityWords(entity).Any(w => string.Equals(w, name.Substring(0, name.Length - Id.Length), StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        IPropertySymbol? found = null;
        var properties = context.PropertiesOf(entity.Type);
        foreach (var property in properties)
        {
            if (property.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(property.Type) is not null || !IsNavigation(property.Type))
            {
                continue;
            }

            if (!EndsWithWords(QueryNameParser.SplitWords(TypeNames.Underlying(property.Type).Name), 0, role))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = property;
        }

        if (found is null || found.Name != TypeNames.Underlying(found.Type).Name)
        {
            return null;
        }

        // Another foreign key of the role without a reference (FollowedUserId beside AppUser AppUser) makes it ambiguous too.
        var foreignKey = found.Name + Id;
        foreach (var property in properties)
        {
            var words = QueryNameParser.SplitWords(property.Name);
            if (property.Name != foreignKey && words.Count > role.Count && words[words.Count - 1] == Id && EndsWithWords(words, 1, role))
            {
                return null;
            }
        }

        return properties.FirstOrDefault(p => p.Name == foreignKey);
    }

    /// <summary>Whether <paramref name="words"/>, without its last <paramref name="skip"/> words, ends with <paramref name="role"/> (any case).</summary>
    private static bool EndsWithWords(List<string> words, int skip, List<string> role)
    {
        var start = words.Count - skip - role.Count;
        if (start < 0)
        {
            return false;
        }

        for (var i = 0; i < role.Count; i++)
        {
            if (!string.Equals(words[start + i], role[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> NameVariants(EntityInfo entity, string name)
    {
        yield return name;
        foreach (var word in EntityWords(entity))
        {
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                yield return name.Substring(word.Length);
            }

            const string Normalized = "Normalized";
            if (name.StartsWith(Normalized, StringComparison.OrdinalIgnoreCase) && name.Length > Normalized.Length + word.Length
                && string.Compare(name, Normalized.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return Normalized + name.Substring(Normalized.Length + word.Length);
            }
        }
    }

    /// <summary>
    /// Whether a parameter's name is the plural of a name of the key (<c>ids</c>, <c>keys</c>, <c>orderIds</c>): a collection
    /// of keys, as <c>DeleteAsync(IEnumerable&lt;Guid&gt; ids)</c> or Semantic Kernel's <c>DeleteAsync(IEnumerable&lt;TKey&gt; keys)</c> take.
    /// </summary>
    public static bool NamesTheKeys(EntityInfo entity, string name)
        => name.Length > 1 && name.EndsWith("s", StringComparison.OrdinalIgnoreCase) && NamesTheKey(entity, name.Substring(0, name.Length - 1));

    /// <summary>
    /// Whether a parameter named after its own type (<c>Guid guid</c>, h-sample118) is the entity's single key. Such a name
    /// says what the value is, never which property it is compared with, so it is the key only where nothing else can be
    /// meant: its type is the key's own, and either no other public property of the entity is of that type (workflowr's
    /// <c>ReadAsync(Guid guid)</c> of a <c>Workflow</c> whose one public <c>Guid</c> is its <c>Id</c>) or the member is declared
    /// on a generic interface over the entity whose type parameter's constraints show no other property of that type
    /// (SchoolManager's <c>IBaseAsyncRepository&lt;T&gt;.DeleteAsync(Guid guid)</c>: written for any T, it can name no
    /// <c>SchoolId</c> of a <c>Schedule</c>, only what every T has there, its identity).
    /// </summary>
    public static bool KeyByItsTypeName(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
    {
        if (entity.Keys.Count != 1 || !NamedAfterItsType(parameter) || !TypeFacts.SameType(TypeNames.Underlying(parameter.Type), TypeNames.Underlying(entity.KeyType)))
        {
            return false;
        }

        return OthersOfKeyType(context, entity, entity.Type).Count == 0 || DeclaredOverTheEntity(context, entity, parameter);
    }

    /// <summary>Whether the parameter's name is its type's name, any case (<c>Guid guid</c>): a name that says no property.</summary>
    public static bool NamedAfterItsType(IParameterSymbol parameter)
        => TypeNames.Underlying(parameter.Type) is { TypeKind: not TypeKind.TypeParameter } type && string.Equals(parameter.Name, type.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The public properties of <paramref name="type"/> of the entity's key type, other than the key.</summary>
    private static List<IPropertySymbol> OthersOfKeyType(ParseContext context, EntityInfo entity, ITypeSymbol type)
        => context.PropertiesOf(type)
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !string.Equals(p.Name, entity.Keys[0].Name, StringComparison.Ordinal)
                && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(entity.KeyType)))
            .ToList();

    /// <summary>
    /// Whether the parameter's member is declared on a generic interface one of whose type arguments is the entity, that
    /// type parameter's constraints showing no property of the key's type but the key.
    /// </summary>
    private static bool DeclaredOverTheEntity(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { ContainingType: { IsGenericType: true } containing })
        {
            return false;
        }

        var index = containing.TypeArguments.ToList().FindIndex(a => TypeFacts.SameType(a, entity.Type));
        if (index < 0)
        {
            return false;
        }

        var typeParameter = containing.OriginalDefinition.TypeParameters[index];
        return typeParameter.ConstraintTypes.All(c => OthersOfKeyType(context, entity, c).Count == 0);
    }

    /// <summary>Whether a parameter name is an alias of the entity's single key (id, key, identifier, {Entity}Id…).</summary>
    public static bool NamesTheKey(EntityInfo entity, string name)
    {
        if (entity.Keys.Count != 1)
        {
            return false;
        }

        var key = entity.Keys[0].Name;
        if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) || Conventions.NameIn(name, Conventions.KeyParameterNames))
        {
            return true;
        }

        foreach (var word in EntityWords(entity))
        {
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var rest = name.Substring(word.Length);
                if (string.Equals(rest, key, StringComparison.OrdinalIgnoreCase) || Conventions.NameIn(rest, Conventions.KeyParameterNames))
                {
                    return true;
                }
            }

            // idPedido of a Pedido: the Portuguese and Spanish order of pedidoId.
            if (name.Length == Conventions.KeyPropertyName.Length + word.Length && name.StartsWith(Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="parameter"/> is an integer (or a nullable one) named as paging (<c>skip</c>, <c>take</c>,
    /// <c>count</c>, <c>first</c>…: <see cref="Conventions.SkipParameterNames"/>, <see cref="Conventions.TakeParameterNames"/>,
    /// <see cref="Conventions.PagingLikeParameterNames"/>).
    /// </summary>
    public static bool IsPagingLike(IParameterSymbol parameter)
        => TypeNames.Underlying(parameter.Type).SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
           && (Conventions.NameIn(parameter.Name, Conventions.SkipParameterNames) || Conventions.NameIn(parameter.Name, Conventions.TakeParameterNames)
               || Conventions.NameIn(parameter.Name, Conventions.PagingLikeParameterNames));

    /// <summary>
    /// Names of an integer that says where a page starts without saying how (<c>start</c>: rows to skip, or a position from
    /// 1): beside a paging name they make a message about paging, never a meaning.
    /// </summary>
    private static readonly string[] StartLikeParameterNames = { "start", "startIndex", "startAt", "startRow", "startPosition", "from", "begin", "index", "position", "row", "firstRow", "firstResult" };

    /// <summary>The list verbs a paging refusal names as the place paging is read.</summary>
    private const string PagingListExample = "GetAll, List, GetPaged…";

    /// <summary>
    /// Another integer of a lookup's parameters named as paging (<see cref="IsPagingLike"/>), beside an integer that names
    /// nothing (Imdb's <c>GetWithStart(int start, int count)</c>): the refusal then says the pair reads like paging, which a
    /// lookup does not read, rather than only "name it after the key or a property", which would drop its meaning.
    /// </summary>
    private static IParameterSymbol? PagingBeside(IParameterSymbol[] significant, IParameterSymbol parameter)
        => significant.Length == 2 && TypeNames.Underlying(parameter.Type).SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
            && Conventions.NameIn(parameter.Name, StartLikeParameterNames)
            ? significant.FirstOrDefault(p => !SymbolEqualityComparer.Default.Equals(p, parameter) && IsPagingLike(p))
            : null;

    /// <summary>
    /// Why a lookup's parameters that are a whole paging pair (<c>GetWithStart(int skip, int take)</c>) are refused: the pair
    /// is read only on a list verb, and this member's name reads as a lookup. Null when the parameters are no such pair,
    /// so the general paging refusal ("not alone, beside parameters they do not read") applies.
    /// </summary>
    private static string? PagingPairOfLookup(IParameterSymbol[] significant, IParameterSymbol parameter)
    {
        if (significant.Length != 2 || !significant.All(IsPagingLike)
            || !Conventions.PagingParameterPairs.Any(pair => Conventions.NameIn(significant[0].Name, pair.First) && Conventions.NameIn(significant[1].Name, pair.Second)))
        {
            return null;
        }

        return "parameter '" + parameter.Name + "' reads as paging, and (" + significant[0].Name + ", " + significant[1].Name + ") is a paging pair, but the conventions read paging only on a list ("
            + PagingListExample + "), and this member's name reads as a lookup of the rows its parameters select (the key or properties); name it as a list (GetPaged("
            + significant[0].Type.ToDisplayString() + " " + significant[0].Name + ", " + significant[1].Type.ToDisplayString() + " " + significant[1].Name + ")), or write the member";
    }

    /// <summary>Whether the parameter is an optional flag the fake ignores by convention (or by the attribute's list).</summary>
    public static bool IsIgnorable(ParseContext context, IParameterSymbol parameter)
        => (parameter.HasExplicitDefaultValue && Conventions.NameIn(parameter.Name, Conventions.IgnorableParameterNames))
            || IsTrackingFlag(parameter)
            || IsIncludeList(parameter)
            || IsIncludePathList(parameter)
            || (parameter.HasExplicitDefaultValue && IsIncludeFunction(parameter))
            || IsIncludeFlag(context, parameter)
            || context.LoadedNavigationFlags.Contains(parameter)
            || RepositoryHints.IsIgnorable(context, parameter)
            || Conventions.NameIn(parameter.Name, context.Settings.IgnoredParameters)
            || (context.HasOwnSave && SaveFlags.IsSaveFlag(parameter));

    /// <summary>
    /// The <c>bool</c> property a flag word names: <c>Is{W}</c>, <c>Has{W}</c> or <c>{W}</c>, the word also with a past-tense
    /// ending added or taken off (<c>Completed</c> for <c>IsComplete</c>), or, after <c>Not</c>/<c>Non</c>/<c>Un</c>/<c>In</c>,
    /// its negation (<c>Incomplete</c>, <c>Unread</c>, <c>Inactive</c>: <paramref name="negated"/>). Null when none fits.
    /// </summary>
    public static IPropertySymbol? BoolFlag(ParseContext context, EntityInfo entity, string word, out bool negated)
        => BoolFlag(context, entity.Type, word, out negated);

    /// <summary>The <c>bool</c> property a flag word names on <paramref name="entity"/>, as the overload above reads it.</summary>
    public static IPropertySymbol? BoolFlag(ParseContext context, ITypeSymbol entity, string word, out bool negated)
    {
        negated = false;
        if (Flag(word) is { } direct)
        {
            return direct;
        }

        foreach (var prefix in Conventions.FlagNegationPrefixes)
        {
            if (word.Length > prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal)
                && Flag(char.ToUpperInvariant(word[prefix.Length]) + word.Substring(prefix.Length + 1)) is { } property)
            {
                negated = true;
                return property;
            }
        }

        return null;

        IPropertySymbol? Flag(string w)
        {
            if (Written(w) is { } written)
            {
                return written;
            }

            // A Portuguese or Spanish flag word (Ativos, Activas): its singular as written (either gender), then its English twin.
            var readings = LocalizedFlag(w).ToArray();
            return readings.Select(r => Written(r.Singular)).FirstOrDefault(static p => p is not null)
                ?? readings.Select(r => Written(r.English)).FirstOrDefault(static p => p is not null);
        }

        IPropertySymbol? Written(string w)
        {
            foreach (var property in context.PropertiesOf(entity))
            {
                if (property.Type.SpecialType == SpecialType.System_Boolean
                    && (Inflected(property.Name, "Is" + w) || Inflected(property.Name, "Has" + w) || Inflected(property.Name, w)))
                {
                    return property;
                }
            }

            return null;
        }

        static bool Inflected(string property, string name)
            => property == name || property == name + "d" || property == name + "ed" || name == property + "d" || name == property + "ed";
    }

    /// <summary>
    /// The readings of a Portuguese or Spanish flag word (<see cref="Conventions.LocalizedFlagWords"/>): each spelling of it
    /// in the singular a property is named with (<c>Ativo</c>, <c>Ativa</c> for <c>Ativos</c>), with its English twin
    /// (<c>Active</c>); none for any other word.
    /// </summary>
    private static System.Collections.Generic.IEnumerable<(string Singular, string English)> LocalizedFlag(string word)
    {
        foreach (var (masculine, english) in Conventions.LocalizedFlagWords)
        {
            var stem = masculine.Substring(0, masculine.Length - 1);
            var feminine = masculine.EndsWith("o", StringComparison.Ordinal) ? stem + "a" : masculine;
            if (word == masculine || word == masculine + "s" || word == feminine || word == feminine + "s" || word == masculine + "es")
            {
                yield return (masculine, english);
                if (feminine != masculine)
                {
                    yield return (feminine, english);
                }
            }
        }
    }

    /// <summary>
    /// A flag word a member's name reads as a <c>bool</c> property (<see cref="BoolFlag(ParseContext, EntityInfo, string, out bool)"/>)
    /// only when no enum property of the entity has a member of that word too: <c>GetPublishedPosts()</c> of a post with
    /// <c>IsPublished</c> and a <c>Status</c> whose enum has <c>Published</c> may filter either, and only the real query says
    /// which. Null when the word names no flag, or names one ambiguously (<paramref name="ambiguous"/> then names the enum property).
    /// </summary>
    public static IPropertySymbol? NamedFlag(ParseContext context, EntityInfo entity, string word, out bool negated, out IPropertySymbol? ambiguous)
    {
        ambiguous = null;
        if (BoolFlag(context, entity, word, out negated) is not { } flag)
        {
            return null;
        }

        var plain = negated ? FlagWithoutNegation(word) : word;
        ambiguous = context.PropertiesOf(entity.Type).FirstOrDefault(p => TypeNames.Underlying(p.Type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } e
            && (e.GetMembers(word).OfType<IFieldSymbol>().Any() || (plain is not null && e.GetMembers(plain).OfType<IFieldSymbol>().Any())));
        return ambiguous is null ? flag : null;
    }

    /// <summary>The word without its negating prefix (<c>Inactive</c> → <c>Active</c>), or null.</summary>
    private static string? FlagWithoutNegation(string word)
    {
        foreach (var prefix in Conventions.FlagNegationPrefixes)
        {
            if (word.Length > prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return char.ToUpperInvariant(word[prefix.Length]) + word.Substring(prefix.Length + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A <c>bool</c> that says whether a read tracks what it returns (<c>GetCompanyAsync(Guid companyId, bool trackChanges)</c>
    /// of the Code Maze repositories, <c>GetAsync(filter, bool tracked = true)</c>, <c>asNoTracking</c>): it selects nothing,
    /// so lookups ignore it; under a unit of work the generated read honours it (<see cref="MemberSpec.TrackingFlag"/>).
    /// </summary>
    public static bool IsTrackingFlag(IParameterSymbol parameter)
        => TypeFacts.IsBool(parameter.Type) && (Conventions.NameIn(parameter.Name, Conventions.TrackingFlagNames) || Conventions.NameIn(parameter.Name, Conventions.NoTrackingFlagNames));

    /// <summary>
    /// <c>bool include{Navigation} = false</c> on a read whose result's entity has that navigation (a property of another
    /// class, or a collection of them: <c>GetOrderAsync(id, includeItems: true)</c>): it asks the real store to load related
    /// rows, and a fake holds the whole graph it was given, so it is ignored as <c>includeDetails</c> is. A flag naming
    /// anything else (<c>includeDeleted</c>, <c>includeArchived</c>) may filter, so it is not ignored.
    /// </summary>
    private static bool IsIncludeFlag(ParseContext context, IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue || !TypeFacts.IsBool(parameter.Type) || !NameWords.StartsWithWordAndMore(parameter.Name, "include")
            || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        var (_, result) = TypeFacts.ShapeOf(context.Known, method.ReturnType, method.ReturnsVoid);
        if (result is null)
        {
            return false;
        }

        var entity = TypeFacts.ElementType(context.Known, TypeNames.Underlying(result)) ?? result;
        var navigation = parameter.Name.Substring(7);
        return TypeFacts.Property(context, TypeNames.Underlying(entity), navigation) is { } property && property.Name == navigation && IsNavigation(property.Type);
    }

    /// <summary>A reference to another user class, or a collection of them: what EF Core calls a navigation.</summary>
    public static bool IsNavigation(ITypeSymbol type)
    {
        var element = type.SpecialType == SpecialType.System_String ? null : TypeFacts.EnumerableElement(type);
        var target = TypeNames.Underlying(element ?? type);
        return target.TypeKind == TypeKind.Class && TypeFacts.IsEntityCandidateType(target);
    }

    /// <summary>
    /// An eager-loading function with a default (<c>Func&lt;IQueryable&lt;T&gt;, IIncludableQueryable&lt;T, object&gt;&gt;? include = null</c>,
    /// EF Core's <c>Include(…).ThenInclude(…)</c> passed in by generic repositories): as for an include list, a fake holds the
    /// whole entity graph, so it is ignored. Only EF Core's own <c>IIncludableQueryable</c> result proves it an include.
    /// </summary>
    public static bool IsIncludeFunction(IParameterSymbol parameter)
        => TypeNames.Underlying(parameter.Type) is INamedTypeSymbol { Name: "Func", Arity: 2 } func && TypeFacts.IsNamespace(func.ContainingNamespace, "System")
            && func.TypeArguments[1] is INamedTypeSymbol { Name: "IIncludableQueryable", Arity: 2 } includable
            && TypeFacts.IsNamespace(includable.ContainingNamespace, "Microsoft", "EntityFrameworkCore", "Query");

    /// <summary>
    /// Whether the parameter is a collection of strings, or one string, named as navigation paths to include
    /// (<see cref="Conventions.IncludePathParameterNames"/>: <c>string[]? includes = null</c>), EF Core's
    /// <c>Include(string)</c> on each: a fake returns the whole graph it was given, so there is nothing to load.
    /// </summary>
    public static bool IsIncludePathList(IParameterSymbol parameter)
    {
        if (!Conventions.NameIn(parameter.Name, Conventions.IncludePathParameterNames))
        {
            return false;
        }

        // One string: a path, or several joined by commas (the MS Learn tutorial's includeProperties, split at ',';
        // AdlerZentrum's GetAllAsync(string Include)), each EF Core's Include(string).
        if (parameter.Type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        var element = parameter.Type is IArrayTypeSymbol array ? array.ElementType : TypeFacts.EnumerableElement(parameter.Type);
        return element?.SpecialType == SpecialType.System_String;
    }

    /// <summary>
    /// An eager-loading include list (<c>params Expression&lt;Func&lt;T, object&gt;&gt;[] propertySelectors</c>): a fake holds the whole
    /// entity graph, so there is nothing to include, and the list is ignored.
    /// </summary>
    public static bool IsIncludeList(IParameterSymbol parameter)
    {
        var element = parameter.Type is IArrayTypeSymbol array ? array.ElementType : TypeFacts.EnumerableElement(parameter.Type);
        return element is INamedTypeSymbol { Name: "Expression", Arity: 1 } expression && TypeFacts.IsNamespace(expression.ContainingNamespace, "System", "Linq", "Expressions")
            && expression.TypeArguments[0] is INamedTypeSymbol { Name: "Func", Arity: 2 } func && func.TypeArguments[1].SpecialType == SpecialType.System_Object;
    }

    /// <summary>
    /// Binds the parameters of a lookup (Get/Find/Delete/Exists and their relatives): each to the key (or a key part),
    /// a property, or an ignorable flag. <paramref name="keyByName"/> is true when the member's name itself says the
    /// parameters are the key (<c>GetById</c>, <c>FindBy{Key}</c>). Null, with the reason, when a parameter is unbound.
    /// </summary>
    public static List<BoundParameter>? BindLookup(ParseContext context, EntityInfo entity, IParameterSymbol[] parameters, bool keyByName, out string? problem)
    {
        problem = null;
        var bound = new List<BoundParameter>();
        var significant = parameters.Where(p => !IsIgnorable(context, p)).ToArray();

        // One parameter of the key's own type (a tuple for a composite key), named as the key or proven by the member's name.
        if (significant.Length == 1 && (keyByName || NamesTheKey(entity, significant[0].Name) || IsCompositeKeyTuple(entity, significant[0]) || KeyByItsTypeName(context, entity, significant[0]))
            && (TypeFacts.KeyConvertible(context, significant[0].Type, entity.KeyType) || IsObjectKey(entity, significant[0]) || IsNullableKey(context, entity, significant[0]) || IsWrappedKey(entity, significant[0]))
            && (keyByName || !NamesNonKeyProperty(context, entity, significant[0].Name)))
        {
            bound.Add(new BoundParameter(significant[0], ParameterMeaning.Key, entity.Keys.Count == 1 ? entity.Keys[0] : null, -1));
            AddIgnored(context, parameters, bound);
            return bound;
        }

        // One parameter per part of a composite key, in key order, when the member's name says so.
        if (keyByName && entity.Keys.Count > 1 && significant.Length == entity.Keys.Count)
        {
            for (var i = 0; i < significant.Length; i++)
            {
                if (!TypeFacts.KeyConvertible(context, significant[i].Type, entity.Keys[i].Type))
                {
                    problem = "parameter '" + significant[i].Name + "' is " + significant[i].Type.ToDisplayString() + ", which does not convert to key part " + entity.Keys[i].Name;
                    return null;
                }

                bound.Add(new BoundParameter(significant[i], ParameterMeaning.Key, entity.Keys[i], i));
            }

            AddIgnored(context, parameters, bound);
            return bound;
        }

        foreach (var parameter in significant)
        {
            var property = PropertyNamed(context, entity, parameter.Name);
            var keyIndex = property is null ? -1 : IndexOfKey(entity, property);
            if (property is not null && keyIndex >= 0)
            {
                if (!TypeFacts.KeyConvertible(context, parameter.Type, property.Type))
                {
                    if (IsNullableKey(context, entity, parameter))
                    {
                        // GetByIdAsync(int? id, bool includeDeleted) of a soft-deleted entity: the null guard is generated for a key alone.
                        problem = "its key '" + parameter.Name + "' is nullable and stands beside other conditions (" + string.Join(", ", significant.Where(p => !SymbolEqualityComparer.Default.Equals(p, parameter)).Select(static p => p.Name))
                            + "); a nullable key is read only alone (null finds nothing); take the key type itself";
                        return null;
                    }

                    problem = WrapperProblem(entity, parameter);
                    return problem is null ? Unconvertible(parameter, property, out problem) : null;
                }

                bound.Add(new BoundParameter(parameter, ParameterMeaning.Key, property, entity.Keys.Count == 1 ? -1 : keyIndex));
            }
            else if (property is not null)
            {
                if (!TypeFacts.Converts(context, parameter.Type, TypeNames.IsNullableValueType(property.Type) || !property.Type.IsValueType ? property.Type : NullableOf(context, property.Type)))
                {
                    return Unconvertible(parameter, property, out problem);
                }

                bound.Add(new BoundParameter(parameter, ParameterMeaning.Property, property, -1));
            }
            else if (NamesTheKey(entity, parameter.Name) && TypeFacts.KeyConvertible(context, parameter.Type, entity.KeyType))
            {
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Key, entity.Keys[0], -1));
            }
            else if (ListedProperty(context, entity, parameter) is { } listed)
            {
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Property, listed, -1) { IsIn = true });
            }
            else if (ListsTheKeys(context, entity, parameter))
            {
                // GetDroidsAsync(IEnumerable<Guid> ids): a collection of the key type named as the keys, as a non-key
                // property's plural is read above: the key is one of them (a list's order is then ByKeysOrder's).
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Property, entity.Keys[0], -1) { IsIn = true });
            }
            else if (BoundedProperty(context, entity, parameter, out var op) is { } bounded)
            {
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Property, bounded, -1) { Bound = op });
            }
            else if (IncludedFlag(context, entity, parameter, out var includeNegated) is { } flag)
            {
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Property, flag, -1) { IncludeFlagNegated = includeNegated });
            }
            else if (ExcludesTheKey(context, entity, parameter))
            {
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Property, entity.Keys[0], -1) { Bound = QueryOperator.Not });
            }
            else if (NamesTheKey(entity, parameter.Name) && WrapperProblem(entity, parameter) is { } notWrapped)
            {
                // GetByIdAsync(Guid bindingContractId) of a key the value may wrap: say what stands in the way.
                problem = notWrapped;
                return null;
            }
            else if (FieldNamed(context, entity, parameter, out var fieldProblem) is { } field)
            {
                bound.Add(new BoundParameter(parameter, field));
            }
            else if (fieldProblem is null && parameter.IsParams && TypeFacts.EnumerableElement(parameter.Type) is { } keyElement && TypeFacts.KeyConvertible(context, keyElement, entity.KeyType))
            {
                problem = "parameter '" + parameter.Name + "' is a params array of keys, and whether none given means every " + EntityDisplay(entity)
                    + " (Umbraco's GetMany(params TId[] ids)) or none (a Contains query) is the store's own; NoKeysGiven on [InMemoryFake] states it only for a list verb whose one parameter is a params array of the key type itself (GetMany(params int[] ids) of an int key)";
                return null;
            }
            else if (fieldProblem is null && parameter.Type.SpecialType == SpecialType.System_String && Conventions.NameIn(parameter.Name, Conventions.SearchTextParameterNames))
            {
                // Contoso Orders' GetAsync(string search): StartsWith against the first name, last name, email and phone.
                problem = "parameter '" + parameter.Name + "' is search text, and which properties of " + EntityDisplay(entity) + " it matches, and how (equal, starts with, contains, any word), is the store's own; name the property and the operator (FindByNameStartingWith(name)), or write the member";
                return null;
            }
            else if (fieldProblem is null && IsPagingLike(parameter))
            {
                // GetPopularDevelopers(int count), GetCarsAsync(int? first, …), Find(int take, int skip, string filter, string order).
                problem = TypeNames.IsNullableValueType(parameter.Type) && Conventions.NameIn(parameter.Name, new[] { "page", "pageIndex", "pageNumber" })
                    ? "parameter '" + parameter.Name + "' is a nullable page number, and what a null page gives (the first page, every row, an error) is the store's own, where a null skip or take has a meaning (none, all); take an int with a default (int pageIndex = 0), or write the member"
                    : PagingPairOfLookup(significant, parameter) is { } pair
                    ? pair
                    : "parameter '" + parameter.Name + "' reads as paging (how many " + EntityDisplay(entity) + " rows to skip or return), which the conventions read only as a pair after a list's conditions ((skip, take), (pageIndex, pageSize), (page, pageSize))"
                    + " and not alone, beside parameters they do not read, or as a cursor (GraphQL's first/after): which rows come first, and in which order, is then the store's own; write the member";
                return null;
            }
            else if (fieldProblem is null && entity.Type is INamedTypeSymbol entityType && ConstructorParameterRule.PropertyStoring(context, entityType, parameter.Name) is { } stored)
            {
                // eShop's GetBasketAsync(string customerId) of a CustomerBasket(string customerId) { BuyerId = customerId; }.
                var storedKey = IndexOfKey(entity, stored);
                if (storedKey >= 0 ? !TypeFacts.KeyConvertible(context, parameter.Type, stored.Type)
                    : !TypeFacts.Converts(context, parameter.Type, TypeNames.IsNullableValueType(stored.Type) || !stored.Type.IsValueType ? stored.Type : NullableOf(context, stored.Type)))
                {
                    return Unconvertible(parameter, stored, out problem);
                }

                bound.Add(storedKey >= 0
                    ? new BoundParameter(parameter, ParameterMeaning.Key, stored, entity.Keys.Count == 1 ? -1 : storedKey)
                    : new BoundParameter(parameter, ParameterMeaning.Property, stored, -1));
            }
            else
            {
                problem = fieldProblem ?? (PagingBeside(significant, parameter) is null ? NeitherKeyNorProperty(context, entity, parameter) : null) ?? "parameter '" + parameter.Name + "' names neither the key (" + KeyDescription(entity) + ") nor a property of " + EntityDisplay(entity)
                    + (PagingBeside(significant, parameter) is { } paging
                        ? "; beside '" + paging.Name + "', which reads as paging, (" + string.Join(", ", significant.Select(static p => p.Name)) + ") reads like paging too, which the conventions read only on a list ("
                            + PagingListExample + "), named (skip, take), (pageIndex, pageSize) or (page, pageSize): whether '" + parameter.Name
                            + "' counts the rows to skip or is a position or page number (from 0 or 1) is not said, so it is not read as one. When it counts the rows to skip, GetPaged(int skip, int "
                            + (Conventions.NameIn(paging.Name, Conventions.TakeParameterNames) ? paging.Name : "take") + ") is a list that pages; otherwise write the member"
                        : "; name it after the key or a property");
                return null;
            }
        }

        // A composite key is only a key when every part is there.
        if (entity.Keys.Count > 1)
        {
            var parts = bound.Where(static b => b.Meaning == ParameterMeaning.Key && b.KeyIndex >= 0).Select(static b => b.KeyIndex).Distinct().Count();
            if (parts > 0 && parts < entity.Keys.Count)
            {
                bound = bound.Select(b => b.Meaning == ParameterMeaning.Key ? new BoundParameter(b.Parameter, ParameterMeaning.Property, b.Property, -1) : b).ToList();
            }
        }

        AddIgnored(context, parameters, bound);
        return bound;
    }

    /// <summary>
    /// Why a lookup's parameter that names neither the key nor a property is refused, said for what the parameter is
    /// (session 26; before, every such parameter got "name it after the key or a property", advice an options object or a
    /// query cannot follow): a parameter named as the key whose type is not the key's; an object (a query, options, a
    /// request, a delegate) that holds no value of a property, whose meaning is its own code; the entity itself or a
    /// collection of it; or a value with the entity's properties it comes nearest to (the same words but for an Id
    /// suffix, a plural or a word before or after: <c>generation</c> beside <c>KeyGeneration</c>) or, when none is near,
    /// those of its type (a <c>DateTime asOf</c> may bound any of them). A near name is never read as the property: the
    /// store may compare it with another one, or not for equality.
    /// </summary>
    /// <summary>Whether the parameter's method answers rows, not a count or a yes/no (awaited through a task).</summary>
    private static bool ReturnsRows(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method || method.ReturnsVoid)
        {
            return false;
        }

        var result = method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", Arity: 1 } task ? task.TypeArguments[0] : method.ReturnType;
        return !TypeFacts.IsIntOrLong(result) && !TypeFacts.IsBool(result);
    }

    internal static string NeitherKeyNorProperty(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
    {
        var head = "parameter '" + parameter.Name + "' names neither the key (" + KeyDescription(entity) + ") nor a property of " + EntityDisplay(entity);
        var type = TypeNames.Underlying(parameter.Type);
        if (entity.Keys.Count == 1 && NamesTheKey(entity, parameter.Name))
        {
            return "parameter '" + parameter.Name + "' is named as the key (" + KeyDescription(entity) + "), but it is " + parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                + ", which does not convert to the key's " + entity.KeyType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", so how the store finds a row by it (a part of it, a lookup of its own) is not said; take the key type itself, or write the member";
        }

        if (entity.Keys.Count == 1 && NamedAfterItsType(parameter) && TypeFacts.SameType(type, TypeNames.Underlying(entity.KeyType)) && OthersOfKeyType(context, entity, entity.Type) is { Count: > 0 } others)
        {
            // h-sample118: Guid guid of a Schedule with Id and SchoolId, on an interface of the entity's own.
            var typeName = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            return "parameter '" + parameter.Name + "' is named after its type, " + typeName + ", which names no property, and " + EntityDisplay(entity) + " has more than one property of that type ("
                + entity.Keys[0].Name + ", the key; " + string.Join(", ", others.Take(5).Select(static p => p.Name)) + "), so which one it is compared with is not said; name it after that property ("
                + TypeNames.Camel(entity.Keys[0].Name) + ", " + TypeNames.Camel(others[0].Name) + "), or write the member";
        }

        var properties = context.PropertiesOf(entity.Type);
        if (SymbolEqualityComparer.Default.Equals(type, TypeNames.Underlying(entity.Type)))
        {
            return head + ": it is a " + EntityDisplay(entity) + " itself, and a lookup given the entity beside no key or condition (what it reads about that row or its neighbours) is the store's own; write the member";
        }

        if (type.SpecialType != SpecialType.System_String && TypeFacts.EnumerableElement(type) is { } element && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(element), TypeNames.Underlying(entity.Type)))
        {
            return head + ": it is a collection of " + EntityDisplay(entity) + ", which a lookup does not take; a write of several rows is named as one (AddRange, UpdateRange, DeleteRange), or write the member";
        }

        if (TypeFacts.PredicateKind(context.Known, type, null, out var over) != PredicateForm.None && over is not null)
        {
            return SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(over), TypeNames.Underlying(entity.Type))
                ? head + ": it is a predicate over " + EntityDisplay(entity) + ", which the conventions read with a predicate method's verb (Where, Find…, Get…, Count…, Any…, Exists…, Delete…), and this member's name is none of them; write the member"
                : head + ": it is a predicate over " + over.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", not over " + EntityDisplay(entity) + ", the entity the members made this a repository of, so what it selects is the store's own; write the member";
        }

        var delegateLike = type.TypeKind == TypeKind.Delegate || type is INamedTypeSymbol { Name: "Expression", Arity: 1 };
        if (delegateLike || (!IsValueLike(type) && !properties.Any(p => Comparable(p) && (TypeFacts.Converts(context, parameter.Type, p.Type) || TypeFacts.Converts(context, type, TypeNames.Underlying(p.Type))))))
        {
            if (type.SpecialType != SpecialType.System_String && TypeFacts.EnumerableElement(type) is { } keyItems && entity.Keys.Count == 1 && NamesTheKeys(entity, parameter.Name)
                && !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(keyItems), TypeNames.Underlying(entity.KeyType)))
            {
                // Session 36: Foundatio's RemoveAsync(Ids ids), a collection of its own Id struct, on rows keyed by a string Id
                // was told it "names neither the key (Id)", which it names; the cause is its elements' type.
                return "parameter '" + parameter.Name + "' is named as the keys (" + KeyDescription(entity) + "), but it is a collection of " + keyItems.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                    + ", not of the key's type " + entity.KeyType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", so how the store finds rows by its items (a conversion of its own, a part of each) is not said; take a collection of the key type itself, or write the member";
            }

            if (type.SpecialType != SpecialType.System_String && TypeFacts.EnumerableElement(type) is { } items)
            {
                return head + ": it is a collection of " + items.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", read neither as keys (a collection of the key's type named as the keys: ids) nor as values of a property (named as its plural), so which rows it selects is the store's own; write the member";
            }

            var function = delegateLike;
            var unmatched = function || type.TypeKind == TypeKind.Interface ? new List<string>()
                : context.PropertiesOf(type).Where(p => p.DeclaredAccessibility == Accessibility.Public && PropertyNamed(context, entity, p.Name) is null).Select(static p => p.Name).Take(3).ToList();
            if (!function && type.TypeKind is TypeKind.Class or TypeKind.Struct && KeyHeld(context, entity, type) is { } held)
            {
                // h-sample104: ABP's EntityDto<TKey> (GetAsync(EntityDto<long> input), DeleteAsync(EntityDto<long> input)),
                // said before to be "no filter object", though its one property names the key.
                return head + ": it is an object of type " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " holding only the key (" + held.Name + "), as ABP's EntityDto<TKey> does, and a key inside an object is not read as the key: "
                    + "a member taking one is an application service's (DTOs in and out, permissions checked), whose work on that row, and on rows beside it, is its own code; fake the repository the service calls, take the key itself ("
                    + entity.KeyType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " " + TypeNames.Camel(held.Name) + ") in a store's member, or write the member";
            }

            if (!function && unmatched.Count == 0 && type.TypeKind is TypeKind.Class or TypeKind.Struct && QueryBinder.WhyNotFilter(context, entity, parameter, out _) is { } notFilter
                && !notFilter.StartsWith("parameter '", StringComparison.Ordinal))
            {
                // Every property names one of the entity's, so "a filter object when every public property of it names one"
                // would describe it: say what else the filter reading needs and this object lacks.
                return head + ", and as an object of type " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                    + " it is no value of a property to compare, nor a filter object (whose properties each name one of " + EntityDisplay(entity) + "'s and can be left unset, null): " + notFilter + "; write the member";
            }

            if (!function && ReturnsRows(parameter) && QueryBinder.PageRequestProblem(context, parameter) is { } pageRequest)
            {
                // h-sample122: AdlerZentrum's GetPagedReponseAsync(FilteredRequestParameter), a page request with filters, an
                // order and a no-paging switch, was paged by its two numbers (silently dropping the rest), then refused as a
                // filter object whose PageNumber and PageSize "name none" of the entity's properties.
                return pageRequest;
            }

            return head + ", and as " + (function ? "a function" : type.TypeKind == TypeKind.Interface ? "an interface" : "an object") + " of type " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                + " it is no value of a property to compare: which rows it selects, and how, is its own code (a predicate is read as Func<" + EntityDisplay(entity) + ", bool> or an Expression of one, a filter object when every public property of it names one of "
                + EntityDisplay(entity) + "'s" + (unmatched.Count > 0 ? ", and " + string.Join(", ", unmatched) + " of it name" + (unmatched.Count == 1 ? "s" : "") + " none" : "") + "), so nothing is read from it; write the member";
        }

        if (BoundOfNoProperty(context, entity, parameter, properties) is { } bound)
        {
            return head + bound;
        }

        var near = NearProperties(context, entity, parameter, properties);
        if (near.Count > 0)
        {
            return head + "; the nearest of its type (" + parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "): " + string.Join(", ", near.Select(static n => n.Property.Name + " (" + n.How + ")"))
                + ", but a near name is not read as the property, since the store may compare it with another one or not for equality; if it is " + near[0].Property.Name
                + " compared equal, name the parameter " + TypeNames.Camel(near[0].Property.Name) + ", else write the member";
        }

        var sameType = properties.Where(p => IndexOfKey(entity, p) < 0 && Comparable(p) && TypeFacts.Converts(context, type, TypeNames.Underlying(p.Type))).Select(static p => p.Name).Take(5).ToList();
        return head + (sameType.Count == 0
            ? " (none of its properties is of its type, " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")"
            : " (its properties of its type, " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ": " + string.Join(", ", sameType) + (type.SpecialType == SpecialType.System_DateTime || type.Name is "DateTimeOffset" or "DateOnly" ? "; a time that names none of them may bound any of them, or be the current time" : "") + ")")
            + "; name it after the property it is compared equal with, or write the member";

        // A property of object, an interface or a type parameter takes any value, so it says nothing about what is compared.
        static bool Comparable(IPropertySymbol p)
            => TypeNames.Underlying(p.Type) is var t && t.SpecialType != SpecialType.System_Object && t.TypeKind is not (TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Dynamic);

        static bool IsValueLike(ITypeSymbol t)
            => t.SpecialType != SpecialType.None || t.TypeKind == TypeKind.Enum || t.Name is "Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Uri";
    }

    /// <summary>
    /// The one public property of <paramref name="type"/> when it is all the object holds and it is the entity's single key
    /// (named as the key, any case, of a type that converts to it): ABP's <c>EntityDto&lt;TKey&gt;</c> with its <c>Id</c>, as
    /// its application services take it (<c>GetAsync(EntityDto&lt;long&gt; input)</c>); else null. Only a refusal's
    /// message reads it (h-sample104).
    /// </summary>
    private static IPropertySymbol? KeyHeld(ParseContext context, EntityInfo entity, ITypeSymbol type)
    {
        if (entity.Keys.Count != 1)
        {
            return null;
        }

        var held = context.PropertiesOf(type).Where(static p => p.DeclaredAccessibility == Accessibility.Public && !p.IsIndexer).ToList();
        return held.Count == 1 && string.Equals(held[0].Name, entity.Keys[0].Name, StringComparison.OrdinalIgnoreCase)
            && TypeFacts.KeyConvertible(context, held[0].Type, entity.KeyType) ? held[0] : null;
    }

    /// <summary>
    /// The entity's non-key properties whose names are near the parameter's (case aside): the same but for an Id suffix
    /// (<c>tenant</c>, <c>TenantId</c>), a plural (<c>tag</c>, <c>Tags</c>), or a word more at the start or end
    /// (<c>generation</c>, <c>KeyGeneration</c>; <c>dtoDoctorId</c>, <c>DoctorId</c>), of a type the parameter converts to.
    /// </summary>
    private static List<(IPropertySymbol Property, string How)> NearProperties(ParseContext context, EntityInfo entity, IParameterSymbol parameter, List<IPropertySymbol> properties)
    {
        var near = new List<(IPropertySymbol, string)>();
        var name = parameter.Name.TrimStart('@');
        foreach (var property in properties)
        {
            var propertyType = TypeNames.Underlying(property.Type);
            if (IndexOfKey(entity, property) >= 0 || propertyType.SpecialType == SpecialType.System_Object || propertyType.TypeKind is TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Dynamic
                || !TypeFacts.Converts(context, parameter.Type, TypeNames.IsNullableValueType(property.Type) || !property.Type.IsValueType ? property.Type : NullableOf(context, property.Type)))
            {
                continue;
            }

            var how = Near(property.Name, name);
            if (how is not null)
            {
                near.Add((property, how));
            }
        }

        return near.Take(3).ToList();

        static string? Near(string property, string name)
        {
            bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
            bool Ends(string a, string b) => a.Length > b.Length && b.Length >= 3 && a.EndsWith(b, StringComparison.OrdinalIgnoreCase) && char.IsUpper(a[a.Length - b.Length]);
            bool Starts(string a, string b) => a.Length > b.Length && b.Length >= 3 && a.StartsWith(b, StringComparison.OrdinalIgnoreCase) && char.IsUpper(a[b.Length]);
            if (Is(property, name + "Id") || Is(property, name + "Ids"))
            {
                return "with an Id suffix";
            }

            if (Is(name, property + "Id"))
            {
                return "without the Id suffix";
            }

            if (Is(property, name + "s") || Is(property, name + "es") || Is(name, property + "s") || Is(name, property + "es"))
            {
                return "a plural or singular of it";
            }

            if (Ends(property, name) || Starts(property, name))
            {
                return "a word more";
            }

            return Ends(name, property) ? "a word less" : null;
        }
    }

    /// <summary>
    /// The non-public instance field of the entity (or of a base class) a parameter that names no property compares with:
    /// one named <c>_name</c>, <c>m_name</c> or <c>name</c> (<see cref="Conventions.PrivateFieldPrefixes"/>, the name after
    /// the prefix compared case-insensitively) whose type the parameter converts to — modular-monolith's
    /// <c>GetAsync(MemberId memberId, MeetingCommentId meetingCommentId)</c> on a like keeping <c>_memberId</c> and
    /// <c>_meetingCommentId</c>, which EF Core maps as columns. Only when exactly one field fits; it is read without reflection
    /// through an <c>[UnsafeAccessor]</c>. Null when none fits; <paramref name="problem"/> then says why a field that was
    /// found cannot be used (several fit, its type does not convert, or an accessor cannot reach it).
    /// </summary>
    public static IFieldSymbol? FieldNamed(ParseContext context, EntityInfo entity, IParameterSymbol parameter, out string? problem)
    {
        problem = null;
        var named = new List<IFieldSymbol>();
        if (entity.Type is INamedTypeSymbol type)
        {
            foreach (var field in CopyRules.InstanceFields(type))
            {
                if (field.IsImplicitlyDeclared || field.AssociatedSymbol is not null || field.DeclaredAccessibility == Accessibility.Public)
                {
                    continue;
                }

                foreach (var prefix in Conventions.PrivateFieldPrefixes)
                {
                    if (field.Name.Length == prefix.Length + parameter.Name.Length && field.Name.StartsWith(prefix, StringComparison.Ordinal)
                        && string.Compare(field.Name, prefix.Length, parameter.Name, 0, parameter.Name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        named.Add(field);
                        break;
                    }
                }
            }
        }

        if (named.Count == 0)
        {
            return null;
        }

        var fitting = named.Where(f => TypeFacts.Converts(context, parameter.Type, TypeNames.IsNullableValueType(f.Type) || !f.Type.IsValueType ? f.Type : NullableOf(context, f.Type))).ToList();
        if (fitting.Count != 1)
        {
            problem = fitting.Count == 0
                ? "parameter '" + parameter.Name + "' names no property of " + EntityDisplay(entity) + ", and its field " + named[0].Name + " is " + named[0].Type.ToDisplayString() + ", which " + parameter.Type.ToDisplayString() + " does not convert to"
                : "parameter '" + parameter.Name + "' names no property of " + EntityDisplay(entity) + " but several of its fields (" + string.Join(", ", fitting.Select(static f => f.Name)) + "), so which one it compares is not said";
            return null;
        }

        var chosen = fitting[0];
        var reach = entity.Type.TypeKind == TypeKind.Struct ? "the entity is a struct"
            : chosen.ContainingType.IsGenericType || IsGeneric(context) ? "reading a field of a generic type or from a generic fake needs a generic [UnsafeAccessor]"
            : context.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.UnsafeAccessorAttribute") is null ? "reading it needs [UnsafeAccessor] (.NET 8 or later)"
            : null;
        if (reach is not null)
        {
            problem = "parameter '" + parameter.Name + "' names no property of " + EntityDisplay(entity) + ", only its field " + chosen.Name + ", and " + reach;
            return null;
        }

        return chosen;
    }

    private static bool IsGeneric(ParseContext context) => context.IsClassTarget ? context.UserClass?.IsGenericType == true : context.Interface.IsGenericType;

    /// <summary>Whether the bound parameters are exactly the key (every part, nothing else but ignorable flags).</summary>
    public static bool IsKeyOnly(EntityInfo entity, List<BoundParameter> bound)
    {
        var keys = bound.Where(static b => b.Meaning == ParameterMeaning.Key).ToList();
        return bound.All(static b => b.Meaning != ParameterMeaning.Property)
            && (keys.Count == 1 && keys[0].KeyIndex < 0 || (entity.Keys.Count > 1 && keys.Count == entity.Keys.Count && keys.Select(static k => k.KeyIndex).Distinct().Count() == entity.Keys.Count));
    }

    public static string KeyDescription(EntityInfo entity) => string.Join(", ", entity.Keys.Select(static k => k.Name));

    public static string EntityDisplay(EntityInfo entity) => entity.Name.Length == 0 ? entity.Type.ToDisplayString() : entity.Name;

    private static bool IsCompositeKeyTuple(EntityInfo entity, IParameterSymbol parameter) => entity.Keys.Count > 1 && parameter.Type.IsTupleType;

    /// <summary>
    /// A single key given as a nullable value (<c>Task&lt;TEntity&gt; GetByIdAsync(int? id)</c>, nopCommerce's): no row has a null
    /// key, so a lookup of null finds nothing (nopCommerce returns null for it).
    /// </summary>
    public static bool IsNullableKey(ParseContext context, EntityInfo entity, IParameterSymbol parameter)
        => (entity.Keys.Count == 1 && !TypeNames.IsNullableValueType(entity.KeyType) && TypeNames.IsNullableValueType(parameter.Type)
            && TypeFacts.KeyConvertible(context, TypeNames.Underlying(parameter.Type), entity.KeyType))
            || IsNullableReferenceKey(entity, parameter);

    /// <summary>
    /// A single key of a reference type given as that type annotated nullable where the key is not (<c>T? Get(string? value)</c>
    /// of an entity whose key is <c>string Value</c>, linuxchata/oauth's <c>IRepositoryGet&lt;T&gt;</c>; h-sample130): the
    /// signature lets null in, and no row has a null key, so a lookup of null finds nothing, as for <c>int? id</c>. Before,
    /// the fake passed it on with <c>!</c> and threw <c>ArgumentNullException</c> where the declaration allows null (the real
    /// store's guard answers null). Only under nullable annotations: an oblivious <c>string</c> says nothing of null.
    /// </summary>
    public static bool IsNullableReferenceKey(EntityInfo entity, IParameterSymbol parameter)
        => entity.Keys.Count == 1 && !parameter.Type.IsValueType && parameter.Type.NullableAnnotation == NullableAnnotation.Annotated
            && entity.KeyType.NullableAnnotation != NullableAnnotation.Annotated
            && SymbolEqualityComparer.Default.Equals(parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), entity.KeyType.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

    /// <summary>
    /// A single key given as the one value its record key wraps (<c>GetByIdAsync(Guid id)</c> of a key
    /// <c>record struct BindingContractId(Guid Value)</c>): read as <c>new BindingContractId(id)</c> when
    /// <see cref="WrappedKeyRule"/> proves it.
    /// </summary>
    public static bool IsWrappedKey(EntityInfo entity, IParameterSymbol parameter)
        => entity.Keys.Count == 1 && entity.KeyType is not ITypeParameterSymbol && !TypeFacts.SameType(entity.KeyType, parameter.Type)
            && WrappedKeyRule.LooksLikeWrapper(entity.KeyType, parameter.Type) && WrappedKeyRule.WhyNot(entity.KeyType, parameter.Type) is null;

    /// <summary>
    /// Why a parameter of the type a single key seems to wrap (<c>Guid</c> for <c>BindingContractId(Guid Value)</c>) is not
    /// read as that key (<see cref="WrappedKeyRule.WhyNot"/>), or null when the key does not look like a wrapper of it.
    /// </summary>
    private static string? WrapperProblem(EntityInfo entity, IParameterSymbol parameter)
        => entity.Keys.Count == 1 && WrappedKeyRule.LooksLikeWrapper(entity.KeyType, parameter.Type) && WrappedKeyRule.WhyNot(entity.KeyType, parameter.Type) is { } why
            ? "parameter '" + parameter.Name + "' is " + parameter.Type.ToDisplayString() + " and the key " + KeyDescription(entity) + " is " + entity.KeyType.ToDisplayString()
                + ": a value is read as new " + entity.KeyType.Name + "(" + parameter.Name + ") only when that is proven to be the key it names, and " + why + "; take the key type itself, or write the member"
            : null;

    /// <summary>
    /// A key given as <c>object</c> (<c>GetById(object id)</c>, the shape of EF Core's <c>DbSet.Find(object)</c> that generic
    /// repositories pass on): converted to the key type at run time, and a value of another type is an
    /// <c>ArgumentException</c> naming the parameter, as <c>Find</c>'s is. Only a single key, never a composite one (which
    /// parts an object would hold is not said).
    /// </summary>
    public static bool IsObjectKey(EntityInfo entity, IParameterSymbol parameter)
        => parameter.Type.SpecialType == SpecialType.System_Object && entity.Keys.Count == 1 && entity.KeyType.SpecialType != SpecialType.System_Object;

    private static bool NamesNonKeyProperty(ParseContext context, EntityInfo entity, string name)
        => PropertyNamed(context, entity, name) is { } property && IndexOfKey(entity, property) < 0;

    public static int IndexOfKey(EntityInfo entity, IPropertySymbol property)
    {
        for (var i = 0; i < entity.Keys.Count; i++)
        {
            if (entity.Keys[i].Name == property.Name)
            {
                return i;
            }
        }

        return -1;
    }

    private static ITypeSymbol NullableOf(ParseContext context, ITypeSymbol type)
        => context.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(type);

    private static List<BoundParameter>? Unconvertible(IParameterSymbol parameter, IPropertySymbol property, out string? problem)
    {
        if (parameter.Type.SpecialType == SpecialType.System_String && TypeFacts.IsMongoObjectId(property.Type))
        {
            // NicePartUsage's DeleteScore(string scoreId) of a Score keyed by an ObjectId (h-sample115): a string does not
            // convert to one, but every MongoDB store turns the text into one, and how is its own. Before, the message said
            // only that it does not convert, as if the text could not name the key.
            problem = "parameter '" + parameter.Name + "' is string and " + property.Name + " is a MongoDB.Bson.ObjectId, which a store parses the text into, each its own way: new ObjectId("
                + parameter.Name + ") and ObjectId.Parse throw FormatException for a text that is no ObjectId, ObjectId.TryParse finds no row, and the signature does not say which; "
                + "take ObjectId itself, or write the member with the parse the store uses";
            return null;
        }

        if (parameter.Type.SpecialType == SpecialType.System_String && TextConversion(parameter.Name, property.Name, property.Type) is { } parsed)
        {
            problem = parsed;
            return null;
        }

        problem = "parameter '" + parameter.Name + "' is " + parameter.Type.ToDisplayString() + ", which does not convert to " + property.Name + " (" + property.Type.ToDisplayString() + ")";
        return null;
    }

    /// <summary>
    /// Why a <c>string</c> parameter named after a <c>Guid</c> property (<paramref name="propertyType"/>, or its nullable) is
    /// refused, or null for a property of another type. event-driven-demo's <c>Get(string studentId)</c> of a Student keyed by a
    /// Guid <c>StudentId</c> (h-sample123): the text names the Guid, but whether the store parses it (and how a text that is no
    /// Guid fails) or compares the Guid's text is its own; the message said only that a string does not convert, as if the
    /// text could not name it. Not for an <c>int</c> or <c>long</c>: OT.Assessment's <c>GetGameById(string gameId)</c> of an
    /// int key compares the text with the game's Name (h-sample115), so "does not convert" stays the cause there.
    /// </summary>
    private static string? TextConversion(string parameterName, string propertyName, ITypeSymbol propertyType)
        => TypeNames.Underlying(propertyType) is not INamedTypeSymbol { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            ? null
            : "parameter '" + parameterName + "' is string and " + propertyName + " is a Guid, which a store parses the text into or compares as text, each its own way: "
                + "Guid.Parse throws FormatException for a text that is no Guid, Guid.TryParse finds no row, and comparing " + propertyName
                + ".ToString() with the text (event-driven-demo's StudentRepository does, ignoring case) finds none for the same Guid written with braces or without hyphens; "
                + "the signature does not say which; take Guid itself, or write the member with the conversion the store uses";

    private static void AddIgnored(ParseContext context, IParameterSymbol[] parameters, List<BoundParameter> bound)
    {
        foreach (var parameter in parameters)
        {
            if (IsIgnorable(context, parameter) && !bound.Any(b => SymbolEqualityComparer.Default.Equals(b.Parameter, parameter)))
            {
                bound.Add(new BoundParameter(parameter, ParameterMeaning.Ignored, null, -1));
            }
        }
    }
}
