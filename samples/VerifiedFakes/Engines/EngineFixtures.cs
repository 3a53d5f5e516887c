using InMemoryFakes.Verification.Engines;

[assembly: AssemblyFixture(typeof(VerifiedFakes.Engines.PostgresFixture))]
[assembly: AssemblyFixture(typeof(VerifiedFakes.Engines.RedisFixture))]

namespace VerifiedFakes.Engines;

/// <summary>
/// Starts a real engine once for the test assembly. Where it is not installed, its tests are skipped with one line
/// saying what to install — except under CI=true, where a missing engine fails them (CI must test every engine).
/// </summary>
public abstract class EngineFixture<TEngine> : IAsyncLifetime
    where TEngine : class, IAsyncDisposable
{
    private TEngine? _engine;
    private string? _unavailable;

    public static bool InContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The running engine; skips the test (fails it under CI=true) when the engine could not start.</summary>
    public TEngine Engine
    {
        get
        {
            if (_engine is not null)
            {
                return _engine;
            }

            if (InContinuousIntegration)
            {
                throw new InvalidOperationException("CI=true and a real engine is unavailable: " + _unavailable);
            }

            Assert.Skip(_unavailable ?? "The engine did not start.");
            return null!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        try
        {
            _engine = await StartAsync();
        }
        catch (EngineUnavailableException error)
        {
            _unavailable = error.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task<TEngine> StartAsync();
}

public sealed class PostgresFixture : EngineFixture<PostgresCluster>
{
    protected override Task<PostgresCluster> StartAsync() => PostgresCluster.StartAsync();
}

public sealed class RedisFixture : EngineFixture<RedisServer>
{
    protected override Task<RedisServer> StartAsync() => RedisServer.StartAsync();
}
