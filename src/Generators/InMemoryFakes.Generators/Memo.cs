using System;
using System.Collections.Generic;

namespace InMemoryFakes.Generators;

/// <summary>
/// Answers computed once per key and kept, for the caches the generator keeps beside a compilation or an assembly
/// (<c>AppInterfaceIndex</c>, <c>AppAssemblies</c>, <c>TtlPlanner</c>): look up under the lock, compute outside it (a
/// computation reads symbols and may be long; two threads asking at once may both compute, and the last answer is kept,
/// both being the same), store under the lock. The computation is a static function of the key and a state, so asking
/// allocates no closure.
/// </summary>
internal sealed class Memo<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _answers;

    public Memo(IEqualityComparer<TKey> comparer) => _answers = new Dictionary<TKey, TValue>(comparer);

    /// <summary>The answer kept for <paramref name="key"/>, computed by <paramref name="compute"/> the first time.</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        lock (_answers)
        {
            if (_answers.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var value = compute(key, state);
        lock (_answers)
        {
            _answers[key] = value;
        }

        return value;
    }
}
