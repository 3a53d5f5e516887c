using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace InMemoryFakes.Generators.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: each generated source is compared with
/// <c>Snapshots/&lt;Test&gt;/&lt;HintName&gt;.approved.cs.txt</c>, LF-normalised. A mismatch writes
/// <c>.received.cs.txt</c> beside it and fails with the first differing line. <c>INMEMORYFAKES_ACCEPT=1</c>
/// overwrites the approved file, except under <c>CI=true</c>.
/// </summary>
internal static class Snapshot
{
    public static void Verify(GeneratorRun run, [CallerMemberName] string test = "", [CallerFilePath] string callerPath = "")
    {
        Assert.True(run.Sources.Count > 0, "The generator produced no source.\n" + run.Describe());
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", test);
        var accept = Environment.GetEnvironmentVariable("INMEMORYFAKES_ACCEPT") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(directory);
        foreach (var (hintName, text) in run.Sources.OrderBy(static s => s.Key, StringComparer.Ordinal))
        {
            var received = Normalize(text);
            var approvedPath = Path.Combine(directory, hintName + ".approved.cs.txt");
            var receivedPath = Path.Combine(directory, hintName + ".received.cs.txt");
            if (accept)
            {
                File.WriteAllText(approvedPath, received);
                File.Delete(receivedPath);
                continue;
            }

            var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
            if (approved == received)
            {
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, received);
            if (approved is null)
            {
                Assert.Fail($"No approved snapshot for {hintName}: wrote {receivedPath}. Review it and rename it to .approved.cs.txt (or run with INMEMORYFAKES_ACCEPT=1).");
            }

            var approvedLines = approved.Split('\n');
            var receivedLines = received.Split('\n');
            var line = 0;
            while (line < approvedLines.Length && line < receivedLines.Length && approvedLines[line] == receivedLines[line])
            {
                line++;
            }

            var expected = line < approvedLines.Length ? approvedLines[line] : "<end of file>";
            var actual = line < receivedLines.Length ? receivedLines[line] : "<end of file>";
            Assert.Fail($"{hintName} differs from its approved snapshot at line {line + 1}:\n  approved: {expected}\n  received: {actual}\nWrote {receivedPath}.");
        }

        var stale = Directory.GetFiles(directory, "*.approved.cs.txt")
            .Select(static p => Path.GetFileName(p)[..^".approved.cs.txt".Length])
            .Where(hint => !run.Sources.ContainsKey(hint))
            .ToArray();
        if (accept)
        {
            foreach (var hint in stale)
            {
                File.Delete(Path.Combine(directory, hint + ".approved.cs.txt"));
            }
        }
        else
        {
            Assert.True(stale.Length == 0, "Approved snapshots with no generated source: " + string.Join(", ", stale));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
