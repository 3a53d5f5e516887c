using System;
using System.Collections.Generic;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators;

/// <summary>
/// The names of the twins a synchronous member gets (<c>__FindIntercepted</c> for <c>Find</c>: the private method that
/// records the call and applies faults when calls are intercepted; see Emitter.Members), reserved through the fake's
/// <see cref="UniqueNameBuilder"/> like every other generated name: when the interface or the user's partial class already
/// has a member of that name, the twin gets a numbered one instead of a second definition that does not compile.
/// </summary>
internal static class TwinNames
{
    /// <summary>
    /// <c>__FindIntercepted</c> for <c>Find</c> (and for the by-value core <c>__FindByValue</c>, <c>__FindByValueIntercepted</c>);
    /// a member implemented explicitly has its interface in the name, so members of the same name and parameters that two
    /// interfaces declare get two twins.
    /// </summary>
    public static string Natural(string? explicitInterface, string name)
    {
        var plain = name.TrimStart('@');
        var prefix = explicitInterface is null ? "" : TypeNames.Sanitize(explicitInterface.Replace("global::", "")).Replace('.', '_') + "_";
        return (plain.StartsWith("__", StringComparison.Ordinal) && prefix.Length == 0 ? plain : "__" + prefix + plain) + "Intercepted";
    }

    /// <summary>The by-value core of a member with a parameter passed by readonly reference: <c>__FindByValue</c> for <c>Find</c>.</summary>
    public static string ByValueCore(string name) => "__" + name + "ByValue";

    /// <summary>The private write of a member with a save flag, which saves after it: <c>__AddAsyncWrite</c> for <c>AddAsync</c>.</summary>
    public static string SaveFlagWrite(string name) => "__" + name.TrimStart('@') + "Write";

    /// <summary>The private save the members with a save flag call when it is true.</summary>
    public const string SaveNow = "__SaveNow";

    /// <summary>
    /// Reserves the twin names of <paramref name="members"/> and their by-value cores' names (overloads share one: their
    /// parameters tell them apart) and returns those that were taken, each with the name used instead
    /// (<see cref="FieldNames.Unique"/>). A core's twin is named after the core's name as used (<c>__FindByValue1Intercepted</c>).
    /// </summary>
    public static EquatableArray<GeneratedName> Reserve(UniqueNameBuilder names, IEnumerable<MemberSpec> members)
    {
        var renamed = new List<GeneratedName>();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        string Take(string natural)
        {
            if (chosen.TryGetValue(natural, out var unique))
            {
                return unique;
            }

            if (names.IsTaken(natural))
            {
                unique = names.New(natural);
                renamed.Add(new GeneratedName(natural, unique));
            }
            else
            {
                names.Reserve(natural);
                unique = natural;
            }

            chosen.Add(natural, unique);
            return unique;
        }

        foreach (var member in members)
        {
            if (member.Operation is KvIndexerOp)
            {
                Take(Natural(member.ExplicitInterface, "IndexerGet"));
                Take(Natural(member.ExplicitInterface, "IndexerSet"));
                continue;
            }

            Take(Natural(member.ExplicitInterface, member.Name));
            Take(Natural(null, Take(ByValueCore(member.Name))));
            if (member.SaveFlag is not null)
            {
                Take(Natural(null, Take(SaveFlagWrite(member.Name))));
                Take(SaveNow);
            }
        }

        return renamed.ToArray();
    }
}
