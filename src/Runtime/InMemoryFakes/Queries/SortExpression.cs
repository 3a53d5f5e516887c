using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace InMemoryFakes.Support;

/// <summary>
/// Reads a sort expression passed as a string, in the simple form System.Linq.Dynamic.Core reads (ABP's
/// <c>GetPagedListAsync(skipCount, maxResultCount, sorting)</c>): property names separated by commas, each optionally
/// followed by <c>asc</c>/<c>ascending</c> or <c>desc</c>/<c>descending</c> (<c>"Name desc, Price"</c>); names in any case.
/// Anything else (a nested path, a method call, an unknown or unordered property) is an <see cref="ArgumentException"/>
/// naming the parameter, never an order the fake made up.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SortExpression
{
    /// <summary>The ordering a sort expression describes.</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="sorting">The expression; null or white space means <paramref name="whenEmpty"/>.</param>
    /// <param name="property">The ascending ordering by a property, given its name as written, or null when it has none.</param>
    /// <param name="whenEmpty">The ordering of an empty expression (ABP orders by the key), or null for the store's order.</param>
    /// <param name="parameterName">The parameter the expression was passed in, for the exception.</param>
    /// <returns>The ordering.</returns>
    /// <exception cref="ArgumentException">The expression is not a list of orderable property names with directions.</exception>
    public static IComparer<TEntity>? Parse<TEntity>(string? sorting, Func<string, IComparer<TEntity>?> property, IComparer<TEntity>? whenEmpty, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return whenEmpty;
        }

        var keys = new List<IComparer<TEntity>>();
        foreach (var part in sorting.Split(','))
        {
            var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var descending = words.Length == 2 && (Is(words[1], "desc") || Is(words[1], "descending"));
            if (words.Length is 0 or > 2 || (words.Length == 2 && !descending && !Is(words[1], "asc") && !Is(words[1], "ascending")))
            {
                throw new ArgumentException("The sort expression '" + sorting + "' has '" + part.Trim() + "', which is not a property name optionally followed by asc or desc; the fake reads only that form of System.Linq.Dynamic.Core's syntax.", parameterName);
            }

            var ascending = property(words[0])
                ?? throw new ArgumentException("The sort expression '" + sorting + "' names '" + words[0] + "', which is not an orderable property of " + typeof(TEntity).Name + ".", parameterName);
            keys.Add(descending ? new Reversed<TEntity>(ascending) : ascending);
        }

        return keys.Count == 1 ? keys[0] : new Composite<TEntity>(keys.ToArray());
    }

    private static bool Is(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);

    private sealed class Reversed<TEntity>(IComparer<TEntity> ascending) : IComparer<TEntity>
    {
        public int Compare(TEntity? x, TEntity? y) => ascending.Compare(y, x);
    }

    private sealed class Composite<TEntity>(IComparer<TEntity>[] keys) : IComparer<TEntity>
    {
        public int Compare(TEntity? x, TEntity? y)
        {
            foreach (var key in keys)
            {
                var result = key.Compare(x, y);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }
    }
}
