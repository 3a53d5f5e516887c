using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.HasItems;

// HasItems() (Sonarr's BasicRepository: whether a row exists) and its neutral-plural kin name every row of the table,
// whatever the entity is called.
public sealed class Blocklist
{
    public int Id { get; set; }

    public string SourceTitle { get; set; } = "";
}

[InMemoryFake]
public interface IBlocklistRepository
{
    Blocklist Insert(Blocklist model);

    void Delete(int id);

    bool HasItems();

    Task<bool> HasRecordsAsync();

    bool AnyEntities();

    bool HasEntries();
}

public sealed class HasItemsTests
{
    [Fact]
    public async Task HasItems_says_whether_any_entity_is_stored()
    {
        IBlocklistRepository repository = new InMemoryBlocklistRepository();
        Assert.False(repository.HasItems());
        Assert.False(await repository.HasRecordsAsync());
        Assert.False(repository.AnyEntities());
        Assert.False(repository.HasEntries());

        var stored = repository.Insert(new Blocklist { SourceTitle = "release" });
        Assert.True(repository.HasItems());
        Assert.True(await repository.HasRecordsAsync());
        Assert.True(repository.AnyEntities());
        Assert.True(repository.HasEntries());

        repository.Delete(stored.Id);
        Assert.False(repository.HasItems());
    }
}
