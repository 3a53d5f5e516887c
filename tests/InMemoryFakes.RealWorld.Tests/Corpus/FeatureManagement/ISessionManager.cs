// Source: https://github.com/microsoft/FeatureManagement-Dotnet
// Commit: 1e6f14c9714b
// Licence: MIT
// Path: src/Microsoft.FeatureManagement/ISessionManager.cs
// Real store: no implementation ships; FeatureManager (src/Microsoft.FeatureManagement/FeatureManager.cs) reads GetAsync(feature)
//   first and uses its value when it HasValue (null: not decided in this session), then calls SetAsync(feature, enabled)
//   with the evaluated result. The repository's own one (tests/Tests.FeatureManagement/TestSessionManager.cs) is a
//   dictionary: SetAsync stores (overwrites) the flag, GetAsync returns it or null when the feature was never set.
// Shapes: *=core
// First try (a75b0ce): complete (smoke passed)
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FeatureManagement.ISessionManagerCase;

[InMemoryFake]
public interface ISessionManager
{
    Task SetAsync(string featureName, bool enabled);

    Task<bool?> GetAsync(string featureName);
}

public static class Smoke
{
    public static async Task RunAsync(ISessionManager session)
    {
        Check.Null(await session.GetAsync("Beta"), "a feature never set reads as null (not decided)");
        await session.SetAsync("Beta", false);
        Check.Equal<bool?>(false, await session.GetAsync("Beta"), "GetAsync returns false after SetAsync(false), not null");
        await session.SetAsync("Beta", true);
        Check.Equal<bool?>(true, await session.GetAsync("Beta"), "SetAsync overwrites");
        Check.Null(await session.GetAsync("Other"), "another feature is still null");
    }
}
