using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class EntityPlanner
{
    /// <summary>
    /// The one self-reference of an entity with a single key, or null: a property named <c>ParentId</c> or
    /// <c>Parent{Key}</c> whose type is the key type or its nullable form. What the tree reads (below) and the removal
    /// check of <see cref="Model"/> (<c>EntityModel.ParentKey</c>, since session 33) both go by it.
    /// </summary>
    internal static IPropertySymbol? TreeParent(ParseContext context, EntityInfo entity)
    {
        if (entity.Keys.Count != 1)
        {
            return null;
        }

        var key = entity.Keys[0];
        var parents = context.PropertiesOf(entity.Type)
            .Where(p => (p.Name == "ParentId" || p.Name == "Parent" + key.Name) && !SymbolEqualityComparer.Default.Equals(p, key)
                && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(key.Type)))
            .ToArray();
        return parents.Length == 1 ? parents[0] : null;
    }

    /// <summary>
    /// A self-typed navigation that links an entity to its parent (since session 34): one property named <c>Parent</c> or
    /// <c>Parent{Entity}</c> (<c>ParentCategory</c>, as the <see cref="TreeParent"/> rule accepts <c>Parent{Key}</c>) whose type
    /// is the entity type itself (<c>Category? Parent</c>), on an entity with a single key. Null when the entity has a property
    /// named as a parent's key (<c>ParentId</c>, <c>Parent{Key}</c> or <c>Parent{Entity}Id</c>, in any case and of any type): the
    /// <c>ParentId</c> rule decides then, as before, since the application may set that key and leave the navigation empty
    /// (<c>ParentID</c> beside <c>Parent</c> is EF Core's foreign key of it), and only one can be proven the parent.
    /// </summary>
    internal static IPropertySymbol? TreeParentNavigation(ParseContext context, EntityInfo entity)
    {
        if (entity.Keys.Count != 1 || entity.Type.IsValueType)
        {
            return null;
        }

        var key = entity.Keys[0];
        var properties = context.PropertiesOf(entity.Type);
        if (properties.Any(p => string.Equals(p.Name, "ParentId", StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, "Parent" + key.Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Name, "Parent" + entity.Type.Name + "Id", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var navigations = properties
            .Where(p => (p.Name == "Parent" || p.Name == "Parent" + entity.Type.Name) && SymbolEqualityComparer.Default.Equals(p.Type, entity.Type))
            .ToArray();
        return navigations.Length == 1 ? navigations[0] : null;
    }

    /// <summary>
    /// What the removal check of a tree reads (<c>EntityModel.ParentKey</c>): the <c>ParentId</c> property's name, or the
    /// <c>Parent</c> navigation's name and the key read through it; (null, null) for an entity that is no tree, or whose link
    /// the fake cannot read.
    /// </summary>
    private static (string? Parent, string? NavigationKey) TreeLink(ParseContext context, EntityInfo entity)
    {
        if (TreeParent(context, entity) is { } parent)
        {
            return parent.GetMethod is { } getter && context.IsAccessible(getter) ? (parent.Name, null) : (null, null);
        }

        if (TreeParentNavigation(context, entity) is { GetMethod: { } navigationGetter } navigation && context.IsAccessible(navigationGetter)
            && entity.Keys[0].GetMethod is { } keyGetter && context.IsAccessible(keyGetter))
        {
            return (navigation.Name, entity.Keys[0].Name);
        }

        return (null, null);
    }

    private sealed partial class MemberPlan
    {
        /// <summary>
        /// Reads of a tree (since session 24) on an entity with a self-reference: one property named <c>ParentId</c> or
        /// <c>Parent{Key}</c> (<c>ParentSlug</c> for a <c>Slug</c> key) whose type is the key type or its nullable form.
        /// <c>{ListVerb}Children(parentId)</c> and <c>{ListVerb}Child{Entities}(parentId)</c> are the rows whose parent
        /// property equals the argument, as <c>GetByParentId(parentId)</c> reads it (a null argument finds the roots when the
        /// parameter may be null, as EF Core's <c>==</c>); <c>{ListVerb}Roots()</c>, <c>{ListVerb}Root{Entities}()</c> and
        /// <c>Root{Items}</c> are the rows whose parent property is null. <c>Count…</c> counts them and <c>Has…</c>/<c>Any…</c>
        /// says whether there is one. Further parameters named exactly after a property scope the rows
        /// (<c>GetRootsAsync(ownerId)</c>), as a derived query's do. Refused: roots of a parent property that cannot hold null
        /// (an <c>int ParentId</c>: whether a root holds 0, -1 or its own key is the store's convention). Null when the name is
        /// no such read or the entity has no such property.
        /// </summary>
        private OperationSpec? Hierarchy(MemberCandidate candidate, IParameterSymbol[] significant, out string? reason, out bool reported)
        {
            reason = null;
            reported = false;
            if (_entity.Keys.Count != 1)
            {
                return null;
            }

            var words = QueryNameParser.SplitWords(candidate.Verb);
            if (words.Count < 2)
            {
                return null;
            }

            var verb = Conventions.IsOneOf(words[0], Conventions.BareListVerbs) || words[0] == "List" ? QueryVerb.Select
                : words[0] == "Count" ? QueryVerb.Count
                : words[0] is "Has" or "Any" ? QueryVerb.Exists
                : (QueryVerb?)null;
            if (verb is null)
            {
                return null;
            }

            var noun = string.Concat(words.Skip(1));
            bool roots;
            if (noun == "Children" || (noun.StartsWith("Child", StringComparison.Ordinal) && noun.Length > 5 && IsListedNoun(noun.Substring(5))))
            {
                roots = false;
            }
            else if (noun == "Roots" || (noun.StartsWith("Root", StringComparison.Ordinal) && noun.Length > 4 && IsListedNoun(noun.Substring(4))))
            {
                roots = true;
            }
            else
            {
                return null;
            }

            if (IsPluralNoun(noun) || IsBare(noun))
            {
                // An entity named Child (GetChildren() is every row of it) or Root.
                return null;
            }

            if (TreeParent(_context, _entity) is not { } parent)
            {
                return null;
            }

            if (roots)
            {
                var nullable = TypeNames.IsNullableValueType(parent.Type) || (parent.Type.IsReferenceType && parent.Type.NullableAnnotation == NullableAnnotation.Annotated);
                if (!nullable)
                {
                    return Fail("'" + candidate.Verb + "' reads the roots of the tree " + parent.Name + " makes, but " + parent.Name + " is " + parent.Type.ToDisplayString()
                        + ", which cannot hold null, so what a root holds there (0, -1, its own key) is the store's convention; make it nullable (a root's is then null)", out reason);
                }
            }
            else if (significant.Length == 0 || !NamesParentOrKey(significant[0].Name, parent))
            {
                return Fail("'" + candidate.Verb + "' reads the children of one row by " + parent.Name + ", so its first parameter is the parent's key, named " + char.ToLowerInvariant(parent.Name[0]) + parent.Name.Substring(1)
                    + " (or as the key); it declares " + (significant.Length == 0 ? "none" : string.Join(", ", significant.Select(static p => p.Type.ToDisplayString() + " " + p.Name))), out reason);
            }

            reported = true;
            return QueryBinder.BindHierarchy(_context, candidate, _entity, _store, _unique, _indexed, verb.Value, candidate.Verb, parent, roots, significant);
        }

        /// <summary>What follows Child/Root: the entity's plural or a neutral plural (<c>RootItems</c>, <c>ChildFolders</c>).</summary>
        private bool IsListedNoun(string noun) => IsPluralNoun(noun) || Conventions.IsOneOf(noun, Conventions.NeutralPluralNouns);

        /// <summary><c>parentId</c> for <c>ParentId</c>, or a name of the key (<c>id</c>, <c>folderId</c>): the parent's key.</summary>
        private bool NamesParentOrKey(string name, IPropertySymbol parent)
            => string.Equals(name, parent.Name, StringComparison.OrdinalIgnoreCase) || EntityParameters.NamesTheKey(_entity, name);
    }
}
