using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An update of one entity by entity (<c>void Update(TodoItem item)</c>, <c>Task&lt;CustomerBasket&gt; UpdateBasketAsync(basket)</c>)
/// cannot say what it does when the entity is not stored: EF Core's <c>Update</c> + <c>SaveChanges</c> and a SQL <c>UPDATE</c>
/// fail or change nothing, a Redis <c>SET</c>, a Dapr state store and a dictionary's indexer write store it. Without the
/// <c>MissingUpdate</c> setting the fake throws the not-found error, and an update that is the interface's only way to
/// store the entity is refused; <c>Insert</c> plans such an update as an upsert, <c>NotFound</c> states the default.
/// </summary>
internal static class MissingUpdateRule
{
    // The values of the runtime's MissingUpdate enum (the generator does not reference the runtime).
    private const int Unstated = 0;
    private const int Insert = 1;
    private const int NotFound = 2;
    private const int Ignore = 3;

    /// <summary>The value of <c>MissingUpdate.NotFound</c>, for the planners that read the setting.</summary>
    internal const int NotFoundValue = NotFound;

    /// <summary>The value of <c>MissingUpdate.Ignore</c>, for the planners that read the setting.</summary>
    internal const int IgnoreValue = Ignore;

    /// <summary>
    /// Why an update by a separate key returning <c>bool</c> is refused under <c>MissingUpdate = Insert</c> (session 38: one
    /// returning nothing, the entity or a success value is the upsert by key; before, every update by key was refused there).
    /// </summary>
    internal const string KeyedBoolReason =
        "under MissingUpdate = Insert an update that returns bool does not say what true means: that it created the entity (a Redis HSET: true for a new field), that it wrote (true either way),"
        + " or that one was stored (false for one it inserted); return void or the entity, or write the member";

    /// <summary>
    /// Under <c>MissingUpdate = Ignore</c>, an update that returns nothing does nothing for a missing entity (a SQL
    /// <c>UPDATE</c> of 0 rows, an Elasticsearch partial update whose 404 is in the response); one answering <c>bool</c> or
    /// a count keeps its default (false, 0), which the setting then states (session 38: it silences IMF0029, and is no
    /// longer IMF0010 beside only such an update; Parsing/MissingRowAnswerRule). Under <c>MissingUpdate =
    /// NotFound</c> (h-sample120) an update answering <c>bool</c> or a count throws the not-found error for a missing entity
    /// too, as EF Core's <c>Update</c> + <c>return SaveChanges() &gt; 0</c> does (the save fails with
    /// <c>DbUpdateConcurrencyException</c> for a row that is not there, so it never answers false): unstated, such a result
    /// keeps its documented reading (false, 0). A <c>Try</c> update (<paramref name="tryVerb"/>) answers false by its name,
    /// whatever the setting.
    /// </summary>
    public static EntityUpdateOp Ignoring(ParseContext context, EntityUpdateOp op, bool tryVerb = false)
        => context.Settings.MissingUpdate switch
        {
            Ignore when op.Result == EntityWriteResult.None && op.Success is null => op with { MissingIgnored = true },
            NotFound when op.Result is EntityWriteResult.Bool or EntityWriteResult.Count && op.ExpectedToken is null && !tryVerb => op with { MissingThrows = true },
            _ => op,
        };

    /// <summary>Whether <c>MissingUpdate = Insert</c> is stated.</summary>
    public static bool Inserts(ParseContext context) => context.Settings.MissingUpdate == Insert;

    /// <summary>Whether an update that is the interface's only write is refused: nothing creates the entity and the setting is unstated.</summary>
    public static bool OnlyWriteRefused(ParseContext context, EntityInfo entity)
        => context.Settings.MissingUpdate == Unstated && RepositoryHints.NothingCreates(context, entity);

    /// <summary>
    /// IMF0010 for a value that is no <c>MissingUpdate</c>; a stated one on a repository with no update of one entity it
    /// governs; or <c>Insert</c> where another member still updates in a way it does not govern (a range, a token).
    /// </summary>
    public static void Validate(ParseContext context, IReadOnlyList<MemberSpec> members)
    {
        var value = context.Settings.MissingUpdate;
        if (value is not (Unstated or Insert or NotFound or Ignore))
        {
            Invalid(context, "MissingUpdate = " + value + " is not a MissingUpdate (Unstated, Insert, NotFound or Ignore)");
            return;
        }

        if (value == Insert)
        {
            if (!members.Any(static m => m.Operation is EntityUpsertOp { FromUpdate: true }))
            {
                Invalid(context, "MissingUpdate = Insert: no member of " + context.InterfaceName + " updates one entity it takes alone (Update(entity), UpdateAsync(entity)), so the setting states nothing");
            }
            else if (members.FirstOrDefault(static m => m.Operation is EntityUpdateOp or EntityRangeOp { Kind: RangeKind.Update }) is { } other)
            {
                Invalid(context, "MissingUpdate = Insert: '" + other.Name + "' of " + context.InterfaceName
                    + " updates in another way (a range, an expected concurrency token), which the fake does not make an upsert, so the store's updates would disagree; write it by hand or leave the setting out");
            }
        }
        else if (value == NotFound && !members.Any(static m => m.Operation is EntityUpdateOp))
        {
            Invalid(context, "MissingUpdate = NotFound: no member of " + context.InterfaceName + " updates one entity, so the setting states nothing");
        }
        else if (value == Ignore && !members.Any(static m => m.Operation is EntityUpdateOp { MissingIgnored: true } || MissingRowAnswerRule.IsCountedUpdate(m)))
        {
            Invalid(context, "MissingUpdate = Ignore: no member of " + context.InterfaceName + " updates one entity and returns nothing, a bool or a count (a Try update answers false by its name), so the setting states nothing");
        }
        else if (value == Ignore && members.FirstOrDefault(static m => m.Operation is EntityUpdateOp { ExpectedToken: not null } or EntityRangeOp { Kind: RangeKind.Update }) is { } other)
        {
            Invalid(context, "MissingUpdate = Ignore: '" + other.Name + "' of " + context.InterfaceName
                + " updates in another way (a range, an expected concurrency token), which the fake does not make ignore a missing entity, so the store's updates would disagree; write it by hand or leave the setting out");
        }
    }

    /// <summary>
    /// IMF0010 for the setting on a store of one value under two keys (Parsing/TwoKeyPlanner.cs) where it means nothing:
    /// a value the enum does not have, <c>Insert</c> (an update by one key cannot store a missing value: its other key is
    /// not given), or <c>Ignore</c>/<c>NotFound</c> with no update by one key that returns nothing.
    /// </summary>
    public static void ValidateTwoKeys(ParseContext context, bool hasVoidUpdate)
    {
        var value = context.Settings.MissingUpdate;
        if (value == Unstated)
        {
            return;
        }

        if (value is not (Insert or NotFound or Ignore))
        {
            Invalid(context, "MissingUpdate = " + value + " is not a MissingUpdate (Unstated, Insert, NotFound or Ignore)");
        }
        else if (value == Insert)
        {
            Invalid(context, "MissingUpdate = Insert: " + context.InterfaceName + " holds each value under two keys, and an update by one of them cannot store a missing value, since its other key is not given; use Ignore or NotFound");
        }
        else if (!hasVoidUpdate)
        {
            Invalid(context, "MissingUpdate = " + (value == Ignore ? "Ignore" : "NotFound") + ": no member of " + context.InterfaceName + " updates a value by one of its two keys and returns nothing (a bool says a missing value itself), so the setting states nothing");
        }
    }

    /// <summary>IMF0010 for the setting on a store that is not an entity repository.</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind)
    {
        if (context.Settings.MissingUpdate != Unstated)
        {
            Invalid(context, "MissingUpdate: it says what an entity repository's update of a missing entity does, and " + context.InterfaceName + " is a " + kind);
        }
    }

    private static void Invalid(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);
}
