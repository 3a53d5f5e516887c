using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Blob stores: string keys, byte content. Result types are filled by name from <c>BlobProperties</c>
/// (<see cref="Conventions.BlobResultMembers"/>) through constructor parameters or settable properties.
/// </summary>
internal static class BlobPlanner
{
    private const string Kind = "blob store";

    public static StoreSpec Plan(ParseContext context, List<MemberCandidate> pending, StoreBuilder store)
    {
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (MemberRules.CommonProblem(candidate) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }

            var args = candidate.Parameters;
            var verb = Conventions.BlobVerbOf(candidate.Verb);
            string? reason = null;
            OperationSpec? operation = null;
            bool KeyOnly() => args.Length == 1 && TypeFacts.IsString(args[0].Type);
            ArgumentRef Key() => Declarations.Argument(args[0]);
            if (candidate.Property is { } property)
            {
                operation = verb == BlobVerb.Count && TypeFacts.IsIntOrLong(property.Type)
                    ? new BlobCountOp()
                    : Fail("only a Count property (int or long) is supported", out reason);
            }
            else if (candidate.Method!.IsGenericMethod)
            {
                operation = Fail("generic methods are not supported", out reason);
            }
            else
            {
                switch (verb)
                {
                    case BlobVerb.None:
                        reason = "'" + candidate.Verb + "' is not a known verb (Put/Upload/Save/Write, Get/GetBytes/Download/Read, Open/OpenRead, Exists, Delete, List, Copy, Move, Info/GetInfo/Stat/GetProperties, Url/GetUrl, Clear, Count)";
                        break;
                    case BlobVerb.Put:
                        operation = Put(context, candidate, store, out reason);
                        break;
                    case BlobVerb.Get:
                        operation = KeyOnly() ? Get(context, candidate, Key(), out reason) : Fail("it must take only the key (string)", out reason);
                        break;
                    case BlobVerb.Exists:
                        operation = KeyOnly() && TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new BlobExistsOp(Key())
                            : Fail("it must take the key (string) and return bool", out reason);
                        break;
                    case BlobVerb.Delete:
                        operation = KeyOnly() && TypeFacts.VoidOrBool(candidate) is { } deleted
                            ? new BlobDeleteOp(Key(), deleted)
                            : Fail("it must take the key (string) and return void or bool", out reason);
                        break;
                    case BlobVerb.List:
                        operation = List(context, candidate, store, out reason);
                        break;
                    case BlobVerb.Copy:
                    case BlobVerb.Move:
                        operation = Copy(context, candidate, verb == BlobVerb.Move, store, out reason);
                        break;
                    case BlobVerb.Info:
                        operation = KeyOnly()
                            ? Properties(context, candidate, allowBool: false, allowVoid: false, store, out reason) is { } info ? new BlobInfoOp(Key(), info) : null
                            : Fail("it must take only the key (string)", out reason);
                        break;
                    case BlobVerb.Url:
                        operation = !KeyOnly() || candidate.Shape == ReturnShape.AsyncEnumerable
                            ? Fail("it must take only the key (string)", out reason)
                            : TypeFacts.IsString(candidate.Result)
                                ? new BlobUrlOp(Key(), AsUri: false)
                                : candidate.Result is { } uri && KnownSymbols.Is(TypeNames.Underlying(uri), context.Known.Uri)
                                    ? new BlobUrlOp(Key(), AsUri: true)
                                    : Fail("it must return string or Uri", out reason);
                        break;
                    case BlobVerb.Clear:
                        operation = args.Length == 0 && candidate.IsVoid ? new BlobClearOp() : Fail("Clear must take no parameters and return nothing", out reason);
                        break;
                    case BlobVerb.Count:
                        operation = args.Length == 0 && TypeFacts.IsIntOrLong(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new BlobCountOp()
                            : Fail("Count must take no parameters and return int or long", out reason);
                        break;
                }
            }

            if (operation is null)
            {
                context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                continue;
            }

            store.Members.Add(Declarations.Member(context, candidate, operation));
        }

        return store.Build(StoreKindModel.Blob, context.InterfaceName, null, null);
    }

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    private static OperationSpec? Put(ParseContext context, MemberCandidate candidate, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length < 2 || !TypeFacts.IsString(args[0].Type))
        {
            return Fail("it must take the key (string) and the content (byte[], ReadOnlyMemory<byte>, Stream or string)", out reason);
        }

        var contentType = TypeNames.Underlying(args[1].Type);
        BlobContentKind kind;
        if (TypeFacts.IsByteArray(contentType))
        {
            kind = BlobContentKind.Bytes;
        }
        else if (TypeFacts.IsReadOnlyMemoryOfByte(context.Known, contentType))
        {
            kind = BlobContentKind.Memory;
        }
        else if (KnownSymbols.Is(contentType, context.Known.Stream))
        {
            kind = BlobContentKind.Stream;
        }
        else if (TypeFacts.IsString(contentType))
        {
            kind = BlobContentKind.Text;
        }
        else
        {
            return Fail("its content parameter must be byte[], ReadOnlyMemory<byte>, Stream or string", out reason);
        }

        if (TypeNames.IsNullableValueType(args[1].Type))
        {
            return Fail("its content parameter must not be nullable", out reason);
        }

        var content = new ArgumentRef(TypeNames.Escape(args[1].Name), TypeNames.AllowsNull(args[1].Type) && !args[1].Type.IsValueType);
        string? contentTypeArgument = null;
        MetadataSpec? metadata = null;
        var expiration = ExpirationSpec.Default;
        foreach (var parameter in args.Skip(2))
        {
            var name = TypeNames.Escape(parameter.Name);
            if (TypeFacts.IsString(parameter.Type) && Conventions.NameIn(parameter.Name, Conventions.ContentTypeNames))
            {
                contentTypeArgument = name;
            }
            else if (Metadata(context, parameter) is { } found)
            {
                metadata = found;
            }
            else if (TtlPlanner.TryPlan(context, parameter, store) is { } ttl)
            {
                expiration = ttl;
            }
            else
            {
                return Fail("parameter '" + parameter.Name + "' is not a content type (string contentType), metadata (IDictionary/IReadOnlyDictionary<string, string>) or time to live", out reason);
            }
        }

        return Properties(context, candidate, allowBool: true, allowVoid: true, store, out reason) is { } result
            ? new BlobPutOp(Declarations.Argument(args[0]), content, kind, contentTypeArgument, metadata, expiration, result)
            : null;
    }

    private static MetadataSpec? Metadata(ParseContext context, IParameterSymbol parameter)
    {
        if (parameter.Type is not INamedTypeSymbol { Arity: 2 } type || type.TypeArguments.Any(static t => t.SpecialType != SpecialType.System_String))
        {
            return null;
        }

        var name = TypeNames.Escape(parameter.Name);
        var nullable = TypeNames.AllowsNull(parameter.Type);
        if (KnownSymbols.Is(type, context.Known.IReadOnlyDictionary) || KnownSymbols.Is(type, context.Known.Dictionary))
        {
            return new MetadataSpec(name, Copy: false, nullable);
        }

        return KnownSymbols.Is(type, context.Known.IDictionary) ? new MetadataSpec(name, Copy: true, nullable) : null;
    }

    private static OperationSpec? Get(ParseContext context, MemberCandidate candidate, ArgumentRef key, out string? reason)
    {
        reason = null;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return byte[], ReadOnlyMemory<byte>, string or Stream", out reason);
        }

        var nullable = TypeNames.AllowsNull(result);
        var type = TypeNames.Underlying(result);
        BlobGetResult? kind = TypeFacts.IsByteArray(type) ? (nullable ? BlobGetResult.NullableBytes : BlobGetResult.Bytes)
            : TypeFacts.IsReadOnlyMemoryOfByte(context.Known, type) ? (nullable ? BlobGetResult.NullableMemory : BlobGetResult.Memory)
            : TypeFacts.IsString(type) ? (nullable ? BlobGetResult.NullableText : BlobGetResult.Text)
            : KnownSymbols.Is(type, context.Known.Stream) ? (nullable ? BlobGetResult.NullableStream : BlobGetResult.Stream)
            : null;
        return kind is null
            ? Fail("it must return byte[], ReadOnlyMemory<byte>, string or Stream (nullable for null when missing)", out reason)
            : new BlobGetOp(key, kind.Value);
    }

    private static OperationSpec? List(ParseContext context, MemberCandidate candidate, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length > 1 || (args.Length == 1 && !TypeFacts.IsString(args[0].Type)))
        {
            return Fail("it must take nothing or a key prefix (string)", out reason);
        }

        var prefix = args.Length == 1 ? TypeNames.Escape(args[0].Name) : null;
        var element = candidate.Shape == ReturnShape.AsyncEnumerable
            ? candidate.Result
            : candidate.Result is { } result ? TypeFacts.ElementType(context.Known, TypeNames.Underlying(result)) : null;
        if (element is null)
        {
            return Fail("it must return a list of keys (string) or of a result type", out reason);
        }

        BlobListElement kind;
        string? converter = null;
        if (TypeFacts.IsString(element))
        {
            kind = BlobListElement.Key;
        }
        else if (KnownSymbols.Is(TypeNames.Underlying(element), context.Known.BlobProperties))
        {
            kind = BlobListElement.Properties;
        }
        else if (Converter(context, TypeNames.Underlying(element), store, out reason) is { } method)
        {
            kind = BlobListElement.Converted;
            converter = method;
        }
        else
        {
            return null;
        }

        var sequence = TypeFacts.SequenceResult(context, candidate, element, out reason);
        return sequence is null ? null : new BlobListOp(prefix, kind, converter, sequence.Value);
    }

    private static OperationSpec? Copy(ParseContext context, MemberCandidate candidate, bool move, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length is < 2 or > 3 || !TypeFacts.IsString(args[0].Type) || !TypeFacts.IsString(args[1].Type) || (args.Length == 3 && !TypeFacts.IsBool(args[2].Type)))
        {
            return Fail("it must take the source key, the destination key and optionally 'bool overwrite'", out reason);
        }

        return Properties(context, candidate, allowBool: true, allowVoid: true, store, out reason) is { } result
            ? new BlobCopyOp(Declarations.Argument(args[0]), Declarations.Argument(args[1]), args.Length == 3 ? TypeNames.Escape(args[2].Name) : null, move, result)
            : null;
    }

    /// <summary>A result built from <c>BlobProperties</c>: nothing, bool, BlobProperties, or a user type filled by name.</summary>
    private static BlobResultSpec? Properties(ParseContext context, MemberCandidate candidate, bool allowBool, bool allowVoid, StoreBuilder store, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            reason = "it cannot return an async stream";
            return null;
        }

        if (candidate.IsVoid)
        {
            if (allowVoid)
            {
                return new BlobResultSpec(BlobResultKind.None, null, null);
            }

            reason = "it must return a result";
            return null;
        }

        var result = candidate.Result!;
        if (TypeFacts.IsBool(result))
        {
            if (allowBool)
            {
                return new BlobResultSpec(BlobResultKind.Bool, null, null);
            }

            reason = "it must return a result type, not bool";
            return null;
        }

        var nullable = TypeNames.AllowsNull(result);
        var underlying = TypeNames.Underlying(result);
        if (KnownSymbols.Is(underlying, context.Known.BlobProperties))
        {
            return new BlobResultSpec(nullable ? BlobResultKind.NullableProperties : BlobResultKind.Properties, null, null);
        }

        if (Converter(context, underlying, store, out reason) is { } converter)
        {
            return new BlobResultSpec(nullable ? BlobResultKind.NullableConverted : BlobResultKind.Converted, converter, context.Render(result));
        }

        return null;
    }

    /// <summary>Plans a method that builds <paramref name="type"/> from <c>BlobProperties p</c>, or explains why it cannot.</summary>
    private static string? Converter(ParseContext context, ITypeSymbol type, StoreBuilder store, out string? reason)
    {
        reason = null;
        var rendered = context.RenderNotNull(type);
        foreach (var existing in store.Converters)
        {
            if (existing.Type == rendered)
            {
                return existing.Name;
            }
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || !TypeFacts.IsEntityCandidateType(type) || named.IsAbstract)
        {
            reason = "its result type " + type.ToDisplayString() + " is not a class, record or struct that can be filled from the blob's properties";
            return null;
        }

        var constructors = named.InstanceConstructors
            .Where(context.IsAccessible)
            .Select(c => (Constructor: c, Arguments: c.Parameters.Select(p => Field(context, p.Name, p.Type)).ToList()))
            .Where(static c => c.Arguments.All(static a => a is not null))
            .OrderByDescending(static c => c.Arguments.Count)
            .ToList();
        if (constructors.Count == 0)
        {
            reason = "its result type " + type.ToDisplayString() + " has no accessible constructor whose parameters are all blob properties (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url)";
            return null;
        }

        var chosen = constructors[0];
        var used = new HashSet<string>(chosen.Constructor.Parameters.Select(static p => p.Name), StringComparer.OrdinalIgnoreCase);
        var initializers = new List<BlobInitializerSpec>();
        var mapped = chosen.Arguments.Count;
        foreach (var property in context.PropertiesOf(named))
        {
            if (used.Contains(property.Name))
            {
                continue;
            }

            var settable = property.SetMethod is not null && context.IsAccessible(property.SetMethod);
            var source = settable ? Field(context, property.Name, property.Type) : null;
            if (source is not null)
            {
                initializers.Add(new BlobInitializerSpec(TypeNames.Escape(property.Name), source.Value));
                used.Add(property.Name);
                mapped++;
            }
            else if (property.IsRequired)
            {
                reason = "its result type " + type.ToDisplayString() + " has a required property '" + property.Name + "' that is not a blob property";
                return null;
            }
        }

        if (mapped == 0)
        {
            reason = "its result type " + type.ToDisplayString() + " has no property or constructor parameter named like a blob property (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url)";
            return null;
        }

        var compared = context.PropertiesOf(named).Where(p => p.GetMethod is not null && context.IsAccessible(p.GetMethod))
            .Select(p => new BlobInitializerSpec(TypeNames.Escape(p.Name), Field(context, p.Name, p.Type) ?? BlobField.ETag))
            .Where(static p => p.Field is BlobField.Key or BlobField.Size or BlobField.SizeAsInt32 or BlobField.ContentType).ToArray();
        var converter = new ConverterSpec(context.Names.New("__To" + TypeNames.Sanitize(named.Name)), rendered, chosen.Arguments.Select(static a => a!.Value).ToArray(), initializers.ToArray(), compared);
        store.Converters.Add(converter);
        return converter.Name;
    }

    /// <summary>The blob field a result member of this name and type reads, or null.</summary>
    private static BlobField? Field(ParseContext context, string name, ITypeSymbol type)
    {
        if (!Conventions.BlobResultMembers.TryGetValue(name, out var member))
        {
            return null;
        }

        var known = context.Known;
        var target = TypeNames.Underlying(type);
        switch (member)
        {
            case BlobResultMember.Key:
                return TypeFacts.IsString(target) ? BlobField.Key : null;
            case BlobResultMember.Size:
                return target.SpecialType switch
                {
                    SpecialType.System_Int64 => BlobField.Size,
                    SpecialType.System_Int32 => BlobField.SizeAsInt32,
                    _ => null,
                };
            case BlobResultMember.ContentType:
                return TypeFacts.IsString(target) ? BlobField.ContentType : null;
            case BlobResultMember.ETag:
                return TypeFacts.IsString(target) ? BlobField.ETag : null;
            case BlobResultMember.LastModified:
                return KnownSymbols.Is(target, known.DateTimeOffset) ? BlobField.LastModified : target.SpecialType == SpecialType.System_DateTime ? BlobField.LastModifiedUtcDateTime : null;
            case BlobResultMember.CreatedAt:
                return KnownSymbols.Is(target, known.DateTimeOffset) ? BlobField.CreatedAt : target.SpecialType == SpecialType.System_DateTime ? BlobField.CreatedAtUtcDateTime : null;
            case BlobResultMember.Metadata:
                if (target is INamedTypeSymbol { Arity: 2 } dictionary && dictionary.TypeArguments.All(static t => t.SpecialType == SpecialType.System_String))
                {
                    if (KnownSymbols.Is(dictionary, known.IReadOnlyDictionary))
                    {
                        return BlobField.Metadata;
                    }

                    if (KnownSymbols.Is(dictionary, known.IDictionary) || KnownSymbols.Is(dictionary, known.Dictionary))
                    {
                        return BlobField.MetadataCopy;
                    }
                }

                return null;
            default:
                return TypeFacts.IsString(target) ? BlobField.UrlString : KnownSymbols.Is(target, known.Uri) ? BlobField.Uri : null;
        }
    }
}
