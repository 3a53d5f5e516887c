// Source: https://github.com/MicrosoftDocs/mslearn-xamarin-store-data-sqlite
// Commit: 91a5e0fb63c7b880aa0ac8ab96cf46760790c9a4
// Licence: MIT (code, LICENSE-CODE; CC-BY-4.0 documentation): a class's public members transcribed for a test
// Sample: h-sample53 rule, fixed before probing (Corpus/MslearnMrAdtInUnity/ITurbineSiteData.cs gives it whole, with
//   the repositories skipped and why). This one: the 5th pick, the second grep hit of xamarin-store-data-sqlite (the
//   first, src/exercise1/assets/PersonRepository.cs, is the module's starter: its SQLite members are TODO).
// Path: src/exercise1/final/People/PersonRepository.cs (model: src/exercise1/final/People/Models/Person.cs;
//   sqlite-net-pcl 1.7.335)
// Adapted: the interface is what "Extract interface" gives from PersonRepository (StatusMessage, AddNewPerson,
//   GetAllPeople). sqlite-net's attributes are declared here by their names (Table, PrimaryKey, AutoIncrement,
//   MaxLength, Unique). Nullable disabled, as in the source (netstandard2.0).
// Real store: one SQLiteConnection over the app's database file; the constructor creates the "people" table (Id INTEGER
//   PRIMARY KEY AUTOINCREMENT, Name varchar(250) with a UNIQUE index). AddNewPerson(name): a null or empty name sets
//   StatusMessage to "Failed to add {name}. Error: Valid name required" and stores nothing; otherwise conn.Insert(new
//   Person { Name = name }) numbers the person (1, 2, ...) and StatusMessage becomes "1 record(s) added [Name:
//   {name})"; a name already stored fails the UNIQUE index (SQLiteException, caught): StatusMessage "Failed to add
//   {name}. Error: ..." and nothing stored. No exception leaves AddNewPerson. GetAllPeople() is
//   conn.Table<Person>().ToList(): every person in rowid order (Id); StatusMessage is written only on a failure.
//   StatusMessage is a plain property the page reads after each call (and may set).
// First try (10e6d05): incomplete: IMF0001 AddNewPerson ("is not a known verb"; it takes a name, not a Person) and
//   StatusMessage (a property with a setter); GetAllPeople generated (every person: People is Person's plural). The
//   probe passes GetAllPeople of an empty table and stops at AddNewPerson, the script's second call | WRONG: none.
// After this round: unchanged, and rightly: AddNewPerson refuses a blank name and reports success and failure (the
//   UNIQUE index included) in StatusMessage, in the store's own words; a fake's StatusMessage would only keep what is
//   set.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

namespace Corpus.MslearnXamarinStoreDataSqlite.IPersonRepositoryCase;

[AttributeUsage(AttributeTargets.Class)]
public sealed class TableAttribute : Attribute
{
    public TableAttribute(string name) => Name = name;

    public string Name { get; }
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class PrimaryKeyAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class AutoIncrementAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxLengthAttribute : Attribute
{
    public MaxLengthAttribute(int length) => Value = length;

    public int Value { get; }
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class UniqueAttribute : Attribute
{
}

[Table("people")]
public class Person
{
    [PrimaryKey, AutoIncrement]
    public int Id { get; set; }
    [MaxLength(250), Unique]
    public string Name { get; set; }
}

[InMemoryFake]
public interface IPersonRepository
{
    string StatusMessage { get; set; }

    void AddNewPerson(string name);

    List<Person> GetAllPeople();
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(IPersonRepository repository)
    {
        Check.Equal(0, repository.GetAllPeople().Count, "GetAllPeople of an empty table is empty");

        repository.AddNewPerson("Ann");
        Check.Equal("1 record(s) added [Name: Ann)", repository.StatusMessage, "AddNewPerson inserts the person and says so in StatusMessage");
        repository.AddNewPerson("Bob");
        var people = repository.GetAllPeople();
        Check.Equal(2, people.Count, "GetAllPeople lists every person");
        Check.Equal("Ann,Bob", string.Join(",", people.Select(p => p.Name)), "in rowid order");
        Check.True(people[0].Id != 0 && people[1].Id != people[0].Id, "each numbered by AUTOINCREMENT");

        repository.AddNewPerson("");
        Check.Equal("Failed to add . Error: Valid name required", repository.StatusMessage, "an empty name is refused in StatusMessage, not thrown");
        repository.AddNewPerson("Ann");
        Check.True(repository.StatusMessage.StartsWith("Failed to add Ann. Error: ", StringComparison.Ordinal), "a name already stored fails the UNIQUE index, caught into StatusMessage");
        Check.Equal(2, repository.GetAllPeople().Count, "neither stores anything");

        repository.StatusMessage = "cleared";
        Check.Equal("cleared", repository.StatusMessage, "StatusMessage keeps what the page sets");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
