// Source: https://github.com/joecare99/CSharp
// Commit: 962ca05470f0
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample88 rule (Corpus/SharpDevelop/IProfilingDataWriter.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 2nd pick (the 8th repository of find_repos("CSharp")). Before it in path order: AA05's
//   ICalculatorModel (a calculator's accumulator, register and memory, no records), ICommandParCalcModel, ICyclTimer and
//   ISysTime, AA05/AA06 view models and IPropertyBinding, AA06's IAGVModel and IValueConverterModel, AA09's dialog
//   hosts, AA14's IRendererService, AA15's ILabyrinthGenerator, ILabyrinthViewModel and IHeightLabyrinth, AA16/AA18
//   view models: none reads or writes records.
// Path: Avalonia_Apps/AA19_FilterLists/AA19_FilterLists/Model/IPersonDataService.cs (implementation:
//   PersonDataService.cs, registered as a singleton over CreateDefaultPersons() in App.axaml.cs; model: Person.cs)
// Adapted: Person keeps Id, FirstName, LastName and Title with its constructors; it derives from the MVVM Toolkit's
//   ObservableObject in the source (property-change events, and the computed FullName and IsEmpty), dropped here.
//   Nullable enabled, as in the source.
// Real store: PersonDataService over an ObservableCollection<Person> seeded from the constructor's persons (the app
//   passes four). Persons is a live ReadOnlyObservableCollection over it; PersonsChanged re-raises the collection's
//   CollectionChanged (sender: the service). AddPerson(person) sets person.Id to the largest stored Id + 1 (1 when
//   empty), overwriting any Id the caller set, and appends it (an Add event); the same instance added twice is held
//   twice, with the second Id; null throws NullReferenceException.
// Shapes: *=core
// First try (8b82adcf): incomplete: IMF0001 Persons (a ReadOnlyObservableCollection<Person> property: only a Count
//   property is read), PersonsChanged (events are not supported); generated: AddPerson, an entity add with a
//   generated int key | WRONG: AddPerson with the Id already set: the real service overwrites it with the largest Id
//   + 1, where the fake keeps a preset key (the documented default of preset keys on add) and throws the duplicate
//   error for a taken one. From an empty store with unset Ids both number 1, 2, 3.
// After this round: unchanged. The refusals are right: Persons is a live observable view whose change events the
//   app's filter binds to, which the fake's snapshots are not, and an event is no store operation. The preset-key
//   difference is the documented reading (docs/generator.md, preset keys on add): a store that renumbers every add is
//   rare and no signature tells it from one that stores or refuses the key given (PresetKeyOnAdd = Refuse states the
//   latter).
#nullable enable

using System;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.JoecareCSharp.IPersonDataServiceCase;

public class Person
{
    public Person(string lastName, string firstName, string title = "")
    {
        (FirstName, LastName, Title) = (firstName, lastName, title);
    }

    public Person() { }

    public int Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Title { get; set; } = "";
}

[InMemoryFake]
public interface IPersonDataService
{
    ReadOnlyObservableCollection<Person> Persons { get; }

    event NotifyCollectionChangedEventHandler? PersonsChanged;

    void AddPerson(Person person);
}

public static class Smoke
{
    public static Task RunAsync(IPersonDataService service)
    {
        var events = 0;
        service.PersonsChanged += (_, e) =>
        {
            Check.Equal(NotifyCollectionChangedAction.Add, e.Action, "PersonsChanged reports an add");
            events++;
        };

        Check.Equal(0, service.Persons.Count, "a service seeded with no person holds none");
        var max = new Person("Mustermann", "Max", "Dr.");
        service.AddPerson(max);
        Check.Equal(1, max.Id, "the first person added gets Id 1");
        var anna = new Person("Musterfrau", "Anna", "Prof.") { Id = 40 };
        service.AddPerson(anna);
        Check.Equal(2, anna.Id, "an Id set by the caller is overwritten with the largest Id + 1");
        Check.Equal(2, service.Persons.Count, "Persons holds both");
        Check.Equal("Musterfrau", service.Persons[1].LastName, "in the order added");
        Check.Equal(2, events, "each add raises PersonsChanged");

        service.AddPerson(max);
        Check.Equal(3, max.Id, "the same person added again is held twice, renumbered");
        Check.Equal(3, service.Persons.Count, "so Persons counts it twice");
        Check.Throws<NullReferenceException>(() => service.AddPerson(null!), "AddPerson(null) throws");
        return Task.CompletedTask;
    }
}
