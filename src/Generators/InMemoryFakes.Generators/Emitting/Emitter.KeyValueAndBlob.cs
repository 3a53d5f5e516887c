using System.Collections.Generic;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void KeyValueOrBlob(BodyWriter body, FakeSpec fake, MemberSpec member)
    {
        var n = fake.Names;
        var t = body.T;
        switch (member.Operation)
        {
            case KvGetOp op:
            {
                var key = Arg(op.Key);
                body.Return(op.Result switch
                {
                    KvGetResult.Required => t + ".GetRequired(" + key + ")",
                    KvGetResult.NullableStruct => t + ".TryGetValue(" + key + ", out var " + n.Value + ") ? (" + op.Type + ")" + n.Value + " : null",
                    KvGetResult.NullableCast => t + ".GetValueOrDefault(" + key + ") is " + op.Type + " " + n.Value + " ? (" + op.DeclaredType + ")" + n.Value + " : default",
                    KvGetResult.Cast => "(" + op.Type + ")" + t + ".GetRequired(" + key + ")",
                    _ => t + ".GetValueOrDefault(" + key + ")",
                });
                break;
            }

            case KvTryGetOp op:
                if (op.CastType is not null)
                {
                    body.Line("if (" + t + ".TryGetValue(" + Arg(op.Key) + ", out var " + n.Value + ") && " + n.Value + " is " + op.CastType + " " + n.Item + ")");
                    body.Line("{");
                    body.Line("    " + op.OutParameter + " = " + n.Item + ";");
                    body.Line("    return true;");
                    body.Line("}");
                    body.Line("");
                    body.Line(op.OutParameter + " = default!;");
                    body.Line("return false;");
                }
                else
                {
                    body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + Arg(op.Key) + ", out var " + n.Value + ");");
                    body.Line(op.OutParameter + " = " + n.Value + "!;");
                    body.Line("return " + n.Result + ";");
                }

                break;
            case KvSetOp op:
            {
                var key = Arg(op.Key);
                var call = t + "." + (op.IfAbsent ? "SetIfAbsent" : "Set") + "(" + key + ", " + Arg(op.Value) + ", " + Expiration(op.Expiration) + (op.ValueName is null ? "" : ", valueParam: nameof(" + op.ValueName + ")") + ")";
                if (op.IfAbsent && !op.ReturnsBool)
                {
                    body.Line("if (!" + call + ")");
                    body.Line("{");
                    body.Line("    throw " + n.Core + ".Defaults.Errors.CreateDuplicate(" + t + ".Name, " + key + ");");
                    body.Line("}");
                }
                else
                {
                    body.Call(call, op.ReturnsBool);
                }

                break;
            }

            case KvDeleteOp op:
                body.Call(t + ".Remove(" + Arg(op.Key) + ")", op.ReturnsBool);
                break;
            case BlobDeleteOp op:
                body.Call(t + ".Remove(" + Arg(op.Key) + ")", op.ReturnsBool);
                break;
            case KvExistsOp op:
                body.Return(t + ".ContainsKey(" + Arg(op.Key) + ")");
                break;
            case BlobExistsOp op:
                body.Return(t + ".ContainsKey(" + Arg(op.Key) + ")");
                break;
            case KvIncrementOp { Floating: true } op:
            {
                var amount = op.Amount ?? "1D";
                body.Call(t + ".IncrementByFloat(" + Arg(op.Key) + ", " + (op.Decrement ? "-" + amount : amount) + ", " + Expiration(op.Expiration) + ")", op.Result != NumberResult.None);
                break;
            }

            case KvIncrementOp { Result: NumberResult.Int } op:
            {
                // An int result is checked before the write: a counter that would leave int's range is refused, unchanged.
                var call = t + "." + (op.Decrement ? "DecrementInRange" : "IncrementInRange") + "(" + Arg(op.Key) + ", " + (op.Amount ?? "1L") + ", int.MinValue, int.MaxValue, " + Expiration(op.Expiration) + ")";
                body.Return("(int)" + call);
                break;
            }

            case KvIncrementOp op:
            {
                var call = t + "." + (op.Decrement ? "Decrement" : "Increment") + "(" + Arg(op.Key) + ", " + (op.Amount ?? "1L") + ", " + Expiration(op.Expiration) + ")";
                body.Call(call, op.Result != NumberResult.None);
                break;
            }

            case KvRefreshOp op:
                body.Call(t + ".Refresh(" + Arg(op.Key) + ")", op.ReturnsBool);
                break;
            case KvClearOp or BlobClearOp:
                body.Line(t + ".Clear();");
                break;
            case KvKeysOp op:
                body.Sequence(t + ".Keys()", op.Sequence);
                break;
            case KvTimeToLiveOp op:
                body.Return(t + ".GetTimeToLive(" + Arg(op.Key) + ")");
                break;
            case KvExpireOp op:
                body.Call(t + ".Expire(" + Arg(op.Key) + ", " + Expiration(op.Expiration) + ")", op.ReturnsBool);
                break;
            case BlobPutOp op:
            {
                var key = Arg(op.Key);
                var content = Arg(op.Content) + (op.ContentKind == BlobContentKind.Memory ? ".Span" : "");
                var contentType = op.ContentType ?? "null";
                var metadata = Metadata(op.Metadata);
                var expiration = Expiration(op.Expiration);
                var call = op.ContentKind == BlobContentKind.Stream && member.Shape != ReturnShape.Sync
                    ? "await " + t + ".PutAsync(" + key + ", " + content + ", " + contentType + ", " + metadata + ", " + expiration + ", " + (member.CancellationToken ?? "default") + ").ConfigureAwait(false)"
                    : t + "." + (op.ContentKind == BlobContentKind.Text ? "PutText" : "Put") + "(" + key + ", " + content + ", " + contentType + ", " + metadata + ", " + expiration + ")";
                PropertiesResult(body, fake, op.Result, call, "CreateQuotaExceeded(" + t + ".Name, " + key + ", \"the write was rejected by the quota policy\")");
                break;
            }

            case BlobCopyOp op:
            {
                var call = t + "." + (op.Move ? "Move" : "Copy") + "(" + Arg(op.Source) + ", " + Arg(op.Destination) + ", " + (op.Overwrite ?? "true") + ")";
                PropertiesResult(body, fake, op.Result, call, "CreateQuotaExceeded(" + t + ".Name, " + Arg(op.Destination) + ", \"the write was rejected by the quota policy\")");
                break;
            }

            case BlobInfoOp op:
                PropertiesResult(body, fake, op.Result, t + ".GetProperties(" + Arg(op.Key) + ")", "CreateNotFound(" + t + ".Name, " + Arg(op.Key) + ")");
                break;
            case BlobGetOp op:
            {
                var key = Arg(op.Key);
                body.Return(op.Result switch
                {
                    BlobGetResult.Bytes or BlobGetResult.Memory => t + ".GetBytes(" + key + ")",
                    BlobGetResult.NullableBytes => t + ".GetBytesOrDefault(" + key + ")",
                    BlobGetResult.NullableMemory => t + ".GetBytesOrDefault(" + key + ") is { } " + n.Blob + " ? new global::System.ReadOnlyMemory<byte>(" + n.Blob + ") : (global::System.ReadOnlyMemory<byte>?)null",
                    BlobGetResult.Text => t + ".GetText(" + key + ")",
                    BlobGetResult.NullableText => t + ".TryGetValue(" + key + ", out var " + n.Blob + ") ? global::System.Text.Encoding.UTF8.GetString(" + n.Blob + ".Content.Span) : null",
                    BlobGetResult.Stream => t + ".OpenRead(" + key + ")",
                    _ => t + ".TryGetValue(" + key + ", out var " + n.Blob + ") ? " + n.Blob + ".OpenRead() : null",
                });
                break;
            }

            case BlobListOp op:
            {
                var list = t + ".List(" + (op.Prefix ?? "null") + ")";
                var converted = op.Element switch
                {
                    BlobListElement.Key => list + ".ConvertAll(static " + n.Value + " => " + n.Value + ".Key)",
                    BlobListElement.Properties => list,
                    _ => list + ".ConvertAll(" + op.Converter + ")",
                };
                body.Sequence(converted, op.Sequence);
                break;
            }

            case BlobUrlOp op:
            {
                var key = Arg(op.Key);
                body.Line("global::System.ArgumentException.ThrowIfNullOrEmpty(" + key + ");");
                body.Return(op.AsUri
                    ? "new global::System.Uri(" + BlobTable + ".UrlFor(" + key + "))"
                    : BlobTable + ".UrlFor(" + key + ")");
                break;
            }
        }
    }

    /// <summary>An <c>Expiration</c> from a parameter; a nullable parameter left null means the store default.</summary>
    private static string Expiration(ExpirationSpec spec)
    {
        var id = spec.Parameter;
        if (spec.Kind == ExpirationKind.Default || id is null)
        {
            return RuntimeNames.Expiration + ".Default";
        }

        if (spec.Kind == ExpirationKind.Options)
        {
            return spec.Helper + "(" + id + ", nameof(" + id + "))";
        }

        var value = spec.IsNullable ? id + ".Value" : id;
        var nameArgument = spec.IsNullable ? ", nameof(" + id + ")" : "";
        var factory = spec.Kind switch
        {
            ExpirationKind.After => RuntimeNames.Expiration + ".After(" + value + nameArgument + ")",
            ExpirationKind.Sliding => RuntimeNames.Expiration + ".Sliding(" + value + nameArgument + ")",
            ExpirationKind.AfterSeconds => RuntimeNames.Expiration + ".AfterSeconds(" + (spec.IsDecimal ? "(double)" + value : value) + (spec.IsNullable || spec.IsDecimal ? ", nameof(" + id + ")" : "") + ")",
            _ => RuntimeNames.Expiration + ".At(" + value + ", nameof(" + id + "))",
        };
        return spec.IsNullable ? "(" + id + ".HasValue ? " + factory + " : " + RuntimeNames.Expiration + ".Default)" : factory;
    }

    private static string Metadata(MetadataSpec? metadata)
    {
        if (metadata is null)
        {
            return "null";
        }

        if (!metadata.Copy)
        {
            return metadata.Parameter;
        }

        var copy = "new global::System.Collections.Generic.Dictionary<string, string>(" + metadata.Parameter + ")";
        return metadata.IsNullable ? "(" + metadata.Parameter + " is null ? null : " + copy + ")" : copy;
    }

    /// <summary>A result made from a nullable <c>BlobProperties</c>: null means rejected (writes) or missing (info).</summary>
    private static void PropertiesResult(BodyWriter body, FakeSpec fake, BlobResultSpec result, string call, string error)
    {
        var n = fake.Names;
        var raise = "throw " + n.Core + ".Defaults.Errors." + error;
        switch (result.Kind)
        {
            case BlobResultKind.None:
                body.Line(call + ";");
                break;
            case BlobResultKind.Bool:
                body.Line("return " + call + " is not null;");
                break;
            case BlobResultKind.Properties:
                body.Line("return " + call + " ?? " + raise + ";");
                break;
            case BlobResultKind.NullableProperties:
                body.Line("return " + call + ";");
                break;
            case BlobResultKind.Converted:
                body.Line("return " + result.Converter + "(" + call + " ?? " + raise + ");");
                break;
            default:
                body.Line("var " + n.Blob + " = " + call + ";");
                body.Line("return " + n.Blob + " is null ? default(" + result.DeclaredType + ") : " + result.Converter + "(" + n.Blob + ");");
                break;
        }
    }

    private static string BlobFieldExpression(BlobField field) => field switch
    {
        BlobField.Key => "p.Key",
        BlobField.Size => "p.Size",
        BlobField.SizeAsInt32 => "checked((int)p.Size)",
        BlobField.ContentType => "p.ContentType",
        BlobField.ETag => "p.ETag",
        BlobField.LastModified => "p.LastModified",
        BlobField.LastModifiedUtcDateTime => "p.LastModified.UtcDateTime",
        BlobField.CreatedAt => "p.CreatedAt",
        BlobField.CreatedAtUtcDateTime => "p.CreatedAt.UtcDateTime",
        BlobField.Metadata => "p.Metadata",
        BlobField.MetadataCopy => "new global::System.Collections.Generic.Dictionary<string, string>(p.Metadata)",
        BlobField.UrlString => BlobTable + ".UrlFor(p.Key)",
        _ => "p.Url",
    };

    private static IEnumerable<string> BlobFieldExpressions(EquatableArray<BlobField> fields)
    {
        foreach (var field in fields)
        {
            yield return BlobFieldExpression(field);
        }
    }
}
