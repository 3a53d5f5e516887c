using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq.Expressions;

namespace InMemoryFakes.Support;

/// <summary>
/// Reads the properties a set-fields write lists as lambdas (<c>SetFields(model, x =&gt; x.Status, x =&gt; x.LastSeen)</c>, Sonarr's
/// <c>BasicRepository</c>): each must read one property straight off the lambda's parameter, optionally boxed to
/// <see cref="object"/>. Anything else (a method call, a nested path, a constant) is an <see cref="ArgumentException"/> naming
/// the parameter, read before anything is written, so the store is unchanged.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FieldSelectors
{
    /// <summary>The property names the lambdas read, in the order given (each once).</summary>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="selectors">The lambdas.</param>
    /// <param name="settable">The property's name as the entity declares it when the fake can write it, else null (generated).</param>
    /// <param name="parameterName">The caller's parameter name, for the exceptions.</param>
    /// <returns>The names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="selectors"/> is null.</exception>
    /// <exception cref="ArgumentException">No lambda is given, one is null, reads something other than a property of its
    /// parameter, or names a property the fake cannot write.</exception>
    public static IReadOnlyList<string> Names<TEntity>(IReadOnlyList<LambdaExpression>? selectors, Func<string, string?> settable, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(selectors, parameterName);
        ArgumentNullException.ThrowIfNull(settable);
        if (selectors.Count == 0)
        {
            throw new ArgumentException("No property of " + typeof(TEntity).Name + " is listed, so there is nothing to write (a SQL UPDATE with no column is an error too). Nothing was changed.", parameterName);
        }

        var names = new List<string>(selectors.Count);
        foreach (var selector in selectors)
        {
            if (selector is null)
            {
                throw new ArgumentException("A property selector is null. Nothing was changed.", parameterName);
            }

            var body = selector.Body;
            while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
            {
                body = convert.Operand;
            }

            if (selector.Parameters.Count != 1 || body is not MemberExpression member || member.Expression != selector.Parameters[0])
            {
                throw new ArgumentException("The selector '" + selector + "' does not read one property of the " + typeof(TEntity).Name
                    + " it is given (x => x.Name): the fake writes only such properties. Nothing was changed.", parameterName);
            }

            var name = settable(member.Member.Name)
                ?? throw new ArgumentException("The selector '" + selector + "' reads " + member.Member.Name + ", which is not a settable property of "
                    + typeof(TEntity).Name + ". Nothing was changed.", parameterName);
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
