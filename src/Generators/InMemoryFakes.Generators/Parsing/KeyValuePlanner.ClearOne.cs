using System;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// A clear's one parameter named, and typed, as the key of the store's read and of its write
    /// (<c>ClearAsync(string id)</c> beside <c>GetAsync(string id)</c> and <c>SetAsync(string id, T state)</c>: Proto.Actor's
    /// <c>IKeyValueStore&lt;T&gt;</c>) is that key: the member clears that entry, as a removal does. A name the reads and
    /// writes do not share (<c>Clear(string region)</c>, <c>ClearCache(partitionKey)</c>) may clear a whole group and stays
    /// refused.
    /// </summary>
    private static bool NamedAsTheStoresKey(KeyValueShape shape, MemberCandidate clear, IParameterSymbol parameter)
    {
        var read = false;
        var written = false;
        foreach (var other in shape.Candidates)
        {
            if (ReferenceEquals(other, clear) || other.Method is null || other.Parameters.Length == 0)
            {
                continue;
            }

            var first = other.Parameters[0];
            if (!string.Equals(first.Name, parameter.Name, StringComparison.Ordinal) || !TypeFacts.SameType(first.Type, parameter.Type))
            {
                continue;
            }

            switch (shape.VerbOf(other).Verb)
            {
                case KeyValueVerb.Get or KeyValueVerb.TryGet when other.Parameters.Length == 1 || other.Parameters.Length == 2 && other.Parameters[1].RefKind == RefKind.Out:
                    read = true;
                    break;
                case KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace when other.Parameters.Length >= 2:
                    written = true;
                    break;
            }
        }

        return read && written;
    }
}
