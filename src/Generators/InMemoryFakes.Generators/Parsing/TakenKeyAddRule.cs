using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An add of one entity that returns <c>bool</c> (<c>Task&lt;bool&gt; AddAsync(T entity)</c>, <c>bool Create(T entity)</c>)
/// and whose name does not say what a taken key does (no <c>TryAdd</c>, <c>AddIfNotExists</c>, <c>…IfAbsent</c>) cannot say
/// it by its signature: Finbuckle's <c>InMemoryStore.AddAsync</c> returns <c>ConcurrentDictionary.TryAdd</c>'s false, its
/// <c>EFCoreStore.AddAsync</c> throws <c>DbUpdateException</c> and returns <c>SaveChangesAsync() &gt; 0</c>, and a Dapper
/// <c>INSERT</c> returning "rows affected &gt; 0" (Elfocrash/clean-minimal-api) throws <c>SqliteException</c>. The fake
/// used to read the bool as a set's <c>Add</c> (false), silently wrong for every SQL store. Such an add is refused unless
/// <c>TakenKeyAdds</c> states the answer; the setting also governs the adds that return nothing (Skip: chat-copilot's
/// <c>VolatileContext.CreateAsync</c> keeps the first entity). Adds returning nothing, the entity or the key keep the
/// duplicate-key error when unstated: loud, never a silent answer. A store that keeps both entities (maui-samples'
/// <c>MockDataStore.AddItemAsync</c>: <c>items.Add(item); return true</c>) is neither Throw nor Skip; the message says so,
/// so that a user of such a store does not pick one of the two and get a fake that is wrong on a repeated key. On an
/// interface named a cache every plain add is refused unless stated: OpenIddict's caches replace the entry, CoreWCF's
/// token cache throws, System.Runtime.Caching's <c>ObjectCache.Add</c> keeps the first (h-smoke2). <c>Replace</c> (session
/// 33) makes such an add an upsert; a key-value store's plain add follows the same setting (Parsing/KeyValuePlanner's Set).
/// </summary>
internal static class TakenKeyAddRule
{
    private const string Fix =
        "State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Throw (the duplicate-key error, as a SQL INSERT or EF Core's SaveChanges; DuplicateKeyException = typeof(...) names the store's exception)"
        + " or TakenKeyAdds = TakenKeyAdd.Skip (false, the stored entity kept, as a dictionary's TryAdd), or name it TryAdd… when it answers false;"
        + " a store that keeps a second entity under the taken key (a list that appends whatever it is given) does neither, and no setting states it";

    /// <summary>Applies the setting to each planned plain add, refusing (IMF0001) what it leaves unsaid.</summary>
    public static void Apply(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        var setting = context.Settings.TakenKeyAdds;
        foreach (var (candidate, member) in planned)
        {
            if (member.Operation is not EntityAddOp { OrGet: false } op || SaysItself(candidate.Verb))
            {
                continue;
            }

            var index = store.Members.IndexOf(member);
            if (index < 0)
            {
                continue;
            }

            switch (setting, op.Result)
            {
                case (0, EntityWriteResult.Bool):
                    store.Members.RemoveAt(index);
                    context.NotSupported(candidate, "entity repository", "an add that returns bool cannot say what it does when the key is already stored: a dictionary's TryAdd answers false"
                        + " (Finbuckle's InMemoryStore), while a SQL INSERT (a Dapper repository returning rows affected > 0) and EF Core's SaveChanges throw for the taken key. " + Fix);
                    break;
                case (0, EntityWriteResult.None or EntityWriteResult.Entity or EntityWriteResult.Key) when IsCache(context):
                    store.Members.RemoveAt(index);
                    context.NotSupported(candidate, "entity repository", "an add to a cache ('" + context.Interface.Name + "') of an entry already cached: whether it replaces the entry (OpenIddict's application and authorization caches, LazyCache's IAppCache.Add),"
                        + " keeps the first (System.Runtime.Caching's ObjectCache.Add) or throws (CoreWCF's SecurityContextTokenCache.AddContext: InvalidOperationException) is the cache's own, where a repository's add throws the duplicate-key error."
                        + " State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Replace (an upsert), TakenKeyAdd.Skip (the first kept) or TakenKeyAdd.Throw (the error)");
                    break;
                case (3, EntityWriteResult.None or EntityWriteResult.Entity) when op.SetOwner is null && op.FromRequest is null && !op.IfAbsent:
                    // TakenKeyAdds = Replace: the add is an upsert (OpenIddict's caches store the entry again; LazyCache's Add replaces).
                    store.Members[index] = member with { Operation = new EntityUpsertOp(op.Entity, op.Result, op.Success) };
                    context.TakenKeyAddsUsed = true;
                    break;
                case (3, _):
                    store.Members.RemoveAt(index);
                    context.NotSupported(candidate, "entity repository", "TakenKeyAdds = Replace says an add replaces the entity stored under a taken key, and '" + candidate.Symbol.Name + "' "
                        + (op.Result switch
                        {
                            EntityWriteResult.Bool => "returns bool: whether true means \"added\" (false when it replaced) or \"written\" is not said",
                            EntityWriteResult.Key => "returns a key: whether a replaced entity keeps its key or gets a new one is not said",
                            EntityWriteResult.Success => "returns a result object, which says nothing of a replaced entity",
                            _ => "creates its entity from a request or sets its owner first, which an upsert does not",
                        })
                        + "; write the member (Store.Upsert(entity) is one line)");
                    break;
                case (1, EntityWriteResult.Bool):
                    store.Members[index] = member with { Operation = op with { TakenThrows = true } };
                    break;
                case (2, EntityWriteResult.None):
                    store.Members[index] = member with { Operation = op with { IfAbsent = true } };
                    break;
                case (2, EntityWriteResult.Entity or EntityWriteResult.Key or EntityWriteResult.Success):
                    store.Members.RemoveAt(index);
                    context.NotSupported(candidate, "entity repository", "TakenKeyAdds = Skip says an add stores nothing for a taken key, and '" + candidate.Symbol.Name
                        + "' returns " + (op.Result == EntityWriteResult.Key ? "a key" : op.Result == EntityWriteResult.Entity ? "the entity" : "a result") + ": whether it is the one given or the one already stored is not said;"
                        + " name it AddOrGet… (the stored one), or implement it");
                    break;
            }
        }
    }

    /// <summary>IMF0010 for a value that is no <c>TakenKeyAdd</c>, or a stated one on an entity repository with no plain add of one entity.</summary>
    public static void Validate(ParseContext context, IReadOnlyList<MemberSpec> members)
    {
        var value = context.Settings.TakenKeyAdds;
        if (value is not (0 or 1 or 2 or 3))
        {
            Invalid(context, "TakenKeyAdds = " + value + " is not a TakenKeyAdd (Unstated, Throw, Skip or Replace)");
        }
        else if (value != 0 && !context.TakenKeyAddsUsed && !members.Any(static m => m.Operation is EntityAddOp { OrGet: false } && !SaysItself(Conventions.VerbOf(m.Name))))
        {
            Invalid(context, "TakenKeyAdds = " + Name(value) + ": no member of " + context.InterfaceName
                + " is an add of one entity whose name leaves a taken key unsaid (TryAdd…, AddIfNotExists and AddOrGet… say it themselves), so the setting states nothing");
        }
    }

    /// <summary>
    /// IMF0010 for a value that is no <c>TakenKeyAdd</c> on a key-value store, or a stated one where no plain add returning
    /// nothing (<c>Add(key, value)</c>, Parsing/KeyValuePlanner's Set) took it.
    /// </summary>
    public static void ValidateKeyValue(ParseContext context)
    {
        var value = context.Settings.TakenKeyAdds;
        if (value is not (0 or 1 or 2 or 3))
        {
            Invalid(context, "TakenKeyAdds = " + value + " is not a TakenKeyAdd (Unstated, Throw, Skip or Replace)");
        }
        else if (value != 0 && !context.TakenKeyAddsUsed)
        {
            Invalid(context, "TakenKeyAdds = " + Name(value) + ": no member of " + context.InterfaceName
                + ", a key-value store, is a plain add returning nothing (Add, Insert or Create of a key and a value), so the setting states nothing");
        }
    }

    private static string Name(int value) => value switch
    {
        1 => "Throw",
        2 => "Skip",
        _ => "Replace",
    };

    /// <summary>IMF0010 for the setting on a store that is not an entity repository.</summary>
    public static void RejectOutsideEntities(ParseContext context, string kind)
    {
        if (context.Settings.TakenKeyAdds != 0)
        {
            Invalid(context, "TakenKeyAdds: it says what an entity repository's or key-value store's add does when the key is already stored, and " + context.InterfaceName + " is a " + kind);
        }
    }

    /// <summary>
    /// Whether the faked interface is named a cache (<c>IOpenIddictApplicationCache</c>, <c>IAppCache</c>): what it holds is
    /// held elsewhere too, and caches differ on an entry already cached (replace, keep, throw) where repositories throw.
    /// </summary>
    private static bool IsCache(ParseContext context) => context.Interface.Name.EndsWith("Cache", System.StringComparison.Ordinal);

    /// <summary>Whether the add's name says what a taken key does (<c>TryAdd</c>, <c>AddIfNotExists</c>, <c>AddOrGet</c>).</summary>
    private static bool SaysItself(string verb) => Conventions.AddIfAbsentNoun(verb) is not null || Conventions.AddOrGetNoun(verb) is not null;

    private static void Invalid(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);
}
