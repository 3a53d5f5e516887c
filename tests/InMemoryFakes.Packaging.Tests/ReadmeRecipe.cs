using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace InMemoryFakes.Packaging.Tests;

/// <summary>
/// One install recipe of README.md, run as written: the shell commands of its <c>readme-test: commands NAME</c> block,
/// then the example of its <c>readme-test: example NAME</c> block. The only changes: InMemoryFakes packages get the
/// run's version, <c>dotnet new</c> skips its restore (the recipe changes the packages next), and a case may pin a framework package (<c>dotnet add package xunit.v3</c> → <c>… --version 3.2.0</c>)
/// or add commands right after <c>cd</c> (to pin a package the template brings).
/// </summary>
public sealed partial class ReadmeRecipe
{
    private readonly PackedPackages _packages;
    private readonly string _framework;

    public ReadmeRecipe(PackedPackages packages, string framework)
    {
        _packages = packages;
        _framework = framework;
    }

    /// <summary>Package id → version for the <c>dotnet add package</c> commands of the recipe.</summary>
    public Dictionary<string, string> PinnedVersions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Commands run right after the recipe's <c>cd</c>, before its own <c>dotnet add package</c> lines.</summary>
    public List<string> ExtraCommandsAfterCd { get; } = new();

    /// <summary>Runs the recipe in a new folder; returns every command's result, the last one being the test run.</summary>
    public async Task<IReadOnlyList<CommandResult>> RunAsync(string caseName)
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(_packages.RepositoryRoot, "README.md"));
        var commands = Block(readme, "commands " + _framework).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var directory = Path.Combine(_packages.Projects, caseName);
        Directory.CreateDirectory(directory);

        var results = new List<CommandResult>();
        for (var i = 0; i < commands.Length; i++)
        {
            var words = commands[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isLast = i == commands.Length - 1;
            if (isLast)
            {
                await WriteExampleAsync(readme, directory);
            }

            switch (words[0])
            {
                case "cd":
                    directory = Path.Combine(directory, words[1]);
                    foreach (var extra in ExtraCommandsAfterCd)
                    {
                        var run = await Dotnet.RunAsync(directory, extra.Split(' ')[1..]);
                        results.Add(run);
                        if (run.ExitCode != 0)
                        {
                            return results;
                        }
                    }

                    break;
                case "rm":
                    File.Delete(Path.Combine(directory, words[1]));
                    break;
                case "dotnet":
                    var result = await Dotnet.RunAsync(directory, Adjust(words)[1..]);
                    results.Add(result);
                    if (result.ExitCode != 0 && !isLast)
                    {
                        return results;
                    }

                    break;
                default:
                    throw new InvalidOperationException($"README recipe '{_framework}' has a command this test cannot run: {commands[i]}");
            }
        }

        return results;
    }

    /// <summary>The text of the fenced block that follows <c>&lt;!-- readme-test: NAME --&gt;</c>.</summary>
    public static string Block(string readme, string name)
    {
        var match = Regex.Match(readme.Replace("\r\n", "\n", StringComparison.Ordinal), @"<!-- readme-test: " + Regex.Escape(name) + @" -->\n```[a-z]*\n(.*?)```", RegexOptions.Singleline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"README.md has no block marked 'readme-test: {name}'.");
        }

        return match.Groups[1].Value;
    }

    private string[] Adjust(string[] words)
    {
        // The template's own restore is wasted work here: the recipe changes the packages right after.
        if (words.Length >= 3 && words[1] == "new")
        {
            return [.. words, "--no-restore"];
        }

        if (words.Length >= 4 && words[1] == "add" && words[2] == "package")
        {
            var id = words[3];
            if (id.StartsWith("InMemoryFakes", StringComparison.Ordinal))
            {
                return [.. words, "--version", _packages.Version];
            }

            if (PinnedVersions.TryGetValue(id, out var version))
            {
                return [.. words, "--version", version];
            }
        }

        return words;
    }

    private async Task WriteExampleAsync(string readme, string directory)
    {
        var xunitExample = Block(readme, "example xunit");
        if (_framework == "xunit")
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "UserTests.cs"), xunitExample);
            return;
        }

        // The other frameworks' blocks hold only the test class; the model and interface come from the xunit example.
        var model = xunitExample[..xunitExample.IndexOf("public class UserTests", StringComparison.Ordinal)]
            .Replace("using InMemoryFakes.Xunit;\n", string.Empty, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(directory, "User.cs"), model);
        await File.WriteAllTextAsync(Path.Combine(directory, "UserTests.cs"), Block(readme, "example " + _framework));
    }
}
