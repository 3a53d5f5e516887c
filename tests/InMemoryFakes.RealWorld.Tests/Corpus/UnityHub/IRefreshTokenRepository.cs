// Source: https://github.com/Hamzax6x/UnityHub
// Commit: df536bb6 (IRefreshTokenRepository.cs, "RefreshTokenRepository .cs", RefreshToken.cs, DbConnectionFactory.cs,
//   UnityHub.Application.csproj)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample48 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ITicketRepository Task`, (2) `interface IBookingRepository Task`, (3) `interface ICommentRepository
//   Task`, (4) `interface IRefreshTokenRepository`, (5) `interface INotificationRepository Task`, (6) `interface
//   IEmployeeRepository Task`, (7) `interface IWishlistRepository`, (8) `interface IAddressRepository`; from each, the
//   FIRST result in the order returned that is a C# interface declaration with at least 3 members (inherited ones count
//   if the base interface is in the same repository, as in h-sample41 and 47), outside paths containing "test" (any
//   case), from a repository not already a corpus source; at most 1 per repository; stop after 6. A result that names
//   no repository or path (the tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in
//   h-sample40, 41, 44 and 47). Each interface is transcribed at the stored version read_file reads, with its real store.
//   Picks: (1) rank 1, ahmedadel95-hub/TicketSystem ITicketRepository (declares none; its base IGenericRepository<T>
//   beside it 8); (2) rank 3, DimaInNature/VictoryRestaurant IBookingRepositoryService (6; rank 1,
//   asgupta27/SwatiGupta_..._Microservice_Workshop_Assignment, declares 1; rank 2, Chrissivert/csharp-docker-day-1, 2);
//   (3) rank 2, guga2002/CSI.HSM.Core.API ICommentRepository (declares none; its base IGenericRepository<T> 7; rank 1,
//   dnishimoto/ERP, declares 2); (4) rank 3, Hamzax6x/UnityHub IRefreshTokenRepository (3; ranks 1-2 are TypeScript);
//   (5) rank 2, Grin33/TaskManagement INotificationRepository (declares none; its base IRepository<T> 6; rank 1 is
//   Dart); (6) rank 4, hkarmoush/BHA IEmployeeRepository (5; rank 1, SyedAsad03/CodeTest, is a corpus source; rank 2 is
//   anonymous; rank 3, Dikshaonly/Task4-IRepo, declares 1, the rest commented out). Six picks: queries (7) and (8) were
//   not reached. None of the six repositories was a corpus source.
//   This one: query (4), rank 3 (3 members).
// Path: UnityHub.Application/Repositories/IRefreshTokenRepository.cs (real store: UnityHub.Infrastructure/
//   Repositories/RefreshTokenRepository .cs, ADO.NET SqlCommand over SQL Server; model: UnityHub.Domain/Entities/
//   RefreshToken.cs)
// Adapted: a namespace added (the source declares the interface and the entity in the global namespace). Nullable
//   enabled, as in UnityHub.Application.csproj.
// Real store: RefreshTokenRepository, one SqlConnection per call to SQL Server's RefreshTokens table (no migration in
//   the repository: the table's Id is read as a bigint, IDENTITY by the INSERT leaving it out). AddAsync = INSERT of
//   UserId, Token, ExpiresAt, CreatedAt, CreatedByIp: the row gets the next IDENTITY Id, and the token given keeps Id
//   0 (nothing is read back); RevokedAt and ReplacedByToken are not written (NULL). GetByTokenAsync(token) = SELECT *
//   WHERE Token = @Token: the first row read, or null; no unique index is declared (the script adds each token once;
//   the comparison follows the database's collation, case-insensitive by SQL Server's default, and the script uses one
//   spelling). RevokeAsync(token, replacedByToken) = UPDATE ... SET RevokedAt = DateTime.UtcNow, ReplacedByToken =
//   @ReplacedByToken (NULL when none) WHERE Token = @Token: every row of the token; none is no error.
// Shapes: *=core
// First try (30887e9): incomplete: IMF0001 RevokeAsync ('Revoke' is not a known verb: it stamps RevokedAt with the
//   time and writes ReplacedByToken, an update no signature shows). Generated: AddAsync (keyed by Id, numbered),
//   GetByTokenAsync (a lookup by the Token property, null when none) | WRONG: none reached (the probe passes AddAsync
//   and GetByTokenAsync and stops at RevokeAsync). Not reached: AddAsync writes the generated Id back into the token
//   given, where the real INSERT reads nothing back and the token keeps Id 0 (as CodeTest's IEmployeeRepository); two
//   rows of one token would be the several-matches error where the real reader takes the first.
// After this round: unchanged.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.UnityHub.IRefreshTokenRepositoryCase;

public class RefreshToken
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public string Token { get; set; } = string.Empty;
    public DateTime ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByIp { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? ReplacedByToken { get; set; }

    public bool IsExpired => DateTime.UtcNow >= ExpiresAt;
    public bool IsActive => RevokedAt == null && !IsExpired;
}

[InMemoryFake]
public interface IRefreshTokenRepository
{
    Task AddAsync(RefreshToken token);
    Task<RefreshToken?> GetByTokenAsync(string token);
    Task RevokeAsync(string token, string? replacedByToken = null);
}

public static class Smoke
{
    public static async Task RunAsync(IRefreshTokenRepository tokens)
    {
        var created = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        await tokens.AddAsync(new RefreshToken { UserId = 7, Token = "tok-a", ExpiresAt = created.AddDays(7), CreatedAt = created, CreatedByIp = "10.0.0.1" });
        await tokens.AddAsync(new RefreshToken { UserId = 8, Token = "tok-b", ExpiresAt = created.AddDays(7), CreatedAt = created });
        var a = Check.NotNull(await tokens.GetByTokenAsync("tok-a"), "GetByTokenAsync reads the token added");
        Check.Equal(7L, a.UserId, "with its values");
        Check.Equal("10.0.0.1", a.CreatedByIp, "all of them");
        Check.True(a.Id > 0, "and the Id the table gave it (IDENTITY)");
        Check.Null(a.RevokedAt, "not revoked");
        var b = Check.NotNull(await tokens.GetByTokenAsync("tok-b"), "each token by its own value");
        Check.True(b.Id != a.Id, "each row its own Id");
        Check.Null(await tokens.GetByTokenAsync("tok-x"), "GetByTokenAsync of a token not stored is null");

        await tokens.RevokeAsync("tok-a", "tok-c");
        var revoked = Check.NotNull(await tokens.GetByTokenAsync("tok-a"), "a revoked token is still read");
        Check.True(revoked.RevokedAt is not null, "RevokeAsync stamps RevokedAt");
        Check.Equal("tok-c", revoked.ReplacedByToken, "and writes ReplacedByToken");
        Check.Null((await tokens.GetByTokenAsync("tok-b"))!.RevokedAt, "and touches no other token");
        await tokens.RevokeAsync("tok-b");
        Check.Null((await tokens.GetByTokenAsync("tok-b"))!.ReplacedByToken, "RevokeAsync without a replacement leaves ReplacedByToken null");
        await tokens.RevokeAsync("tok-x");
        Check.Null(await tokens.GetByTokenAsync("tok-x"), "RevokeAsync of a token not stored does nothing and throws nothing");

        var given = new RefreshToken { UserId = 9, Token = "tok-d", ExpiresAt = created.AddDays(7), CreatedAt = created };
        await tokens.AddAsync(given);
        Check.Equal(0L, given.Id, "AddAsync leaves the token given with Id 0 (the INSERT reads nothing back)");
    }
}
