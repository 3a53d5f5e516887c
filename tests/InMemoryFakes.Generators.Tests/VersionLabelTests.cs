using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A <c>string</c> named <c>Version</c> is a version label (a platform's "20", a package's "1.2.3"), not a concurrency
/// token, unless marked <c>[ConcurrencyCheck]</c> or <c>[Timestamp]</c>: microsoft/Oryx's <c>BuildRepository.UpdateAsync</c>
/// writes the build's properties as given, where the fake used to compare <c>Version</c> and replace it with a new GUID.
/// </summary>
public class VersionLabelTests
{
    [Fact]
    public async Task UpdateAsync_writes_a_string_Version_as_given_and_never_replaces_it()
    {
        IPlatformBuildRepository repository = new InMemoryPlatformBuildRepository();
        var build = new PlatformBuild { Id = "build-1", Status = "IN_PROGRESS", Version = "20" };
        await repository.InsertAsync(build);

        build.Status = "COMPLETED";
        await repository.UpdateAsync(build);

        Assert.Equal("20", build.Version);
        Assert.Equal("20", repository.GetById("build-1")?.Version);
        Assert.Equal("COMPLETED", repository.GetById("build-1")?.Status);
    }

    [Fact]
    public async Task UpdateAsync_of_another_string_Version_stores_it_with_no_conflict()
    {
        IPlatformBuildRepository repository = new InMemoryPlatformBuildRepository();
        await repository.InsertAsync(new PlatformBuild { Id = "build-1", Version = "20" });

        await repository.UpdateAsync(new PlatformBuild { Id = "build-1", Version = "22" });

        Assert.Equal("22", repository.GetById("build-1")?.Version);
    }

    [Fact]
    public void A_string_Version_marked_ConcurrencyCheck_is_still_compared_and_changed_on_update()
    {
        IMarkedReleaseRepository repository = new InMemoryMarkedReleaseRepository();
        var release = repository.Add(new MarkedRelease { Id = "r1", Notes = "first" });
        var stale = repository.GetById("r1")!;

        release.Notes = "second";
        repository.Update(release);

        Assert.NotEqual("v0", release.Version);
        Assert.Equal(release.Version, repository.GetById("r1")?.Version);
        stale.Notes = "stale";
        Assert.Throws<ConcurrencyConflictException>(() => repository.Update(stale));
        Assert.Equal("second", repository.GetById("r1")?.Notes);
    }
}
