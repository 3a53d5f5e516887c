using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Orleans' <c>IGrainStorage</c> is a complete fake by its framework contract (Conventions.FrameworkETagStateStores),
/// matched by its full name; the same shape in another namespace keeps the general rules and is refused.
/// </summary>
public class ETagStateStoreTests
{
    private const string StateTypes = """
        namespace Orleans
        {
            public interface IGrainState<T> { T? State { get; set; } string? ETag { get; set; } bool RecordExists { get; set; } }
        }
        namespace Orleans.Runtime
        {
            public readonly record struct GrainId(string Type, string Key);
        }

        """;

    private const string Exception = """
        namespace Orleans.Storage
        {
            public class InconsistentStateException : Exception
            {
                public InconsistentStateException(string errorMsg, string? storedEtag, string? currentEtag) : base(errorMsg) { }
            }
        }

        """;

    private const string Storage = """
        namespace Orleans.Storage
        {
            public interface IGrainStorage
            {
                Task ReadStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, IGrainState<T> grainState);
                Task ReadStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) => ReadStateAsync(stateName, grainId, grainState);
                Task WriteStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, IGrainState<T> grainState);
                Task ClearStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, IGrainState<T> grainState);
            }
        }

        """;

    private const string Fake = "namespace App { [InMemoryFake(typeof(Orleans.Storage.IGrainStorage))] public partial class GrainStorageFake; }";

    [Fact]
    public void Orleans_IGrainStorage_is_complete_by_its_framework_contract()
    {
        var run = GeneratorHarness.Run(Sources.Usings + StateTypes + Exception + Storage + Fake);

        Assertions.Clean(run);
        var source = run.Source("GrainStorageFake.InMemoryFake.g.cs");
        Assert.Contains("var __exists = global::InMemoryFakes.Support.ETagStates.Read<T>(__states, global::System.String.Concat(stateName, \"/\", grainId.ToString()), out var __state, out var __eTag);", source, StringComparison.Ordinal);
        Assert.Contains("grainState.ETag = global::InMemoryFakes.Support.ETagStates.Write<T>(__states, global::System.String.Concat(stateName, \"/\", grainId.ToString()), grainState.State!, grainState.ETag, static (__message, __stored, __received) => new global::Orleans.Storage.InconsistentStateException(__message, __stored, __received));", source, StringComparison.Ordinal);
        Assert.Contains("grainState.State = global::InMemoryFakes.Support.ETagStates.NewState<T>();", source, StringComparison.Ordinal);
        // The CancellationToken overloads are default interface members: Orleans' own code calls through them, so they are not generated.
        Assert.Single(source.Split('\n'), static l => l.Contains("public async global::System.Threading.Tasks.Task ReadStateAsync<T>", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_InconsistentStateException_in_the_compilation_the_writes_are_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + StateTypes + Storage + Fake);

        Assertions.GeneratorReported(run, "IMF0001", "IMF0001");
        var messages = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(messages, static m => m.Contains("WriteStateAsync", StringComparison.Ordinal));
        Assert.Contains(messages, static m => m.Contains("ClearStateAsync", StringComparison.Ordinal));
        Assert.All(messages, static m => Assert.Contains("a failed ETag check throws Orleans.Storage.InconsistentStateException, which this compilation does not have", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_added_to_IGrainStorage_by_your_own_interface_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + StateTypes + Exception + Storage
            + "namespace App { [InMemoryFake] public interface IMyGrainStorage : Orleans.Storage.IGrainStorage { Task<int> CountAsync(); } }");

        Assertions.GeneratorReported(run, "IMF0001");
        Assert.Contains("it is not a member of the framework state store this interface extends", run.GeneratorDiagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_look_alike_of_IGrainStorage_in_your_own_namespace_is_still_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + StateTypes + Exception
            + "namespace App { [InMemoryFake] public interface IGrainStorage { Task ReadStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, Orleans.IGrainState<T> grainState);"
            + " Task WriteStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, Orleans.IGrainState<T> grainState);"
            + " Task ClearStateAsync<T>(string stateName, Orleans.Runtime.GrainId grainId, Orleans.IGrainState<T> grainState); } }");

        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.Sources.Values, static s => s.Contains("ETagStates", StringComparison.Ordinal));
        var refused = run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(refused, static m => m.Contains("WriteStateAsync", StringComparison.Ordinal));
    }
}
