using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.KeysParameter;

// A list whose name says no keys but whose parameter is a collection of the key type named as the keys (Dotnet-Boxed's
// GraphQL template: IDroidRepository.GetDroidsAsync(IEnumerable<Guid> ids), a Where(x => ids.Contains(x.Id))): the
// entities whose key is one of them, in the order ByKeysOrder states.

public sealed class Droid
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

[InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
public interface IDroidRepository
{
    Task<Droid> AddDroidAsync(Droid droid, CancellationToken cancellationToken);

    Task<IEnumerable<Droid>> GetDroidsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    int CountDroids(IReadOnlyCollection<Guid> droidIds);
}

public sealed class KeysParameterTests
{
    [Fact]
    public async Task A_collection_named_as_the_keys_finds_the_stored_entities_with_those_keys_in_stored_order_each_once()
    {
        IDroidRepository repository = new InMemoryDroidRepository();
        var r2 = await repository.AddDroidAsync(new Droid { Id = Guid.NewGuid(), Name = "R2-D2" }, TestContext.Current.CancellationToken);
        var c3 = await repository.AddDroidAsync(new Droid { Id = Guid.NewGuid(), Name = "C-3PO" }, TestContext.Current.CancellationToken);
        await repository.AddDroidAsync(new Droid { Id = Guid.NewGuid(), Name = "2-1B" }, TestContext.Current.CancellationToken);

        var found = await repository.GetDroidsAsync(new[] { c3.Id, Guid.NewGuid(), r2.Id, c3.Id }, TestContext.Current.CancellationToken);

        Assert.Equal(new[] { "R2-D2", "C-3PO" }, found.Select(static d => d.Name));
        Assert.Empty(await repository.GetDroidsAsync(Array.Empty<Guid>(), TestContext.Current.CancellationToken));
        Assert.Equal(1, repository.CountDroids(new[] { r2.Id, Guid.NewGuid() }));
    }

    [Fact]
    public async Task A_null_collection_of_keys_throws_ArgumentNullException_naming_the_parameter()
    {
        IDroidRepository repository = new InMemoryDroidRepository();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => repository.GetDroidsAsync(null!, TestContext.Current.CancellationToken));

        Assert.Equal("ids", error.ParamName);
    }
}
