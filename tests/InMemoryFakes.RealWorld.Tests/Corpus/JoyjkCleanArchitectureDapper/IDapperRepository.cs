// Source: https://github.com/Joyjk/ASP.NET-Core-8-with-Clean-Architecture-Dapper-
// Commit: 9c9255b (TestAspNet8Project.Domain/Interface/IDapperRepository.cs, TestAspNet8Project.Infrastructure/Data/
//   DapperRepository.cs and InfrastructureDependencyInjection.cs, TestAspNet8Project.Domain/Models/Category.cs,
//   TestAspNet8Project.Application/Service/CategoryService.cs; the newest snapshot)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample67 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IDapperRepository Task QueryAsync`, (2) `interface IMongoRepository Task FindAsync`, (3) `interface
//   IRedisCacheService Task GetAsync`, (4) `interface IBlobService Task UploadAsync DeleteAsync` (none ran in an
//   earlier round); from each query's results in the order returned, the C# interfaces (a file opened by repository
//   and path, or the interface an excerpt shows) whose implementation in the same repository keeps state (a database,
//   cache, blob store, collection) and that have at least 3 members (declared, or inherited from a base interface in
//   the same repository), outside test paths, whose repository and path are not a corpus source already; at most 1 per
//   repository over the round, at most 2 per query, stop after 8. Each interface is transcribed at the version the
//   result shows (found in the fetched history where the newest snapshot moved or dropped it), with its real store at
//   that version. Picks: (1) rank 3, Joyjk IDapperRepository (3; ranks 1-2 have 2 and 1 members) and rank 4,
//   rbtmeneghelli/WebAPI IRepositoryDapper<TEntity> (4 and IDisposable); (2) rank 2, imbelal/DotNetCrudWithMongoDb
//   IMongoRepository<T> (5; rank 1 has 2) and rank 4, schangxiang/LESTemplete IMongoBaseRepository<TEntity> (3; rank 3,
//   enginyenice/VehicleTrackingSystem's IMongoReadRepository<TEntity>, declares 2 at the version the result shows, on
//   an empty base: a later commit on another branch adds a third); (3) rank 1, FingerBeats4Code/MesaMagica
//   IRedisService (4) and rank 6, bezzad/HybridRedisCache's benchmark IRedisCacheService (9; ranks 2-3 have 2 members,
//   rank 4 is TypeScript, rank 5 a Markdown page); (4) rank 4, EgrShishov/Clinic IBlobStorageService (3; ranks 1-3
//   have 2 members; rank 5, Ab0khal1d/ScenarioWHwar's IDeleteBlobAsyncBlobStorageService, declares 1 on an empty
//   base and nothing implements it; ranks 7 and 8 are anonymous excerpts whose repository no tool could name, rank 6
//   has 2 members; ranks 9-12 not examined: the round stopped at seven for time). Seven picks.
//   This one: query (1), rank 3.
// Path: TestAspNet8Project.Domain/Interface/IDapperRepository.cs (real store: TestAspNet8Project.Infrastructure/Data/
//   DapperRepository.cs, Dapper over the IDbConnection InfrastructureDependencyInjection registers, a SqlConnection)
// Adapted: the namespaces shortened into one; Category (the one type CategoryService queries) cut down to its key and
//   name. Nullable enabled, as in TestAspNet8Project.Domain.csproj; `object parameters = null` kept as the source has
//   it (CS8625 silenced by #pragma, as there it warns).
// Real store: DapperRepository runs the SQL text it is given on SQL Server: QuerySingleAsync<T>(sql, parameters) =
//   QuerySingleOrDefaultAsync<T> (the one row mapped to T, default for none, InvalidOperationException for several),
//   QueryAsync<T> = QueryAsync<T> (every row mapped to T), ExecuteAsync = ExecuteAsync (the rows the statement
//   changed). CategoryService reads "SELECT top 50 * FROM Category" through QueryAsync<Category>.
// Shapes: *=core
// First try (f923f300): incomplete: QuerySingleAsync, QueryAsync, ExecuteAsync (IMF0001: 'QuerySingle', 'Query',
//   'Execute' are not known verbs) | generated: none | WRONG: none.
// After this round: unchanged, rightly: a SQL text and an anonymous parameter object are a query language the fake
//   does not run; which table a statement reads or writes is in the string, not in the signature.
#nullable enable
#pragma warning disable CS8625 // `object parameters = null` under nullable annotations, as the source has it

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.JoyjkCleanArchitectureDapper.IDapperRepositoryCase;

public class Category
{
    public int CategoryId { get; set; }

    public string CategoryName { get; set; } = "";
}

[InMemoryFake]
public interface IDapperRepository
{
    Task<T> QuerySingleAsync<T>(string sql, object parameters = null);
    Task<IEnumerable<T>> QueryAsync<T>(string sql, object parameters = null);
    Task<int> ExecuteAsync(string sql, object parameters = null);
}

public static class Smoke
{
    public static async Task RunAsync(IDapperRepository db)
    {
        Check.Equal(1, await db.ExecuteAsync("INSERT INTO Category (CategoryName) VALUES (@CategoryName)", new { CategoryName = "Books" }), "ExecuteAsync answers the rows the INSERT wrote");
        Check.Equal(1, await db.ExecuteAsync("INSERT INTO Category (CategoryName) VALUES (@CategoryName)", new { CategoryName = "Music" }), "a second row");
        var all = (await db.QueryAsync<Category>("SELECT top 50 * FROM Category")).ToList();
        Check.Equal(2, all.Count, "QueryAsync maps every row the SELECT reads (CategoryService's query)");
        var books = await db.QuerySingleAsync<Category>("SELECT * FROM Category WHERE CategoryName = @name", new { name = "Books" });
        Check.Equal("Books", books.CategoryName, "QuerySingleAsync maps the one row");
        Check.Null(await db.QuerySingleAsync<Category>("SELECT * FROM Category WHERE CategoryName = @name", new { name = "Films" }), "QuerySingleAsync of no row is default (QuerySingleOrDefaultAsync)");
        Check.Equal(2, await db.ExecuteAsync("DELETE FROM Category"), "ExecuteAsync answers the rows the DELETE removed");
    }
}
