using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.SingleEntity;

// Single()/SingleOrDefault() without parameters are LINQ's over the table (Sonarr's BasicRepository: All().Single()):
// one entity is the answer, several are InvalidOperationException, none is InvalidOperationException or null.
public sealed class Config
{
    public int Id { get; set; }

    public string Value { get; set; } = "";
}

[InMemoryFake]
public interface IConfigRepository
{
    Config Insert(Config model);

    Config Single();

    Config? SingleOrDefault();

    Task<Config?> SingleOrDefaultAsync();
}

public sealed class SingleEntityTests
{
    [Fact]
    public async Task Single_and_SingleOrDefault_read_the_one_entity_as_LINQ_does()
    {
        IConfigRepository repository = new InMemoryConfigRepository();
        Assert.Throws<InvalidOperationException>(() => repository.Single());
        Assert.Null(repository.SingleOrDefault());
        Assert.Null(await repository.SingleOrDefaultAsync());

        repository.Insert(new Config { Value = "a" });
        Assert.Equal("a", repository.Single().Value);
        Assert.Equal("a", repository.SingleOrDefault()?.Value);
        Assert.Equal("a", (await repository.SingleOrDefaultAsync())?.Value);

        repository.Insert(new Config { Value = "b" });
        Assert.Throws<InvalidOperationException>(() => repository.Single());
        Assert.Throws<InvalidOperationException>(() => repository.SingleOrDefault());
        await Assert.ThrowsAsync<InvalidOperationException>(() => repository.SingleOrDefaultAsync());
    }

    [Fact]
    public void The_entity_is_a_copy()
    {
        IConfigRepository repository = new InMemoryConfigRepository();
        repository.Insert(new Config { Value = "a" });

        repository.Single().Value = "changed";

        Assert.Equal("a", repository.Single().Value);
    }
}
