using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>BlobListings</c> setting of a blob store: which names a listing answers below its prefix or directory. A nested
/// name (<c>docs/a/b.txt</c> under <c>docs</c>) is listed by Azure's <c>GetBlobs</c> and S3 without a delimiter, and left
/// out by a hierarchical listing (<c>GetBlobsByHierarchy</c>, the v9 SDK's <c>ListBlobsSegmented</c>, S3 with
/// <c>Delimiter = "/"</c>, <c>Directory.GetFiles(dir)</c>); no signature says which, so unstated a listing that meets one
/// throws at run time (<c>BlobKeys.Listing</c>), and <c>Flat</c> or <c>TopLevel</c> states it.
/// </summary>
internal static class BlobListings
{
    /// <summary>The setting's value for <c>BlobListing.TopLevel</c>.</summary>
    public const int TopLevel = 2;

    /// <summary>The setting's value, for the runtime's <c>BlobListing</c> (0 when it is not one of the enum's values: IMF0010 then).</summary>
    public static int Of(ParseContext context) => context.Settings.BlobListings is >= 0 and <= TopLevel ? context.Settings.BlobListings : 0;

    /// <summary>
    /// IMF0010 where the setting means nothing: a value the enum does not have, a store of another kind (<paramref name="kind"/>,
    /// with its article), or a blob store none of whose planned members (<paramref name="members"/>) is a listing.
    /// </summary>
    public static void Validate(ParseContext context, string? kind, List<MemberSpec>? members)
    {
        var value = context.Settings.BlobListings;
        if (value == 0)
        {
            return;
        }

        string? problem = null;
        if (value is < 0 or > TopLevel)
        {
            problem = "BlobListings = " + value + " is not a BlobListing (Unstated, Flat or TopLevel)";
        }
        else if (kind is not null)
        {
            problem = "BlobListings: it says which names a blob store's listing answers below its prefix or directory, and " + context.InterfaceName + " is " + kind;
        }
        else if (members is not null && !members.Any(static m => m.Operation is BlobListOp))
        {
            problem = "BlobListings: it says which names a blob store's listing answers below its prefix or directory, and no member of "
                + context.InterfaceName + " is a generated listing; remove it";
        }

        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }
}
