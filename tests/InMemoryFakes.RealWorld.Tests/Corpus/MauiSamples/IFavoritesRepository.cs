// Source: https://github.com/dotnet/maui-samples
// Commit: a338a063bb65
// Licence: MIT (the EmployeeDirectory sample's files: Apache-2.0, Copyright 2012 Xamarin Inc.)
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 1st of dotnet/maui-samples (10.0/Apps/EmployeeDirectory/EmployeeDirectory/Data/IFavoritesRepository.cs
//   is an identical copy in the app's other project).
// Path: 10.0/Apps/EmployeeDirectory/EmployeeDirectory.Core/Data/IFavoritesRepository.cs (model: Data/Person.cs)
// Adapted: Person keeps Id (with its fallback getter), Name, FirstName, LastName, Email and TelephoneNumbers; its
//   Property attributes, image prefetch and other contact fields are left out. The project builds with nullable
//   annotations and implicit usings (the usings are written out; Person's fields keep their oblivious declarations).
// Real store: Data/XmlFavoritesRepository.cs (a List<Person> under a lock, written to a JSON file after each change):
//   GetAll() a copy of the list, in insertion order; FindById(id) the first person whose Id equals id, or null (the
//   return type says Person, not Person?); IsFavorite(person) whether a stored person has person's Id (false for
//   null); InsertOrUpdate(person) removes the stored person with that Id, if any, then appends person (null: nothing);
//   Delete(person) removes every stored person with that Id (null: nothing); after a change that stored or removed
//   someone, a background commit writes the file and then raises Changed on the main thread. Person.Id falls back to
//   Email, then Name, when no id was set.
// Shapes: *=core; IsFavorite=19; Changed=20
// Configured: MissingDelete = MissingDelete.Ignore: Delete(person) removes every stored person with that Id from
//   the in-memory list (none: nothing), which a removal that returns nothing cannot say (docs/generator.md,
//   attribute settings).
// First try (4060da2): incomplete: IMF0001 IsFavorite(person) (no verb), Changed (events are not supported) | WRONG:
//   FindById of a missing id throws the not-found error (Person, not Person?, under nullable annotations), where the
//   real store returns null against its own annotation
//   Now FindById is refused (IMF0001): a Find declared to return a non-nullable entity under nullable annotations says
//   two things (null when missing by its name, never null by its result), and this store does the first
//   (docs/generator.md, entity reads). Still incomplete: FindById, IsFavorite, Changed.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MauiSamples.IFavoritesRepositoryCase;

#nullable disable
public class Person
{
    string id;

    public string Id
    {
        get
        {
            if (!string.IsNullOrEmpty(id))
            {
                return id;
            }
            else if (!string.IsNullOrEmpty(Email))
            {
                return Email;
            }
            else
            {
                return Name;
            }
        }
        set
        {
            id = value;
        }
    }

    public string Name { get; set; }
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string Email { get; set; }
    public List<string> TelephoneNumbers { get; set; }
}
#nullable enable

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface IFavoritesRepository
{
    IEnumerable<Person> GetAll();
    Person FindById(string id);
    bool IsFavorite(Person person);
    void InsertOrUpdate(Person person);
    void Delete(Person person);
    event EventHandler Changed;
}

public static class Smoke
{
    public static Task RunAsync(IFavoritesRepository repository)
    {
        Check.Equal(0, repository.GetAll().Count(), "GetAll of an empty store is empty");
        var ann = new Person { Name = "Ann Lee", Email = "ann@contoso.com" };
        repository.InsertOrUpdate(ann);
        Check.Equal("Ann Lee", repository.FindById("ann@contoso.com")?.Name, "FindById finds the person by Id (Email when no id is set)");
        Check.True(repository.IsFavorite(ann), "IsFavorite of a stored person is true");
        Check.Null(repository.FindById("nobody"), "FindById of a missing id is null");
        repository.InsertOrUpdate(new Person { Name = "Ann B. Lee", Email = "ann@contoso.com" });
        Check.Equal(1, repository.GetAll().Count(), "InsertOrUpdate of a stored Id replaces the person");
        Check.Equal("Ann B. Lee", repository.FindById("ann@contoso.com")?.Name, "InsertOrUpdate writes the new values");
        repository.InsertOrUpdate(new Person { Id = "bob", Name = "Bob" });
        repository.Delete(ann);
        Check.False(repository.IsFavorite(ann), "Delete removes the person");
        Check.Equal(1, repository.GetAll().Count(), "Delete leaves the others");
        repository.Delete(new Person { Id = "nobody" });
        Check.Equal(1, repository.GetAll().Count(), "Delete of a missing person changes nothing");
        return Task.CompletedTask;
    }
}
