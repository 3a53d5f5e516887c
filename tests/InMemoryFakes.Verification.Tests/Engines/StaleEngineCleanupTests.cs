using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using InMemoryFakes.Verification.Engines;

namespace InMemoryFakes.Verification.Tests.Engines;

/// <summary>A test run that is killed leaves its engine running; the next start stops it and deletes its folder.</summary>
public sealed class StaleEngineCleanupTests
{
    [Fact]
    public async Task A_PostgreSQL_cluster_whose_test_run_died_is_stopped_and_deleted_at_the_next_start()
    {
        var cluster = await StartOrSkipAsync(() => PostgresCluster.StartAsync(TestContext.Current.CancellationToken));
        try
        {
            Assert.True(await AcceptsAsync(cluster.Port));
            PretendTheOwnerDied(cluster.Folder);

            // Another test run starting at the same moment may be the one that cleans it up: assert the outcome.
            await PostgresCluster.CleanStaleAsync(TestContext.Current.CancellationToken);

            Assert.False(Directory.Exists(cluster.Folder));
            Assert.False(await AcceptsAsync(cluster.Port));
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_redis_server_whose_test_run_died_is_killed_and_deleted_at_the_next_start()
    {
        var server = await StartOrSkipAsync(() => RedisServer.StartAsync(TestContext.Current.CancellationToken));
        try
        {
            Assert.True(await AcceptsAsync(server.Port));
            PretendTheOwnerDied(server.Folder);

            RedisServer.CleanStale();

            Assert.False(Directory.Exists(server.Folder));
            Assert.False(await AcceptsAsync(server.Port));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_cluster_in_use_by_a_live_test_run_is_left_alone()
    {
        var cluster = await StartOrSkipAsync(() => PostgresCluster.StartAsync(TestContext.Current.CancellationToken));
        try
        {
            await PostgresCluster.CleanStaleAsync(TestContext.Current.CancellationToken);

            Assert.True(Directory.Exists(cluster.Folder));
            Assert.True(await AcceptsAsync(cluster.Port));
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        Assert.False(Directory.Exists(cluster.Folder));
    }

    private static async Task<T> StartOrSkipAsync<T>(Func<Task<T>> start)
    {
        try
        {
            return await start();
        }
        catch (EngineUnavailableException error) when (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip(error.Message);
            throw;
        }
    }

    /// <summary>Writes the pid of a process that has exited as the folder's owner, as a killed test host leaves it.</summary>
    private static void PretendTheOwnerDied(string folder)
    {
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        File.WriteAllText(Path.Combine(folder, "owner.pid"), gone.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
