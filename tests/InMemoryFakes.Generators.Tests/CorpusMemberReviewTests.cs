using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The generated members of the real-world corpus that no smoke script calls, reviewed against the real stores (session 21,
/// docs/generator-rounds.md, "Generated members of the real-world corpus, reviewed"): each silently wrong one found is pinned here
/// by the behaviour its signature proves, or by its refusal.
/// </summary>
public class CorpusMemberReviewTests
{
    /// <summary>Ardalis.Specification's base interface as far as the tests need it (the generator knows it by its full name).</summary>
    private const string ArdalisBase = """
        namespace Ardalis.Specification
        {
            public interface IRepositoryBase<T> where T : class
            {
                Task<T> AddAsync(T entity, CancellationToken cancellationToken = default);
                Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default) where TId : notnull;
                Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default);
                Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>
    /// Ardalis' <c>DeleteRangeAsync(entities)</c> returns SaveChanges' count since Ardalis.Specification 8 (ardalis/
    /// CleanArchitecture, eShopOnWeb): <c>RemoveRange</c> + <c>SaveChangesAsync</c> throws DbUpdateConcurrencyException when
    /// one row is not there and removes none, as the fake's <c>DeleteAsync(entity)</c> already threw its not-found error. The
    /// fake skipped the missing one, removed the others and answered their count (h-wrongclass4 found it in the corpus's two
    /// Ardalis repositories, where no smoke script calls it); now the range removal is all or nothing with the count.
    /// </summary>
    [Fact]
    public void Ardalis_DeleteRangeAsync_returning_a_count_of_a_missing_entity_throws_and_removes_none()
    {
        var run = GeneratorHarness.Run(Sources.Usings + ArdalisBase, Sources.Usings + """
            #nullable enable
            namespace V;
            public class Contributor { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake] public interface IContributorRepository : Ardalis.Specification.IRepositoryBase<Contributor> { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IContributorRepository repository = new InMemoryContributorRepository();
                    var a = repository.AddAsync(new Contributor { Name = "a" }).GetAwaiter().GetResult();
                    var b = repository.AddAsync(new Contributor { Name = "b" }).GetAwaiter().GetResult();
                    var missing = new Contributor { Id = 99, Name = "missing" };
                    Throws<NotFoundException>(() => repository.DeleteRangeAsync(new[] { a, missing }).GetAwaiter().GetResult(), null, "a range with a row that is not stored");
                    Is("a", repository.GetByIdAsync(a.Id).GetAwaiter().GetResult()?.Name, "nothing was removed");
                    Throws<NotFoundException>(() => repository.DeleteAsync(missing).GetAwaiter().GetResult(), null, "the removal of one, as before");
                    Is(2, repository.DeleteRangeAsync(new[] { a, b }).GetAwaiter().GetResult(), "the count of the rows removed");
                    Is(null, repository.GetByIdAsync(b.Id).GetAwaiter().GetResult(), "both removed");
                    Is(0, repository.DeleteRangeAsync(new Contributor[0]).GetAwaiter().GetResult(), "an empty range removes nothing");
                }
            }
            """);
    }

    /// <summary>ASP.NET Core Identity's result types as far as the test needs them (the generator knows them by full name).</summary>
    private const string IdentityTypes = """
        namespace Microsoft.AspNetCore.Identity
        {
            public class IdentityError { public string Code { get; set; } = ""; public string Description { get; set; } = ""; }
            public class IdentityErrorDescriber
            {
                public virtual IdentityError ConcurrencyFailure() => new IdentityError { Code = nameof(ConcurrencyFailure), Description = "Optimistic concurrency failure, object has been modified." };
            }
            public class IdentityResult
            {
                private readonly List<IdentityError> _errors = new();
                public bool Succeeded { get; protected set; }
                public IEnumerable<IdentityError> Errors => _errors;
                public static IdentityResult Success { get; } = new IdentityResult { Succeeded = true };
                public static IdentityResult Failed(params IdentityError[] errors)
                {
                    var result = new IdentityResult { Succeeded = false };
                    result._errors.AddRange(errors);
                    return result;
                }
            }
        }
        """;

    /// <summary>
    /// A store returning Identity's <c>IdentityResult</c> (the corpus's 24 ASP.NET Core Identity stores, where no smoke script
    /// updates or deletes a user that is not stored): Identity's EF Core stores catch DbUpdateConcurrencyException and return
    /// <c>IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure())</c> for a missing or stale user or role; the fake
    /// returned <c>Failed()</c> with no error, so a caller reading <c>Errors</c> (a controller returning them, a retry on
    /// ConcurrencyFailure) saw none. Another result type with a <c>Failed()</c> keeps it (the generator knows no error of its).
    /// </summary>
    [Fact]
    public void An_IdentityResult_failure_of_a_missing_or_stale_write_carries_ConcurrencyFailure()
    {
        var run = GeneratorHarness.Run(Sources.Usings + IdentityTypes, Sources.Usings + """
            #nullable enable
            namespace V;
            using Microsoft.AspNetCore.Identity;
            public class Account { public string Id { get; set; } = ""; public string? Name { get; set; } }
            [InMemoryFake]
            public interface IAccountStore
            {
                Task<IdentityResult> CreateAsync(Account account, CancellationToken cancellationToken);
                Task<IdentityResult> UpdateAsync(Account account, CancellationToken cancellationToken);
                Task<IdentityResult> DeleteAsync(Account account, CancellationToken cancellationToken);
                Task<Account?> FindByIdAsync(string accountId, CancellationToken cancellationToken);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAccountStore store = new InMemoryAccountStore();
                    var none = CancellationToken.None;
                    Is(true, store.CreateAsync(new Account { Id = "a", Name = "Alice" }, none).GetAwaiter().GetResult().Succeeded, "create");
                    Is(true, store.UpdateAsync(new Account { Id = "a", Name = "Alicia" }, none).GetAwaiter().GetResult().Succeeded, "update of a stored account");
                    var update = store.UpdateAsync(new Account { Id = "b", Name = "Bob" }, none).GetAwaiter().GetResult();
                    Is(false, update.Succeeded, "update of a missing account");
                    Is("ConcurrencyFailure", string.Join(",", System.Linq.Enumerable.Select(update.Errors, static e => e.Code)), "its error");
                    var delete = store.DeleteAsync(new Account { Id = "b" }, none).GetAwaiter().GetResult();
                    Is("ConcurrencyFailure", string.Join(",", System.Linq.Enumerable.Select(delete.Errors, static e => e.Code)), "a delete of a missing account");
                    Is(null, store.FindByIdAsync("b", none).GetAwaiter().GetResult(), "nothing stored");
                }
            }
            """);
    }

    /// <summary>
    /// Foundatio's <c>IFileStorage.GetFileInfoAsync(path)</c> returns a <c>FileSpec</c> with <c>Path</c>, <c>Created</c>,
    /// <c>Modified</c> and <c>Size</c>; every Foundatio store writes <c>Modified</c> at each save. The fake filled the three
    /// names it knew and left <c>Modified</c> at <c>DateTime.MinValue</c>, a plausible date no store answers (h-wrongclass5
    /// found it in the corpus's Foundatio file, whose probe stops before the member). <c>Modified</c>, <c>ModifiedOn</c>,
    /// <c>LastModifiedOn</c> and <c>UpdatedOn</c> now read the blob's last write, as <c>LastModified</c> does.
    /// </summary>
    [Fact]
    public void A_blob_info_property_named_Modified_is_the_last_write_and_Created_the_first()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;
            public class FileSpec
            {
                public required string Path { get; set; }
                public DateTime Created { get; set; }
                public DateTime Modified { get; set; }
                public long Size { get; set; }
            }
            public class Entry { public string Name { get; set; } = ""; public DateTimeOffset CreatedOn { get; set; } public DateTimeOffset ModifiedOn { get; set; } public DateTime LastModifiedOn { get; set; } public DateTime UpdatedOn { get; set; } }
            [InMemoryFake]
            public interface IFileStorage
            {
                Task<FileSpec?> GetFileInfoAsync(string path);
                Task<Entry?> GetPropertiesAsync(string path);
                Task<bool> SaveFileAsync(string path, Stream stream, CancellationToken cancellationToken = default);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var start = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
                    var clock = new ManualClock(start);
                    IFileStorage storage = new InMemoryFileStorage(clock);
                    storage.SaveFileAsync("a.txt", new MemoryStream(new byte[] { 1, 2 })).GetAwaiter().GetResult();
                    clock.Advance(TimeSpan.FromMinutes(5));
                    storage.SaveFileAsync("a.txt", new MemoryStream(new byte[] { 1, 2, 3 })).GetAwaiter().GetResult();
                    var spec = storage.GetFileInfoAsync("a.txt").GetAwaiter().GetResult()!;
                    Is(start.UtcDateTime, spec.Created, "Created: the first write");
                    Is(start.AddMinutes(5).UtcDateTime, spec.Modified, "Modified: the last write, not DateTime.MinValue");
                    Is(3L, spec.Size, "Size");
                    var entry = storage.GetPropertiesAsync("a.txt").GetAwaiter().GetResult()!;
                    Is(start, entry.CreatedOn, "CreatedOn");
                    Is(start.AddMinutes(5), entry.ModifiedOn, "ModifiedOn");
                    Is(start.AddMinutes(5).UtcDateTime, entry.LastModifiedOn, "LastModifiedOn");
                    Is(start.AddMinutes(5).UtcDateTime, entry.UpdatedOn, "UpdatedOn");
                    Is(null, storage.GetFileInfoAsync("b.txt").GetAwaiter().GetResult(), "a missing file");
                }
            }
            """);
    }

    /// <summary>
    /// IdentityServer's <c>IPersistedGrantStore.GetAllAsync(PersistedGrantFilter)</c> and <c>RemoveAllAsync(filter)</c>: its
    /// in-memory, EF Core and every other store in its repositories skip a filter property that is null, empty or white space
    /// (<c>if (!String.IsNullOrWhiteSpace(filter.ClientId))</c>), and its <c>Validate()</c> throws for a filter with none set.
    /// The fake read a blank text as an equality, so <c>RemoveAllAsync(new { SubjectId = "alice", ClientId = "" })</c> removed
    /// nothing where IdentityServer removes every grant of alice (h-wrongclass6, in the corpus's IdentityServer4 file, whose
    /// smoke script passes null). A plain <c>==</c> store compares the blank text: the stores disagree, so a blank text
    /// property is refused at run time, naming the filter, store unchanged; null stays no condition.
    /// </summary>
    [Fact]
    public void A_filter_object_with_a_blank_text_property_throws_and_changes_nothing()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;
            public class PersistedGrant
            {
                public string Key { get; set; } = "";
                public string Type { get; set; } = "";
                public string? SubjectId { get; set; }
                public string? ClientId { get; set; }
                public int? Version { get; set; }
            }
            public class PersistedGrantFilter
            {
                public string? SubjectId { get; set; }
                public string? ClientId { get; set; }
                public string? Type { get; set; }
                public int? Version { get; set; }
            }
            [InMemoryFake]
            public interface IPersistedGrantStore
            {
                Task StoreAsync(PersistedGrant grant);
                Task<PersistedGrant?> GetAsync(string key);
                Task<IEnumerable<PersistedGrant>> GetAllAsync(PersistedGrantFilter filter);
                Task RemoveAllAsync(PersistedGrantFilter filter);
                Task RemoveAsync(string key);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPersistedGrantStore store = new InMemoryPersistedGrantStore();
                    store.StoreAsync(new PersistedGrant { Key = "1", Type = "code", SubjectId = "alice", ClientId = "web", Version = 1 }).GetAwaiter().GetResult();
                    store.StoreAsync(new PersistedGrant { Key = "2", Type = "code", SubjectId = "alice", ClientId = "", Version = 1 }).GetAwaiter().GetResult();
                    store.StoreAsync(new PersistedGrant { Key = "3", Type = "code", SubjectId = "bob", ClientId = "web", Version = 2 }).GetAwaiter().GetResult();
                    int Count(PersistedGrantFilter f) => System.Linq.Enumerable.Count(store.GetAllAsync(f).GetAwaiter().GetResult());
                    Throws<ArgumentException>(() => Count(new PersistedGrantFilter { SubjectId = "alice", ClientId = "" }), "filter", "a read with an empty ClientId");
                    Throws<ArgumentException>(() => Count(new PersistedGrantFilter { SubjectId = " " }), "filter", "a read with a white-space SubjectId");
                    Throws<ArgumentException>(() => store.RemoveAllAsync(new PersistedGrantFilter { SubjectId = "alice", ClientId = "" }).GetAwaiter().GetResult(), "filter", "a removal with an empty ClientId");
                    Is(3, System.Linq.Enumerable.Count(new[] { "1", "2", "3" }, k => store.GetAsync(k).GetAwaiter().GetResult() is not null), "the refused removal removed nothing");
                    Throws<ArgumentException>(() => Count(new PersistedGrantFilter()), "filter", "a filter with nothing set, as before");
                    Is(2, Count(new PersistedGrantFilter { SubjectId = "alice" }), "a null ClientId is no condition");
                    Is(1, Count(new PersistedGrantFilter { SubjectId = "alice", ClientId = "web" }), "a set ClientId is an equality");
                    Is(2, Count(new PersistedGrantFilter { Version = 1 }), "a value property is an equality");
                    store.RemoveAllAsync(new PersistedGrantFilter { SubjectId = "alice", Type = "code" }).GetAwaiter().GetResult();
                    Is(1, Count(new PersistedGrantFilter { Type = "code" }), "the removal of alice's grants");
                }
            }
            """);
    }

    /// <summary>
    /// IdentityServer's <c>IRefreshTokenStore.RemoveRefreshTokensAsync(subjectId, clientId)</c> and
    /// <c>IReferenceTokenStore.RemoveReferenceTokensAsync</c> run the grant store's <c>RemoveAllAsync</c> with a filter of the
    /// two and the grant type, which skips a null or blank value: <c>RemoveReferenceTokensAsync(null, "web")</c> removes
    /// every reference token of the client. The fake removed the tokens whose subject is null, where other stores of the same
    /// signature compare (<c>x.SubjectId == subjectId</c>): the stores disagree, so a null or blank argument to a removal by
    /// the values' properties is refused at run time, naming the parameter, store unchanged (h-wrongclass6, in the corpus's
    /// two IdentityServer4 token stores, whose smoke scripts pass both).
    /// </summary>
    [Fact]
    public void A_removal_by_value_properties_of_a_null_or_blank_argument_throws_and_removes_nothing()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;
            public class Token { public string? SubjectId { get; set; } public string ClientId { get; set; } = ""; public Guid? SessionId { get; set; } public int Lifetime { get; set; } }
            [InMemoryFake]
            public interface IReferenceTokenStore
            {
                Task<string> StoreReferenceTokenAsync(Token token);
                Task<Token?> GetReferenceTokenAsync(string handle);
                Task RemoveReferenceTokenAsync(string handle);
                Task RemoveReferenceTokensAsync(string? subjectId, string clientId);
                int RemoveTokens(Guid? sessionId, int lifetime);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IReferenceTokenStore store = new InMemoryReferenceTokenStore();
                    var session = Guid.NewGuid();
                    var a = store.StoreReferenceTokenAsync(new Token { SubjectId = "alice", ClientId = "web", SessionId = session, Lifetime = 60 }).GetAwaiter().GetResult();
                    var b = store.StoreReferenceTokenAsync(new Token { SubjectId = null, ClientId = "web", Lifetime = 60 }).GetAwaiter().GetResult();
                    Throws<ArgumentException>(() => store.RemoveReferenceTokensAsync(null, "web").GetAwaiter().GetResult(), "subjectId", "a null subject");
                    Throws<ArgumentException>(() => store.RemoveReferenceTokensAsync("", "web").GetAwaiter().GetResult(), "subjectId", "an empty subject");
                    Throws<ArgumentException>(() => store.RemoveReferenceTokensAsync("alice", " ").GetAwaiter().GetResult(), "clientId", "a white-space client");
                    Throws<ArgumentException>(() => store.RemoveTokens(null, 60), "sessionId", "a null nullable value");
                    Is(true, store.GetReferenceTokenAsync(a).GetAwaiter().GetResult() is not null && store.GetReferenceTokenAsync(b).GetAwaiter().GetResult() is not null, "nothing removed");
                    Is(1, store.RemoveTokens(session, 60), "set values compare for equality");
                    Is(null, store.GetReferenceTokenAsync(a).GetAwaiter().GetResult(), "alice's token removed");
                    store.RemoveReferenceTokensAsync("bob", "web").GetAwaiter().GetResult();
                    Is(true, store.GetReferenceTokenAsync(b).GetAwaiter().GetResult() is not null, "another subject's removal keeps the token without one");
                }
            }
            """);
    }
}
