using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The buffer forms of a store of <c>byte[]</c> values (Conventions.ByteSequenceType): writes of a
/// <c>ReadOnlySequence&lt;byte&gt;</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>, and reads that copy the stored bytes into the
/// caller's buffer writer, pipe writer or stream. They share the table, expiry and tags of the <c>byte[]</c> members.
/// </summary>
internal static partial class KeyValuePlanner
{
    /// <summary>What a destination parameter is, or null when it is none of the destinations a read copies bytes into.</summary>
    internal static KvByteDestination? DestinationOf(KnownSymbols known, IParameterSymbol parameter)
    {
        if (!TypeFacts.ReadsAsValue(parameter))
        {
            return null;
        }

        var type = TypeNames.Underlying(parameter.Type);
        if (known.PipeWriter is not null && InheritsFrom(type, known.PipeWriter))
        {
            return KvByteDestination.PipeWriter;
        }

        if (IsOfBytes(type, known.BufferWriter))
        {
            return KvByteDestination.BufferWriter;
        }

        return known.Stream is not null && InheritsFrom(type, known.Stream) ? KvByteDestination.Stream : null;
    }

    /// <summary>How a value parameter holds bytes other than as <c>byte[]</c>: a sequence or a memory of bytes, or null.</summary>
    internal static KvValueForm? ByteFormOf(KnownSymbols known, ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        return IsOfBytes(type, known.ReadOnlySequence) ? KvValueForm.ByteSequence
            : TypeFacts.IsReadOnlyMemoryOfByte(known, type) ? KvValueForm.ByteMemory
            : null;
    }

    /// <summary><c>ReadOnlyMemory&lt;string&gt;</c>: tags given as memory (IOutputCacheBufferStore.SetAsync).</summary>
    internal static bool IsMemoryOfStrings(KnownSymbols known, ITypeSymbol type)
        => KnownSymbols.Is(TypeNames.Underlying(type), known.ReadOnlyMemory) && TypeNames.Underlying(type) is INamedTypeSymbol { TypeArguments.Length: 1 } named
            && named.TypeArguments[0].SpecialType == SpecialType.System_String;

    private static bool IsOfBytes(ITypeSymbol type, INamedTypeSymbol? generic)
        => generic is not null && type is INamedTypeSymbol { TypeArguments.Length: 1 } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, generic)
            && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;

    private static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The call log of a write of buffers records copies, of the same types: the caller recycles its buffers after the call
    /// (HybridCache, the output-caching middleware), so a recorded sequence over the caller's memory would show what the
    /// pool put there later.
    /// </summary>
    private static MemberSpec RecordBufferCopies(MemberSpec member)
    {
        if (member.Operation is not KvSetOp { ValueForm: not KvValueForm.AsDeclared } and not KvSetOp { TagsInMemory: true })
        {
            return member;
        }

        var op = (KvSetOp)member.Operation;
        var arguments = new InterceptArgumentSpec[member.InterceptArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = member.InterceptArguments[i];
            arguments[i] = argument.Name == op.Value.Name && op.ValueForm == KvValueForm.ByteSequence
                    ? argument with { Recorded = "new global::System.Buffers.ReadOnlySequence<byte>(global::System.Buffers.BuffersExtensions.ToArray(" + argument.Name + "))" }
                : argument.Name == op.Value.Name && op.ValueForm == KvValueForm.ByteMemory
                    ? argument with { Recorded = "new global::System.ReadOnlyMemory<byte>(" + argument.Name + ".ToArray())" }
                : op.TagsInMemory && argument.Name == op.Tags?.Name
                    ? argument with { Recorded = "new global::System.ReadOnlyMemory<string>(" + argument.Name + ".ToArray())" }
                : argument;
        }

        return member with { InterceptArguments = new EquatableArray<InterceptArgumentSpec>(arguments) };
    }

    /// <summary>The destination of a member shaped <c>(key, destination)</c>, or null.</summary>
    private static KvByteDestination? ReadsInto(ParseContext context, KeyValueShape shape, MemberParts member)
        => member.Args.Length == 2 && IsKey(context, shape, member.Args[0]) ? DestinationOf(context.Known, member.Args[1]) : null;

    /// <summary>A read of the key's bytes into the caller's destination: <c>bool TryGet(key, IBufferWriter&lt;byte&gt; destination)</c> and its async forms.</summary>
    private static OperationSpec? ReadInto(ParseContext context, KeyValueShape shape, MemberParts member, KvByteDestination kind, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        var destination = member.Args[1];
        if (!TypeFacts.IsByteArray(shape.ValueType))
        {
            return Fail("it copies bytes into its parameter '" + destination.Name + "', but the store's values are " + shape.ValueType.ToDisplayString() + ", not byte[]", out reason);
        }

        if (!TypeFacts.IsBool(candidate.Result) || candidate.Shape is ReturnShape.AsyncEnumerable)
        {
            return Fail("a read into its parameter '" + destination.Name + "' must return bool (whether the key was found)", out reason);
        }

        if (kind == KvByteDestination.PipeWriter && candidate.Shape == ReturnShape.Sync)
        {
            return Fail("its destination '" + destination.Name + "' is a PipeWriter, whose reader sees the bytes only after FlushAsync, and a synchronous member would have to block on it", out reason);
        }

        return new KvReadIntoOp(KeyOf(shape, member), new ArgumentRef(TypeNames.Escape(destination.Name), NullForgiving: false), kind);
    }
}
