using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Verification.Engines;

/// <summary>
/// A throwaway <c>redis-server</c> for tests: on 127.0.0.1 at a free port, persistence off (no RDB snapshots, no AOF),
/// killed and its folder deleted on dispose. A server left by a killed test run is killed when the next one starts.
/// The binary is <c>redis-server</c> on PATH (Debian package <c>redis-server</c>), or <c>INMEMORYFAKES_REDIS_SERVER</c>.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Prefix = "inmemoryfakes-redis-";
    private const string InstallHint = "redis-server not found: install the Debian package 'redis-server' (apt-get install -y redis-server), or set INMEMORYFAKES_REDIS_SERVER.";
    private readonly System.Diagnostics.Process _process;
    private int _disposed;

    private RedisServer(System.Diagnostics.Process process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    /// <summary>The server's folder.</summary>
    public string Folder { get; }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for the server.</summary>
    public string Configuration => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},abortConnect=false,connectTimeout=5000,syncTimeout=5000";

    /// <summary>The path of <c>redis-server</c>, or <see langword="null"/> when it is not installed.</summary>
    /// <returns>The path.</returns>
    public static string? FindServer()
        => Environment.GetEnvironmentVariable("INMEMORYFAKES_REDIS_SERVER") is { Length: > 0 } configured
            ? (File.Exists(configured) ? configured : null)
            : EngineProcesses.OnPath("redis-server");

    /// <summary>Starts a server and waits until it answers <c>PING</c>.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="EngineUnavailableException">redis-server is not installed, or it did not start.</exception>
    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = FindServer() ?? throw new EngineUnavailableException("Redis", InstallHint);
        CleanStale();
        var folder = EngineProcesses.CreateOwnedFolder(Prefix);
        var port = EngineProcesses.FreePort();
        var start = new System.Diagnostics.ProcessStartInfo(server) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                     "--dir", folder, "--pidfile", Path.Combine(folder, "redis.pid"), "--daemonize", "no", "--logfile", Path.Combine(folder, "redis.log"),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = System.Diagnostics.Process.Start(start) ?? throw new EngineUnavailableException("Redis", "redis-server could not be started.");
        File.WriteAllText(Path.Combine(folder, "server.pid"), process.Id.ToString(CultureInfo.InvariantCulture));
        var redis = new RedisServer(process, folder, port);
        try
        {
            await redis.WaitForPingAsync(TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
            return redis;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var log = Path.Combine(folder, "redis.log");
            var tail = File.Exists(log) ? string.Join(" | ", File.ReadAllLines(log).TakeLast(3)) : "";
            await redis.DisposeAsync().ConfigureAwait(false);
            throw new EngineUnavailableException("Redis", $"redis-server did not answer on port {port}: {error.Message} {tail}".Trim(), error);
        }
    }

    /// <summary>Kills servers whose test run has gone and deletes their folders.</summary>
    /// <returns>How many it removed.</returns>
    public static int CleanStale()
    {
        var removed = 0;
        foreach (var folder in EngineProcesses.StaleFolders(Prefix).ToList())
        {
            if (int.TryParse(EngineProcesses.ReadFirstLine(Path.Combine(folder, "server.pid")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) && EngineProcesses.IsAlive(pid))
            {
                EngineProcesses.Kill(pid);
            }

            EngineProcesses.DeleteFolder(folder);
            removed++;
        }

        return removed;
    }

    /// <summary>Kills the server and deletes its folder.</summary>
    /// <returns>A task.</returns>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
            EngineProcesses.DeleteFolder(Folder);
        }

        return default;
    }

    private async Task WaitForPingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        Exception? last = null;
        while (!limit.IsCancellationRequested)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode.ToString(CultureInfo.InvariantCulture)}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, limit.Token).ConfigureAwait(false);
                var stream = client.GetStream();
                await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"), limit.Token).ConfigureAwait(false);
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer, limit.Token).ConfigureAwait(false);
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException error)
            {
                last = error;
            }
            catch (IOException error)
            {
                last = error;
            }

            await Task.Delay(50, limit.Token).ConfigureAwait(false);
        }

        throw new TimeoutException($"no PONG within {timeout.TotalSeconds:0} s ({last?.Message}).");
    }
}
