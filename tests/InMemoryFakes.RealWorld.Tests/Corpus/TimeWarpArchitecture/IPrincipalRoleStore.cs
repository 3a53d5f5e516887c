// Source: https://github.com/TimeWarpEngineering/timewarp-architecture
// Commit: 406c00f7481b
// Licence: Unlicense (an interface signature and minimal models transcribed for a test)
// Sample: h-sample68 rule (the whole rule and the repositories it skipped: Corpus/Cleansia/IAuditContext.cs).
//   This one: the 6th pick (the 4th of find_repos("Architecture"), once the "Clean" list ran out at 5). Before it in
//   path order: evals/contracts/fixtures' ISecurityRoleDetails (an evaluation fixture, no implementation),
//   IAgentCallerContext, IHelloService, ISuperheroService and IEffectiveRolesResolver (1 member each).
// Path: source/container-apps/web/features/admin/principals/i-principal-role-store-application.cs (real stores:
//   ef-principal-role-store-infrastructure.cs over Postgres, in-memory-principal-role-store-application.cs without it,
//   same semantics by their design notes; model: principal-role-assignment-infrastructure.cs; PrincipalId:
//   source/libraries/timewarp-identity/principals/principal-id.cs; RoleIds: features/admin/roles/role-ids-contracts.cs)
// Adapted: PrincipalId, a [TypedId] record struct whose members a source generator writes, is a record struct over a
//   Guid here; RoleIds cut to Member and Administrator. The region comments dropped. Nullable enabled, as in the source.
// Real store: EfPrincipalRoleStore, rows (PrincipalId, RoleId). GetRoleIdsAsync(principal) reads the principal's role ids
//   (an empty list when it has none). SetRoleIdsAsync(principal, roleIds) replaces them with the distinct ids given
//   (remove all, add each once, one SaveChanges; an empty list clears them; null throws ArgumentNullException).
//   TryClaimFirstAdministratorAsync(principal), in a serializable transaction: false when any principal holds
//   Administrator; otherwise it sets the principal's roles to Administrator and Member and answers true.
// Shapes: *=none
// First try (137a868c): incomplete: IMF0001 all 3 members (GetRoleIds, SetRoleIds: the noun Role followed by 'Ids',
//   which no convention reads; TryClaimFirstAdministrator: no known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a set of role ids per principal, written whole with
//   duplicates dropped and an empty set removing the principal's rows, and a claim that reads every principal's roles;
//   a key-value convention would keep the list as given (duplicates and all) and has no "first administrator".
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TimeWarpArchitecture.IPrincipalRoleStoreCase;

public readonly record struct PrincipalId(Guid Value);

public static class RoleIds
{
    public static readonly Guid Member = new("A1B2C3D4-E5F6-4789-A012-3456789ABCDE");
    public static readonly Guid Administrator = new("834B9073-D5FF-40B3-938A-968C23FA76CC");
}

[InMemoryFake]
public interface IPrincipalRoleStore
{
  Task<IReadOnlyList<Guid>> GetRoleIdsAsync(PrincipalId principalId, CancellationToken cancellationToken = default);

  Task SetRoleIdsAsync(
    PrincipalId principalId,
    IReadOnlyList<Guid> roleIds,
    CancellationToken cancellationToken = default);

  Task<bool> TryClaimFirstAdministratorAsync(
    PrincipalId principalId,
    CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IPrincipalRoleStore roles)
    {
        var ada = new PrincipalId(Guid.Parse("00000000-0000-0000-0000-00000000000a"));
        var bob = new PrincipalId(Guid.Parse("00000000-0000-0000-0000-00000000000b"));
        Check.Equal(0, (await roles.GetRoleIdsAsync(ada)).Count, "a principal without rows has no roles");
        await roles.SetRoleIdsAsync(ada, new[] { RoleIds.Member, RoleIds.Member });
        Check.Equal(1, (await roles.GetRoleIdsAsync(ada)).Count, "SetRoleIdsAsync keeps each role once");
        Check.True(await roles.TryClaimFirstAdministratorAsync(bob), "the first claim makes bob administrator");
        Check.Equal(2, (await roles.GetRoleIdsAsync(bob)).Count, "with Administrator and Member");
        Check.False(await roles.TryClaimFirstAdministratorAsync(ada), "a later claim fails while an administrator exists");
        await roles.SetRoleIdsAsync(bob, Array.Empty<Guid>());
        Check.Equal(0, (await roles.GetRoleIdsAsync(bob)).Count, "an empty list clears the roles");
        Check.True(await roles.TryClaimFirstAdministratorAsync(ada), "then a claim succeeds again");
        await Check.ThrowsAsync<ArgumentNullException>(() => roles.SetRoleIdsAsync(ada, null!), "null roles throw");
    }
}
