// Source: https://github.com/gritcsenko/HomeInventory
// Commit: 5b6eea622b2c
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample77 rule, fixed before probing: the repositories find_repos("Inventory") lists, in its order, keeping
//   those with C# files, then find_repos("Warehouse") once that list runs out; in each, at its newest stored snapshot
//   (fetch, then git grep, paths sorted ordinally; with no snapshot, the index in find_files path order), the first C#
//   interface outside test paths with at least 3 members (inherited ones count when the base is in the repository)
//   whose implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection; a
//   service that only calls another interface of the repository, a UI class or a client of a remote API does not
//   count); not a corpus source already; a licence that allows transcribing a signature (no licence file: skipped, as
//   in h-sample66 and h-sample71); at most one per repository; stop after 5.
//   The walk. "Inventory" (100 listed): aviemet/inventory, metanull/inventory-app, ezycore/inventory-frontend,
//   eugesher/retail-inventory-system, fusioninventory-agent, russellmoss/wine-inventory, carmen-inventory-frontend-react,
//   spo0okie/arms_inventory hold no C#; Ngonie69/ShopInventory has no licence file; chrishadley1983's bricks inventory has
//   C# only in its history (none at its snapshot) and no licence; Keglev/inventory-service … folio-org/ui-inventory hold
//   no C#; gritcsenko/HomeInventory gives this one; adamhinckley, Tharun-code-08 hold no C#;
//   danliris/com-danliris-service-packing-inventory gives IEventBusSubscriptionsManager; folio-org/mod-inventory-storage
//   … rocketmanv9 (12 repositories) hold no C#; Critical-Impact/InventoryTools gives IConfigurationWizardService;
//   jwfreed, mriverodorta hold no C#; cristhyanc/InventoryApp (no snapshot: the index) gives ISiteCommissionStore; the
//   rest hold no C# except bestfriend11/YOLOInventory and Mountea-Framework/MounteaInventoryEquipment (Unreal build rules
//   and a WinForms form, no interface), Esha41/InventoryManagementSystemAPI and Djoppie/Djoppie-Inventory (no licence
//   file). "Warehouse" (100 listed), to its 79th: KeenSoftwareHouse/SpaceEngineers and Miner-Wars-2081 (licences that
//   allow use only as mods of the games), DinsonDamienWBD/DataWarehouse, helpdesk-beep/WarehousePub,
//   Neisvestney/project-warehouse, shentianyi/warehouse (a LICENSE only under its Rails client), dgaweda's
//   warehouse-management-system, khaitd17's rental system, dravgust/warehouse, alpac-organization's
//   ERP.Core.Warehouse.Api, radigurev/warehouse, Solebanjo117/warehouse-EPI and sonmezhakan's Krop (no licence file),
//   SatanaCSharp/warehouser (no C# at its snapshot, no licence), Azure-Samples/modern-data-warehouse-dataops (a corpus
//   source); USAID-DELIVER-PROJECT/ethiopia-hcmis-warehouse gives ICostCalculator, the 5th; the others hold no C#.
//   In order: HomeInventory IScope<TContext>; danliris IEventBusSubscriptionsManager; InventoryTools
//   IConfigurationWizardService; InventoryApp ISiteCommissionStore; HCMIS Warehouse ICostCalculator.
//   This one: the 1st pick. Before it in path order: IDomainEventNotification, ICommand, IQuery, IQueryResult, IRequest
//   (messages), IAuthenticationTokenGenerator, IJwtIdentityGenerator, IPasswordHasher (no state), IUserService (a
//   service over the user repository), IScope (1 member).
// Path: src/HomeInventory/HomeInventory.Core/IScope.cs (real store: Scope.cs beside it; Option<T> is LanguageExt's)
// Adapted: LanguageExt's Option<A> cut down to a struct with IsSome, IsNone, None, Some, IfNone and the implicit
//   conversion from a value (LanguageExt is a global using of the source's Directory.Build.props). Nullable enabled, as
//   in the source (Directory.Build.props).
// Real store: Scope<TContext> over an AsyncLocal<Stack<Option<TContext>>> (one Scope per context type, made by
//   ScopeContainer.GetOrAdd): the contexts set in the current asynchronous flow, innermost on top. Set(context) pushes
//   the context and answers a disposable that pops the top of the stack when disposed; Reset() pushes None the same
//   way, hiding the contexts set before it until it is disposed; Get() answers the top of the stack, None when nothing
//   was set or a Reset is on top.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on all 3 members, read as a keyless key-value store of TContext (Reset: not
//   a known verb; Set: it returns IDisposable, which a store without keys cannot say; Get: it returns Option<TContext>,
//   not the store's value type) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a stack of ambient contexts per asynchronous flow, where Set
//   and Reset push and the IDisposable they answer pops whatever is on top; no store convention keeps a stack, and a
//   single-value reading (Set replaces, Get reads) would make disposing the inner Set lose the outer context.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HomeInventory.IScopeCase;

public readonly struct Option<T>
{
    private readonly T? value;

    private Option(T value)
    {
        this.value = value;
        IsSome = true;
    }

    public bool IsSome { get; }

    public bool IsNone => !IsSome;

    public static Option<T> None => default;

    public static Option<T> Some(T value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    public T IfNone(T fallback) => IsSome ? value! : fallback;

    public static implicit operator Option<T>(T value) => Some(value);
}

public sealed class UserContext
{
    public UserContext(string userName)
    {
        UserName = userName;
    }

    public string UserName { get; }
}

public interface IScope
{
    IDisposable Reset();
}

[InMemoryFake]
public interface IScope<TContext> : IScope
    where TContext : class
{
    IDisposable Set(TContext context);

    Option<TContext> Get();
}

public static class Smoke
{
    public static Task RunAsync(IScope<UserContext> scope)
    {
        var alice = new UserContext("alice");
        var bob = new UserContext("bob");
        Check.True(scope.Get().IsNone, "Get is None before anything is set");

        var aliceSet = scope.Set(alice);
        Check.Equal("alice", scope.Get().IfNone(bob).UserName, "Get answers the context set");

        var bobSet = scope.Set(bob);
        Check.Equal("bob", scope.Get().IfNone(alice).UserName, "a second Set hides the first");
        bobSet.Dispose();
        Check.Equal("alice", scope.Get().IfNone(bob).UserName, "disposing the second brings the first back");

        var reset = scope.Reset();
        Check.True(scope.Get().IsNone, "Reset hides every context set before it");
        reset.Dispose();
        Check.Equal("alice", scope.Get().IfNone(bob).UserName, "disposing the Reset brings the context back");

        aliceSet.Dispose();
        Check.True(scope.Get().IsNone, "Get is None once every Set is disposed");
        return Task.CompletedTask;
    }
}
