using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 28's conventions and refusals tried on variants a user plausibly has, before users do (h-review28): conditions
/// on a <c>[Flags]</c> enum, an update that <c>MissingUpdate = Insert</c> makes insert beside <c>PresetKeyOnAdd = Refuse</c>,
/// reads of several rows beside a <c>Revoke…</c> member, and a parameterless <c>SaveChange</c>. Two variants were silently
/// wrong and are fixed here: a <c>bool</c> update under <c>MissingUpdate = Insert</c> answered true only when it created
/// the entity (the Xamarin.Forms template's <c>MockDataStore.UpdateItemAsync</c> answers true either way), and whether any
/// row matches (<c>ExistsByUserId</c>, <c>Any()</c>) beside a revocation answered for revoked rows too, where the count
/// beside it was refused. The rest are kept as regression tests, through the generated fake or as exact refusals.
/// docs/generator-rounds.md, "Session 28's conventions, tried on variants".
/// </summary>
public class SessionVariants28Tests
{
    private const string Channels = """
        namespace V;

        [Flags] public enum Direction { Incoming = 1, Outgoing = 2 }
        public class Channel
        {
            public string Id { get; set; } = "";
            public Direction Direction { get; set; }
            public Direction? Preferred { get; set; }
            public string Name { get; set; } = "";
        }

        public record Route(string Id, Direction Direction);

        """;

    [Fact]
    public void A_flags_condition_is_refused_nullable_in_a_filter_object_by_parameter_name_in_a_removal_a_record_and_beside_the_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "#nullable enable\n" + Channels + """
            public class ChannelFilter { public Direction? Direction { get; set; } public string? Name { get; set; } }

            [InMemoryFake] public interface IPreferred { void Add(Channel channel); IReadOnlyList<Channel> FindByPreferred(Direction? preferred); }
            [InMemoryFake] public interface IFiltered { void Add(Channel channel); IReadOnlyList<Channel> Find(ChannelFilter filter); }
            [InMemoryFake] public interface IByParameter { void Add(Channel channel); IReadOnlyList<Channel> GetAll(Direction direction); }
            [InMemoryFake] public interface IRemovals { void Add(Channel channel); int DeleteByDirection(Direction direction); }
            [InMemoryFake] public interface IRoutes { void Add(Route route); Task<bool> ExistsAsync(string id, Direction direction); }
            [InMemoryFake] public interface IBesideKey { void Add(Channel channel); Channel? Get(string id, Direction direction); }
            [InMemoryFake] public interface ITwo { void Add(Channel channel); Channel? FirstOrDefaultByDirection(Direction direction); int CountByNameAndDirection(string name, Direction direction); }
            """);

        Assert.Equal(
            new[]
            {
                "IMF0017 CountByNameAndDirection", "IMF0017 DeleteByDirection", "IMF0017 ExistsAsync", "IMF0017 Find", "IMF0017 FindByPreferred",
                "IMF0017 FirstOrDefaultByDirection", "IMF0017 Get", "IMF0017 GetAll",
            },
            Refusals.Listed(run));
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0017"), static d => Assert.Contains("is a [Flags] enum", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_flags_value_of_a_key_value_store_and_other_conditions_of_an_oblivious_entity_with_a_flags_property_stay_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "#nullable disable\n" + Channels + """
            [InMemoryFake] public interface IGrants { void Set(string key, Direction value); Direction? Get(string key); }
            [InMemoryFake] public interface IChannels { void Add(Channel channel); IReadOnlyList<Channel> FindByName(string name); IReadOnlyList<Channel> FindByPreferredIsNull(); }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IGrants grants = new InMemoryGrants();
                    grants.Set("ops", Direction.Incoming | Direction.Outgoing);
                    Is(Direction.Incoming | Direction.Outgoing, grants.Get("ops"), "a [Flags] value is stored whole: nothing compares it");
                    Is(null, grants.Get("dev"), "and a missing key answers null");

                    IChannels channels = new InMemoryChannels();
                    channels.Add(new Channel { Id = "a", Name = "orders", Direction = Direction.Incoming | Direction.Outgoing });
                    channels.Add(new Channel { Id = "b", Name = "orders", Direction = Direction.Incoming, Preferred = Direction.Incoming });
                    Is(2, channels.FindByName("orders").Count, "a condition on another property is no question about the flags");
                    Is("a", channels.FindByPreferredIsNull().Single().Id, "IsNull takes no flags argument");
                }
            }
            """);
    }

    private const string Jobs = """
        #nullable enable
        namespace V;

        public class Job { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class Ticket { public Guid Id { get; set; } public string Name { get; set; } = ""; }
        public interface IRepository<T> { T Add(T item); void Update(T item); T? Find(int id); }

        """;

    [Fact]
    public void An_update_that_inserts_keeps_its_key_async_as_Replace_through_a_generic_base_and_returning_a_Guid_keyed_entity()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Jobs + """
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IAsyncJobs { Task<Job> AddAsync(Job job); Task UpdateAsync(Job job); Task<Job?> FindAsync(int id); }

            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IReplacedJobs { Job Add(Job job); void Replace(Job job); Job? Find(int id); }

            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IJobRepository : IRepository<Job> { }

            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface ITickets { void Add(Ticket ticket); Ticket Update(Ticket ticket); Ticket? Find(Guid id); }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAsyncJobs asyncJobs = new InMemoryAsyncJobs();
                    Throws<InvalidOperationException>(() => asyncJobs.AddAsync(new Job { Id = 7, Name = "preset" }).GetAwaiter().GetResult(), null, "an async add of a preset Id is refused");
                    asyncJobs.UpdateAsync(new Job { Id = 7, Name = "updated" }).GetAwaiter().GetResult();
                    Is("updated", asyncJobs.FindAsync(7).GetAwaiter().GetResult()?.Name, "an async update of a job not stored stores it under its own Id");

                    IReplacedJobs replaced = new InMemoryReplacedJobs();
                    replaced.Replace(new Job { Id = 3, Name = "r" });
                    Is("r", replaced.Find(3)?.Name, "Replace is the update: it inserts under the Id it holds");
                    Throws<InvalidOperationException>(() => replaced.Add(new Job { Id = 4 }), null, "while an add of a preset Id is refused");
                    Is(null, replaced.Find(4), "and stores nothing");

                    IJobRepository repository = new InMemoryJobRepository();
                    repository.Update(new Job { Id = 9, Name = "base" });
                    Is("base", repository.Find(9)?.Name, "the update of a generic base inserts too");
                    var added = repository.Add(new Job { Name = "numbered" });
                    Is(10, added.Id, "and an add is numbered past it");

                    ITickets tickets = new InMemoryTickets();
                    var id = Guid.NewGuid();
                    var written = tickets.Update(new Ticket { Id = id, Name = "t" });
                    Is(id, written.Id, "an update returning the entity keeps its Guid");
                    Is("t", tickets.Find(id)?.Name, "and stores it");
                    Throws<InvalidOperationException>(() => tickets.Add(new Ticket { Id = Guid.NewGuid() }), null, "an add of a preset Guid is refused");
                }
            }
            """);
    }

    [Fact]
    public void Under_a_unit_of_work_the_update_that_inserts_is_an_add_at_the_save_and_refused_there()
    {
        // docs/generator.md, "Preset keys on add": writes that wait for the save are EF Core's, whose Add of a preset key
        // in an identity column fails at SaveChanges; the refusal is loud and leaves the store unchanged.
        var run = GeneratorHarness.Run(Sources.Usings + Jobs + """
            [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse, MissingUpdate = MissingUpdate.Insert)]
            public interface IJobs { void Add(Job job); void Update(Job job); Job? Find(int id); int SaveChanges(); }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IJobs jobs = new InMemoryJobs();
                    jobs.Add(new Job { Name = "a" });
                    Is(1, jobs.SaveChanges(), "an add is written at the save");
                    jobs.Update(new Job { Id = 42, Name = "b" });
                    Throws<InvalidOperationException>(() => jobs.SaveChanges(), null, "the deferred insert of a preset Id is refused at the save");
                    IJobs fresh = new InMemoryJobs();
                    fresh.Update(new Job { Id = 1, Name = "c" });
                    Throws<InvalidOperationException>(() => fresh.SaveChanges(), null, "also as the only pending change");
                }
            }
            """);
    }

    [Fact]
    public void A_bool_update_under_MissingUpdate_Insert_is_refused_since_stores_answer_true_either_way_or_only_for_a_new_one()
    {
        // Before h-review28 it answered true only when it created the entity: the Xamarin.Forms template's MockDataStore
        // (AMBROSIA's and MauiSamples' IDataStore) answers true for a stored item too, and the fake said false, silently.
        var run = GeneratorHarness.Run(Sources.Usings + Jobs + """
            [InMemoryFake(MissingUpdate = MissingUpdate.Insert)]
            public interface IDataStore { Task<bool> AddItemAsync(Job item); Task<bool> UpdateItemAsync(Job item); Task<Job?> GetItemAsync(int id); }

            [InMemoryFake(MissingUpdate = MissingUpdate.Insert)]
            public interface IJobs { void Add(Job job); bool Update(Job job); Job? Find(int id); }
            """);

        Assert.Equal(
            new[] { "IMF0001 AddItemAsync", "IMF0001 Update", "IMF0001 UpdateItemAsync", "IMF0010 MissingUpdate = MissingUpdate.Insert", "IMF0010 MissingUpdate = MissingUpdate.Insert" },
            Refusals.Listed(run).Select(static s => s.StartsWith("IMF0010", StringComparison.Ordinal) ? "IMF0010 MissingUpdate = MissingUpdate.Insert" : s).ToArray());
        Assert.Contains(
            "under MissingUpdate = Insert an update that returns bool does not say what true means: that it created the Job (a Redis HSET: true for a new field), that it wrote (the Xamarin.Forms template's MockDataStore.UpdateItemAsync: true either way), or that one was stored (false for one it inserted)",
            Refusals.Message(run, "UpdateItemAsync"),
            StringComparison.Ordinal);
        Assert.Contains("return void or the Job", Refusals.Message(run, "Update"), StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    private const string Tokens = """
        #nullable enable
        namespace V;

        public enum TokenStatus { Active, Revoked }
        public class RefreshToken { public Guid Id { get; set; } public string UserId { get; set; } = ""; public string Token { get; set; } = ""; public DateTime? Revoked { get; set; } }
        public class ApiKey { public Guid Id { get; set; } public string UserId { get; set; } = ""; public bool IsRevoked { get; set; } }
        public class Grant { public Guid Id { get; set; } public string UserId { get; set; } = ""; public TokenStatus? Status { get; set; } }
        public abstract class Revocable { public DateTime? RevokedOn { get; set; } }
        public class Device : Revocable { public Guid Id { get; set; } public string UserId { get; set; } = ""; }
        public interface IRevokes { Task RevokeTokenAsync(Guid id); }

        """;

    [Fact]
    public void Reads_of_several_rows_beside_a_revocation_are_refused_for_every_mark_and_verb_and_whether_any_matches_too()
    {
        // IApiKeys' Revoke(id) is generated: beside a bool IsRevoked it sets the flag (the verb's own participle); its
        // ExistsByUserId, AnyByUserIdAsync and Any() answered true for a user whose keys were all revoked before h-review28.
        var run = GeneratorHarness.Run(Sources.Usings + Tokens + """
            [InMemoryFake] public interface IRefreshTokens { Task AddAsync(RefreshToken token); Task RevokeAsync(string token); Task<List<RefreshToken>> GetByUserIdAsync(string userId); }
            [InMemoryFake] public interface IApiKeys { void Add(ApiKey key); void Revoke(Guid id); bool ExistsByUserId(string userId); Task<bool> AnyByUserIdAsync(string userId); bool Any(); int Count(); }
            [InMemoryFake] public interface IGrants { void Add(Grant grant); void RevokeAll(string userId); IReadOnlyList<Grant> FindByUserId(string userId); }
            [InMemoryFake] public interface IDevices { void Add(Device device); void Revoke(Guid id); IReadOnlyList<Device> GetDevicesByUserId(string userId); }
            [InMemoryFake] public interface ITokens : IRevokes { void Add(RefreshToken token); Task<IReadOnlyList<RefreshToken>> FindByUserIdAsync(string userId); }
            """);

        Refusals.Exactly(
            run,
            ("RevokeAsync", "'Revoke' is not a known verb"),
            ("GetByUserIdAsync", "it lists RefreshToken rows, and beside 'RevokeAsync' (a revocation that keeps the row and marks it: Revoked)"),
            ("ExistsByUserId", "it tests for ApiKey rows, and beside 'Revoke' (a revocation that keeps the row and marks it: IsRevoked)"),
            ("AnyByUserIdAsync", "it tests for ApiKey rows, and beside 'Revoke'"),
            ("Any", "it tests for ApiKey rows, and beside 'Revoke'"),
            ("Count", "it counts ApiKey rows, and beside 'Revoke'"),
            ("RevokeAll", "'RevokeAll' is not a known verb"),
            ("FindByUserId", "it lists Grant rows, and beside 'RevokeAll' (a revocation that keeps the row and marks it: Status)"),
            ("Revoke", "'Revoke' is not a known verb"),
            ("GetDevicesByUserId", "it lists Device rows, and beside 'Revoke' (a revocation that keeps the row and marks it: RevokedOn)"),
            ("RevokeTokenAsync", "'RevokeToken' is not a known verb"),
            ("FindByUserIdAsync", "it lists RefreshToken rows, and beside 'RevokeTokenAsync' (a revocation that keeps the row and marks it: Revoked)"));
    }

    [Fact]
    public void Beside_a_revocation_reads_by_the_mark_a_lookup_of_one_row_and_a_predicate_stay_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "using System.Linq.Expressions;\n" + Tokens + """
            public partial class InMemoryRefreshTokens { public void Revoke(Guid id) => throw new NotSupportedException("the user's own"); }

            [InMemoryFake]
            public interface IRefreshTokens
            {
                void Add(RefreshToken token);
                void Revoke(Guid id);
                RefreshToken? Find(Guid id);
                RefreshToken? FindByToken(string token);
                IReadOnlyList<RefreshToken> FindByUserIdAndRevokedIsNull(string userId);
                IReadOnlyList<RefreshToken> FindByRevokedNotNull();
                IReadOnlyList<RefreshToken> Find(Expression<Func<RefreshToken, bool>> predicate);
            }

            [InMemoryFake] public interface IApiKeys { void Add(ApiKey key); bool ExistsByUserIdAndIsRevoked(string userId, bool isRevoked); }
            """);

        Assertions.Clean(run); // Revoke is written in the partial class
        BehaviourCheck.Run(run, "using System.Linq;\n" + Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRefreshTokens tokens = new InMemoryRefreshTokens();
                    var live = new RefreshToken { Id = Guid.NewGuid(), UserId = "alice", Token = "t1" };
                    var old = new RefreshToken { Id = Guid.NewGuid(), UserId = "alice", Token = "t2", Revoked = new DateTime(2026, 1, 1) };
                    tokens.Add(live);
                    tokens.Add(old);
                    Is(live.Id, tokens.FindByUserIdAndRevokedIsNull("alice").Single().Id, "a read that compares the mark says which rows it reads");
                    Is(old.Id, tokens.FindByRevokedNotNull().Single().Id, "and so does its opposite");
                    Is(old.Id, tokens.FindByToken("t2")?.Id, "a lookup of one row finds a revoked token too (the caller reads its mark)");
                    Is(1, tokens.Find(t => t.Revoked == null).Count, "a caller's predicate says what it reads");

                    IApiKeys keys = new InMemoryApiKeys();
                    keys.Add(new ApiKey { Id = Guid.NewGuid(), UserId = "bob", IsRevoked = true });
                    Is(true, keys.ExistsByUserIdAndIsRevoked("bob", true), "whether any matches, comparing the mark, stays generated");
                    Is(false, keys.ExistsByUserIdAndIsRevoked("bob", false), "and false for a user with no live key");
                }
            }
            """);
    }
    private const string Changes = """
        #nullable enable
        namespace V;

        public class Job { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class Change { public int Id { get; set; } public string What { get; set; } = ""; }

        """;

    [Fact]
    public void SaveChange_with_a_token_beside_SaveChanges_and_answering_a_bool_is_a_save_and_one_taking_the_Change_entity_writes_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Changes + """
            [InMemoryFake] public interface ITokenSave { void Add(Job job); Job? Find(int id); Task<int> SaveChangeAsync(CancellationToken cancellationToken = default); }
            [InMemoryFake] public interface IBothSaves { void Add(Job job); Job? Find(int id); int SaveChange(); int SaveChanges(); }
            [InMemoryFake] public interface IBoolSave { void Add(Job job); Job? Find(int id); Task<bool> SaveChangeAsync(); }
            [InMemoryFake] public interface IChangeLog { void SaveChange(Change change); Change? Find(int id); IReadOnlyList<Change> GetAll(); }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ITokenSave tokenSave = new InMemoryTokenSave();
                    tokenSave.Add(new Job { Name = "a" });
                    Is(null, tokenSave.Find(1), "a tracked add waits for the save");
                    Is(1, tokenSave.SaveChangeAsync(CancellationToken.None).GetAwaiter().GetResult(), "SaveChangeAsync(token) writes it and counts it");
                    Is("a", tokenSave.Find(1)?.Name, "and it is stored");

                    IBothSaves both = new InMemoryBothSaves();
                    both.Add(new Job { Name = "b" });
                    Is(1, both.SaveChange(), "SaveChange writes the pending add");
                    both.Add(new Job { Name = "c" });
                    Is(1, both.SaveChanges(), "and SaveChanges beside it the next one");
                    Is(0, both.SaveChange(), "with nothing pending, neither writes");

                    IBoolSave boolSave = new InMemoryBoolSave();
                    Is(false, boolSave.SaveChangeAsync().GetAwaiter().GetResult(), "a bool save answers whether it wrote: nothing pending");
                    boolSave.Add(new Job { Name = "d" });
                    Is(true, boolSave.SaveChangeAsync().GetAwaiter().GetResult(), "and something pending");

                    IChangeLog log = new InMemoryChangeLog();
                    log.SaveChange(new Change { Id = 5, What = "renamed" });
                    Is("renamed", log.Find(5)?.What, "SaveChange(change) of an entity named Change is its save, no unit of work");
                    log.SaveChange(new Change { Id = 5, What = "moved" });
                    Is(1, log.GetAll().Count, "and replaces the one stored under its key");
                }
            }
            """);
    }

    [Fact]
    public void SaveChange_taking_a_bool_or_another_entity_and_an_async_repositorys_SaveChange_are_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Changes + """
            [InMemoryFake] public interface IAcceptAll { void Add(Job job); Job? Find(int id); int SaveChange(bool acceptAllChangesOnSuccess); }
            [InMemoryFake] public interface IOtherEntity { void Add(Job job); Job? Find(int id); void SaveChange(Job job); }
            [InMemoryFake] public interface IAsyncWrites { Task AddAsync(Job job); Task<Job?> FindAsync(int id); Task SaveChangeAsync(); }
            """);

        Assert.Equal(new[] { "IMF0001 SaveChange", "IMF0001 SaveChange", "IMF0022 SaveChangeAsync" }, Refusals.Listed(run));
        Assertions.NeverFailed(run);
    }
}
