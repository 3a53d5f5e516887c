using System;
using System.Collections.Generic;
using System.Linq;

namespace InMemoryFakes;

/// <summary>
/// Applies a fake's <see cref="StoreSemantics"/> to an entity model when its table is created: a unique constraint or
/// index on a single text property compares values as <see cref="StoreSemantics.TextComparisons"/> says (so a
/// case-insensitive collation refuses "Ann" beside "ann", as the database does). Composite constraints keep their
/// comparer. With the default semantics the model is returned unchanged.
/// </summary>
internal static class EntityModelSemantics
{
    public static EntityModel<TKey, TEntity> Apply<TKey, TEntity>(EntityModel<TKey, TEntity> model, StoreSemantics semantics)
        where TKey : notnull
        => semantics.TextComparisons.Count == 0 && semantics.DefaultTextComparison == StringComparison.Ordinal
            ? model
            : ApplyComparisons(model, semantics);

    // Apart from Apply: the local function captures the semantics, and a method with a capture allocates its closure on
    // entry, even on the path that returns the model unchanged.
    private static EntityModel<TKey, TEntity> ApplyComparisons<TKey, TEntity>(EntityModel<TKey, TEntity> model, StoreSemantics semantics)
        where TKey : notnull
    {
        var replaced = new Dictionary<EntityIndex<TEntity>, EntityIndex<TEntity>>(ReferenceEqualityComparer.Instance);
        EntityIndex<TEntity> Replace(EntityIndex<TEntity> index)
        {
            if (index is null || index.Property is not { } property || semantics.ComparisonFor(property) == StringComparison.Ordinal)
            {
                return index!;
            }

            if (!replaced.TryGetValue(index, out var copy))
            {
                var comparer = new TextValueComparer(semantics.TextComparer(property));
                copy = index.IsUnique
                    ? new UniqueConstraint<TEntity>(index.Name, index.GetValue, comparer) { Property = property }
                    : new EntityIndex<TEntity>(index.Name, index.GetValue, comparer) { Property = property };
                replaced[index] = copy;
            }

            return copy;
        }

        var unique = model.UniqueConstraints.Select(c => (UniqueConstraint<TEntity>)Replace(c)).ToArray();
        var indexes = model.Indexes.Select(Replace).ToArray();
        if (replaced.Count == 0)
        {
            return model;
        }

        return model.WithIndexes(unique, indexes);
    }

    /// <summary>Compares indexed values: strings with the property's comparer, anything else with <see cref="object.Equals(object?, object?)"/>.</summary>
    private sealed class TextValueComparer(StringComparer text) : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y)
            => x is string a && y is string b ? text.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is string s ? text.GetHashCode(s) : obj.GetHashCode();
    }
}
