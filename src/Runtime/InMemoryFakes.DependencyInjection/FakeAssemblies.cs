using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using InMemoryFakes;

namespace InMemoryFakes.DependencyInjection;

/// <summary>Which assembly <c>AddInMemoryFakes()</c> means where the runtime cannot name its caller (NativeAOT).</summary>
internal static class FakeAssemblies
{
    /// <summary>
    /// The one assembly that has generated fakes. NativeAOT runs every module initializer at startup, so the
    /// factory table already lists every fake of the app; the entry assembly's initializer is run here too in case
    /// it has not run yet.
    /// </summary>
    /// <returns>The assembly whose fakes to register.</returns>
    /// <exception cref="InvalidOperationException">Fakes come from several assemblies, or there is neither a fake nor an entry assembly.</exception>
    public static Assembly TheOnlyOne()
    {
        var entry = Assembly.GetEntryAssembly();
        if (entry is not null)
        {
            RuntimeHelpers.RunModuleConstructor(entry.ManifestModule.ModuleHandle);
        }

        var withFakes = Fakes.Registrations.Select(static r => r.Assembly).Distinct().ToArray();
        return withFakes.Length switch
        {
            1 => withFakes[0],
            0 => entry ?? throw new InvalidOperationException(
                "AddInMemoryFakes() cannot tell which assembly called it on this runtime, and no generated fake is registered. Call services.AddInMemoryFakes(typeof(SomeTypeInYourAssembly).Assembly)."),
            _ => throw new InvalidOperationException(
                "AddInMemoryFakes() cannot tell which assembly called it on this runtime (Assembly.GetCallingAssembly is not supported, as under NativeAOT), "
                + $"and fakes are generated in several assemblies: {string.Join(", ", withFakes.Select(static a => a.GetName().Name).OrderBy(static n => n, StringComparer.Ordinal))}. "
                + "Call services.AddInMemoryFakes(typeof(SomeTypeInThatAssembly).Assembly) for each assembly whose fakes you want."),
        };
    }
}
