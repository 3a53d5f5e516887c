using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A repository whose unit of work hangs off a property the fake cannot implement (its interface has a save beside
/// transaction members): the real writes wait for that save, so the fake refuses them rather than store them at once.
/// </summary>
public class UnreachableSaveTests
{
    private const string Source = Sources.Usings + """
        namespace Ads;

        public class ConfigurationEntry
        {
            public Guid Id { get; set; }
            public string Key { get; set; } = "";
        }

        public interface IUnitOfWork
        {
            Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
            Task<IDisposable> BeginTransactionAsync(System.Data.IsolationLevel isolationLevel = System.Data.IsolationLevel.ReadCommitted, CancellationToken cancellationToken = default);
            Task CommitTransactionAsync(CancellationToken cancellationToken = default);
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Writes_are_refused_when_the_unit_of_work_property_cannot_be_implemented()
    {
        // phongnguyend/Practical.CleanArchitecture's IRepository<TEntity, TKey>: AddAsync only tracks until
        // UnitOfWork.SaveChangesAsync; the fake stored it at once, visible before the save.
        var run = GeneratorHarness.Run(Source + """
            [InMemoryFake]
            public interface IConfigurationEntries
            {
                IUnitOfWork UnitOfWork { get; }
                Task AddAsync(ConfigurationEntry entity, CancellationToken cancellationToken = default);
                Task UpdateAsync(ConfigurationEntry entity, CancellationToken cancellationToken = default);
                void Delete(ConfigurationEntry entity);
                Task<ConfigurationEntry?> GetByIdAsync(Guid id);
            }
            """);

        Assert.Equal(new[] { "AddAsync", "Delete", "UnitOfWork", "UpdateAsync" }, run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(
            "'AddAsync' of IConfigurationEntries matches no entity repository convention: its writes wait for UnitOfWork.SaveChangesAsync (a unit of work), which the fake cannot implement:"
            + " its type IUnitOfWork has members that are not a save, a discard or Dispose (BeginTransactionAsync); a write stored at once would be visible before that save."
            + " State UnitOfWorkWrites = UnitOfWorkWrites.Immediate on [InMemoryFake] if the writes are stored at once."
            + " Implement it in the partial class InMemoryConfigurationEntries, where its Store property reaches the fake's table in one line: await Store.CallAsync(nameof(AddAsync), cancellationToken, entity) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddAsync"));
    }

    [Fact]
    public void Writes_are_generated_when_the_attribute_says_they_are_stored_at_once()
    {
        var run = GeneratorHarness.Run(Source + """
            [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
            public interface IConfigurationEntries
            {
                IUnitOfWork UnitOfWork { get; }
                Task AddAsync(ConfigurationEntry entity, CancellationToken cancellationToken = default);
                Task<ConfigurationEntry?> GetByIdAsync(Guid id);
            }
            """);

        Assert.Equal(new[] { "UnitOfWork" }, run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).ToArray());
    }
}
