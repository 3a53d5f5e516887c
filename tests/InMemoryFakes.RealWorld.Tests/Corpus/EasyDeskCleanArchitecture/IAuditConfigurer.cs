// Source: https://github.com/EasyDesk/easydesk-clean-architecture
// Commit: d2feae65c064
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample68 rule (the whole rule and the repositories it skipped: Corpus/Cleansia/IAuditContext.cs).
//   This one: the 3rd pick (the 50th of find_repos("Clean")). Before it in path order: IMappableFrom, IObjectValue and
//   ISnapshot (mapping contracts, no state).
// Path: src/ca/EasyDesk.CleanArchitecture.Application/Auditing/IAuditConfigurer.cs (real store: AuditConfigurer.cs in the
//   same folder, the only implementation, one per request, read by the auditing step)
// Adapted: EasyDesk.Commons' Option<T>, IFixedMap<K, V> and IFixedSet<T> (a package of the same authors, not in the
//   repository) cut down to what the script reads: a present flag and value, a read-only map and set. Nullable enabled,
//   as in the source (Directory.Build.props).
// Real store: AuditConfigurer keeps an optional description and a map from property name to a set of values, in memory,
//   every write returning the configurer itself. SetDescription(d) sets the description (replacing one set before);
//   RemoveDescription() clears it. AddProperty(key, value) adds the value to the key's set (a value twice is kept once);
//   RemoveProperty(key) drops the key and all its values; RemoveProperty(key, value) drops that value and the key once
//   its set is empty. Description and Properties read the current state.
// Shapes: *=none
// First try (137a868c): incomplete: IMF0001 all 7 members (Description, Properties: no store property; AddProperty,
//   RemoveDescription, RemoveProperty twice, SetDescription: a verb followed by a noun that is no noun of the store) |
//   WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a builder of one request's audit record (an optional text and
//   a multi-valued map of properties), whose writes answer the builder; no convention keeps a set of values per key with
//   a single optional value beside it.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EasyDeskCleanArchitecture.IAuditConfigurerCase;

public readonly record struct Option<T>(bool IsPresent, T? Value);

public interface IFixedSet<T> : IReadOnlyCollection<T>
{
    bool Contains(T item);
}

public interface IFixedMap<K, V> : IReadOnlyDictionary<K, V>
    where K : notnull
{
}

[InMemoryFake]
public interface IAuditConfigurer
{
    Option<string> Description { get; }

    IFixedMap<string, IFixedSet<string>> Properties { get; }

    IAuditConfigurer AddProperty(string key, string value);

    IAuditConfigurer RemoveDescription();

    IAuditConfigurer RemoveProperty(string key);

    IAuditConfigurer RemoveProperty(string key, string value);

    IAuditConfigurer SetDescription(string description);
}

public static class Smoke
{
    public static Task RunAsync(IAuditConfigurer audit)
    {
        Check.False(audit.Description.IsPresent, "a new configurer has no description");
        Check.True(ReferenceEquals(audit, audit.SetDescription("Order paid")), "a write answers the configurer itself");
        Check.Equal("Order paid", audit.Description.Value, "SetDescription sets it");
        audit.RemoveDescription();
        Check.False(audit.Description.IsPresent, "RemoveDescription clears it");

        audit.AddProperty("orderId", "o-1").AddProperty("orderId", "o-2").AddProperty("orderId", "o-1").AddProperty("tenant", "t");
        Check.Equal(2, audit.Properties["orderId"].Count, "AddProperty keeps each value of a key once");
        audit.RemoveProperty("orderId", "o-1");
        Check.Equal("o-2", audit.Properties["orderId"].Single(), "RemoveProperty(key, value) drops the value");
        audit.RemoveProperty("orderId", "o-2");
        Check.False(audit.Properties.ContainsKey("orderId"), "and the key once its last value is gone");
        audit.RemoveProperty("tenant");
        Check.Equal(0, audit.Properties.Count, "RemoveProperty(key) drops the key with its values");
        return Task.CompletedTask;
    }
}
