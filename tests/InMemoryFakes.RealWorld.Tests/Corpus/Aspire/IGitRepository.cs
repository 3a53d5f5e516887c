// Source: https://github.com/dotnet/aspire
// Commit: d44e195d6045
// Licence: MIT
// Path: src/Aspire.Cli/Git/IGitRepository.cs
// Real store: src/Aspire.Cli/Git/GitRepository.cs: runs `git rev-parse --show-toplevel` in the working directory and returns
//   that directory, or null when git is not installed or the directory is not in a repository. Not a data store: the
//   sampling rule takes it by its name.
// Shapes: *=core
// First try (bb0aa1c): incomplete: IMF0001 GetRootAsync | WRONG: none
#nullable enable

using System.IO;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Aspire.IGitRepositoryCase;

[InMemoryFake]
internal interface IGitRepository
{
    Task<DirectoryInfo?> GetRootAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object store) => RunCoreAsync((IGitRepository)store);

    private static async Task RunCoreAsync(IGitRepository repository)
    {
        var root = await repository.GetRootAsync(CancellationToken.None);
        Check.True(root is null || root.Exists, "GetRootAsync returns the repository's root directory, or null outside a repository");
    }
}
