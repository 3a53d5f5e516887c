// Source: https://github.com/Tjeerd-menno/open-identity-stack
// Commit: 49b5fab7ba23
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample95 rule (the whole rule: Corpus/SimpleIdentityServer/IConcurrencyManager.cs). This one: the 4th pick,
//   from Tjeerd-menno/open-identity-stack (the 44th repository listed; between it and the 3rd pick, codeworxOS/identity's
//   licence grants no copying, erikwasa/Photo-Identity-Indexer has no licence file, AzureAD/microsoft-identity-web is a
//   corpus source already, the rest have no C#). fetch had no snapshot of it, so the path order is find_files' (the
//   files and implementation read with read_file at the commits the index holds). Before it in path order:
//   IOpenIddictRequestService (1 member), ITokenClaimProjectionService (claims, no state), IAdministrativeAccessEvaluator,
//   IAdministrativeApproval and IAdministrativeClientGuard (policy checks), IApplicationPermissionAuditWriter (1 member).
// Path: src/OpenIdentityStack.Application/Abstractions/IApplicationPermissionRegistryRepository.cs (implementation:
//   src/OpenIdentityStack.Infrastructure/Persistence/ApplicationPermissions/ApplicationPermissionRegistryRepository.cs,
//   EF Core over OpenIdentityStackDbContext; models: src/OpenIdentityStack.Domain/ApplicationPermissions/
//   RegisteredApplication.cs, ApplicationPermission.cs, ApplicationPermissionIds.cs; src/OpenIdentityStack.Application/
//   ApplicationPermissions/Dtos/ApplicationPermissionDtos.cs, Queries/ApplicationPermissionQueryModels.cs,
//   Common/PagedResult.cs)
// Adapted: RegisteredApplication keeps Id, ApplicationIdentifier, DisplayName, ManifestBaseUrl, OwnerId, Status,
//   DeletedAt/IsDeleted and Permissions, with a public constructor standing for its Register factory (the same
//   normalization: identifier trimmed and lower-cased, base URL without its trailing '/') and MarkDeleted/ChangeStatus
//   without their audit arguments; ApplicationPermission keeps Id, RegisteredApplicationId, PermissionKey,
//   FullPermissionKey, DisplayName, Category, RemovedAt/IsRemoved; the DTOs keep the fields the script reads, PagedResult
//   its four stored properties; the strongly typed ids drop their factories. Nullable enabled, as in the source project.
// Real store: an EF Core repository. AddAsync tracks (DbSet.AddAsync), SaveChangesAsync saves. Every text argument is
//   normalized as the aggregate normalizes it (identifiers and permission keys trimmed and lower-cased, base URLs trimmed
//   of a trailing '/'). ExistsByIdentifierAsync and ExistsByManifestBaseUrlAsync skip soft-deleted applications;
//   GetByIdAsync, GetByIdentifierAsync (deleted ones too) and GetByPermissionIdAsync (the application owning that
//   permission) load permissions and maintainers; GetPermissionByFullKeyAsync skips removed permissions;
//   ListApplicationsAsync pages the live applications ordered by identifier (page at least 1, size 1 to 100, filters
//   by status, owner and a LIKE search) with each one's live permission count; ListAssignablePermissionCatalogAsync
//   lists the live permissions of active live applications by display name, then key; IsPermissionAssignableAsync is
//   whether such a permission exists; ListHistoryAsync lists the deleted applications and the removed permissions.
// Configured: UnitOfWorkWrites = UnitOfWorkWrites.Deferred (IMF0022's one-line answer: AddAsync is EF Core's
//   DbSet.AddAsync, saved by SaveChangesAsync).
// Shapes: *=none; AddAsync=3; SaveChangesAsync=3; GetByIdentifierAsync=4; GetByPermissionIdAsync=4;
//   ListApplicationsAsync=2,14; ListAssignablePermissionCatalogAsync=2; ListHistoryAsync=14
// First try (45df1faa): incomplete (without the setting): IMF0022 on SaveChangesAsync (whether AddAsync waits for it);
//   IMF0001 on ExistsByIdentifierAsync, ExistsByManifestBaseUrlAsync, ListHistoryAsync, IsPermissionAssignableAsync (no
//   entity type named), ListApplicationsAsync and ListAssignablePermissionCatalogAsync (DTO projections); IMF0016 on
//   GetByPermissionIdAsync ('PermissionId' is no property of RegisteredApplication) and GetPermissionByFullKeyAsync
//   ('FullKey' is no property of ApplicationPermission). Generated: AddAsync, GetByIdAsync, GetByIdentifierAsync | WRONG:
//   GetByIdentifierAsync (compares the argument as given, where the real store trims and lower-cases it: " Billing "
//   finds nothing). AddAsync stored at once, but IMF0022 asks that question, so it is not silent.
// After this round: unchanged, and the refusals are right: soft-delete filters, normalized arguments, projections with
//   paging and LIKE searches, and a permission found through its application are this repository's own rules.
// Still wrong: GetByIdentifierAsync, as above (the probe stops there): a store that normalizes its keys or arguments is
//   the open class no setting states (docs/generator.md, StringKeys).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenIdentityStack.IApplicationPermissionRegistryRepositoryCase;

public enum ApplicationLifecycleStatus
{
    Active,
    Disabled,
    Retired,
}

public readonly record struct RegisteredApplicationId(Guid Value);

public readonly record struct ApplicationPermissionId(Guid Value);

public sealed class ApplicationPermission
{
    public ApplicationPermission(RegisteredApplicationId registeredApplicationId, string applicationIdentifier, string permissionKey, string displayName)
    {
        Id = new ApplicationPermissionId(Guid.NewGuid());
        RegisteredApplicationId = registeredApplicationId;
        PermissionKey = permissionKey.Trim().ToLowerInvariant();
        FullPermissionKey = PermissionKey.Contains(':', StringComparison.Ordinal) ? PermissionKey : $"{applicationIdentifier}:{PermissionKey}";
        DisplayName = displayName.Trim();
    }

    public ApplicationPermissionId Id { get; private set; }

    public RegisteredApplicationId RegisteredApplicationId { get; private set; }

    public string PermissionKey { get; private set; }

    public string FullPermissionKey { get; private set; }

    public string DisplayName { get; private set; }

    public string? Category { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsRemoved => RemovedAt.HasValue;

    public void MarkRemoved(DateTimeOffset at) => RemovedAt ??= at;
}

public sealed class RegisteredApplication
{
    private readonly List<ApplicationPermission> permissions = [];

    public RegisteredApplication(string applicationIdentifier, string displayName, string ownerId, string? manifestBaseUrl, params string[] permissionKeys)
    {
        Id = new RegisteredApplicationId(Guid.NewGuid());
        ApplicationIdentifier = applicationIdentifier.Trim().ToLowerInvariant();
        DisplayName = displayName.Trim();
        OwnerId = ownerId.Trim();
        ManifestBaseUrl = string.IsNullOrWhiteSpace(manifestBaseUrl) ? null : manifestBaseUrl.Trim().TrimEnd('/');
        Status = ApplicationLifecycleStatus.Active;
        foreach (var key in permissionKeys)
        {
            permissions.Add(new ApplicationPermission(Id, ApplicationIdentifier, key, key));
        }
    }

    public RegisteredApplicationId Id { get; private set; }

    public string ApplicationIdentifier { get; private set; }

    public string DisplayName { get; private set; }

    public string? ManifestBaseUrl { get; private set; }

    public string OwnerId { get; private set; }

    public ApplicationLifecycleStatus Status { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt.HasValue;

    public IReadOnlyList<ApplicationPermission> Permissions => permissions.AsReadOnly();

    public void MarkDeleted(DateTimeOffset at)
    {
        DeletedAt = at;
        foreach (var permission in permissions)
        {
            permission.MarkRemoved(at);
        }
    }

    public void ChangeStatus(ApplicationLifecycleStatus status) => Status = status;
}

public sealed record PagedResult<T>
{
    public required IReadOnlyList<T> Items { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public required int TotalCount { get; init; }
}

public sealed record ListRegisteredApplicationsQuery(int Page = 1, int PageSize = 20, string? StatusFilter = null, string? OwnerFilter = null, string? SearchTerm = null);

public sealed record ListAssignablePermissionCatalogQuery(int Page = 1, int PageSize = 50, string? ApplicationIdentifier = null, string? SearchTerm = null, bool AssignableOnly = true);

public sealed record ApplicationPermissionDto(Guid Id, string PermissionKey, string FullPermissionKey, string DisplayName, string? ApplicationId = null);

public sealed record RegisteredApplicationSummaryDto(Guid Id, string ApplicationIdentifier, string DisplayName, string OwnerId, string Status, int PermissionCount);

public sealed record DeletedApplicationHistoryDto(Guid Id, string ApplicationIdentifier, string DisplayName);

public sealed record RemovedPermissionDetailDto(Guid Id, string ApplicationIdentifier, string PermissionKey, string FullPermissionKey);

public sealed record ApplicationPermissionHistoryDto(IReadOnlyList<DeletedApplicationHistoryDto> DeletedApplications, IReadOnlyList<RemovedPermissionDetailDto> RemovedPermissions);

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface IApplicationPermissionRegistryRepository
{
    Task<bool> ExistsByIdentifierAsync(string applicationIdentifier, CancellationToken cancellationToken = default);

    Task<bool> ExistsByManifestBaseUrlAsync(string manifestBaseUrl, CancellationToken cancellationToken = default);

    Task AddAsync(RegisteredApplication application, CancellationToken cancellationToken = default);

    Task<ApplicationPermissionHistoryDto> ListHistoryAsync(
        string? applicationIdentifier,
        bool includeApplications,
        bool includePermissions,
        CancellationToken cancellationToken = default);

    Task<RegisteredApplication?> GetByIdAsync(RegisteredApplicationId id, CancellationToken cancellationToken = default);

    Task<RegisteredApplication?> GetByIdentifierAsync(string applicationIdentifier, CancellationToken cancellationToken = default);

    Task<RegisteredApplication?> GetByPermissionIdAsync(ApplicationPermissionId permissionId, CancellationToken cancellationToken = default);

    Task<ApplicationPermission?> GetPermissionByFullKeyAsync(string fullPermissionKey, CancellationToken cancellationToken = default);

    Task<PagedResult<RegisteredApplicationSummaryDto>> ListApplicationsAsync(ListRegisteredApplicationsQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApplicationPermissionDto>> ListAssignablePermissionCatalogAsync(ListAssignablePermissionCatalogQuery query, CancellationToken cancellationToken = default);

    Task<bool> IsPermissionAssignableAsync(string fullPermissionKey, CancellationToken cancellationToken = default);

    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IApplicationPermissionRegistryRepository repository)
    {
        var billing = new RegisteredApplication("Billing", "Billing", "owner-1", "https://billing.example/", "read", "write");
        var notes = new RegisteredApplication("notes", "Notes", "owner-2", null, "read");
        await repository.AddAsync(billing);
        await repository.AddAsync(notes);
        await repository.SaveChangesAsync();

        Check.Equal("billing", (await repository.GetByIdAsync(billing.Id))?.ApplicationIdentifier, "GetByIdAsync finds a saved application by its id");
        Check.Null(await repository.GetByIdAsync(new RegisteredApplicationId(Guid.NewGuid())), "an unknown id finds nothing");
        Check.Equal(2, (await repository.GetByIdentifierAsync("billing"))?.Permissions.Count, "GetByIdentifierAsync finds it by identifier, with its permissions");
        Check.Equal(billing.Id, (await repository.GetByIdentifierAsync(" Billing "))?.Id, "the identifier given is trimmed and lower-cased first");

        Check.True(await repository.ExistsByIdentifierAsync("BILLING"), "ExistsByIdentifierAsync normalizes the identifier too");
        Check.True(await repository.ExistsByManifestBaseUrlAsync("https://billing.example/"), "ExistsByManifestBaseUrlAsync trims the trailing slash");
        Check.Equal(billing.Id, (await repository.GetByPermissionIdAsync(billing.Permissions[1].Id))?.Id, "GetByPermissionIdAsync finds the application owning the permission");
        Check.Equal("write", (await repository.GetPermissionByFullKeyAsync("Billing:Write"))?.PermissionKey, "GetPermissionByFullKeyAsync finds a permission by its normalized full key");
        Check.True(await repository.IsPermissionAssignableAsync("notes:read"), "a live permission of an active application is assignable");

        var page = await repository.ListApplicationsAsync(new ListRegisteredApplicationsQuery(Page: 1, PageSize: 1));
        Check.Equal(2, page.TotalCount, "ListApplicationsAsync counts every live application");
        Check.Equal("billing", page.Items.Single().ApplicationIdentifier, "and pages them by identifier");
        Check.Equal(2, page.Items.Single().PermissionCount, "with each one's live permissions counted");
        var catalog = await repository.ListAssignablePermissionCatalogAsync(new ListAssignablePermissionCatalogQuery());
        Check.Equal("billing:read,billing:write,notes:read", string.Join(",", catalog.Select(p => p.FullPermissionKey)), "the catalog lists by application name, then key");

        var stored = await repository.GetByIdAsync(notes.Id);
        stored!.MarkDeleted(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        await repository.SaveChangesAsync();
        Check.False(await repository.ExistsByIdentifierAsync("notes"), "a deleted application no longer exists by identifier");
        Check.NotNull(await repository.GetByIdentifierAsync("notes"), "but GetByIdentifierAsync still finds it");
        Check.False(await repository.IsPermissionAssignableAsync("notes:read"), "its permissions are no longer assignable");
        Check.Null(await repository.GetPermissionByFullKeyAsync("notes:read"), "nor found by full key");
        var history = await repository.ListHistoryAsync(null, includeApplications: true, includePermissions: true);
        Check.Equal("notes", history.DeletedApplications.Single().ApplicationIdentifier, "ListHistoryAsync lists the deleted application");
        Check.Equal("notes:read", history.RemovedPermissions.Single().FullPermissionKey, "and its removed permission");
        Check.Equal(1, (await repository.ListApplicationsAsync(new ListRegisteredApplicationsQuery())).TotalCount, "ListApplicationsAsync leaves the deleted one out");
    }
}
