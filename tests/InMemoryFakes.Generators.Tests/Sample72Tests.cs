using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample72 (session 28), one silent guess of a session store. Avancira's <c>IUserSessionService</c> revokes a session
/// by keeping it with <c>Status = Revoked</c> (<c>RevokeAsync(sessionId, reason)</c>), and its
/// <c>GetUserSessionsAsync(userId)</c> lists the user's Active sessions only, where the fake listed every session of the
/// user. Beside a Revoke member of an entity that keeps a revocation mark, a read of several rows that names no state is
/// refused; one whose conditions compare the mark, a lookup of one row, and a store without a Revoke member stay generated.
/// </summary>
public class Sample72Tests
{
    private const string Sessions = """
        #nullable enable
        namespace V;

        public enum SessionStatus { Active = 0, Expired = 1, Revoked = 2 }
        public class UserSession
        {
            public Guid Id { get; set; }
            public string UserId { get; set; } = "";
            public string DeviceId { get; set; } = "";
            public SessionStatus Status { get; set; }
        }

        public class RefreshToken
        {
            public int Id { get; set; }
            public string UserId { get; set; } = "";
            public string Token { get; set; } = "";
            public DateTime? RevokedAt { get; set; }
        }

        """;

    [Fact]
    public void A_list_or_count_that_names_no_state_beside_a_revocation_that_keeps_the_row_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Sessions + """
            [InMemoryFake]
            public interface IUserSessionService
            {
                Task<UserSession> CreateAsync(UserSession session);
                Task<UserSession?> GetByIdAsync(Guid id);
                Task<IEnumerable<UserSession>> GetUserSessionsAsync(string userId);
                Task<int> CountByUserId(string userId);
                Task<List<UserSession>> GetAllAsync();
                Task<bool> RevokeAsync(Guid sessionId, string? reason = null);
            }

            [InMemoryFake]
            public interface IRefreshTokenStore
            {
                void Add(RefreshToken token);
                RefreshToken? GetByToken(string token);
                List<RefreshToken> FindByUserId(string userId);
                void RevokeToken(string token);
            }
            """);

        Refusals.Exactly(run,
            ("GetUserSessionsAsync", "it lists UserSession rows, and beside 'RevokeAsync' (a revocation that keeps the row and marks it: Status) a read of several rows that names no state does not say whether the revoked rows are in it"),
            ("CountByUserId", "it counts UserSession rows, and beside 'RevokeAsync'"),
            ("GetAllAsync", "it lists UserSession rows, and beside 'RevokeAsync'"),
            ("RevokeAsync", "Revoke"),
            ("FindByUserId", "it lists RefreshToken rows, and beside 'RevokeToken' (a revocation that keeps the row and marks it: RevokedAt)"),
            ("RevokeToken", "Revoke"));
        Assert.Contains("compare the mark in its name (FindBy{Property}AndStatus)", Refusals.Message(run, "GetUserSessionsAsync"), StringComparison.Ordinal);
        Assert.Contains("Store.", Refusals.Message(run, "GetUserSessionsAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_that_compares_the_mark_a_single_lookup_and_a_store_without_revocation_stay_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Sessions + """
            public class Device { public Guid Id { get; set; } public string UserId { get; set; } = ""; public SessionStatus Status { get; set; } }

            [InMemoryFake]
            public interface ISessionStore
            {
                Task<UserSession> CreateAsync(UserSession session);
                Task<UserSession?> GetByIdAsync(Guid id);
                Task<List<UserSession>> FindByUserIdAndStatus(string userId, SessionStatus status);
                Task<int> CountByStatus(SessionStatus status);
                Task<bool> RevokeAsync(Guid sessionId);
            }

            public partial class InMemorySessionStore
            {
                public Task<bool> RevokeAsync(Guid sessionId) => Task.FromResult(false);
            }

            [InMemoryFake]
            public interface IDeviceStore
            {
                void Add(Device device);
                List<Device> FindByUserId(string userId);
            }
            """);

        Assert.Empty(Refusals.Listed(run)); // RevokeAsync is written in the partial class
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var sessions = new InMemorySessionStore();
                    var active = sessions.CreateAsync(new UserSession { UserId = "alice", Status = SessionStatus.Active }).Result;
                    sessions.CreateAsync(new UserSession { UserId = "alice", Status = SessionStatus.Revoked }).Wait();
                    sessions.CreateAsync(new UserSession { UserId = "bob", Status = SessionStatus.Active }).Wait();
                    var listed = sessions.FindByUserIdAndStatus("alice", SessionStatus.Active).Result;
                    Is(1, listed.Count, "the condition on the mark selects the active session of alice");
                    Is(active.Id, listed[0].Id, "that one");
                    Is(1, sessions.CountByStatus(SessionStatus.Revoked).Result, "a count by the mark counts the revoked one");
                    Is("alice", sessions.GetByIdAsync(active.Id).Result?.UserId, "a lookup by key reads the row whatever its state");

                    var devices = new InMemoryDeviceStore();
                    devices.Add(new Device { UserId = "alice", Status = SessionStatus.Revoked });
                    devices.Add(new Device { UserId = "alice" });
                    Is(2, devices.FindByUserId("alice").Count, "without a Revoke member a list by a property lists every match");
                }
            }
            """);
    }

    [Fact]
    public void A_parameterless_SaveChange_is_a_save_so_the_writes_of_the_repositories_it_hands_out_wait_for_it()
    {
        // Yuh1612/Task-Management-App: IUnitOfWork { IAttachmentRepository attachmentRepository { get; } Task SaveChangeAsync(); },
        // over one EF Core context; the repository's InsertAsync only tracks. The fake stored it at once, so GetAllAsync listed
        // an attachment the real store had not saved.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Attachment { public Guid Id { get; set; } public string FileName { get; set; } = ""; }

            [InMemoryFake]
            public interface IAttachmentRepository
            {
                Task<IList<Attachment>> GetAllAsync();
                Task InsertAsync(Attachment entity);
            }

            public interface IUnitOfWork
            {
                IAttachmentRepository attachmentRepository { get; }
                Task SaveChangeAsync();
            }
            """);

        Assert.Equal(new[] { "IMF0022 InsertAsync" }, Refusals.Listed(run));
        Assert.Contains("SaveChangeAsync", run.GeneratorDiagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_with_its_own_SaveChange_keeps_its_writes_until_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class Note { public int Id { get; set; } public string Text { get; set; } = ""; }

            [InMemoryFake]
            public interface INoteRepository
            {
                void Add(Note note);
                List<Note> GetAll();
                int SaveChange();
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var notes = new InMemoryNoteRepository();
                    notes.Add(new Note { Text = "a" });
                    Is(0, notes.GetAll().Count, "an add waits for the save");
                    Is(1, notes.SaveChange(), "SaveChange writes it and counts it");
                    Is(1, notes.GetAll().Count, "then it is listed");
                    Is(0, notes.SaveChange(), "a save with nothing pending writes nothing");
                }
            }
            """);
    }
}
