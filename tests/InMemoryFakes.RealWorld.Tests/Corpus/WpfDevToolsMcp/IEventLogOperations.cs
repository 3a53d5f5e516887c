// Source: https://github.com/Evanlau1798/wpf-devtools-mcp
// Commit: a4264c31cf33
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample81 rule (written out in Corpus/HeBianGuWpfControl/IRepositoryPresenter.cs), fixed before probing.
//   This one: the 4th pick (the 11th repository of find_repos("Wpf")). Before it in path order:
//   IRemoteAllocationCleanupScheduler (1 member), IRemoteInjectionApi (Win32 process calls), IProcessInjector (injects
//   a DLL), IElementSnapshotAggregator (1), IRequestHandler (2), IAuditLoggerService (1), IAuditLogger (1).
// Path: src/WpfDevTools.Inspector/Utilities/AuditLogger.cs (the interface and its implementation,
//   SystemEventLogOperations, which EventLogAuditLogger writes the audit events through)
// Adapted: EventLogEntryType (System.Diagnostics.EventLog, a Windows package) is transcribed as an enum of its five
//   values. Nullable enabled, as in the source (WpfDevTools.Inspector.csproj). The interface is internal, so the script
//   takes the store as object.
// Real store: SystemEventLogOperations calls System.Diagnostics.EventLog, the Windows Event Log (the registry's
//   EventLog keys and the log files). SourceExists(source) is whether a log on this machine registers the source (names
//   compare ignoring case, as registry keys do). CreateEventSource(source, logName) registers the source under that log
//   (ArgumentException when the source is registered already, in any log). WriteEntry(source, message, type, eventId)
//   appends an entry to the source's log (registering the source under "Application" first when it is not registered).
//   Nothing in the interface reads entries back.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on every member: SourceExists (no known verb), CreateEventSource
//   ('EventSource' after Create is no noun of the store), WriteEntry (its 'eventType' cannot be a time to live) | WRONG:
//   none (nothing generated).
// After this round: unchanged, and the refusals are right: a registry of event sources whose names compare ignoring
//   case, where WriteEntry registers a missing source under "Application" and appends entries nothing in the interface
//   reads back; a source-to-log store keyed ordinally would answer SourceExists("wpfdevtools") false.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WpfDevToolsMcp.IEventLogOperationsCase;

public enum EventLogEntryType
{
    Error = 1,
    Warning = 2,
    Information = 4,
    SuccessAudit = 8,
    FailureAudit = 16,
}

[InMemoryFake]
internal interface IEventLogOperations
{
    bool SourceExists(string source);

    void CreateEventSource(string source, string logName);

    void WriteEntry(string source, string message, EventLogEntryType eventType, int eventId);
}

public static class Smoke
{
    public static Task RunAsync(object store) => RunCoreAsync((IEventLogOperations)store);

    private static Task RunCoreAsync(IEventLogOperations log)
    {
        Check.False(log.SourceExists("WpfDevTools"), "a source nobody registered does not exist");
        log.CreateEventSource("WpfDevTools", "Application");
        Check.True(log.SourceExists("WpfDevTools"), "CreateEventSource registers the source");
        Check.True(log.SourceExists("wpfdevtools"), "source names compare ignoring case");
        Check.Throws<ArgumentException>(() => log.CreateEventSource("WpfDevTools", "Application"), "a source registered already is ArgumentException");
        log.WriteEntry("WpfDevTools", "[Security] attach", EventLogEntryType.Warning, 1001);
        log.WriteEntry("OtherTool", "hello", EventLogEntryType.Information, 1);
        Check.True(log.SourceExists("OtherTool"), "WriteEntry registers a missing source under Application");
        return Task.CompletedTask;
    }
}
