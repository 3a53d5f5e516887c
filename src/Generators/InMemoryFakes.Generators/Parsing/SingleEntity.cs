using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// <c>Single()</c> and <c>SingleOrDefault()</c> without parameters: the names are LINQ's, and a repository that declares them
/// runs LINQ's over its table (Sonarr's <c>BasicRepository</c>: <c>All().Single()</c>; EF Core's <c>DbSet.Single()</c> throws the
/// same <c>InvalidOperationException</c>). The order of the table plays no part: one entity is the answer, several are the
/// error, and none is the error or <c>default</c> as the name says. <c>First()</c> is not read this way: which entity is first
/// is the store's order.
/// </summary>
internal static class SingleEntity
{
    public static OperationSpec? Plan(MemberCandidate candidate, EntityInfo entity, out string? reason)
    {
        reason = null;
        var orDefault = candidate.Verb == "SingleOrDefault";
        if (candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.SameType(candidate.Result, entity.Type))
        {
            reason = "'" + candidate.Verb + "' without parameters must return the entity (" + EntityParameters.EntityDisplay(entity) + ")";
            return null;
        }

        if (orDefault && candidate.Result is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.NotAnnotated })
        {
            reason = "SingleOrDefault returns null when nothing is stored, and it is declared to return a non-nullable " + EntityParameters.EntityDisplay(entity) + "; declare " + EntityParameters.EntityDisplay(entity) + "?";
            return null;
        }

        return new EntitySingleOp(orDefault);
    }
}
