// Source: https://github.com/suxrobGM/logistics-app
// Commit: e80936481bd5 (the snapshot's HEAD, 2026-08-06; FeatureService.cs last changed in 9c6e3bdfd, 2026-07-30, "fix(features):
//   grant every feature to tenants that skip subscriptions"; IFeatureService.cs, FeatureDtos.cs, TenantFeature.cs,
//   EnumExtensions.cs, TenantFeatureConfig.cs, DefaultFeatureConfig.cs and TenantFeatureConfigEntityConfiguration.cs
//   read at the same commit)
// Licence: FSL-1.1-Apache-2.0 (LICENSE at the root: the Functional Source License 1.1, Apache-2.0 as its future licence;
//   an interface signature and minimal models transcribed for a test)
// Sample: h-sample134 rule (/work/prompts/out/h-sample134-rule.md; the full rule is in
//   Corpus/KontentAiDeliverySdkNet/IDeliveryCacheManager.cs). This one: find_repos("Logistic") #2, the 3rd pick (the
//   Delivery list ran out with 2). Before it in git's order (Logistics.Application.Abstractions): 1- and 2-member
//   interfaces, a SignalR broadcaster, provider factories, the QuickBooks and ELD API clients (no state of their own),
//   a catalogue of tool definitions from a static list and the current-user reader: none keeps state.
// Path: src/Core/Logistics.Application.Abstractions/Features/IFeatureService.cs (models:
//   src/Shared/Logistics.Shared.Models/FeatureDtos.cs, src/Core/Logistics.Domain.Primitives/Enums/Tenant/TenantFeature.cs;
//   real store: src/Infrastructure/Logistics.Infrastructure.Persistence/Services/Feature/FeatureService.cs, registered
//   scoped in Builder/PersistenceInfrastructureBuilder.cs, over the master database's tenant_feature_configs,
//   default_feature_configs, tenants and plan_features tables)
// Adapted: one namespace for the source's three (Logistics.Application.Abstractions.Features, Logistics.Shared.Models,
//   Logistics.Domain.Primitives.Enums); the XML docs left out. Nullable enabled, as in the source.
// Real store: FeatureService over IMasterUnitOfWork (EF Core on PostgreSQL), with a memo per scope. A feature is resolved
//   for a tenant by a chain the store owns: a TenantFeatureConfig row of the tenant that is admin-locked gives its
//   IsEnabled; else a feature outside the tenant's subscription plan (PlanFeature rows) is off; else the tenant's config
//   row gives IsEnabled; else the DefaultFeatureConfig row's IsEnabledByDefault, true when there is none (and true for a
//   tenant that needs no subscription). A tenant id not stored has no plan gate and no rows. IsFeatureEnabledAsync: that
//   resolution. GetEnabledFeaturesAsync: the enabled features in the enum's order. GetAllFeatureStatusAsync: one
//   FeatureStatusDto per TenantFeature value, in the enum's order (Name is the value's [Description], else its name
//   split before capitals: "Load Board"). GetDefaultFeaturesAsync: one DefaultFeatureStatusDto per value, true where
//   no default row says otherwise. InitializeFeaturesForTenantAsync(tenantId): adds a TenantFeatureConfig row (IsEnabled
//   as resolved, not locked) for each feature the tenant has no row for, and saves; the row's foreign key to tenants
//   makes it fail (DbUpdateException) for a tenant not stored. Nothing in the interface writes a tenant, a plan or a
//   default row (other handlers do), so a store the interface alone reaches resolves every feature as enabled.
// Shapes: *=none
// First try (68ce44f4): nothing generated: IMF0009 on the interface ("Entity type 'DefaultFeatureStatusDto' used by
//   IFeatureService has no key; … if no property identifies a stored DefaultFeatureStatusDto (the store keeps repeats,
//   holds one value, or computes what it returns), no key fits: write IFeatureService by hand": the right cause, the
//   last; both DTOs are computed per TenantFeature value, and no member stores one) | WRONG: none (nothing generated).
// After this round: unchanged. The five members are the store's own resolution chain (admin lock, plan gate, tenant
//   override, platform default) over tables the interface never writes.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LogisticsApp.IFeatureServiceCase;

public enum TenantFeature
{
    Dashboard,
    Employees,
    Loads,
    Trucks,
    Customers,
    Invoices,
    Payments,
    Eld,
    LoadBoard,
    Messages,
    Notifications,
    Safety,
    Dvir,
    Expenses,
    Payroll,
    Timesheets,
    Maintenance,
    Trips,
    Reports,
    AgenticDispatch,
    PrioritySupport,
    ApiAccess,
    TelegramBot,
    McpServer,
    Accounting,
    FuelCards,
    Ifta,
    IntermodalContainers,
    AICopilot,
}

public record FeatureStatusDto(
    TenantFeature Feature,
    string Name,
    bool IsEnabled,
    bool IsAdminLocked,
    bool IsIncludedInPlan);

public record DefaultFeatureStatusDto(
    TenantFeature Feature,
    string Name,
    bool IsEnabledByDefault);

[InMemoryFake]
public interface IFeatureService
{
    Task<bool> IsFeatureEnabledAsync(Guid tenantId, TenantFeature feature);

    Task<IReadOnlyList<TenantFeature>> GetEnabledFeaturesAsync(Guid tenantId);

    Task<IReadOnlyList<FeatureStatusDto>> GetAllFeatureStatusAsync(Guid tenantId);

    Task<IReadOnlyList<DefaultFeatureStatusDto>> GetDefaultFeaturesAsync();

    Task InitializeFeaturesForTenantAsync(Guid tenantId);
}

public static class Smoke
{
    public static async Task RunAsync(IFeatureService features)
    {
        // The interface writes no tenant, plan or default row: the script checks the store every tenant starts from,
        // where each feature resolves to its default, true.
        var tenant = Guid.Parse("5d0c3f7e-2f4b-4c1a-9d65-0b7f3c2a1e11");
        Check.True(await features.IsFeatureEnabledAsync(tenant, TenantFeature.Loads), "with no config row, no plan and no default row a feature is enabled");
        Check.True(await features.IsFeatureEnabledAsync(tenant, TenantFeature.AICopilot), "every feature, the plan differentiators too");

        var enabled = await features.GetEnabledFeaturesAsync(tenant);
        Check.Equal(Enum.GetValues<TenantFeature>().Length, enabled.Count, "every feature is enabled");
        Check.Equal(TenantFeature.Dashboard, enabled[0], "in the enum's order");

        var statuses = await features.GetAllFeatureStatusAsync(tenant);
        Check.Equal(Enum.GetValues<TenantFeature>().Length, statuses.Count, "one status per feature");
        Check.Equal(new FeatureStatusDto(TenantFeature.Eld, "ELD / HOS", true, false, true), statuses[(int)TenantFeature.Eld], "the Eld status, named by its [Description]");
        Check.Equal(new FeatureStatusDto(TenantFeature.LoadBoard, "Load Board", true, false, true), statuses[(int)TenantFeature.LoadBoard], "a value without a description named by splitting its name");

        var defaults = await features.GetDefaultFeaturesAsync();
        Check.Equal(Enum.GetValues<TenantFeature>().Length, defaults.Count, "one default per feature");
        Check.True(defaults.All(static d => d.IsEnabledByDefault), "with no default row every feature is on by default");
    }
}
