using System;
using System.Collections.Generic;
using System.Globalization;

namespace InMemoryFakes.Generators;

/// <summary>Hands out private names that collide with nothing reserved: interface members, parameters, user members.</summary>
internal sealed class UniqueNameBuilder
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public void Reserve(string name) => _taken.Add(name.TrimStart('@'));

    public bool IsTaken(string name) => _taken.Contains(name.TrimStart('@'));

    public string New(string preferred)
    {
        var candidate = preferred;
        for (var i = 1; !_taken.Add(candidate); i++)
        {
            candidate = preferred + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
