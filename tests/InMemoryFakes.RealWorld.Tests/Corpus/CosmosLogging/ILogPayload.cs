// Source: https://github.com/cosmos-loops/cosmos-logging
// Commit: 67b9ef4008cd
// Licence: Apache-2.0 (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample93 rule (Corpus/CosmosFramework/ICommandBinder.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 2nd pick. Before it in path order: a console abstraction, the file sink's writers (IAstronaut 1
//   member, IFlushableAstronaut 2), template parsers and renderers, an HTTP client, and ILoggingOptions and
//   ILogServiceCollection (fluent configuration builders, not stores).
// Path: src/Cosmos.Logging/Cosmos/Logging/Core/Payloads/ILogPayload.cs (implementation: LogPayload.cs, the batch of
//   events a logger collects before LoggerBase hands it to the sinks; model: ../../Events/LogEvent.cs)
// Adapted: LogEvent keeps StateNamespace, Level and a plain Message string; its message template, properties, context
//   and caller info are dropped, and so is all of LogEventLevel but three levels. Nullable disabled, as in the source.
// Real store: LogPayload over a List<LogEvent>, made by LoggerBase with the logger's source type and state namespace
//   (Name). Add(e) appends e (null is ignored; the same event twice is kept twice); AddRange(es) appends each (null or
//   an empty sequence: nothing); enumerating lists the events in the order added. Export() answers a new LogPayload of
//   the same SourceType and Name holding the events, and empties this one (Reset), so the logger's next batch starts
//   empty while the exported one goes to the sinks. Reset() and Clear() both leave no event.
// Shapes: *=12
// First try (45df1faa): incomplete: IMF0009 on the interface (LogEvent has no key; the message adds that a store that
//   keeps repeats has no key that fits and is written by hand) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: a keyless list of events read through the interface's own
//   IEnumerable<LogEvent>; the key-value store's append-only collection is read back by a GetAll, which this interface
//   does not have, and with one Name and SourceType (the logger's, given to the constructor), Export (hands out the
//   events and empties the payload) and Reset would still be refused; Add(null) being ignored is the store's own.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CosmosLogging.ILogPayloadCase;

public enum LogEventLevel : uint
{
    Verbose = 0,
    Information = 2,
    Error = 4,
}

public class LogEvent
{
    public LogEvent(string stateNamespace, LogEventLevel level, string message)
    {
        StateNamespace = stateNamespace;
        Level = level;
        Message = message;
    }

    public string StateNamespace { get; }

    public LogEventLevel Level { get; }

    public string Message { get; }
}

[InMemoryFake]
public interface ILogPayload : IEnumerable<LogEvent>
{
    string Name { get; }
    Type SourceType { get; }
    void Add(LogEvent logEvent);
    void AddRange(IEnumerable<LogEvent> logEvents);
    ILogPayload Export();
    void Reset();
    void Clear();
}

public static class Smoke
{
    public static Task RunAsync(ILogPayload payload)
    {
        Check.Equal(0, payload.Count(), "a new payload holds no event");

        var started = new LogEvent("Orders", LogEventLevel.Information, "started");
        var failed = new LogEvent("Orders", LogEventLevel.Error, "failed");
        payload.Add(started);
        payload.Add(failed);
        payload.Add(started);
        Check.Equal(3, payload.Count(), "Add appends every event, the same one twice too");
        Check.Equal("started,failed,started", string.Join(",", payload.Select(static e => e.Message)), "in the order added");

        payload.Add(null);
        Check.Equal(3, payload.Count(), "Add(null) is ignored");
        payload.AddRange(new[] { new LogEvent("Orders", LogEventLevel.Verbose, "retried") });
        payload.AddRange(null);
        Check.Equal(4, payload.Count(), "AddRange appends each event; AddRange(null) adds nothing");

        var exported = payload.Export();
        Check.Equal(4, exported.Count(), "Export hands out a payload of the events");
        Check.Equal(0, payload.Count(), "and empties this one");
        Check.Equal(payload.Name, exported.Name, "the exported payload has the same name");

        payload.Add(failed);
        payload.Clear();
        Check.Equal(0, payload.Count(), "Clear leaves no event");
        payload.Add(failed);
        payload.Reset();
        Check.Equal(0, payload.Count(), "Reset leaves no event");
        return Task.CompletedTask;
    }
}
