// Source: https://github.com/mkasperczyk90/Warehouse
// Commit: 1992411c2497
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample101 rule, fixed before probing: the repositories find_repos("Inventory") lists, in its order, keeping
//   those with C# files (find_files(repo, ext="cs") returns rows; find_repos("Warehouse") only if that list ran out: it
//   did); a repository with no licence file of its own is skipped; in each kept one, at its newest stored snapshot
//   (fetch, then git grep for interfaces in *.cs, paths sorted ordinally), the first interface outside paths containing
//   "test" (any case) whose implementation in the same repository keeps state (a database, cache, blob, table, file,
//   in-memory collection) and which has at least 3 members (inherited ones count when the base is in the same
//   repository); not a corpus source already; at most 1 per repository; stop after 3. find_repos("Inventory"), 100
//   repositories: aviemet/inventory no C# rows; Ngonie69/ShopInventory has no licence file: skipped; metanull/
//   inventory-app, ezycore/inventory-frontend, eugesher/retail-inventory-system, fusioninventory/fusioninventory-agent,
//   russellmoss/wine-inventory, CarmenSoftware-organization/carmen-inventory-frontend-react, spo0okie/arms_inventory no
//   C#; chrishadley1983/hadley-bricks-inventory-management has no licence file (and a WinForms scanner with no
//   interface): skipped; Keglev/inventory-service, myclabs/Inventory, Daniel-Karongo/Business-Inventory-Management-
//   System, djsanti88-sudo/smart-inventory-scanner, magento/inventory, Stockkart/inventory-api, folio-org/ui-inventory
//   no C#; gritcsenko/HomeInventory a corpus source; adamhinckley/dc-inventory, Tharun-code-08/Inventory-control no C#;
//   danliris/com-danliris-service-packing-inventory a corpus source; folio-org/mod-inventory-storage, Multi-Agent-
//   Logistics-Inventory-Planner/MiraiSD, AIArmada/inventory, ETBlue/player1inventory, n89sharma/inventory-monorepo,
//   someengineering/fixinventory, baawa1/baawa-inventory, RedHatInsights/insights-host-inventory, vmatusita/ti-wap-
//   inventory-control, RedHatInsights/insights-inventory-frontend, TWiStErRob/net.twisterrob.inventory, rocketmanv9/
//   summit-one-inventory-management no C#; Critical-Impact/InventoryTools a corpus source; jwfreed/inventory-manager,
//   mriverodorta/homelab-inventory no C#; cristhyanc/InventoryApp a corpus source; fusioninventory/fusioninventory-for-
//   glpi, EdgyPage/Inventory_Location_Optimizer, wzhchen113/INVENTORY-MANAGEMENT, aicountly/Inventory-aicountly,
//   huuriekaiseki-sketch/medical-inventory-vkumai, Northern-Productions/Inventory-and-job-tracker-Mk.1, YyyyyyiZ/
//   AHD4Inventory, sdwianto/inventory no C#; bestfriend11/YOLOInventory's C# is Unreal build rules and a form: no such
//   interface; fastigo-ai/Inventory-Management, wai-yan-hein/core-inventory-api, violetsunny/inventory-middle,
//   Giri1103r/shop_inventory_system, akl47/letwinventory-public, Mrcuryz/SugarInventory, TDHydra/inventorypro, Daaanj05/
//   owwa_inventory, DevNatan/inventory-framework, TheDanilore/inventory_store_app, folio-org/mod-inventory, rummanstack/
//   inventory, project-kessel/inventory-api, emmanuelprince66/sink-inventory, khoderdev/oops-inventory-2, vazahat-pixel/
//   cloth-Inventory, vyo15/Inventory-App no C#; Esha41/InventoryManagementSystemAPI has no stored snapshot (and no
//   LICENSE in the index): skipped; WouterThys/InventoryApp, leihs/leihs-inventory, alexormx/inventory_app, kapepa/
//   inventory, pbhuwa/inventory, greluc/Home-Inventory, bharathcyclehub-a11y/bike-inventory, CarmenSoftware-organization/
//   carmen-inventory-frontend-e2e, Esha41/InventoryManagementSystemApp, xArmeriumx/Shop-inventory, denjoy-korea/implant-
//   inventory, FenXiCloud/inventory, autohotel-dev/inventory, handwithfivefingers/inventory-management, KrisYarno/
//   SelfHost-Inventory, blackd/Inventory-Profiles, ianlucas/cs2-inventory-simulator, baricjosip84-creator/hotel_
//   inventory_frontend, AizenKhaje06/WIHI-Asia-Inventory-System, GY-SQM/SQM_inventory no C#; Djoppie/Djoppie-Inventory
//   has no licence file: skipped; Moshe844/foundry-inventory, pvginkel/ElectronicsInventoryUI, Stockkart/inventory-
//   platform, jantman/workshop-inventory-tracking, rachtrx/inventory_react no C#; Mountea-Framework/
//   MounteaInventoryEquipment's C# is Unreal build rules: no such interface; Instabidsai/peptide-inventory-app ...
//   MaruJigar/vikas-inventory-rn (12 repositories) no C#. The list ran out with no pick. find_repos("Warehouse"), 100
//   repositories: greenriver/hmis-warehouse, kkobena/full_warehouse no C#; KeenSoftwareHouse/SpaceEngineers' EULA allows
//   its code only in Space Engineers mods: skipped; DinsonDamienWBD/DataWarehouse has no licence file: skipped;
//   utilitywarehouse/hearth ... SatanaCSharp/warehouser, pdcgo/warehouse_revamp ... Nightcall7442/Warehouse-Pro no C#
//   (16 repositories); helpdesk-beep/WarehousePub (ASP.NET pages) has no licence file: skipped; opentelekomcloud-docs,
//   kumbirai, Manager-warehouse no C#; Neisvestney/project-warehouse has no licence file: skipped; shopcarbon12-gif,
//   Cognito-Innovations no C#; shentianyi/warehouse's C# (WCF LED and print services) has no such interface (its only
//   licence file is its Rails client's); dgaweda/warehouse-management-system has no licence file: skipped; fglovezzr123,
//   TEAMSchools, AlessioMunkes, mattermost, avkuzmin91, lMikadal no C#; khaitd17/OnlineWarehouseRentelManagementSystem
//   has no stored snapshot: skipped; nate-testa, abhiguru, wonichan, talyaglobal, ysfzkn, projectthirdynal no C#;
//   dravgust/warehouse's only licence files are third parties' (Creative Tim's client template, wwwroot libraries):
//   skipped; 963s, Kris-ZBC, bartik369, seanshli no C#; Azure-Samples/modern-data-warehouse-dataops a corpus source;
//   zachlatta, ankinguyen-engineer-2002 no C#; alpac-organization/ERP.Core.Warehouse.Api has no stored snapshot:
//   skipped; thejavadmansouri, varikootisivasurya, rittmananalytics, adebold, arb-rajab no C#; radigurev/warehouse has no
//   licence file: skipped; ANANDU-2000, chyrtsik, Andrimihamina, ntc0728 no C#; KeenSoftwareHouse/Miner-Wars-2081's
//   licence allows its code only in Miner Wars mods: skipped; UTT-k74HT22, LeXa777 no C#; Solebanjo117/warehouse-EPI has
//   no stored snapshot: skipped; cyber-arena-ai, steejay123-ops, oetzilabs, lll-kkk-ryuya, areebxi, Shahram4wd,
//   fufucow-cell, Andi7945 no C#; sonmezhakan/Krop_WarehouseStockControllerAndProductionSystem's only licence files are
//   its wwwroot libraries': skipped; TheTrustGroup ... brendanjcaffrey, lizhiyongLee (22 repositories) no C#;
//   USAID-DELIVER-PROJECT/ethiopia-hcmis-warehouse a corpus source; nguyen-khac-tung/milk-distribution-warehouse has no
//   licence file: skipped; mkasperczyk90/Warehouse (MIT) gives ICatalogProductReplica; sebastiansoja12 no C#;
//   RemziBalakishiyev/mayapro-warehouse has no licence file: skipped. Both lists ran out at 1 pick: this one (in path
//   order the first interface of the repository, 4 members; CatalogProductReplicaRepository implements it over EF Core).
// Path: src/Services/Logistics/Modules/Warehouse.Logistics.Core/Application/Abstractions/ICatalogProductReplica.cs;
//   real store: Infrastructure/Persistence/CatalogProductReplicaRepository.cs (same module) over LogisticsDbContext
//   (Npgsql), keyed by Code (CatalogProductSnapshotConfiguration: HasKey(p => p.Code), converted to its string Value)
// Adapted: CatalogProductSnapshot and ProductCode as in the source (ProductCode.Of trims and upper-cases; a record, so
//   equal by Value); the namespaces (one for all). Nullable enabled, as in the source (Directory.Build.props).
// Real store: CatalogProductReplicaRepository over EF Core; its writes wait for IUnitOfWork.SaveChangesAsync, another
//   interface (ProductDefinedConsumer: FindAsync, then Add or Apply + Update, then the save). FindAsync(code) is
//   FirstOrDefaultAsync(p => p.Code == code): the snapshot, or null for a code never stored; a query, so an Add not yet
//   saved is not found. Codes are equal by value (a record; ProductCode.Of trims and upper-cases, so "sku-1" and "SKU-1"
//   are one code). FindUnknownAsync(codes) loads every stored code and returns codes.Distinct() minus them, in the
//   order given (a code given twice is answered once; none unknown: empty; null codes: ArgumentNullException from
//   Distinct). Add(snapshot) is DbSet.Add: the row is inserted by the save; a code already stored fails the save
//   (DbUpdateException, primary key). Update(snapshot) is DbSet.Update: the row's columns are replaced by the save; a
//   code with no row fails the save (DbUpdateConcurrencyException: no row affected).
// Shapes: *=core; FindUnknownAsync=core (a question of keys: which of the codes given no row has)
// First try (cc7c7c0f): incomplete: IMF0009 on the interface ("Entity type 'CatalogProductSnapshot' used by
//   ICatalogProductReplica has no key; mark the key property with [Key] or [FakeKey], name it Id or
//   CatalogProductSnapshotId, or name it with Key = \"…\" on [InMemoryFake] …"): all 4 members refused, none generated
//   | WRONG: none (nothing generated). The refusal is right: a read of one snapshot by its code and writes of whole
//   snapshots do not prove the code names the row (no removal by it: docs/generator.md, Keys the interface proves), and
//   an EF Core entity may be keyed by a shadow property; here HasKey(p => p.Code) says it, in the configuration only.
//   With Key = "Code" stated (the fix the message names), read member by member against the real store: FindAsync is
//   the table's lookup by the code (a record, equal by value, as the converted column compares), null for a code not
//   stored: right. Add throws the duplicate error at once for a taken code (the real save fails with DbUpdateException),
//   Update the not-found error for a code not stored (the real save: DbUpdateConcurrencyException): loud both, of
//   other types. The writes land at once, where the real ones wait for IUnitOfWork.SaveChangesAsync, an interface of
//   another namespace (Warehouse.SharedKernel.Application) that the fake does not see; the callers save right after each
//   write and read nothing between. FindUnknownAsync was refused (IMF0001) as "it returns ProductCode, not
//   CatalogProductSnapshot: … whose one table holds no ProductCode rows, and ProductCode has no key, so the fake keeps no
//   table of it either": a wrong account of the member, whose fix (a key on ProductCode) would not help.
// After this round: unchanged (IMF0009, rightly). With Key = "Code", FindUnknownAsync is refused as what it is
//   (Sample101Tests): a member answering keys for a collection of keys, which keys are stored the fake could tell but
//   whether a key given twice comes back twice and in which order each store answers its own way (this one
//   Distinct().Where, others Except, a Where keeping repeats, a HashSet), so the message names the one-line member over
//   Store.Exists. Not configured here: the first try is kept as the source's user would write the attribute.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MkasperczykWarehouse.ICatalogProductReplicaCase;

public sealed record ProductCode
{
    private ProductCode(string value) => Value = value;

    public string Value { get; }

    public static ProductCode Of(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new ProductCode(value.Trim().ToUpperInvariant());
    }

    public override string ToString() => Value;
}

public sealed class CatalogProductSnapshot
{
    public CatalogProductSnapshot(ProductCode code, string baseUnit, bool isBatchTracked, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUnit);
        Code = code;
        BaseUnit = baseUnit;
        IsBatchTracked = isBatchTracked;
        UpdatedAt = updatedAt;
    }

    private CatalogProductSnapshot()
    {
    }

    public ProductCode Code { get; private set; } = null!;

    public string BaseUnit { get; private set; } = null!;

    public bool IsBatchTracked { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Apply(string baseUnit, bool isBatchTracked, DateTimeOffset updatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUnit);
        BaseUnit = baseUnit;
        IsBatchTracked = isBatchTracked;
        UpdatedAt = updatedAt;
    }
}

[InMemoryFake]
public interface ICatalogProductReplica
{
    Task<CatalogProductSnapshot?> FindAsync(ProductCode code, CancellationToken cancellationToken = default);

    Task<IReadOnlyCollection<ProductCode>> FindUnknownAsync(
        IReadOnlyCollection<ProductCode> codes, CancellationToken cancellationToken = default);

    void Add(CatalogProductSnapshot snapshot);

    void Update(CatalogProductSnapshot snapshot);
}

public static class Smoke
{
    // Each write is followed, in the real caller, by IUnitOfWork.SaveChangesAsync (another interface); the script reads
    // after that save, which is where the fake's writes land.
    public static async Task RunAsync(ICatalogProductReplica replica)
    {
        var at = new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);
        Check.Null(await replica.FindAsync(ProductCode.Of("SKU-1")), "a code never stored is not found");

        replica.Add(new CatalogProductSnapshot(ProductCode.Of("SKU-1"), "pcs", isBatchTracked: false, at));
        replica.Add(new CatalogProductSnapshot(ProductCode.Of("SKU-2"), "kg", isBatchTracked: true, at));
        var found = Check.NotNull(await replica.FindAsync(ProductCode.Of("sku-1 ")), "Add stores it, found by an equal code");
        Check.Equal("pcs", found.BaseUnit, "with its base unit");

        var unknown = await replica.FindUnknownAsync(new[] { ProductCode.Of("SKU-3"), ProductCode.Of("SKU-1"), ProductCode.Of("SKU-4"), ProductCode.Of("SKU-3") });
        Check.Equal("SKU-3,SKU-4", string.Join(",", unknown.Select(c => c.Value)), "FindUnknownAsync: the codes not stored, once each, in the order given");
        Check.Equal(0, (await replica.FindUnknownAsync(new[] { ProductCode.Of("SKU-2") })).Count, "none unknown: empty");

        found.Apply("box", isBatchTracked: true, at.AddDays(1));
        replica.Update(found);
        var updated = Check.NotNull(await replica.FindAsync(ProductCode.Of("SKU-1")), "Update keeps it");
        Check.Equal("box", updated.BaseUnit, "Update writes the new base unit");
        Check.True(updated.IsBatchTracked, "and the flag");
    }
}
