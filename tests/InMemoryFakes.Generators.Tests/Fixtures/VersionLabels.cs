using System.ComponentModel.DataAnnotations;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A build with the version of the platform it builds (microsoft/Oryx's BuildServer <c>Build</c>): a <c>string</c> named
/// <c>Version</c> that is data, not a concurrency token.
/// </summary>
public class PlatformBuild
{
    public string Id { get; set; } = "";

    public string? Status { get; set; }

    public string? Version { get; set; }
}

[InMemoryFake]
public interface IPlatformBuildRepository
{
    Task<PlatformBuild> InsertAsync(PlatformBuild build);

    Task<PlatformBuild> UpdateAsync(PlatformBuild build);

    PlatformBuild? GetById(string id);
}

/// <summary>A release whose <c>string Version</c> is marked a concurrency token: the mark makes it one.</summary>
public class MarkedRelease
{
    public string Id { get; set; } = "";

    public string? Notes { get; set; }

    [ConcurrencyCheck]
    public string? Version { get; set; } = "v0";
}

[InMemoryFake]
public interface IMarkedReleaseRepository
{
    MarkedRelease Add(MarkedRelease release);

    MarkedRelease Update(MarkedRelease release);

    MarkedRelease? GetById(string id);
}
