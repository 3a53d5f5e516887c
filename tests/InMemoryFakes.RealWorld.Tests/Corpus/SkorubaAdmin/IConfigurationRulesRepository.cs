// Source: https://github.com/skoruba/Duende.IdentityServer.Admin
// Commit: a3c88013b247
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample28 rule, fixed before probing: in these repositories, in this order (jellyfin/jellyfin,
//   bitwarden/server, OrchardCMS/OrchardCore, smartstore/Smartstore, btcpayserver/btcpayserver,
//   Finbuckle/Finbuckle.MultiTenant, openiddict/openiddict-core, skoruba/Duende.IdentityServer.Admin,
//   ServiceStack/ServiceStack, DapperLib/Dapper.Contrib, Azure/azure-mobile-apps, nhibernate/nhibernate-core,
//   apache/lucenenet, ardalis/Specification, fullstackhero/dotnet-starter-kit, kgrzybek/modular-monolith-with-ddd,
//   jasontaylordev/CleanArchitecture, dodyg/practical-aspnetcore, ardalis/eShopOnWeb), skipping any the tools do not
//   hold, that are over fetch's limit, and every interface already in the corpus, at the newest stored snapshot (fetch,
//   then git grep for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the
//   first interfaces in ordinal path order not yet in the corpus (at most 2 per repository; an identical copy of one
//   already in the corpus does not count), outside paths containing "test" (any case), that declare at least 3 members
//   (inherited ones count if the base interface is in the same repository); stop after 10; each transcribed whole (up
//   to 50 members). OrchardCore (579 MB) is over fetch's 500 MB limit: skipped. Jellyfin's IChapterRepository and
//   IItemRepository, Bitwarden's IExtendedOptionsMonitorCache and ICollectionRepository, Smartstore's IImageCache and
//   IMenuStorage, BTCPay Server's two (ISettingsRepository, IStoreRepository), Finbuckle's only one (IMultiTenantStore)
//   are in the corpus; Jellyfin's IMediaAttachmentRepository (2 members), Smartstore's IRoleStore and IUserStore (1 of
//   their own each: their bases are ASP.NET Core Identity's) and IFacetMetadataStorage (1), Skoruba's
//   IConfigurationIssuesRepository and IDashboardIdentityRepository (2 each) declare fewer than 3. So the rule picks,
//   in order: Jellyfin IKeyframeRepository, IMediaStreamRepository; Bitwarden IGroupRepository,
//   IOrganizationInviteLinkRepository; Smartstore IAIChatCache, IIndexStore; OpenIddict IOpenIddictApplicationCache,
//   IOpenIddictAuthorizationCache; Skoruba IConfigurationRulesRepository, IIdentityRepository (10: it stops there).
//   This one: the 1st of skoruba/Duende.IdentityServer.Admin not in the corpus with 3 members or more (7 members).
// Path: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Admin/Repositories/Interfaces/
//   IConfigurationRulesRepository.cs (entity: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.Admin.Storage/
//   Entities/ConfigurationRule.cs and its enums; real store: src/Skoruba.Duende.IdentityServer.Admin.EntityFramework.
//   Admin/Repositories/ConfigurationRulesRepository.cs)
// Adapted: the rule-type enum cut down to six of its values. Nullable disabled, as in the source (the projects do not
//   enable it).
// Real store: ConfigurationRulesRepository<TDbContext> (EF Core; ConfigurationRules.Id an identity column).
//   GetAllRulesAsync: every rule ordered by ResourceType, then RuleType. GetRuleByIdAsync: the rule, null when missing
//   (no tracking: a copy). AddRuleAsync(rule): sets rule.CreatedAt to now, inserts it (the database gives Id the next
//   number, written back into the caller's object) and returns the same object. UpdateRuleAsync(rule): sets
//   rule.UpdatedAt to now, then copies IsEnabled, IssueType, MessageTemplate, FixDescription, Configuration and
//   UpdatedAt onto the stored rule of that Id (RuleType, ResourceType and CreatedAt stay as stored); returns the rows
//   saved: 1, or 0 when no rule has that Id (nothing happens, no error). DeleteRuleAsync(id): deletes it, returns 1, or
//   0 when missing. RuleExistsAsync(id): whether a rule has that Id. RuleTypeExistsAsync(ruleType, excludeId):
//   whether a rule of that RuleType exists, other than the one of excludeId when given.
// Shapes: *=core
// First try (7be611e): WRONG: complete (all 7 generated; IMF0025 (info) on CreatedAt and UpdatedAt, which the real
//   store stamps) | WRONG: UpdateRuleAsync stores the whole rule given (its RuleType, ResourceType and CreatedAt too)
//   where the real store copies six properties onto the stored rule; GetAllRulesAsync lists in insertion order where
//   the real store orders by ResourceType, then RuleType. GetRuleByIdAsync, AddRuleAsync (a new Id when 0),
//   UpdateRuleAsync's 1 or 0, DeleteRuleAsync's 1 or 0, RuleExistsAsync and RuleTypeExistsAsync (excludeId leaves the
//   rule of that Id out) are right.
// Configured: DefaultOrder = "ResourceType, RuleType": GetAllRulesAsync orders so (OrderBy(r => r.ResourceType)
//   .ThenBy(r => r.RuleType)), which a list without parameters cannot say. CreatedStamp = "CreatedAt", UpdatedStamp =
//   "UpdatedAt", UpdatedStampOnInsert = StampOnInsert.Leave: AddRuleAsync sets rule.CreatedAt and UpdateRuleAsync
//   rule.UpdatedAt to now, on the caller's object, and an insert leaves UpdatedAt null (IMF0025 asked).
// After this round: complete with those settings; the order and the stamps are right.
// Still wrong: UpdateRuleAsync replaces the whole rule where the real store copies IsEnabled, IssueType,
//   MessageTemplate, FixDescription, Configuration and UpdatedAt onto the stored one: no signature says which
//   properties an update writes (KnownSmokeMismatches).
// After h-oblivious (session 29): complete as before; GetRuleByIdAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
// After h-smoke38 (session 38): UpdateRuleAsync carries IMF0029 (Info): an update or a removal by entity answering
//   bool or a count answers 0 for an entity that is not stored (the documented default), where EF Core's
//   Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which.
//   The attribute is left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SkorubaAdmin.IConfigurationRulesRepositoryCase;

public enum ConfigurationRuleType
{
    ObsoleteImplicitGrant,
    ObsoletePasswordGrant,
    MissingPkce,
    ClientRedirectUrisMustUseHttps,
    ApiScopeNameMustStartWith,
    IdentityResourceMustBeEnabled,
}

public enum ConfigurationIssueType
{
    Warning,
    Recommendation,
    Error
}

public enum ConfigurationResourceType
{
    Client,
    IdentityResource,
    ApiResource,
    ApiScope
}

public class ConfigurationRule
{
    public int Id { get; set; }

    public ConfigurationRuleType RuleType { get; set; }

    public ConfigurationResourceType ResourceType { get; set; }

    public ConfigurationIssueType IssueType { get; set; }

    public bool IsEnabled { get; set; }

    public string Configuration { get; set; }

    public string MessageTemplate { get; set; }

    public string FixDescription { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}

[InMemoryFake(DefaultOrder = "ResourceType, RuleType", CreatedStamp = "CreatedAt", UpdatedStamp = "UpdatedAt", UpdatedStampOnInsert = StampOnInsert.Leave)]
public interface IConfigurationRulesRepository
{
    Task<List<ConfigurationRule>> GetAllRulesAsync();
    Task<ConfigurationRule> GetRuleByIdAsync(int id);
    Task<ConfigurationRule> AddRuleAsync(ConfigurationRule rule);
    Task<int> UpdateRuleAsync(ConfigurationRule rule);
    Task<int> DeleteRuleAsync(int id);
    Task<bool> RuleExistsAsync(int id);
    Task<bool> RuleTypeExistsAsync(ConfigurationRuleType ruleType, int? excludeId = null);
}

public static class Smoke
{
    public static async Task RunAsync(IConfigurationRulesRepository repository)
    {
        Check.Null(await repository.GetRuleByIdAsync(1), "GetRuleByIdAsync of an unknown id is null");

        var pkce = await repository.AddRuleAsync(new ConfigurationRule { RuleType = ConfigurationRuleType.MissingPkce, ResourceType = ConfigurationResourceType.Client, IsEnabled = true, MessageTemplate = "Client {0} has no PKCE" });
        var scope = await repository.AddRuleAsync(new ConfigurationRule { RuleType = ConfigurationRuleType.ApiScopeNameMustStartWith, ResourceType = ConfigurationResourceType.ApiScope, Configuration = "{\"prefix\":\"api.\"}" });
        var implicitGrant = await repository.AddRuleAsync(new ConfigurationRule { RuleType = ConfigurationRuleType.ObsoleteImplicitGrant, ResourceType = ConfigurationResourceType.Client });
        Check.True(pkce.Id != 0 && scope.Id != 0 && pkce.Id != scope.Id, "AddRuleAsync gives each rule a new id");
        Check.True(pkce.CreatedAt != default, "AddRuleAsync sets CreatedAt");

        var all = await repository.GetAllRulesAsync();
        Check.Equal(3, all.Count, "GetAllRulesAsync returns every rule");
        Check.Equal(implicitGrant.Id, all[0].Id, "ordered by ResourceType, then RuleType");
        Check.Equal(scope.Id, all[2].Id, "the ApiScope rule last");

        Check.True(await repository.RuleExistsAsync(pkce.Id), "RuleExistsAsync of a stored id");
        Check.True(await repository.RuleTypeExistsAsync(ConfigurationRuleType.MissingPkce), "RuleTypeExistsAsync of a stored type");
        Check.False(await repository.RuleTypeExistsAsync(ConfigurationRuleType.MissingPkce, pkce.Id), "excludeId leaves that rule out");
        Check.False(await repository.RuleTypeExistsAsync(ConfigurationRuleType.IdentityResourceMustBeEnabled), "a type no rule has");

        var change = new ConfigurationRule { Id = pkce.Id, RuleType = ConfigurationRuleType.ObsoletePasswordGrant, ResourceType = ConfigurationResourceType.ApiResource, IsEnabled = false, MessageTemplate = "PKCE missing on {0}" };
        Check.Equal(1, await repository.UpdateRuleAsync(change), "UpdateRuleAsync of a stored rule saves one row");
        var updated = Check.NotNull(await repository.GetRuleByIdAsync(pkce.Id), "the rule is still there");
        Check.Equal("PKCE missing on {0}", updated.MessageTemplate, "UpdateRuleAsync copies the message template");
        Check.False(updated.IsEnabled, "and IsEnabled");
        Check.Equal(ConfigurationRuleType.MissingPkce, updated.RuleType, "but keeps the stored RuleType");
        Check.Equal(ConfigurationResourceType.Client, updated.ResourceType, "and the stored ResourceType");
        Check.True(updated.UpdatedAt is not null, "UpdateRuleAsync sets UpdatedAt");
        Check.Equal(0, await repository.UpdateRuleAsync(new ConfigurationRule { Id = 999 }), "UpdateRuleAsync of an unknown id saves nothing");

        Check.Equal(1, await repository.DeleteRuleAsync(scope.Id), "DeleteRuleAsync of a stored rule deletes one row");
        Check.False(await repository.RuleExistsAsync(scope.Id), "the rule is gone");
        Check.Equal(0, await repository.DeleteRuleAsync(scope.Id), "DeleteRuleAsync of a missing rule deletes nothing");
    }
}
