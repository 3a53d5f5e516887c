// Source: https://github.com/AdaskoTheBeAsT/AdaskoTheBeAsT.Identity.Dapper
// Commit: 41a194a081d9
// Licence: Apache-2.0 (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample91 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Dapper") lists, in its order, keeping those with C# files (then find_repos("Sql") if the list ran out;
//   it did not); in each, at its newest stored snapshot, the first C# interface in path order (git grep of the fetched
//   snapshot, paths in byte order) outside test paths whose implementation in the same repository keeps state (a
//   database, cache, blob, table, in-memory collection: read, before the walk, as the implementation reading and
//   writing such a store; a read-only wrapper of the OS file system or a holder of SQL text does not count) and that
//   has at least 3 members (inherited ones count); not a corpus source already; a licence file that allows
//   transcribing a signature; at most 1 per repository; stop after 5. The walk: dapperfu/python_Meijer,
//   DapperBanana/LocalTests: no C#; DapperBanana/Local-CS-Tests, webtonic-technologies/iGuruERP_API_Dapper: no licence
//   file; DapperBanana/Local-ASM-Tests, dapperAuteur/witus-learn: no C#; Paymentsense/Dapper.SimpleSave: no such
//   interface (a script DTO and a logger); dapperAuteur/centenarian-os, contractor-os: no C#; DavidParks8/DapperCode:
//   no such interface (OS and service wrappers; its IFileSystem only queries the OS file system, IUserSettings has 1
//   member); five repositories with no C#;
//   Avi-Karalis/dapperAutomapperDBFirstProject, webtonic-technologies/iGuruPrep_API_Dapper: no licence file;
//   nansencenter/DAPPER: no C#; DapperLib/DapperAOT: ICommand<TArgs>; DapperCollectives/VESSEL: no C#;
//   klmallory/Dapper.Accelr8: no licence file; jbock-java/dapper, dapperlabs/nba-smart-contracts: no C#;
//   Edes0/API-Dapper-Showcase: no licence file; AdaskoTheBeAsT/AdaskoTheBeAsT.Identity.Dapper: IUserRoleClaimStore<TUser>;
//   dapperAuteur/tour-manager-os, wanderlearn-app: no C#; DapperLib/Dapper: no such interface (type maps, parameter and
//   type-handler hooks); two with no C#; ratanachh/dapperx: IStudentRepository; mjczone/MJCZone.DapperMatic:
//   IDatabaseCheckConstraintMethods; six with no C#; steffenskov/Dapper.DDD.Repository: IWeatherStationRepository.
//   The 5 picks, in order: DapperAot ICommand, AdaskoIdentityDapper IUserRoleClaimStore, DapperX IStudentRepository,
//   DapperMatic IDatabaseCheckConstraintMethods, DapperDddRepository IWeatherStationRepository.
//   This one: the 1st of AdaskoTheBeAsT/AdaskoTheBeAsT.Identity.Dapper (3 members: 2 and IDisposable's Dispose;
//   before it in path order: the Shared project's I…Generator interfaces are the source generator's class writers,
//   the WebApi's ITransactionScopeProvider has 1 member and ITokenService 2, IIdentityDbConnectionProvider<T> makes
//   connections, and the I…Sql interfaces hold the SQL texts as get-only strings).
// Path: src/AdaskoTheBeAsT.Identity.Dapper/Abstractions/IUserRoleClaimStore.cs (real store:
//   src/AdaskoTheBeAsT.Identity.Dapper/DapperUserStoreBase{TUser,TRole,TKey,TUserClaim,TUserRole,TUserLogin,TUserToken}.cs
//   over DapperUserOnlyStoreBase{…}.cs; the SQL: src/AdaskoTheBeAsT.Identity.Dapper.SqlServer/
//   SqlServerIdentityUserRoleClaimClassGenerator.cs; closed over ApplicationUser in
//   src/AdaskoTheBeAsT.Identity.Dapper.WebApi/Program.cs and Identity/ApplicationUser.cs)
// Adapted: one namespace; ApplicationUser keeps its base IdentityUser<Guid> and drops its [InsertOwnId] and its
//   overrides of NormalizedUserName and NormalizedEmail (they answer UserName and Email); the XML comments dropped.
//   Nullable enabled, as in the project file.
// Real store: ApplicationUserStore (the library's source generator writes it over DapperUserStoreBase), on SQL Server
//   through Dapper, a connection per call. GetRoleClaimsAsync(user): SELECT DISTINCT the ClaimType and ClaimValue of
//   AspNetRoleClaims joined with AspNetUserRoles on RoleId where UserId = user.Id, each row a new Claim(Type, Value);
//   GetUserAndRoleClaimsAsync(user): the user's own AspNetUserClaims UNION those role claims (duplicates dropped). Both
//   throw OperationCanceledException for a cancelled token and ObjectDisposedException after Dispose, which marks the
//   store disposed.
// Shapes: Dispose=17; *=core
// First try (45df1faa): incomplete: IMF0001 on GetRoleClaimsAsync and GetUserAndRoleClaimsAsync, bare on the open
//   interface and closed over ApplicationUser on a partial class alike (read as a key-value store: a read of several
//   entries takes nothing or a collection of keys, and an ApplicationUser compares by reference; 'UserAndRoleClaims'
//   is no noun of the store) | generated: Dispose (a no-op) | WRONG: none (Dispose does not stop the other members
//   the real store refuses after it, but those are refused).
// After this round: unchanged, rightly: the claims are rows of two other tables joined through a third, none of which
//   this interface writes or names; a fake would need the user-role and role-claim stores it reads.
#nullable enable

using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace Corpus.AdaskoIdentityDapper.IUserRoleClaimStoreCase;

public class ApplicationUser
    : IdentityUser<Guid>
{
}

public interface IUserRoleClaimStore<in TUser>
    : IDisposable
    where TUser : class
{
    Task<IList<Claim>> GetRoleClaimsAsync(TUser user, CancellationToken cancellationToken);

    Task<IList<Claim>> GetUserAndRoleClaimsAsync(TUser user, CancellationToken cancellationToken);
}

[InMemoryFake(typeof(IUserRoleClaimStore<ApplicationUser>))]
public partial class ApplicationUserRoleClaimStoreFake;

public static class Smoke
{
    public static async Task RunAsync(IUserRoleClaimStore<ApplicationUser> store)
    {
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = "alice", Email = "alice@example.org" };
        Check.Equal(0, (await store.GetRoleClaimsAsync(user, CancellationToken.None)).Count, "a user in no role has no role claims");
        Check.Equal(0, (await store.GetUserAndRoleClaimsAsync(user, CancellationToken.None)).Count, "and, with no claims of the user's own, none at all");
        await Check.ThrowsAsync<OperationCanceledException>(() => store.GetRoleClaimsAsync(user, new CancellationToken(true)), "a cancelled token throws before the query");
        store.Dispose();
        await Check.ThrowsAsync<ObjectDisposedException>(() => store.GetUserAndRoleClaimsAsync(user, CancellationToken.None), "after Dispose every read throws ObjectDisposedException");
    }
}
