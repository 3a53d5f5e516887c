// Source: https://github.com/kyle-appion/mercurialRepository
// Commit: ae36b1c7798f
// Licence: none stated (an interface signature and minimal models transcribed for a test; the LICENSE files in the
//   repository are those of NuGet packages and a Xamarin component it vendors, and AssemblyCopyright names only the author)
// Sample: h-sample89 rule (the whole rule and the repositories it skipped: Corpus/MyRepository/IRepository.cs). This one:
//   the 4th pick (the 73rd repository find_repos("Repository") lists: Appion's ION app for HVAC gauges). Before it in
//   path order: IModel (1 member), IObfuscator (2, a stateless XOR), IFilter and IFilter<T> (1), IReleasable, IPrinter
//   (2), ILogger (it prints to the platform's log and opens a log file's stream; nothing reads back: a logger, not a
//   store), IAlarmAlert (a started flag), IAlarmAlertFactory (1), IAlarm (the alarm itself).
// Path: ION/ION.Core/src/Alarms/IAlarmManager.cs (implementation: ION/ION.Core/src/Alarms/BaseAlarmManager.cs; base
//   interface ION/ION.Core/src/App/IManager.cs; models: Alarms/IAlarm.cs, Alarms/Alerts/IAlarmAlert.cs)
// Adapted: IManager, InitializationResult, IAlarm (with AlarmEvent and the OnAlarmEvent delegate), IAlarmAlert and the
//   AlarmAlertFactoryDelegate are transcribed whole, in one namespace (ION.Core.Alarms, ION.Core.Alarms.Alerts and
//   ION.Core.App in the source); HighPressureAlarm and LowPressureAlarm are stand-ins for the app's alarms (the sensor
//   alarms implement IAlarm through AbstractAlarm). Nullable disabled, as in the source (a Xamarin-era PCL).
// Real store: BaseAlarmManager keeps an id counter and three dictionaries: id → alarm, host → the host's set of alarms,
//   alarm → its alert. InitAsync() answers success and sets isInitialized; PostInit() does nothing. RegisterAlarmToHost(
//   host, alarm) answers false (and logs) when the host has an alarm of the same run-time type already; else it gives the
//   alarm the next id (1, 2, …, written onto alarm.id), adds it to the id map and the host's set, subscribes to its
//   events (a triggered alarm starts its alert, made by alertFactory unless SetAlertModeForAlarm gave one) and answers
//   true. GetAlarm(id) is the alarm of that id, null when none; GetAlarm<T>(id) the same when it is a T, else default.
//   GetAlarmsFromHost(host) is a new list of the host's alarms (empty for an unknown host); GetAlarmOfTypeFromHost<T>(host)
//   the host's first alarm that is a T; HostHasEnabledAlarms(host) whether one of them is enabled.
//   UnregisterAlarmFromHost(host, alarm) unsubscribes, drops the alarm from the host's set and its alert (stopped), and,
//   when the set is left empty, maps the host to null, so that host's later GetAlarmsFromHost, HostHasEnabledAlarms and
//   RegisterAlarmToHost throw (ArgumentNullException, NullReferenceException); the id map keeps the alarm.
//   UnregisterAllAlarmsFromHost(host) removes from the set it is enumerating and throws InvalidOperationException after
//   the first. Dispose() stops the alerts still firing.
// Shapes: *=none; Dispose=17
// First try (8b82adcf): incomplete: IMF0001 alertFactory (a settable property), isInitialized (not a known property),
//   InitAsync, PostInit, HostHasEnabledAlarms, RegisterAlarmToHost, UnregisterAlarmFromHost, UnregisterAllAlarmsFromHost
//   (not known verbs), GetAlarmsFromHost, GetAlarmOfTypeFromHost, SetAlertModeForAlarm (a known verb and words no
//   convention reads), GetAlarm and GetAlarm<T> ("no member the fake knows puts a value in"); generated: Dispose (nothing to
//   release) | WRONG: none (the no-op Dispose stops no alert, and the fake starts none).
// After this round: unchanged, and the refusals are right. The manager is a registry of alarms by host whose writes
//   number the alarm (writing its id onto it), refuse a second alarm of a type per host and wire its events to alerts; a
//   read by id is a lookup in a map only the registration fills, and no convention reads "register to a host" as a write
//   of that map.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MercurialRepository.IAlarmManagerCase;

public class InitializationResult
{
    public bool success { get; set; }

    public string errorMessage { get; set; }
}

public interface IManager : IDisposable
{
    bool isInitialized { get; }

    Task<InitializationResult> InitAsync();

    void PostInit();
}

public delegate void OnAlarmEvent(AlarmEvent alarmEvent);

public class AlarmEvent
{
    public IAlarm alarm;
    public EType type;

    public AlarmEvent(IAlarm alarm, EType type)
    {
        this.alarm = alarm;
        this.type = type;
    }

    public enum EType
    {
        Triggered,
        Reset,
        Cancelled,
        Changed,
    }
}

public interface IAlarm : IDisposable
{
    event OnAlarmEvent onAlarmEvent;

    int id { get; set; }

    string name { get; set; }

    string description { get; set; }

    bool enabled { get; set; }

    bool pendingReset { get; }

    bool Fire(bool force = false);

    bool IsTriggered();

    void Reset();

    void Cancel();
}

public interface IAlarmAlert
{
    IAlarm alarm { get; }

    bool isStarted { get; }

    bool Start();

    void Stop();
}

public delegate IAlarmAlert AlarmAlertFactoryDelegate(IAlarmManager alarmManager, IAlarm alarm);

[InMemoryFake]
public interface IAlarmManager : IManager
{
    AlarmAlertFactoryDelegate alertFactory { get; set; }

    IAlarm GetAlarm(int id);

    T GetAlarm<T>(int id) where T : IAlarm;

    List<IAlarm> GetAlarmsFromHost(object host);

    T GetAlarmOfTypeFromHost<T>(object host) where T : IAlarm;

    bool HostHasEnabledAlarms(object host);

    void SetAlertModeForAlarm(IAlarm alarm, IAlarmAlert alertMode);

    bool RegisterAlarmToHost(object host, IAlarm alarm);

    void UnregisterAlarmFromHost(object host, IAlarm alarm);

    void UnregisterAllAlarmsFromHost(object host);
}

public class HighPressureAlarm : IAlarm
{
    public event OnAlarmEvent onAlarmEvent;

    public int id { get; set; }

    public string name { get; set; }

    public string description { get; set; }

    public bool enabled { get; set; }

    public bool pendingReset => false;

    public bool Fire(bool force = false)
    {
        onAlarmEvent?.Invoke(new AlarmEvent(this, AlarmEvent.EType.Triggered));
        return true;
    }

    public bool IsTriggered() => false;

    public void Reset()
    {
    }

    public void Cancel()
    {
    }

    public void Dispose()
    {
    }
}

public class LowPressureAlarm : HighPressureAlarm
{
}

public static class Smoke
{
    public static async Task RunAsync(IAlarmManager alarms)
    {
        var result = await alarms.InitAsync();
        Check.True(result.success, "InitAsync answers success");
        Check.True(alarms.isInitialized, "and the manager is initialized");
        alarms.PostInit();

        var gauge = new object();
        var other = new object();
        var high = new HighPressureAlarm { name = "high", enabled = true };
        var low = new LowPressureAlarm { name = "low", enabled = false };
        Check.True(alarms.RegisterAlarmToHost(gauge, high), "RegisterAlarmToHost registers an alarm to its host");
        Check.Equal(1, high.id, "and numbers it from 1");
        Check.False(alarms.RegisterAlarmToHost(gauge, new HighPressureAlarm { name = "again" }), "a second alarm of the same type on one host is refused");
        Check.True(alarms.RegisterAlarmToHost(gauge, low), "an alarm of another type is registered");
        Check.Equal(2, low.id, "with the next id");

        Check.True(ReferenceEquals(high, alarms.GetAlarm(1)), "GetAlarm finds an alarm by its id");
        Check.Null(alarms.GetAlarm(99), "and null for an id never given");
        Check.True(ReferenceEquals(low, alarms.GetAlarm<LowPressureAlarm>(2)), "GetAlarm<T> finds it as a T");
        Check.Null(alarms.GetAlarm<LowPressureAlarm>(1), "and default when it is not one");

        Check.Equal(2, alarms.GetAlarmsFromHost(gauge).Count, "GetAlarmsFromHost lists the host's alarms");
        Check.Equal(0, alarms.GetAlarmsFromHost(other).Count, "and none for a host with none");
        Check.True(ReferenceEquals(low, alarms.GetAlarmOfTypeFromHost<LowPressureAlarm>(gauge)), "GetAlarmOfTypeFromHost finds the host's alarm of a type");
        Check.True(alarms.HostHasEnabledAlarms(gauge), "HostHasEnabledAlarms: one of the host's alarms is enabled");
        Check.False(alarms.HostHasEnabledAlarms(other), "a host with none has none enabled");

        alarms.UnregisterAlarmFromHost(gauge, high);
        Check.Equal(1, alarms.GetAlarmsFromHost(gauge).Count, "UnregisterAlarmFromHost drops the alarm from its host");
        Check.False(alarms.HostHasEnabledAlarms(gauge), "the one left is disabled");
        Check.True(ReferenceEquals(high, alarms.GetAlarm(1)), "the id map keeps an unregistered alarm");
        alarms.Dispose();
    }
}
