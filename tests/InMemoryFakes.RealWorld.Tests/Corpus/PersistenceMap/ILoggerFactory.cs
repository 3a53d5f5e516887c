// Source: https://github.com/PersistenceMap/PersistenceMap
// Commit: 5e4b8de12118
// Licence: Ms-PL (License.txt; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample94 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Persistence") lists, in its order, keeping those with C# files (find_files(repo, ext="cs") with rows;
//   then find_repos("Storage") if that list ran out: it did not); in each, at its newest stored snapshot (fetch, then
//   git grep of interface declarations in *.cs, paths in git's order), the first C# interface outside test paths whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection) and which
//   has at least 3 members; not a corpus source already; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5.
//   The walk, every skip and why: Corpus/NServiceBusPersistenceSql/ISqlOutboxTransaction.cs and docs/generator.md,
//   h-sample94. The 5 picks, in order: NServiceBus.Persistence.Sql ISqlOutboxTransaction, PersistenceMap ILoggerFactory,
//   Akka.Persistence.Sql IJournalDao, NServiceBus.Persistence.AzureTable IAzureTableStorageSession,
//   NServiceBus.Persistence.CosmosDB ICosmosStorageSession.
//   This one: the 2nd pick (PersistenceMap; 3 members; the five interfaces before it in path order are query builders or
//   declare 1 member).
// Path: src/PersistenceMap/Diagnostics/ILoggerFactory.cs (implementation: LoggerFactory.cs; ILogWriter.cs and
//   LogDelegate.cs beside it; Settings.cs fills it from the configuration's loggers, named by their type's name)
// Adapted: none but the namespace; ILogWriter transcribed whole. Nullable disabled, as in the source (a .NET Framework
//   4.5 project).
// Real store: LoggerFactory over a Dictionary<string, ILogWriter>. AddWriter(name, writer) adds the writer under the name
//   unless the name is there already (ContainsKey first: the second writer of a name is dropped without a word; a null
//   name throws ArgumentNullException; a null writer is kept). LogProviders answers the dictionary's values. CreateLogger()
//   answers a new LogDelegate over the factory, whose Write hands each message to every writer LogProviders lists at the
//   time of the write.
// Shapes: *=none; AddWriter=19
// First try (45df1faa): incomplete: IMF0001 on LogProviders ("only Count, IsEmpty/HasItems, Keys, Values and a settings
//   object are supported"), AddWriter ("no member reads, tests, lists or removes by its key 'name'": whether a second
//   AddWriter of a name throws, replaces or keeps both is the store's) and CreateLogger ("'Logger' after Create is no noun
//   of this store") | WRONG: none (nothing generated).
// After this round: unchanged, and rightly refused: this registry keeps the first writer of a name and drops the second
//   silently, a fourth answer beside the three AddWriter's message names; LogProviders names no value type (the values are
//   ILogWriters); CreateLogger builds a writer that fans out to the others.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PersistenceMap.ILoggerFactoryCase;

public interface ILogWriter
{
    void Write(string message, string source = null, string category = null, DateTime? logtime = null);
}

[InMemoryFake]
public interface ILoggerFactory
{
    IEnumerable<ILogWriter> LogProviders { get; }

    void AddWriter(string name, ILogWriter loggerProvider);

    ILogWriter CreateLogger();
}

public sealed class RecordingWriter : ILogWriter
{
    public List<string> Messages { get; } = new List<string>();

    public void Write(string message, string source = null, string category = null, DateTime? logtime = null)
    {
        Messages.Add(message);
    }
}

public static class Smoke
{
    public static Task RunAsync(ILoggerFactory factory)
    {
        Check.Equal(0, factory.LogProviders.Count(), "a new factory has no writer");

        var trace = new RecordingWriter();
        var file = new RecordingWriter();
        factory.AddWriter("TraceLogWriter", trace);
        factory.AddWriter("FileLogWriter", file);
        Check.Equal(2, factory.LogProviders.Count(), "AddWriter adds a writer under each name");
        Check.True(factory.LogProviders.Contains(trace) && factory.LogProviders.Contains(file), "LogProviders lists the writers added");

        var other = new RecordingWriter();
        factory.AddWriter("TraceLogWriter", other);
        Check.Equal(2, factory.LogProviders.Count(), "AddWriter of a name already added adds nothing");
        Check.True(factory.LogProviders.Contains(trace), "the first writer of the name stays");
        Check.False(factory.LogProviders.Contains(other), "the second is not kept");

        Check.Throws<ArgumentNullException>(() => factory.AddWriter(null, new RecordingWriter()), "AddWriter of a null name throws (Dictionary.ContainsKey)");
        Check.Equal(2, factory.LogProviders.Count(), "and adds nothing");

        var logger = factory.CreateLogger();
        logger.Write("opened");
        Check.Equal(1, trace.Messages.Count, "CreateLogger's writer writes to every writer of the factory");
        Check.Equal(1, file.Messages.Count, "the second one too");
        Check.Equal(0, other.Messages.Count, "not to the writer AddWriter did not keep");

        var late = new RecordingWriter();
        factory.AddWriter("LateLogWriter", late);
        logger.Write("closed");
        Check.Equal(1, late.Messages.Count, "it reads the factory's writers on each write, so a writer added later gets the next message");
        Check.Equal(2, trace.Messages.Count, "and the others get it too");
        return Task.CompletedTask;
    }
}
