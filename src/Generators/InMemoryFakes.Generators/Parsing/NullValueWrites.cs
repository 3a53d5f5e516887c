using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>NullValueWrites</c> setting of a key-value store (session 42): what a write of one key given a null value does,
/// which no signature says. Real stores differ: SAML2's <c>CacheStateService.Set(key, null)</c> removes the key (edelivery2022's
/// <c>IInternalStateService</c>), System.Xaml's attached-property store is a <c>Dictionary</c> whose indexer keeps the null
/// (microsoft-ui-xaml's <c>IAttachedPropertyStore</c>), Redis and <c>IDistributedCache</c> throw. Unstated (<c>Refuse</c>), the
/// fake throws <c>ArgumentNullException</c> naming the value, and a value declared nullable is refused (IMF0001).
/// </summary>
internal static class NullValueWrites
{
    /// <summary>The setting's value for <c>NullValueWrite.Remove</c>.</summary>
    public const int Remove = 1;

    /// <summary>The setting's value for <c>NullValueWrite.Keep</c>.</summary>
    public const int Keep = 2;

    /// <summary>Whether the setting states what a null value does (<c>Remove</c> or <c>Keep</c>).</summary>
    public static bool Stated(ParseContext context) => context.Settings.NullValueWrites is Remove or Keep;

    /// <summary>
    /// The write with the stated reading of a null value, when the write can be given one: a plain write of one key (not an
    /// add-if-absent, a replace of a present key, a write with tags, of JSON or of a byte buffer) whose value may be null.
    /// </summary>
    public static KvSetOp Apply(ParseContext context, KvSetOp op)
        => Stated(context) && op.ValueName is not null && !op.IfAbsent && !op.IfPresent && op.Tags is null && op.Json is null && op.ValueForm == KvValueForm.AsDeclared
            ? op with { NullWrites = context.Settings.NullValueWrites }
            : op;

    /// <summary>
    /// IMF0010 where the setting means nothing: a value the enum does not have, or a store none of whose planned writes
    /// (<paramref name="members"/>) it changed (an entity repository, a blob store, a store of values that are never null).
    /// </summary>
    public static void Validate(ParseContext context, List<MemberSpec> members)
    {
        var value = context.Settings.NullValueWrites;
        if (value == 0)
        {
            return;
        }

        var problem = value is not (Remove or Keep)
            ? "NullValueWrites = " + value + " is not a NullValueWrite (Refuse, Remove or Keep)"
            : !members.Any(static m => m.Operation is KvSetOp { NullWrites: not 0 })
            ? "NullValueWrites: it says what a key-value store's write of one key given a null value does (Set(key, value) whose value is object, a reference type without nullable annotations, or declared nullable), and no member of "
              + context.InterfaceName + " is one (an add-if-absent, a write with tags, of JSON or of a byte buffer keeps the ArgumentNullException, and an entity repository or a blob store has no such write); remove it"
            : null;
        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, problem);
        }
    }
}
