// Source: https://github.com/DapperLib/DapperAOT
// Commit: b411eb4a6ac8
// Licence: Apache-2.0 (an interface signature and two stub types transcribed for a test)
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
//   This one: the 1st of DapperLib/DapperAOT (26 members; first in path order: the only other interface outside tests
//   is the internal IQueryState of a reader's state).
// Path: src/Dapper.AOT/ICommand.cs (real store: src/Dapper.AOT/CommandT.cs, CommandT.Execute.cs, CommandT.Query.cs,
//   CommandT.ExecuteScalar.cs, CommandT.Batch.cs; DapperAotAttribute.cs, RowFactory.cs)
// Adapted: one namespace; DapperAotAttribute and RowFactory<T> (the row materializer the interceptor generator emits)
//   are empty stubs; the <inheritdoc> comments dropped. The library leaves TArgs to its callers, so this file closes
//   the interface over an args class of its own (Order: Id, Name) on a partial class. Nullable enabled, as in the
//   repository's Directory.Build.props.
// Real store: Command<TArgs>, a struct over a DbConnection (and an optional transaction), one SQL text, a command type
//   and timeout, and a command factory that adds TArgs' members as parameters. Every member runs that SQL against the
//   database: Execute/ExecuteAsync answer the rows it changed (the batch overloads run it once per value, the sum of
//   the rows); ExecuteScalar answers the first column of the first row; the Query members map the rows it returns to
//   TRow (Single: exactly one or InvalidOperationException, First: one or more, OrDefault: default for none;
//   QueryBuffered a list, QueryUnbuffered a lazy sequence, buffered as asked). What a call reads or writes is in the
//   SQL text given when the command was made, which no member shows.
// Shapes: *=core
// First try (45df1faa): incomplete: IMF0001 on all 26, bare on the open interface (read as a key-value store: 'Query…',
//   'Execute…' are no known verbs; a ReadOnlySpan<TArgs> parameter is a ref struct) and closed over Order on a partial
//   class alike | generated: none | WRONG: none.
// After this round: unchanged, rightly: a command runs SQL the signature does not carry; the fake has no table to
//   read or write, and TRow is any type the caller names at each call.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DapperAot.ICommandCase;

[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Module)]
public sealed class DapperAotAttribute : Attribute
{
}

public class RowFactory<T>
{
}

public sealed class Order
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public interface ICommand<TArgs>
{
    TRow QuerySingle<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null);

    TRow QueryFirst<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null);

    TRow? QuerySingleOrDefault<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null);

    TRow? QueryFirstOrDefault<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null);

    Task<TRow> QuerySingleAsync<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null, CancellationToken cancellationToken = default);

    Task<TRow> QueryFirstAsync<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null, CancellationToken cancellationToken = default);

    Task<TRow?> QuerySingleOrDefaultAsync<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null, CancellationToken cancellationToken = default);

    Task<TRow?> QueryFirstOrDefaultAsync<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null, CancellationToken cancellationToken = default);

    int Execute(TArgs args);

    Task<int> ExecuteAsync(TArgs args, CancellationToken cancellationToken = default);

    object? ExecuteScalar(TArgs args);

    Task<object?> ExecuteScalarAsync(TArgs args, CancellationToken cancellationToken = default);

    T ExecuteScalar<T>(TArgs args);

    Task<T> ExecuteScalarAsync<T>(TArgs args, CancellationToken cancellationToken = default);

    IEnumerable<TRow> Query<TRow>(TArgs args, bool buffered, [DapperAot] RowFactory<TRow>? rowFactory = null);

    List<TRow> QueryBuffered<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null, int rowCountHint = 0);

    Task<List<TRow>> QueryBufferedAsync<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null, int rowCountHint = 0, CancellationToken cancellationToken = default);

    IAsyncEnumerable<TRow> QueryUnbufferedAsync<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null,
        CancellationToken cancellationToken = default);

    IEnumerable<TRow> QueryUnbuffered<TRow>(TArgs args, [DapperAot] RowFactory<TRow>? rowFactory = null);

    int Execute(TArgs[] values, int batchSize = -1);

    int Execute(IEnumerable<TArgs> values, int batchSize = -1);

    int Execute(ReadOnlySpan<TArgs> values, int batchSize = -1);

    Task<int> ExecuteAsync(TArgs[] values, int batchSize = -1, CancellationToken cancellationToken = default);

    Task<int> ExecuteAsync(IEnumerable<TArgs> values, int batchSize = -1, CancellationToken cancellationToken = default);

    Task<int> ExecuteAsync(IAsyncEnumerable<TArgs> values, int batchSize = -1, CancellationToken cancellationToken = default);

    Task<int> ExecuteAsync(ReadOnlyMemory<TArgs> values, int batchSize = -1, CancellationToken cancellationToken = default);
}

[InMemoryFake(typeof(ICommand<Order>))]
public partial class OrderCommandFake;

public static class Smoke
{
    // The command the script stands for: connection.Command<Order>("INSERT INTO Orders (Id, Name) VALUES (@Id, @Name)").
    public static async Task RunAsync(ICommand<Order> insert)
    {
        Check.Equal(1, insert.Execute(new Order { Id = 1, Name = "first" }), "Execute runs the INSERT once and answers the rows it wrote");
        Check.Equal(2, insert.Execute(new[] { new Order { Id = 2, Name = "second" }, new Order { Id = 3, Name = "third" } }), "the batch overload runs it once per value and answers the sum of the rows");
        Check.Equal(1, await insert.ExecuteAsync(new Order { Id = 4, Name = "fourth" }), "ExecuteAsync as Execute");
        Check.Equal(0, insert.QueryBuffered<Order>(new Order { Id = 5, Name = "fifth" }).Count, "a query of an INSERT maps the rows it returns: none (it still inserts)");
    }
}
