using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using InMemoryFakes.Verification.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// What one test costs, start to finish: a fresh fixture and repository, then the same 10 repository operations
/// (<see cref="TenOperations"/>: three adds, two finds, an upsert that updates, an exists, a delete, a count and a
/// get-all). Contenders: the generated fake from a new <see cref="FakeScope"/> (what the xunit/NUnit fixtures do per
/// test); EF Core on a fresh SQLite in-memory database (<c>EnsureCreated</c> per test, the alternative Microsoft
/// recommends over the InMemory provider); EF Core on PostgreSQL with one transaction per test, rolled back at its end
/// (the schema is created once; the server is a throwaway cluster on 127.0.0.1 started as the verified-fakes tests start
/// it); and EF Core InMemory (a fresh, uniquely named database per test, deleted at its end).
/// </summary>
/// <remarks>
/// PostgreSQL needs its server binaries (Debian package <c>postgresql</c>). When they are missing or the server does not
/// start, the PostgreSQL benchmark fails its setup with the reason (<see cref="EngineUnavailableException"/>), and the
/// targets table reports it as not run, with that reason: it is never skipped silently.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the connection and the cluster.")]
public class PerTestBenchmarks
{
    private readonly Customer _first = Customer.Create(1);
    private readonly Customer _second = Customer.Create(2);
    private readonly Customer _third = Customer.Create(3);
    private readonly Customer _secondChanged = new() { Id = 2, Name = "Renamed", Country = "C001", Age = 40 };
    private long _database;
    private PostgresCluster? _cluster;
    private NpgsqlConnection? _postgres;

    /// <summary>Why PostgreSQL could not run (null when it did), for the targets table.</summary>
    public static string? PostgresUnavailable { get; private set; }

    [GlobalSetup(Target = nameof(PostgreSql_TransactionRolledBack_TenOperations))]
    public void StartPostgres()
    {
        try
        {
            _cluster = PostgresCluster.StartAsync().GetAwaiter().GetResult();
            using (var admin = new NpgsqlConnection(_cluster.ConnectionString))
            {
                admin.Open();
                using var create = new NpgsqlCommand("CREATE DATABASE bench", admin);
                create.ExecuteNonQuery();
            }

            _postgres = new NpgsqlConnection(_cluster.ConnectionStringFor("bench"));
            _postgres.Open();
            using var context = new ShopContext(new DbContextOptionsBuilder<ShopContext>().UseNpgsql(_postgres).Options);
            context.Database.EnsureCreated();
        }
        catch (EngineUnavailableException error)
        {
            PostgresUnavailable = error.Message;
            Console.WriteLine("// PostgreSQL benchmark NOT RUN: " + error.Message);
            throw;
        }
    }

    [GlobalCleanup(Target = nameof(PostgreSql_TransactionRolledBack_TenOperations))]
    public void StopPostgres()
    {
        _postgres?.Dispose();
        _cluster?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The generated fake: a new scope (clock, backend) and its repository, then the ten operations.</summary>
    [Benchmark]
    public int Fake_FreshScope_TenOperations() => TenOperations(new FakeScope().Get<ICustomerRepository>());

    /// <summary>EF Core on a new SQLite in-memory database: open a connection, <c>EnsureCreated</c>, the ten operations, dispose.</summary>
    [Benchmark(Baseline = true)]
    public int Sqlite_FreshInMemoryDatabase_TenOperations()
    {
        using var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var context = new ShopContext(new DbContextOptionsBuilder<ShopContext>().UseSqlite(connection).Options);
        context.Database.EnsureCreated();
        return TenOperations(new EfCustomerRepository(context));
    }

    /// <summary>EF Core on PostgreSQL: a new context on the open connection, a transaction, the ten operations, rollback.</summary>
    [Benchmark]
    public int PostgreSql_TransactionRolledBack_TenOperations()
    {
        using var context = new ShopContext(new DbContextOptionsBuilder<ShopContext>().UseNpgsql(_postgres!).Options);
        using var transaction = context.Database.BeginTransaction();
        var result = TenOperations(new EfCustomerRepository(context));
        transaction.Rollback();
        return result;
    }

    /// <summary>EF Core InMemory: a new, uniquely named database, <c>EnsureCreated</c>, the ten operations, deleted at the end.</summary>
    [Benchmark]
    public int EfCoreInMemory_FreshDatabase_TenOperations()
    {
        using var context = new ShopContext(ShopContext.Options("per-test-" + (++_database).ToString(CultureInfo.InvariantCulture)));
        context.Database.EnsureCreated();
        var result = TenOperations(new EfCustomerRepository(context));
        context.Database.EnsureDeleted();
        return result;
    }

    /// <summary>The test body: ten repository operations, the same on every contender.</summary>
    private int TenOperations(ICustomerRepository repository)
    {
        repository.Add(_first);
        repository.Add(_second);
        repository.Add(_third);
        var found = repository.Find(1) is null ? 0 : 1;
        repository.Upsert(_secondChanged);
        found += repository.Exists(3) ? 1 : 0;
        found += repository.Find(2)?.Name == "Renamed" ? 1 : 0;
        found += repository.Delete(3) ? 1 : 0;
        found += repository.Count();
        found += repository.GetAll().Count;
        if (found != 8)
        {
            throw new InvalidOperationException($"The ten operations did not do what they should (checksum {found}, expected 8).");
        }

        return found;
    }
}
