using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Verification.Engines;

/// <summary>What the engine fixtures share: free ports, child processes with a time limit, and the scratch folders they own.</summary>
internal static class EngineProcesses
{
    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Runs a program to its end (killed after <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, (await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false)));
    }

    /// <summary>Finds a program on PATH.</summary>
    public static string? OnPath(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Creates a scratch folder <c>{temp}/{prefix}{pid}-{random}</c> that records this process as its owner.</summary>
    public static string CreateOwnedFolder(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return folder;
    }

    /// <summary>The scratch folders of a kind whose owner process has gone (a test run that was killed).</summary>
    public static IEnumerable<string> StaleFolders(string prefix)
    {
        string[] folders;
        try
        {
            folders = Directory.GetDirectories(Path.GetTempPath(), prefix + "*");
        }
        catch (IOException)
        {
            yield break;
        }

        foreach (var folder in folders)
        {
            var ownerFile = Path.Combine(folder, "owner.pid");
            if (!File.Exists(ownerFile) || !int.TryParse(ReadFirstLine(ownerFile), NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner) || !IsAlive(owner))
            {
                yield return folder;
            }
        }
    }

    /// <summary>The first line of a file, or null when it cannot be read.</summary>
    public static string? ReadFirstLine(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            return reader.ReadLine()?.Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static bool IsAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists("/proc/" + pid.ToString(CultureInfo.InvariantCulture));
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// Deletes an engine's folder. An engine just stopped may still be writing in it (PostgreSQL's backends outlive
    /// <c>pg_ctl stop -m immediate -w</c> for a moment: a file created during the recursive delete fails it with "directory
    /// not empty"), so an <see cref="IOException"/> is retried for up to about a second; a folder still held after that is
    /// left for the next stale cleanup (session 38: CI saw a killed cluster's folder survive its cleanup once).
    /// </summary>
    public static void DeleteFolder(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(50);
            }
            catch (IOException)
            {
                return; // Still in use: the next stale cleanup tries again.
            }
            catch (UnauthorizedAccessException)
            {
                return; // Not ours to delete.
            }
        }
    }
}
