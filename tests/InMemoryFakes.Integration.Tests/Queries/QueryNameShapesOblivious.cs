#nullable disable

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Integration.Tests.Queries;

// The same name forms in a #nullable disable interface (as OpenIddict's and ModularMonolith's sources are): the
// generated code compiles without a warning there too (this project treats warnings as errors).

public sealed class ObliviousScope
{
    public string Id { get; set; }

    public string Name { get; set; }

    public List<string> Resources { get; set; }

    public string[] Audiences { get; set; }
}

[InMemoryFake]
public interface IObliviousScopes
{
    Task CreateAsync(ObliviousScope scope);

    IAsyncEnumerable<ObliviousScope> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken);

    IAsyncEnumerable<ObliviousScope> FindByResourceAsync(string resource, CancellationToken cancellationToken);

    Task<List<ObliviousScope>> FindByAudienceIgnoreCaseAsync(string audience);

    Task<List<ObliviousScope>> FindByResourcesIsEmptyAsync();

    Task<ObliviousScope> GetByIdOptionalAsync(string id);

    Task<ObliviousScope> FindByIdAsync(string id);

    Task<ObliviousScope> GetByIdAsync(string id);

    Task<long> GetCountAsync(CancellationToken cancellationToken);
}
