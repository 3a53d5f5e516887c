using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Stores of byte[] values that also take and hand back their bytes as buffers (IBufferDistributedCache,
/// IOutputCacheBufferStore and stores shaped like them): the generated source, and the shapes refused with the reason.
/// Behaviour through real generated fakes is in <see cref="ByteBufferBehaviourTests"/>.
/// </summary>
public class ByteBufferTests
{
    private const string Header = Sources.Usings + "using System.Buffers;\nusing System.IO.Pipelines;\nnamespace Buffers;\n";

    private static CSharpCompilation WithFrameworkReferences(string source)
        => CSharpCompilation.Create(
            "BufferFakes",
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "Source0.cs", cancellationToken: TestContext.Current.CancellationToken)],
            GeneratorHarness.References.AddRange(new MetadataReference[]
            {
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Caching.Distributed.IBufferDistributedCache).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.OutputCaching.IOutputCacheBufferStore).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(System.IO.Pipelines.PipeWriter).Assembly.Location),
            }),
            GeneratorHarness.CompilationOptions);

    [Fact]
    public void The_framework_buffer_caches_are_complete_and_share_the_byte_array_table()
    {
        var run = GeneratorHarness.Run(WithFrameworkReferences(Sources.Usings + """
            namespace BufferCaches;

            [InMemoryFake(typeof(Microsoft.Extensions.Caching.Distributed.IBufferDistributedCache))]
            public sealed partial class BufferDistributedCacheFake;

            [InMemoryFake(typeof(Microsoft.AspNetCore.OutputCaching.IOutputCacheBufferStore))]
            public sealed partial class OutputCacheBufferStoreFake;
            """));

        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void A_store_of_bytes_reads_into_streams_and_buffer_writers_and_writes_from_memory()
    {
        var run = GeneratorHarness.Run(WithFrameworkReferences(Header + """
            [InMemoryFake]
            public interface IPayloadStore
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value, TimeSpan ttl);
                void Put(string key, ReadOnlyMemory<byte> value, TimeSpan ttl);
                bool TryAdd(string key, ReadOnlySequence<byte> value);
                bool TryRead(string key, Stream destination);
                Task<bool> ReadAsync(string key, Stream destination, CancellationToken cancellationToken);
                ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken cancellationToken);
            }
            """));

        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    /// <summary>Asserts IMF0001 on <paramref name="member"/> with exactly <paramref name="reason"/>.</summary>
    private static void Refused(string source, string member, string reason)
    {
        var run = GeneratorHarness.Run(WithFrameworkReferences(Header + source));
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "IMF0001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "' ", StringComparison.Ordinal));
        Assert.Equal(
            "'" + member + "' of IStore matches no key-value store convention: " + reason + ". Implement it in the partial class InMemoryStore"
            + ", where its Store property reaches the fake's table in one line: Store.Call(nameof(" + member + "), …) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.WithoutCallArguments(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Equal(LocationKind.SourceFile, diagnostic.Location.Kind);
    }

    [Fact]
    public void A_synchronous_read_into_a_pipe_writer_is_refused_because_flushing_it_is_asynchronous()
        => Refused(
            "[InMemoryFake] public interface IStore { byte[]? Get(string key); void Set(string key, byte[] value); bool TryGet(string key, PipeWriter destination); }",
            "TryGet",
            "its destination 'destination' is a PipeWriter, whose reader sees the bytes only after FlushAsync, and a synchronous member would have to block on it");

    [Fact]
    public void A_read_into_a_buffer_of_a_store_whose_values_are_not_bytes_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); bool TryGet(string key, IBufferWriter<byte> destination); }",
            "TryGet",
            "it copies bytes into its parameter 'destination', but the store's values are string, not byte[]");

    [Fact]
    public void A_read_into_a_buffer_that_does_not_say_whether_the_key_was_found_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { byte[]? Get(string key); void Set(string key, byte[] value, TimeSpan ttl); Task ReadAsync(string key, Stream destination); }",
            "ReadAsync",
            "a read into its parameter 'destination' must return bool (whether the key was found)");

    [Fact]
    public void A_write_of_a_byte_sequence_to_a_store_whose_values_are_not_bytes_is_refused()
        => Refused(
            "[InMemoryFake] public interface IStore { string? Get(string key); void Set(string key, string value); void Put(string key, ReadOnlySequence<byte> value); }",
            "Put",
            "its value type System.Buffers.ReadOnlySequence<byte> differs from the store's value type string");

    [Fact]
    public void Tags_given_as_memory_are_recorded_only_by_writes()
        => Refused(
            "[InMemoryFake] public interface IStore { byte[]? Get(string key); void Set(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags); bool TryGet(string key, IBufferWriter<byte> destination, ReadOnlyMemory<string> tags); void EvictByTag(string tag); }",
            "TryGet",
            "only a write records tags (its parameter 'tags' is tags)");

    [Fact]
    public void The_buffer_members_are_left_out_of_the_contract_with_the_reason()
    {
        var run = GeneratorHarness.Run(WithFrameworkReferences(Header + """
            [InMemoryFake]
            public interface IStore
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value);
                void Put(string key, ReadOnlySequence<byte> value);
                bool TryGet(string key, IBufferWriter<byte> destination);
            }
            """));

        Assertions.Clean(run);
        var source = run.Sources.Single(s => s.Key.Contains("IStore", StringComparison.Ordinal)).Value;
        Assert.Contains("ContractUnclassifiedMember(\"Put\", \"a write of bytes given as a buffer: not generated by the contract runner yet\")", source, StringComparison.Ordinal);
        Assert.Contains("ContractUnclassifiedMember(\"TryGet\", \"not generated by the contract runner yet\")", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ContractUnclassifiedMember(\"Set\"", source, StringComparison.Ordinal);
    }
}
