// Source: https://github.com/actionjacksonthegoat-debug/SeventySix
// Commit: 30572ec99164
// Licence: MIT (LICENSE.txt; an interface signature transcribed for a test)
// Sample: h-sample96 rule, fixed before probing: the repositories find_repos("Event") lists, in its order, keeping
//   only those with C# files (then find_repos("Events") if the list ran out; it did not); in each, the first C# interface
//   in path order (git grep of the fetched newest snapshot, or find_files(repo, ext="cs")) outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and which
//   has at least 3 members; not a corpus source already; a licence file that allows transcribing a signature; at most 1
//   per repository; stop after 3. Walk: event-espresso-core, agent-config, Daft no C#; EventStore/EventStore a corpus
//   source; findtorontoevents, ad-event-processor, reventless-core, the-events-calendar, core-java, event-tickets,
//   Hi.Events no C#; Hexalith/Hexalith.EventStore gives IBackupCommandService; losol/eventuras gives IBackgroundJobQueue;
//   Guardian-Praeventio, Eventra, app-AK, events-bot-new, spine-ts, eventmesh, eventschedule, indesign-sandbox,
//   eventlinqs-app, eventql, orbitaevents-web no C#; EventHorizon.Game.Server.Zone no licence file; islamu-ngo/Event no
//   snapshot and no LICENSE file in the index (its README states AGPL-3.0-or-later): skipped; bcpp-v1 no C#;
//   microsoft/EventLogExpert a corpus source; actionjacksonthegoat-debug/SeventySix gives IBackupCodeService: 3, stop.
//   This one: the 1st of actionjacksonthegoat-debug/SeventySix (3 members; before it in path order
//   IStartupValidationRule, IAuthCookieService, IHealthCheckService, IMetricsService and IScheduledJobService keep no
//   state of their own or have fewer than 3 members, IAltchaService keeps its spent challenges in the Ixnas.AltchaNet
//   library's store, IAuthRepository has 2 members and IAuthenticationService 1).
// Path: SeventySix.Server/SeventySix.Domains.Identity/Interfaces/IBackupCodeService.cs (implementation:
//   SeventySix.Server/SeventySix.Domains.Identity/Services/BackupCodeService.cs; the row:
//   SeventySix.Domains.Identity/Entities/BackupCode.cs)
// Adapted: the copyright header and XML comments are dropped; "public" on the members kept. Nullable enabled, as in the
//   source (its Directory.Build.props).
// Real store: BackupCodeService over IdentityDbContext's BackupCodes table (Id, UserId, CodeHash, IsUsed, UsedAt,
//   CreateDate), with ASP.NET Core's IPasswordHasher<BackupCode> and a TimeProvider. GenerateCodesAsync(userId) deletes
//   the user's codes, then makes BackupCodeSettings.CodeCount random codes of CodeLength characters from
//   "23456789ABCDEFGHJKMNPQRSTUVWXYZ", stores each one's hash (unused, created now) and returns the plain codes.
//   VerifyAndConsumeCodeAsync(userId, code) checks the code against the hashes of the user's unused codes; on a match it
//   marks that code used (UsedAt now) and returns true, otherwise false (a used code, another user's code, any
//   other text). GetRemainingCountAsync(userId) counts the user's unused codes.
// Shapes: *=none
// First try (559db242): incomplete: IMF0001 on all 3 members (GenerateCodes and VerifyAndConsumeCode are no known
//   verbs; GetRemainingCount starts with Get, but RemainingCount is no noun of the store) | WRONG: none (nothing
//   generated).
// After this round: unchanged, rightly: the signature names no row type (a long and a string in, codes and a count
//   out); the codes are random, stored only as hashes that the verify compares, and "remaining" means unused, which no
//   name or type says. A fake would sit on the BackupCodes table beneath the service.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SeventySix.IBackupCodeServiceCase;

[InMemoryFake]
public interface IBackupCodeService
{
    public Task<IReadOnlyList<string>> GenerateCodesAsync(
        long userId,
        CancellationToken cancellationToken);

    public Task<bool> VerifyAndConsumeCodeAsync(
        long userId,
        string code,
        CancellationToken cancellationToken);

    public Task<int> GetRemainingCountAsync(
        long userId,
        CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IBackupCodeService service)
    {
        var none = CancellationToken.None;
        Check.Equal(0, await service.GetRemainingCountAsync(42, none), "a user with no codes has none remaining");

        var codes = await service.GenerateCodesAsync(42, none);
        Check.True(codes.Count > 0, "generating gives the user plain codes");
        Check.Equal(codes.Count, codes.Distinct().Count(), "which differ from one another");
        Check.Equal(codes.Count, await service.GetRemainingCountAsync(42, none), "all of them unused");

        Check.False(await service.VerifyAndConsumeCodeAsync(7, codes[0], none), "another user's code does not verify");
        Check.True(await service.VerifyAndConsumeCodeAsync(42, codes[0], none), "the user's own code verifies");
        Check.Equal(codes.Count - 1, await service.GetRemainingCountAsync(42, none), "and is consumed");
        Check.False(await service.VerifyAndConsumeCodeAsync(42, codes[0], none), "a used code does not verify again");
        Check.False(await service.VerifyAndConsumeCodeAsync(42, "not-a-code", none), "nor does any other text");

        var fresh = await service.GenerateCodesAsync(42, none);
        Check.Equal(fresh.Count, await service.GetRemainingCountAsync(42, none), "generating again replaces every earlier code");
        Check.False(await service.VerifyAndConsumeCodeAsync(42, codes[1], none), "so an unused earlier code no longer verifies");
    }
}
