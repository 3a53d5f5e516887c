using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An add returning the entity's string key says the store hands the key out (workflow-core's CreateEvent sets a new
/// Guid string whatever Id the event had); the fake generates no string key, so the add is refused.
/// </summary>
public class StringKeyAddTests
{
    private const string Event = Sources.Usings + """
        namespace Events;

        public class Event
        {
            public string Id { get; set; } = "";
            public string EventName { get; set; } = "";
        }

        public class Counter
        {
            public Guid Id { get; set; }
        }

        """;

    [Fact]
    public void An_add_returning_a_string_key_is_refused_and_one_returning_the_entity_or_nothing_is_not()
    {
        var run = GeneratorHarness.Run(Event + """
            [InMemoryFake]
            public interface IEvents
            {
                Task<string> CreateEvent(Event newEvent);
                Task<Event> AddAsync(Event evt);
                void Insert(Event evt);
                Event? Find(string id);
            }

            [InMemoryFake]
            public interface ICounters
            {
                Task<Guid> CreateAsync(Counter counter);
                Counter? Find(Guid id);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith(
            "'CreateEvent' of IEvents matches no entity repository convention: it returns the string key of the Event it adds, which says the store hands the key out (workflow-core's "
            + "CreateEvent sets a new Guid string whatever Id the event had), while the fake generates no string key: it would store the caller's Id and return it, or throw for a null one. "
            + "Return void or the Event, or implement it",
            run.GeneratorDiagnostics[0].GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
    }
}
