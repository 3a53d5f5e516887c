using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Pipeline;

/// <summary>
/// Keeps every generated file's hint name unique. Two targets can share a hint name: the same interface declared twice
/// (two files under <c>#if</c> branches that both compile, or a file linked in from another project), a partial class
/// annotated on two parts, or two names that sanitise alike (<c>Repo_1</c> and <c>Repo&lt;T&gt;</c>). The compiler reports
/// the duplicate type itself (CS0101); the generator must not fail on top of it (Roslyn's CS8785 when one hint name is
/// added twice). Roslyn compares hint names ignoring case, so this does too.
/// </summary>
/// <remarks>
/// A name used once is emitted by the per-fake output, so an edit re-emits only its own fake. The fakes whose names repeat
/// are emitted together from the collected fakes, in the pipeline's order (syntax tree, then position), which is
/// deterministic: the first keeps the name, the next get <c>.2</c>, <c>.3</c>… before the extension. No namespace or
/// type name segment starts with a digit, so a suffixed name cannot meet another target's name.
/// </remarks>
internal static class HintNames
{
    private const string Extension = ".InMemoryFake.g.cs";

    /// <summary>The hint names that more than one fake uses (ignoring case), upper-cased and sorted so the set compares by value.</summary>
    public static EquatableArray<string> Repeated(ImmutableArray<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var repeated = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                repeated.Add(name.ToUpperInvariant());
            }
        }

        var result = new string[repeated.Count];
        repeated.CopyTo(result);
        return result;
    }

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="repeated"/>.</summary>
    public static bool IsRepeated(string name, EquatableArray<string> repeated)
    {
        foreach (var candidate in repeated)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fakes whose hint names repeat, each with the unique name it is emitted under, in pipeline order.</summary>
    public static IEnumerable<(FakeSpec Fake, string HintName)> Suffixed(ImmutableArray<FakeSpec> fakes)
    {
        var repeated = Repeated(ImmutableArray.CreateRange(fakes, static f => f.HintName));
        if (repeated.IsEmpty)
        {
            yield break;
        }

        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fake in fakes)
        {
            used.Add(fake.HintName);
        }

        var occurrences = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var fake in fakes)
        {
            if (!IsRepeated(fake.HintName, repeated))
            {
                continue;
            }

            occurrences.TryGetValue(fake.HintName, out var count);
            occurrences[fake.HintName] = ++count;
            if (count == 1)
            {
                yield return (fake, fake.HintName);
                continue;
            }

            var stem = fake.HintName.EndsWith(Extension, StringComparison.Ordinal) ? fake.HintName.Substring(0, fake.HintName.Length - Extension.Length) : fake.HintName;
            var suffix = count;
            string name;
            do
            {
                name = stem + "." + suffix.ToString(CultureInfo.InvariantCulture) + Extension;
                suffix++;
            }
            while (!used.Add(name));

            yield return (fake, name);
        }
    }
}
