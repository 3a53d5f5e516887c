using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>ExistingBlobWrites</c> setting of a blob store: what a write without a <c>bool overwrite</c> (or append) parameter
/// does to a name already stored. Most stores replace; Azure's <c>BlobClient.UploadAsync(Stream)</c> refuses (409,
/// BlobAlreadyExists), and no signature says which, so <c>Refuse</c> states it.
/// </summary>
internal static class ExistingBlobWrites
{
    /// <summary>The setting's value for <c>ExistingBlobWrite.Refuse</c>.</summary>
    public const int Refuse = 1;

    /// <summary>Whether a write without an overwrite parameter refuses a taken name.</summary>
    public static bool Refuses(ParseContext context) => context.Settings.ExistingBlobWrites == Refuse;

    /// <summary>
    /// IMF0010 where the setting means nothing: a value the enum does not have, a store of another kind (<paramref name="kind"/>,
    /// with its article), or a blob store none of whose planned writes (<paramref name="members"/>) it changed.
    /// </summary>
    public static void Validate(ParseContext context, string? kind, List<MemberSpec>? members)
    {
        var value = context.Settings.ExistingBlobWrites;
        if (value == 0)
        {
            return;
        }

        string? problem = null;
        if (value != Refuse)
        {
            problem = "ExistingBlobWrites = " + value + " is not an ExistingBlobWrite (Replace or Refuse)";
        }
        else if (kind is not null)
        {
            problem = "ExistingBlobWrites: it says what a blob store's write does to a name already stored, and " + context.InterfaceName + " is " + kind;
        }
        else if (members is not null && !members.Any(static m => m.Operation is BlobPutOp { Overwrite: "false", GeneratesKey: false }))
        {
            problem = "ExistingBlobWrites: it says what a blob write without a 'bool overwrite' or 'bool append' parameter does to a name already stored, and no member of "
                + context.InterfaceName + " is one (an overwrite parameter says it itself); remove it";
        }

        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }
}
