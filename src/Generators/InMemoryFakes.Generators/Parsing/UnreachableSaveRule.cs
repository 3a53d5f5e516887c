using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository whose unit of work hangs off a get-only property the fake cannot be: <c>IUnitOfWork UnitOfWork { get; }</c>
/// whose interface has a save (<c>SaveChangesAsync</c>) beside members that are not saves, discards or disposal
/// (phongnguyend/Practical.CleanArchitecture's <c>BeginTransactionAsync</c>/<c>CommitTransactionAsync</c>). The real
/// repository's writes only track until that save, which the fake cannot offer; writing them at once would store what
/// the real store keeps pending, so they are refused with the property.
/// </summary>
internal static class UnreachableSaveRule
{
    /// <summary>
    /// The reason writes are refused, or null when the interface has no such property: the first get-only property (in
    /// the interface, then its bases) whose interface type declares a save but is no unit of work the fake implements.
    /// </summary>
    public static string? Reason(ParseContext context)
    {
        foreach (var type in new[] { context.Interface }.Concat(context.Interface.AllInterfaces))
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsAbstract: true, IsIndexer: false, SetMethod: null, Type: INamedTypeSymbol { TypeKind: TypeKind.Interface } unitOfWork } property
                    || UnitOfWorkRules.IsUnitOfWorkInterface(unitOfWork, out var problem))
                {
                    continue;
                }

                var save = new[] { unitOfWork }.Concat(unitOfWork.AllInterfaces).SelectMany(static i => i.GetMembers()).FirstOrDefault(UnitOfWorkRules.IsSave);
                if (save is null)
                {
                    continue;
                }

                return "its writes wait for " + property.Name + "." + save.Name + " (a unit of work), which the fake cannot implement: "
                    + problem + "; a write stored at once would be visible before that save. State UnitOfWorkWrites = UnitOfWorkWrites.Immediate on [InMemoryFake] if the writes are stored at once";
            }
        }

        return null;
    }
}
