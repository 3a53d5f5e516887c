using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Verification.Engines;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: <c>initdb</c> in a temporary folder, the server on 127.0.0.1 at a free
/// port (trust authentication, user <c>postgres</c>, C locale, no fsync), stopped and deleted on dispose. Clusters left by
/// a killed test run are stopped and deleted when the next one starts. The server binaries come from
/// <c>pg_config --bindir</c> (Debian's <c>postgresql</c> package installs them off PATH), or only
/// <c>INMEMORYFAKES_PG_BINDIR</c>. PostgreSQL refuses to run as root: as root, the cluster runs as the <c>postgres</c>
/// account (created by the package) through <c>runuser</c>.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Prefix = "inmemoryfakes-pg-";
    private const string InstallHint = "PostgreSQL server binaries not found: install the Debian package 'postgresql' (apt-get install -y postgresql), or set INMEMORYFAKES_PG_BINDIR.";
    private readonly string _binaries;
    private readonly string? _runAs;
    private int _disposed;

    private PostgresCluster(string binaries, string? runAs, string folder, int port)
    {
        _binaries = binaries;
        _runAs = runAs;
        Folder = folder;
        Port = port;
    }

    /// <summary>The cluster's folder (data, log, socket).</summary>
    public string Folder { get; }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string to the <c>postgres</c> database as the <c>postgres</c> superuser (no pooling, so dropped databases are not held open).</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    private string DataFolder => Path.Combine(Folder, "data");

    /// <summary>A connection string to another database of the cluster.</summary>
    /// <param name="database">The database name.</param>
    /// <returns>The connection string.</returns>
    public string ConnectionStringFor(string database)
        => $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Pooling=false;Timeout=10;Command Timeout=20";

    /// <summary>Creates and starts a cluster.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The running cluster.</returns>
    /// <exception cref="EngineUnavailableException">The binaries are not installed, or the cluster did not start (the message says why).</exception>
    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = await FindBinariesAsync(cancellationToken).ConfigureAwait(false) ?? throw new EngineUnavailableException("PostgreSQL", InstallHint);
        var runAs = Environment.IsPrivilegedProcess ? "postgres" : null;
        if (runAs is not null && EngineProcesses.OnPath("runuser") is null)
        {
            throw new EngineUnavailableException("PostgreSQL", "Running as root, the PostgreSQL fixture needs 'runuser' (util-linux) to start the server as the 'postgres' account.");
        }

        await CleanStaleAsync(binaries, runAs, cancellationToken).ConfigureAwait(false);
        var folder = EngineProcesses.CreateOwnedFolder(Prefix);
        if (!OperatingSystem.IsWindows())
        {
            // The server account writes its data, log and socket here.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }

        var cluster = new PostgresCluster(binaries, runAs, folder, EngineProcesses.FreePort());
        try
        {
            await cluster.RunAsync("initdb", ["-D", cluster.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], TimeSpan.FromSeconds(90), cancellationToken).ConfigureAwait(false);
            var serverOptions = $"-p {cluster.Port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off -c full_page_writes=off -c synchronous_commit=off";
            await cluster.RunAsync("pg_ctl", ["-D", cluster.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"], TimeSpan.FromSeconds(90), cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var log = Path.Combine(folder, "server.log");
            var tail = File.Exists(log) ? string.Join(" | ", File.ReadAllLines(log).TakeLast(3)) : "";
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw new EngineUnavailableException("PostgreSQL", $"The throwaway PostgreSQL cluster did not start: {error.Message} {tail}".Trim(), error);
        }
    }

    /// <summary>The folder of the server binaries, or <see langword="null"/> when PostgreSQL is not installed.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The folder holding <c>initdb</c> and <c>pg_ctl</c>.</returns>
    public static async Task<string?> FindBinariesAsync(CancellationToken cancellationToken = default)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("INMEMORYFAKES_PG_BINDIR") is { Length: > 0 } configured)
        {
            // An explicit folder is the only candidate: a wrong one is reported, not silently replaced.
            return File.Exists(Path.Combine(configured, "initdb")) && File.Exists(Path.Combine(configured, "pg_ctl")) ? configured : null;
        }

        if (EngineProcesses.OnPath("pg_config") is { } pgConfig)
        {
            try
            {
                var (exit, output) = await EngineProcesses.RunAsync(pgConfig, ["--bindir"], TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
                if (exit == 0)
                {
                    candidates.Add(output.Trim());
                }
            }
            catch (Exception error) when (error is IOException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                // Fall through to the other candidates.
            }
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "initdb")) && File.Exists(Path.Combine(c, "pg_ctl")));
    }

    /// <summary>Stops and deletes clusters whose test run has gone.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>How many it removed.</returns>
    public static async Task<int> CleanStaleAsync(CancellationToken cancellationToken = default)
    {
        var binaries = await FindBinariesAsync(cancellationToken).ConfigureAwait(false);
        return binaries is null ? 0 : await CleanStaleAsync(binaries, Environment.IsPrivilegedProcess ? "postgres" : null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> CleanStaleAsync(string binaries, string? runAs, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var folder in EngineProcesses.StaleFolders(Prefix).ToList())
        {
            var stale = new PostgresCluster(binaries, runAs, folder, 0);
            await stale.StopAndDeleteAsync(cancellationToken).ConfigureAwait(false);
            removed++;
        }

        return removed;
    }

    /// <summary>Stops the server (immediate shutdown) and deletes the folder.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await StopAndDeleteAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task StopAndDeleteAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataFolder, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            try
            {
                await RunAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "-t", "20", "stop"], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is InvalidOperationException or TimeoutException or IOException)
            {
                // pg_ctl could not stop it: end the postmaster by its pid.
                if (int.TryParse(EngineProcesses.ReadFirstLine(pidFile), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) && EngineProcesses.IsAlive(pid))
                {
                    EngineProcesses.Kill(pid);
                }
            }
        }

        EngineProcesses.DeleteFolder(Folder);
    }

    private async Task RunAsync(string program, string[] arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_binaries, program);
        var (file, args) = _runAs is null ? (path, arguments) : ("runuser", new[] { "-u", _runAs, "--", path }.Concat(arguments).ToArray());
        var (exit, output) = await EngineProcesses.RunAsync(file, args, timeout, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{program} exited with {exit.ToString(CultureInfo.InvariantCulture)}: {output.Trim()}");
        }
    }
}
