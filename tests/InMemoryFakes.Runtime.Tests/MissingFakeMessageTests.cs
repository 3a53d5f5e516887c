using System;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

// This project does not run the generator, so these interfaces carry [InMemoryFake] without a registered fake:
// exactly the state Fakes sees for an open generic fake, which the generator never registers.
[InMemoryFake]
public interface IThingRepository<TThing>
{
    void Add(TThing thing);
}

[InMemoryFake(Name = "ThingStoreFake")]
public interface IThingStore<TThing>
{
    void Add(TThing thing);
}

public interface INotFaked
{
    void Add(string value);
}

public sealed class Thing
{
    public int Id { get; set; }
}

public sealed class MissingFakeMessageTests
{
    [Fact]
    public void Creating_a_closed_form_of_an_open_generic_fake_says_it_is_open_generic_and_how_to_create_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Fakes.Create<IThingRepository<Thing>>());

        Assert.Contains("IThingRepository<Thing> is a closed form of the open generic IThingRepository<TThing>", error.Message, StringComparison.Ordinal);
        Assert.Contains("new InMemoryThingRepository<Thing>(options)", error.Message, StringComparison.Ordinal);
        Assert.Contains("[InMemoryFake(typeof(IThingRepository<Thing>))] public partial class ThingRepositoryFake;", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Put [InMemoryFake] on the interface", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_open_generic_message_uses_the_fake_name_given_in_the_attribute()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new FakeScope().Get<IThingStore<Thing>>());

        Assert.Contains("new ThingStoreFake<Thing>(options)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interface_without_InMemoryFake_is_told_to_put_the_attribute_on()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Fakes.Create<INotFaked>());

        Assert.Contains("Put [InMemoryFake] on the interface", error.Message, StringComparison.Ordinal);
    }
}
