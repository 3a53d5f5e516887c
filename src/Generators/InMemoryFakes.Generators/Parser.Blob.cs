using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

/// <summary>
/// Blob stores: string keys, byte content. Result types are filled by name from <c>BlobProperties</c>
/// (Key/Path/Name, Size/Length, ContentType, ETag, LastModified/UpdatedAt/ModifiedAt, CreatedAt, Metadata, Url/Uri)
/// through constructor parameters or settable properties of that name (case-insensitive).
/// </summary>
internal sealed partial class Parser
{
    private const string BlobKind = "blob store";
    private const string PropertiesType = "global::InMemoryFakes.BlobProperties";

    private readonly List<ConverterSpec> _converters = new();

    private enum BlobVerb
    {
        None,
        Put,
        Get,
        Exists,
        Delete,
        List,
        Copy,
        Move,
        Info,
        Url,
        Clear,
        Count,
    }

    private static BlobVerb BlobVerbOf(string verb) => verb switch
    {
        "Put" or "Upload" or "Save" or "Write" or "Store" or "Set" or "PutBytes" or "PutText" or "UploadBytes" or "UploadText" or "WriteAllBytes" or "WriteAllText" => BlobVerb.Put,
        "Get" or "GetBytes" or "Download" or "Read" or "ReadAllBytes" or "GetContent" or "DownloadBytes" or "GetText" or "ReadText" or "DownloadText" or "ReadAllText"
            or "Open" or "OpenRead" or "OpenReadStream" or "GetStream" or "DownloadStream" => BlobVerb.Get,
        "Exists" or "Contains" or "Has" => BlobVerb.Exists,
        "Delete" or "Remove" => BlobVerb.Delete,
        "List" or "ListKeys" or "ListFiles" or "ListBlobs" or "ListAll" or "GetAll" or "Keys" or "GetKeys" => BlobVerb.List,
        "Copy" => BlobVerb.Copy,
        "Move" or "Rename" => BlobVerb.Move,
        "Info" or "GetInfo" or "Stat" or "GetProperties" or "GetBlobProperties" or "Head" or "GetFileInfo" => BlobVerb.Info,
        "Url" or "GetUrl" or "GetUri" or "Uri" => BlobVerb.Url,
        "Clear" or "DeleteAll" or "RemoveAll" => BlobVerb.Clear,
        "Count" or "GetCount" => BlobVerb.Count,
        _ => BlobVerb.None,
    };

    private StoreSpec PlanBlob(List<MemberCandidate> pending, List<MemberSpec> members)
    {
        _tableField = _names.New("__blobs");
        _modelField = "";
        foreach (var candidate in pending)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (CommonProblem(candidate) is { } problem)
            {
                NotSupported(candidate, BlobKind, problem);
                continue;
            }

            var args = candidate.Parameters;
            var verb = BlobVerbOf(candidate.Verb);
            string? reason = null;
            OperationSpec? operation = null;
            bool KeyOnly() => args.Length == 1 && IsString(args[0].Type);
            string Key() => Argument(args[0]);
            if (candidate.Property is { } property)
            {
                operation = verb == BlobVerb.Count && (IsInt(property.Type) || IsLong(property.Type))
                    ? new OperationSpec(Operation.BlobCount, ResultKind.Count, EquatableArray<string>.Empty, null, null)
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
                        operation = BlobPutOperation(candidate, out reason);
                        break;
                    case BlobVerb.Get:
                        operation = KeyOnly() ? BlobGetOperation(candidate, Key(), out reason) : Fail("it must take only the key (string)", out reason);
                        break;
                    case BlobVerb.Exists:
                        operation = KeyOnly() && IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new OperationSpec(Operation.BlobExists, ResultKind.Bool, new[] { Key() }, null, null)
                            : Fail("it must take the key (string) and return bool", out reason);
                        break;
                    case BlobVerb.Delete:
                        operation = KeyOnly() && VoidOrBool(candidate) is { } deleted
                            ? new OperationSpec(Operation.BlobDelete, deleted, new[] { Key() }, null, null)
                            : Fail("it must take the key (string) and return void or bool", out reason);
                        break;
                    case BlobVerb.List:
                        operation = BlobListOperation(candidate, out reason);
                        break;
                    case BlobVerb.Copy:
                    case BlobVerb.Move:
                        operation = BlobCopyOperation(candidate, verb == BlobVerb.Copy ? Operation.BlobCopy : Operation.BlobMove, out reason);
                        break;
                    case BlobVerb.Info:
                        operation = KeyOnly() ? BlobPropertiesResult(candidate, Operation.BlobInfo, new[] { Key() }, allowBool: false, allowVoid: false, out reason) : Fail("it must take only the key (string)", out reason);
                        break;
                    case BlobVerb.Url:
                        operation = !KeyOnly() || candidate.Shape == ReturnShape.AsyncEnumerable
                            ? Fail("it must take only the key (string)", out reason)
                            : IsString(candidate.Result)
                                ? new OperationSpec(Operation.BlobUrl, ResultKind.UrlString, new[] { Key() }, null, null)
                                : candidate.Result is { } uri && TypeNames.Underlying(uri).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.Uri"
                                    ? new OperationSpec(Operation.BlobUrl, ResultKind.Uri, new[] { Key() }, null, null)
                                    : Fail("it must return string or Uri", out reason);
                        break;
                    case BlobVerb.Clear:
                        operation = args.Length == 0 && candidate.IsVoid
                            ? new OperationSpec(Operation.BlobClear, ResultKind.None, EquatableArray<string>.Empty, null, null)
                            : Fail("Clear must take no parameters and return nothing", out reason);
                        break;
                    case BlobVerb.Count:
                        operation = args.Length == 0 && (IsInt(candidate.Result) || IsLong(candidate.Result)) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new OperationSpec(Operation.BlobCount, ResultKind.Count, EquatableArray<string>.Empty, null, null)
                            : Fail("Count must take no parameters and return int or long", out reason);
                        break;
                }
            }

            if (operation is null)
            {
                NotSupported(candidate, BlobKind, reason ?? "its shape is not supported");
                continue;
            }

            members.Add(BuildMember(candidate, operation));
        }

        return new StoreSpec(
            StoreKindModel.Blob,
            "global::InMemoryFakes.Support.BlobTable",
            TypeNames.Literal(_interfaceName),
            null,
            null,
            false,
            EquatableArray<CopyMethodSpec>.Empty,
            _converters.ToArray(),
            _expirationHelpers.ToArray());
    }

    private OperationSpec? BlobPutOperation(MemberCandidate candidate, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length < 2 || !IsString(args[0].Type))
        {
            return Fail("it must take the key (string) and the content (byte[], ReadOnlyMemory<byte>, Stream or string)", out reason);
        }

        var contentType = TypeNames.Underlying(args[1].Type);
        var contentName = TypeNames.Escape(args[1].Name);
        var display = contentType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string content;
        string method;
        switch (display)
        {
            case "byte[]":
                content = contentName;
                method = "Put";
                break;
            case "global::System.ReadOnlyMemory<byte>":
                content = contentName + ".Span";
                method = "Put";
                break;
            case "global::System.IO.Stream":
                content = contentName;
                method = candidate.Shape == ReturnShape.Sync ? "Put" : "PutAsync";
                break;
            case "string":
                content = contentName;
                method = "PutText";
                break;
            default:
                return Fail("its content parameter must be byte[], ReadOnlyMemory<byte>, Stream or string", out reason);
        }

        if (TypeNames.IsNullableValueType(args[1].Type))
        {
            return Fail("its content parameter must not be nullable", out reason);
        }

        if (TypeNames.AllowsNull(args[1].Type) && !args[1].Type.IsValueType)
        {
            content += "!";
        }

        var contentTypeArgument = "null";
        var metadataArgument = "null";
        var expiration = ExpirationType + ".Default";
        foreach (var parameter in args.Skip(2))
        {
            var name = TypeNames.Escape(parameter.Name);
            if (IsString(parameter.Type) && NameIn(parameter.Name, new[] { "contentType", "mimeType", "mediaType", "type" }))
            {
                contentTypeArgument = name;
            }
            else if (MetadataArgument(parameter) is { } metadata)
            {
                metadataArgument = metadata;
            }
            else if (TryExpiration(parameter, out var ttl))
            {
                expiration = ttl;
            }
            else
            {
                return Fail("parameter '" + parameter.Name + "' is not a content type (string contentType), metadata (IDictionary/IReadOnlyDictionary<string, string>) or time to live", out reason);
            }
        }

        return BlobPropertiesResult(
            candidate,
            Operation.BlobPut,
            new[] { Argument(args[0]), content, contentTypeArgument, metadataArgument, expiration, method },
            allowBool: true,
            allowVoid: true,
            out reason);
    }

    private static string? MetadataArgument(IParameterSymbol parameter)
    {
        if (parameter.Type is not INamedTypeSymbol { Arity: 2 } type || type.TypeArguments.Any(static t => t.SpecialType != SpecialType.System_String)
            || type.ContainingNamespace?.ToDisplayString() != "System.Collections.Generic")
        {
            return null;
        }

        var name = TypeNames.Escape(parameter.Name);
        var nullable = TypeNames.AllowsNull(parameter.Type);
        switch (type.Name)
        {
            case "IReadOnlyDictionary":
            case "Dictionary":
                return name;
            case "IDictionary":
                var copy = "new global::System.Collections.Generic.Dictionary<string, string>(" + name + ")";
                return nullable ? "(" + name + " is null ? null : " + copy + ")" : copy;
            default:
                return null;
        }
    }

    private OperationSpec? BlobGetOperation(MemberCandidate candidate, string key, out string? reason)
    {
        reason = null;
        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return byte[], ReadOnlyMemory<byte>, string or Stream", out reason);
        }

        var nullable = TypeNames.AllowsNull(result);
        var kind = TypeNames.Underlying(result).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) switch
        {
            "byte[]" => nullable ? ResultKind.NullableBytes : ResultKind.Bytes,
            "global::System.ReadOnlyMemory<byte>" => nullable ? ResultKind.NullableMemory : ResultKind.Memory,
            "string" => nullable ? ResultKind.NullableText : ResultKind.Text,
            "global::System.IO.Stream" => nullable ? ResultKind.NullableStream : ResultKind.Stream,
            _ => (ResultKind?)null,
        };
        return kind is null
            ? Fail("it must return byte[], ReadOnlyMemory<byte>, string or Stream (nullable for null when missing)", out reason)
            : new OperationSpec(Operation.BlobGet, kind.Value, new[] { key }, null, null);
    }

    private OperationSpec? BlobListOperation(MemberCandidate candidate, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length > 1 || (args.Length == 1 && !IsString(args[0].Type)))
        {
            return Fail("it must take nothing or a key prefix (string)", out reason);
        }

        var prefix = args.Length == 1 ? TypeNames.Escape(args[0].Name) : "null";
        ITypeSymbol? element = candidate.Shape == ReturnShape.AsyncEnumerable
            ? candidate.Result
            : candidate.Result is { } result ? ElementType(TypeNames.Underlying(result)) : null;
        if (element is null)
        {
            return Fail("it must return a list of keys (string) or of a result type", out reason);
        }

        string converter;
        if (IsString(element))
        {
            converter = "Key";
        }
        else if (TypeNames.Underlying(element).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == PropertiesType)
        {
            converter = "Properties";
        }
        else if (EnsureConverter(TypeNames.Underlying(element), out reason) is { } method)
        {
            converter = method;
        }
        else
        {
            return null;
        }

        var sequence = SequenceResult(candidate, element, out reason);
        return sequence is null ? null : new OperationSpec(Operation.BlobList, sequence.Value, new[] { prefix }, TypeNames.RenderNotNull(TypeNames.Underlying(element)), converter);
    }

    private OperationSpec? BlobCopyOperation(MemberCandidate candidate, Operation operation, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length is < 2 or > 3 || !IsString(args[0].Type) || !IsString(args[1].Type) || (args.Length == 3 && !IsBool(args[2].Type)))
        {
            return Fail("it must take the source key, the destination key and optionally 'bool overwrite'", out reason);
        }

        var arguments = new[] { Argument(args[0]), Argument(args[1]), args.Length == 3 ? TypeNames.Escape(args[2].Name) : "true" };
        return BlobPropertiesResult(candidate, operation, arguments, allowBool: true, allowVoid: true, out reason);
    }

    /// <summary>A result built from <c>BlobProperties</c>: nothing, bool, BlobProperties, or a user type filled by name.</summary>
    private OperationSpec? BlobPropertiesResult(MemberCandidate candidate, Operation operation, string[] args, bool allowBool, bool allowVoid, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it cannot return an async stream", out reason);
        }

        if (candidate.IsVoid)
        {
            return allowVoid ? new OperationSpec(operation, ResultKind.None, args, null, null) : Fail("it must return a result", out reason);
        }

        var result = candidate.Result!;
        if (IsBool(result))
        {
            return allowBool ? new OperationSpec(operation, ResultKind.Bool, args, null, null) : Fail("it must return a result type, not bool", out reason);
        }

        var nullable = TypeNames.AllowsNull(result);
        var underlying = TypeNames.Underlying(result);
        if (underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == PropertiesType)
        {
            return new OperationSpec(operation, nullable ? ResultKind.NullableProperties : ResultKind.Properties, args, null, null);
        }

        if (EnsureConverter(underlying, out reason) is { } converter)
        {
            return new OperationSpec(operation, nullable ? ResultKind.NullableConverted : ResultKind.Converted, args, TypeNames.Render(result), converter);
        }

        return null;
    }

    /// <summary>Plans a method that builds <paramref name="type"/> from <c>BlobProperties p</c>, or explains why it cannot.</summary>
    private string? EnsureConverter(ITypeSymbol type, out string? reason)
    {
        reason = null;
        var rendered = TypeNames.RenderNotNull(type);
        if (_converters.FirstOrDefault(c => c.Type == rendered) is { } existing)
        {
            return existing.Name;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || !IsEntityCandidateType(type) || named.IsAbstract)
        {
            reason = "its result type " + type.ToDisplayString() + " is not a class, record or struct that can be filled from the blob's properties";
            return null;
        }

        var constructors = named.InstanceConstructors
            .Where(c => _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly))
            .Select(c => (Constructor: c, Arguments: c.Parameters.Select(p => BlobPropertySource(p.Name, p.Type)).ToList()))
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
        var initializers = new List<string>();
        var mapped = chosen.Arguments.Count;
        foreach (var property in InstanceProperties(named))
        {
            if (used.Contains(property.Name))
            {
                continue;
            }

            var settable = property.SetMethod is not null && _compilation.IsSymbolAccessibleWithin(property.SetMethod, _compilation.Assembly);
            var source = settable ? BlobPropertySource(property.Name, property.Type) : null;
            if (source is not null)
            {
                initializers.Add(TypeNames.Escape(property.Name) + " = " + source);
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

        var converter = new ConverterSpec(_names.New("__To" + TypeNames.Sanitize(named.Name)), rendered, chosen.Arguments.Select(static a => a!).ToArray(), initializers.ToArray());
        _converters.Add(converter);
        return converter.Name;
    }

    /// <summary>The expression over <c>BlobProperties p</c> for a result member of this name and type, or null.</summary>
    private static string? BlobPropertySource(string name, ITypeSymbol type)
    {
        var target = TypeNames.Underlying(type);
        var display = target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string? Time(string property) => display switch
        {
            "global::System.DateTimeOffset" => "p." + property,
            "global::System.DateTime" => "p." + property + ".UtcDateTime",
            _ => null,
        };

        switch (name.ToUpperInvariant())
        {
            case "KEY":
            case "PATH":
            case "NAME":
            case "FILENAME":
            case "BLOBNAME":
                return IsString(target) ? "p.Key" : null;
            case "SIZE":
            case "LENGTH":
            case "CONTENTLENGTH":
                return target.SpecialType switch
                {
                    SpecialType.System_Int64 => "p.Size",
                    SpecialType.System_Int32 => "checked((int)p.Size)",
                    _ => null,
                };
            case "CONTENTTYPE":
            case "MIMETYPE":
                return IsString(target) ? "p.ContentType" : null;
            case "ETAG":
                return IsString(target) ? "p.ETag" : null;
            case "LASTMODIFIED":
            case "UPDATEDAT":
            case "MODIFIEDAT":
            case "LASTMODIFIEDAT":
                return Time("LastModified");
            case "CREATEDAT":
            case "CREATED":
            case "CREATEDON":
                return Time("CreatedAt");
            case "METADATA":
                if (target is INamedTypeSymbol { Arity: 2 } dictionary && dictionary.TypeArguments.All(static t => t.SpecialType == SpecialType.System_String)
                    && dictionary.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
                {
                    return dictionary.Name switch
                    {
                        "IReadOnlyDictionary" => "p.Metadata",
                        "IDictionary" or "Dictionary" => "new global::System.Collections.Generic.Dictionary<string, string>(p.Metadata)",
                        _ => null,
                    };
                }

                return null;
            case "URL":
            case "URI":
                return IsString(target) ? "global::InMemoryFakes.Support.BlobTable.UrlFor(p.Key)" : display == "global::System.Uri" ? "p.Url" : null;
            default:
                return null;
        }
    }
}
