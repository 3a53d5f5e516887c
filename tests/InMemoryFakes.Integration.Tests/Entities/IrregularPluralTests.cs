using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.IrregularPlural;

// OData's IAlternateKeyRepository (sample/ODataAlternateKeySample): GetPeople lists Person rows, GetChildren Child rows.
public sealed class Person
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class Child
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

[InMemoryFake]
public interface IFamilyRepository
{
    IEnumerable<Person> GetPeople();

    List<Child> GetChildren();

    void AddPerson(Person person);

    void AddChild(Child child);
}

[InMemoryFake]
public interface IContactPersonRepository
{
    IReadOnlyList<ContactPerson> ListContactPeople();

    void Add(ContactPerson person);
}

public sealed class ContactPerson
{
    public int Id { get; set; }
}

public class IrregularPluralTests
{
    [Fact]
    public void GetPeople_lists_every_person_and_GetChildren_every_child()
    {
        IFamilyRepository repository = new InMemoryFamilyRepository();
        repository.AddPerson(new Person { Id = 1, Name = "Ann" });
        repository.AddPerson(new Person { Id = 2, Name = "Bob" });
        repository.AddChild(new Child { Id = 1, Name = "Cy" });

        Assert.Equal(new[] { "Ann", "Bob" }, repository.GetPeople().Select(static p => p.Name));
        Assert.Equal(new[] { "Cy" }, repository.GetChildren().Select(static c => c.Name));
    }

    [Fact]
    public void A_compound_noun_ending_in_Person_takes_People()
    {
        IContactPersonRepository repository = new InMemoryContactPersonRepository();
        repository.Add(new ContactPerson { Id = 7 });

        Assert.Equal(new[] { 7 }, repository.ListContactPeople().Select(static p => p.Id));
    }
}
