// Source: https://github.com/ahmedMgouda/Avancira
// Commit: ba418ff (api/Avancira.Application/UserSessions/IUserSessionService.cs and UserSessionService.cs,
//   api/Avancira.Application/UserSessions/Specifications/ActiveUserSessionsSpec.cs and ExpiredSessionsSpec.cs,
//   api/Avancira.Domain/UserSessions/UserSession.cs, api/Avancira.Application/Avancira.Application.csproj; the version
//   the search result shows: dbb76f9 adds UpdateActivityAsync and two DTO reads)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample72 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IUserSessionStore Task RevokeAsync`, (2) `interface IUserPreferencesRepository Task`, (3) `interface
//   IInboxMessageStore Task`, (4) `interface IAttachmentRepository Task` (none ran in an earlier round); from each
//   query's results in the order returned, the C# interfaces (a file opened by repository and path, or the interface an
//   excerpt shows, its repository found by the file tools) whose implementation in the same repository keeps state and
//   that have at least 3 members, outside test paths, not a corpus source already; at most 1 per repository, 2 per
//   query, stop after 6. Each is transcribed at the version the result shows, with its real store at that version.
//   Picks: (1) rank 8, ahmedMgouda/Avancira IUserSessionService (7; ranks 1, 3, 5, 6, 9, 12 are ISessionRevocationService
//   with 1 member; rank 2 (and 7, 11), jokk-itu/authserver's ISessionRepository, declares 1 (2 in a later version); rank
//   4, shendongnian/code, is a snippet collection whose file holds only the interface, no implementation; rank 10 is
//   anonymous, found as Kiryuumaru/ApplicationBuilderHelpersTemplate's obsolete ISessionStore, which nothing implements
//   at that version); (2) rank 2, brobata/desktop-foodcost IUserPreferencesRepository (4; rank 1 has 2) and rank 5,
//   artifecx/TicketTita IUserPreferencesRepository (3; anonymous, found by its path; ranks 3-4 are TypeScript);
//   (3) rank 1, leonasa/OutBoxPattern IInboxStore<TMessage> (4) and rank 4, manassesV/F360Task IInboxMessageRepository
//   (4; ranks 2-3 have 1 member); (4) rank 1, Yuh1612/Task-Management-App IAttachmentRepository (declares none; 8 in its
//   base IGenericRepository<T> in the same repository). Six picks: the rule stopped there.
//   This one: query (1), rank 8.
// Path: api/Avancira.Application/UserSessions/IUserSessionService.cs (real store: UserSessionService.cs beside it, over
//   the Ardalis.Specification IRepository<UserSession> of the EF Core context, whose AddAsync and UpdateAsync save)
// Adapted: the namespaces shortened into one; UserSession keeps its properties (DomainEvents as a plain collection of an
//   empty DomainEvent class, IAggregateRoot left out). Nullable enabled, as in Avancira.Application.csproj.
// Real store: UserSessionService. CreateAsync(session) = ArgumentException for a blank UserId or DeviceId; a Guid.Empty
//   Id becomes a new Guid, default CreatedAt/LastActivityAt become now, a default Status Active; AddAsync (saved); the
//   same instance returned. GetByIdAsync(id) = the session or null (ArgumentException for Guid.Empty).
//   GetUserSessionsAsync(userId) = ListAsync(ActiveUserSessionsSpec): the user's sessions whose Status is Active only.
//   UpdateAsync(session) = AvanciraNotFoundException for a session not stored, else UpdateAsync (saved).
//   RevokeAsync(sessionId, reason) = false for a session not stored or already Revoked/RevokedBy…/Expired; else Status
//   Revoked, RevokedAt now, RevocationReason the reason or "User logout", saved, true. RevokeAllAsync(userId,
//   excludeSessionId) = revokes each Active session of the user but the one excluded ("Bulk revocation"), answering how
//   many. GetExpiredSessionsAsync(beforeDate) = ListAsync(ExpiredSessionsSpec): every session whose CreatedAt is before
//   the date, whatever its Status.
// Shapes: *=core
// First try (0487eace): incomplete: IMF0001 RevokeAsync, RevokeAllAsync ('Revoke' is not a known verb),
//   GetExpiredSessionsAsync ('beforeDate' names neither the key nor a property). Generated: CreateAsync, GetByIdAsync,
//   GetUserSessionsAsync, UpdateAsync | WRONG: GetUserSessionsAsync listed every session of the user, where the real one
//   lists only the Active ones (a revoked session is kept, with its Status, and left out).
// After this round: GetUserSessionsAsync refused (IMF0001): beside a Revoke member of an entity that keeps a revocation
//   mark (Status has Revoked, or IsRevoked/RevokedAt), a list that names no state does not say whether revoked rows are
//   in it: this store leaves them out of GetUserSessionsAsync and keeps them in GetExpiredSessionsAsync (docs/
//   generator.md, refused guesses; Sample72Tests). Revoke and the date bound stay refused: a revocation sets a status, a
//   time and a reason the signature gives only in part, and "expired" before a date is the store's rule (CreatedAt).
#nullable enable

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Avancira.IUserSessionServiceCase;

public class DomainEvent
{
}

public class UserSession
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = null!;

    public string DeviceId { get; set; } = null!;

    public string? DeviceName { get; set; }

    public string? UserAgent { get; set; }

    public string? IpAddress { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Active;

    public string? RefreshTokenReferenceId { get; set; }

    public DateTimeOffset? TokenExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset LastActivityAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevocationReason { get; set; }

    public bool RequiresUserNotification { get; set; }

    public ICollection<string> AccessedResourceIds { get; set; } = new List<string>();

    public Collection<DomainEvent> DomainEvents { get; } = new();
}

public enum SessionStatus
{
    Active = 0,
    Expired = 1,
    Revoked = 2,
    RevokedBySecurityEvent = 3,
    RevokedByTokenInvalidation = 4
}

[InMemoryFake]
public interface IUserSessionService
{
    Task<UserSession> CreateAsync(UserSession session, CancellationToken cancellationToken = default);
    Task<UserSession?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
    Task<IEnumerable<UserSession>> GetUserSessionsAsync(string userId, CancellationToken cancellationToken = default);
    Task UpdateAsync(UserSession session, CancellationToken cancellationToken = default);
    Task<bool> RevokeAsync(Guid sessionId, string? reason = null, CancellationToken cancellationToken = default);
    Task<int> RevokeAllAsync(string userId, Guid? excludeSessionId = null, CancellationToken cancellationToken = default);
    Task<IEnumerable<UserSession>> GetExpiredSessionsAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IUserSessionService sessions)
    {
        var january = new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);
        var march = new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);
        var phone = await sessions.CreateAsync(new UserSession { UserId = "alice", DeviceId = "phone", CreatedAt = january, LastActivityAt = january });
        Check.True(phone.Id != Guid.Empty, "CreateAsync gives a session without an Id a new Guid");
        var laptop = await sessions.CreateAsync(new UserSession { UserId = "alice", DeviceId = "laptop", CreatedAt = march, LastActivityAt = march });
        var bobs = await sessions.CreateAsync(new UserSession { UserId = "bob", DeviceId = "tablet", CreatedAt = january, LastActivityAt = january });

        var found = Check.NotNull(await sessions.GetByIdAsync(phone.Id), "GetByIdAsync finds a created session");
        Check.Equal("phone", found.DeviceId, "the session created");
        Check.Null(await sessions.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of an id not stored is null");
        Check.Equal(2, (await sessions.GetUserSessionsAsync("alice")).Count(), "GetUserSessionsAsync lists the user's active sessions");

        Check.True(await sessions.RevokeAsync(phone.Id, "lost phone"), "RevokeAsync of an active session answers true");
        var revoked = Check.NotNull(await sessions.GetByIdAsync(phone.Id), "a revoked session is kept");
        Check.Equal(SessionStatus.Revoked, revoked.Status, "with Status Revoked");
        Check.Equal("lost phone", revoked.RevocationReason, "and the reason given");
        Check.False(await sessions.RevokeAsync(phone.Id), "RevokeAsync of a session already revoked answers false");
        Check.False(await sessions.RevokeAsync(Guid.NewGuid()), "RevokeAsync of a session not stored answers false");
        var active = (await sessions.GetUserSessionsAsync("alice")).ToList();
        Check.Equal(1, active.Count, "GetUserSessionsAsync leaves the revoked session out");
        Check.Equal(laptop.Id, active[0].Id, "and lists the other one");

        var expired = (await sessions.GetExpiredSessionsAsync(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero))).Select(s => s.Id).OrderBy(id => id).ToList();
        Check.Equal(2, expired.Count, "GetExpiredSessionsAsync lists the sessions created before the date, a revoked one too");
        Check.True(expired.Contains(phone.Id) && expired.Contains(bobs.Id), "alice's phone and bob's tablet");

        var second = await sessions.CreateAsync(new UserSession { UserId = "alice", DeviceId = "desktop", CreatedAt = march, LastActivityAt = march });
        Check.Equal(1, await sessions.RevokeAllAsync("alice", excludeSessionId: second.Id), "RevokeAllAsync revokes the user's other active sessions and counts them");
        Check.Equal(second.Id, (await sessions.GetUserSessionsAsync("alice")).Single().Id, "the session excluded stays active");
        Check.Equal(1, (await sessions.GetUserSessionsAsync("bob")).Count(), "another user's sessions are untouched");

        laptop.DeviceName = "work laptop";
        await sessions.UpdateAsync(laptop);
        Check.Equal("work laptop", (await sessions.GetByIdAsync(laptop.Id))?.DeviceName, "UpdateAsync stores the session given");
        await Check.ThrowsAsync<Exception>(() => sessions.UpdateAsync(new UserSession { Id = Guid.NewGuid(), UserId = "carol", DeviceId = "phone" }), "UpdateAsync of a session not stored throws (AvanciraNotFoundException)");
    }
}
