using System.Collections.Generic;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators;

internal static partial class Emitter
{
    /// <summary>
    /// The runtime call of a query member: <c>table.Query(state, predicate, probe: …, order: …, distinct: …, limit: …, page: …)</c>
    /// and its Page/First/Count/Exists/Delete variants. <paramref name="middle"/> goes after the predicate (an <c>out</c> or the page).
    /// </summary>
    private static string QueryCall(string table, string method, QuerySpec query, string? middle, bool ordered, bool limited, bool paged)
    {
        var arguments = new List<string>();
        if (query.State is not null)
        {
            arguments.Add(query.State);
            arguments.Add(query.Predicate ?? "null");
        }
        else
        {
            arguments.Add(query.Predicate is null ? "predicate: null" : query.Predicate);
        }

        if (middle is not null)
        {
            arguments.Add(middle);
        }

        if (query.ProbeProperty is not null)
        {
            arguments.Add("probe: new global::InMemoryFakes.Support.IndexProbe(" + TypeNames.Literal(query.ProbeProperty) + ", " + query.ProbeValue + ")");
        }

        if (ordered && query.Order is not null)
        {
            arguments.Add("order: " + query.Order);
        }

        if (query.Distinct && method is "Query" or "QueryPage" or "QueryCount")
        {
            arguments.Add("distinct: true");
        }

        if (limited && query.Limit > 0)
        {
            arguments.Add("limit: " + query.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (paged && query.Page is not null)
        {
            arguments.Add("page: " + query.Page);
        }

        return table + "." + method + "(" + string.Join(", ", arguments) + ")";
    }
}
