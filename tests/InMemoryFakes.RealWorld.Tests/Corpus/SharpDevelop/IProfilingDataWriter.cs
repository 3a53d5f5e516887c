// Source: https://github.com/icsharpcode/SharpDevelop
// Commit: 3f3ae2a5d4ff
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample88 rule, fixed before looking at any interface: the repositories find_repos("CSharp") lists, in its
//   order, keeping those with C# files (then find_repos("Csharp") if the list ran out); in each, at its newest stored
//   snapshot (fetch, then git grep, paths in git's order), the first C# interface outside test paths whose implementation
//   in the same repository keeps state (a database, cache, blob, table, in-memory collection: read as in h-sample81, the
//   members reading or writing records the implementation holds or hands on to such a store) and which has at least 3
//   members (inherited ones count); not a corpus source already; a licence that allows transcribing a signature (no
//   licence file: skipped); at most 1 per repository; stop after 5. Skipped, in order: aliyun/alibabacloud-csharp-sdk
//   (its snapshot declares no C# interface: generated Tea clients); jeremybeavon/CSharpDom (no licence file);
//   cnctemaR/ONI-Assembly-CSharp_windows (no snapshot, no licence file: a decompiled game assembly);
//   CSharpForUnrealEngine5/CsToCpp (no C# interface); hqhai/csharp-with-agent (no snapshot, no licence file);
//   CodeBambi/Conditioning-Control-Panel---CSharp-WPF (its one interface is a private COM IShellLink);
//   DogMammlEnjoyer/assembly-csharp-dump (decompiled game assemblies, no licence file); bitzhuwei/CSharpGL (no such
//   interface: meshes, cameras, GL objects and a parser's source buffer); Azure/autorest.csharp (no such interface:
//   IPluginCommunication is a stateless JSON-RPC channel to the AutoRest host process, the rest serialization and
//   operation hooks); Danil0v3s/mmo-csharp (no licence file). Picks, in order: icsharpcode/SharpDevelop
//   IProfilingDataWriter; joecare99/CSharp IPersonDataService; mongodb/mongo-csharp-driver IConventionRegistry;
//   icerpc/icerpc-csharp IServerAddressCache; hazelcast/hazelcast-csharp-client IAtomicLong.
//   This one: the 1st pick (the 2nd repository of find_repos("CSharp")). Before it in path order: the COM interop
//   declarations and tree-node, search and view interfaces of samples/ComponentInspector, LineCounter's
//   ICountingAlgorithm (1 member), CodeCoverage's ICodeCoverageWithVisits, CodeQuality's IColorizer<T>,
//   MachineSpecifications' ITestWithAssociatedType, the profiler's IProfilingDataComparer and IProfilingDataSet (2
//   members, a data set, not a store).
// Path: src/AddIns/Analysis/Profiler/Controller/Data/IProfilingDataWriter.cs (implementation:
//   ProfilingDataSQLiteWriter.cs, the profiler's writer of a session's SQLite database; models: IProfilingDataSet.cs,
//   CallTreeNode.cs, NameMapping.cs, PerformanceCounterDescriptor.cs, EventDataEntry.cs)
// Adapted: CallTreeNode (an abstract class of 30-odd members) keeps the six the writer reads (CpuCyclesSpentSelf virtual,
//   as in the source); NameMapping keeps its
//   four-argument constructor and properties; PerformanceCounterDescriptor keeps its five-argument constructor and the
//   properties the writer reads (its Windows performance-counter sampling is dropped); EventDataEntry and EventType as
//   in the source; XML comments dropped. Nullable disabled, as in the source (the project does not enable it).
// Real store: ProfilingDataSQLiteWriter over a new SQLite file (the constructor throws when the file exists).
//   WriteDataSet(dataSet) inserts the data set's row, every call of its tree and the per-function sums in one
//   transaction and counts it (null: ArgumentNullException); WriteMappings, WritePerformanceCounterData and
//   WriteEventData insert their rows in a transaction each; the ProcessorFrequency setter writes the "processorfrequency"
//   row of the Properties table, its getter answers the last value set; DataSetCount is the number of data sets
//   written, but -1 before the first (the counter starts at -1 and is set to 0 just before the first insert); Close()
//   builds the index and closes the connection (a second Close does nothing). Nothing reads the rows back through this
//   interface: ProfilingDataSQLiteProvider opens the file later.
// Shapes: *=none
// First try (8b82adcf): incomplete: IMF0001 WriteDataSet (a value written without a key that no member reads back),
//   WriteMappings, WritePerformanceCounterData and WriteEventData ('Write' with a noun of no store), Close (no known
//   verb), ProcessorFrequency (a property with a setter); generated: DataSetCount, the count of a key-value table of
//   IProfilingDataSet values | WRONG: DataSetCount: a new writer answers -1 where the fake's empty table answers 0 (a
//   sentinel the signature does not show; after n data sets both answer n when WriteDataSet is written by hand with
//   one entry per data set).
// After this round: unchanged, and the refusals are right: the writes put rows into tables that nothing in the
//   interface reads (a write-only sink of a profiling session, whose reader is another class), Close ends the
//   connection, and ProcessorFrequency is a property row of the file. DataSetCount's -1 is the writer's own counter;
//   no rule could read it from "int DataSetCount { get; }", and refusing every count beside a refused write would
//   refuse the counts of stores whose writes are written by hand.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SharpDevelop.IProfilingDataWriterCase;

public abstract class CallTreeNode
{
    public abstract NameMapping NameMapping { get; }

    public abstract long CpuCyclesSpent { get; }

    public virtual long CpuCyclesSpentSelf => CpuCyclesSpent - Children.Sum(item => item.CpuCyclesSpent);

    public abstract int RawCallCount { get; }

    public abstract bool IsActiveAtStart { get; }

    public abstract IQueryable<CallTreeNode> Children { get; }
}

public class NameMapping
{
    public NameMapping(int id, string returnType, string name, IList<string> parameters)
    {
        Id = id;
        ReturnType = returnType ?? "";
        Name = name ?? "";
        Parameters = parameters != null ? Array.AsReadOnly(parameters.ToArray()) : Array.Empty<string>();
    }

    public int Id { get; }

    public string ReturnType { get; }

    public string Name { get; }

    public IList<string> Parameters { get; }
}

public class PerformanceCounterDescriptor
{
    public PerformanceCounterDescriptor(string name, float? minValue, float? maxValue, string unit, string format)
    {
        Name = name;
        MinValue = minValue;
        MaxValue = maxValue;
        Unit = unit;
        Format = format;
        Values = new List<float>();
    }

    public string Name { get; private set; }

    public IList<float> Values { get; private set; }

    public float? MinValue { get; private set; }

    public float? MaxValue { get; private set; }

    public string Unit { get; private set; }

    public string Format { get; private set; }
}

public class EventDataEntry
{
    public int DataSetId { get; set; }

    public EventType Type { get; set; }

    public int NameId { get; set; }

    public string Data { get; set; }
}

public enum EventType : int
{
    Exception = 0,
    Console = 1,
    WindowsForms = 2,
    WindowsPresentationFoundation = 3
}

public interface IProfilingDataSet
{
    bool IsFirst { get; }

    CallTreeNode RootNode { get; }
}

[InMemoryFake]
public interface IProfilingDataWriter
{
    void WriteDataSet(IProfilingDataSet dataSet);

    void WriteMappings(IEnumerable<NameMapping> mappings);

    void WritePerformanceCounterData(IEnumerable<PerformanceCounterDescriptor> counters);

    void WriteEventData(IEnumerable<EventDataEntry> events);

    void Close();

    int ProcessorFrequency { get; set; }

    int DataSetCount { get; }
}

public static class Smoke
{
    private sealed class Leaf : CallTreeNode
    {
        public override NameMapping NameMapping { get; } = new NameMapping(0, null, "Thread#1", null);

        public override long CpuCyclesSpent => 100;

        public override int RawCallCount => 1;

        public override bool IsActiveAtStart => false;

        public override IQueryable<CallTreeNode> Children => Enumerable.Empty<CallTreeNode>().AsQueryable();
    }

    private sealed class DataSet : IProfilingDataSet
    {
        public bool IsFirst { get; init; }

        public CallTreeNode RootNode { get; } = new Leaf();
    }

    public static Task RunAsync(IProfilingDataWriter writer)
    {
        Check.Equal(-1, writer.DataSetCount, "a new writer counts -1 data sets: its counter starts at -1");
        writer.ProcessorFrequency = 2400;
        Check.Equal(2400, writer.ProcessorFrequency, "ProcessorFrequency answers the value set");

        Check.Throws<ArgumentNullException>(() => writer.WriteDataSet(null), "WriteDataSet(null) throws");
        writer.WriteMappings(new[] { new NameMapping(1, "void", "Program.Main", new[] { "string[] args" }) });
        writer.WriteDataSet(new DataSet { IsFirst = true });
        Check.Equal(1, writer.DataSetCount, "the first data set written makes the count 1");
        writer.WriteDataSet(new DataSet());
        Check.Equal(2, writer.DataSetCount, "each data set written counts once");

        writer.WritePerformanceCounterData(new[] { new PerformanceCounterDescriptor("% Processor Time", 0, 100, "%", "{0:0.00}") });
        writer.WriteEventData(new[] { new EventDataEntry { DataSetId = 0, Type = EventType.Console, NameId = 1, Data = "hello" } });
        writer.Close();
        writer.Close();
        return Task.CompletedTask;
    }
}
