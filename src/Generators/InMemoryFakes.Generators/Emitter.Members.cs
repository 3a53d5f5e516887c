using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators;

internal static partial class Emitter
{
    private static void WriteMember(SourceWriter w, FakeSpec fake, MemberSpec member)
    {
        var n = fake.Names;
        var isAsync = member.Shape != ReturnShape.Sync;
        var name = member.ExplicitInterface is null ? member.Name : member.ExplicitInterface + "." + member.Name;
        var modifiers = (member.ExplicitInterface is null ? "public " : "") + (isAsync ? "async " : "");
        var interceptArguments = member.InterceptArguments.Count == 0 ? "" : ", " + string.Join(", ", member.InterceptArguments);
        var token = member.CancellationToken ?? "default";

        w.Line("/// <inheritdoc />");
        foreach (var attribute in member.ReturnAttributes)
        {
            w.Line(attribute.Insert(1, "return: "));
        }

        if (member.Kind == MemberKind.Property)
        {
            w.Open(modifiers + member.ReturnType + " " + name);
            w.Open("get");
            w.Line("if (" + n.Core + ".IsIntercepting) " + n.Core + ".Intercept(" + TypeNames.Literal(member.InterceptName) + ");");
            foreach (var line in Body(fake, member))
            {
                w.Line(line);
            }

            w.Close();
            w.Close();
            return;
        }

        var parameters = string.Join(", ", member.Parameters.Select(static p =>
            (p.Attributes.Count == 0 ? "" : string.Join(" ", p.Attributes) + " ") + p.Modifiers + p.Type + " " + p.Name + (p.DefaultValue is null ? "" : " = " + p.DefaultValue)));
        w.Line(modifiers + member.ReturnType + " " + name + member.TypeParameters + "(" + parameters + ")");
        w.Indent();
        foreach (var constraint in member.Constraints)
        {
            w.Line(constraint);
        }

        w.Outdent();
        w.Line("{");
        w.Indent();
        if (member.CancellationToken is not null)
        {
            w.Line(member.CancellationToken + ".ThrowIfCancellationRequested();");
        }

        if (isAsync)
        {
            w.Line("if (" + n.Core + ".IsIntercepting) await " + n.Core + ".InterceptAsync(" + TypeNames.Literal(member.InterceptName) + ", " + token + interceptArguments + ").ConfigureAwait(false);");
        }
        else
        {
            w.Line("if (" + n.Core + ".IsIntercepting) " + n.Core + ".Intercept(" + TypeNames.Literal(member.InterceptName) + interceptArguments + ");");
        }

        foreach (var line in Body(fake, member))
        {
            w.Line(line);
        }

        w.Close();
    }

    /// <summary>The statements after interception: the store call and the conversion to the member's result.</summary>
    private static List<string> Body(FakeSpec fake, MemberSpec member)
    {
        var n = fake.Names;
        var t = n.Table;
        var op = member.Operation;
        var a = op.Args;
        var result = op.Result;
        var lines = new List<string>();

        void Return(string expression)
        {
            if (member.Shape == ReturnShape.AsyncEnumerable)
            {
                lines.Add("foreach (var " + n.Item + " in " + expression + ")");
                lines.Add("{");
                if (member.CancellationToken is not null)
                {
                    lines.Add("    " + member.CancellationToken + ".ThrowIfCancellationRequested();");
                }

                lines.Add("    yield return " + n.Item + ";");
                lines.Add("}");
            }
            else
            {
                lines.Add("return " + expression + ";");
            }
        }

        void Call(string expression)
        {
            if (result == ResultKind.None)
            {
                lines.Add(expression + ";");
            }
            else
            {
                Return(expression);
            }
        }

        void Sequence(string list)
        {
            Return(result == ResultKind.Array ? list + ".ToArray()" : list);
        }

        string KeyOf(string variable) => string.Format(System.Globalization.CultureInfo.InvariantCulture, fake.Store.Entity!.KeyOfTemplate, variable);

        switch (op.Op)
        {
            case Operation.EntityAdd:
                switch (result)
                {
                    case ResultKind.Bool:
                        Return(t + ".TryAdd(" + a[0] + ", out _)");
                        break;
                    case ResultKind.Key:
                        lines.Add("var " + n.Result + " = " + t + ".Add(" + a[0] + ");");
                        Return(KeyOf(n.Result));
                        break;
                    default:
                        Call(t + ".Add(" + a[0] + ")");
                        break;
                }

                break;
            case Operation.EntityUpdate:
                if (result == ResultKind.Bool)
                {
                    if (!fake.Store.Entity!.IsValueType)
                    {
                        lines.Add("global::System.ArgumentNullException.ThrowIfNull(" + a[0] + ");");
                    }

                    lines.Add("return " + t + ".Atomically(() =>");
                    lines.Add("{");
                    lines.Add("    if (!" + t + ".ContainsKey(" + KeyOf(a[0]) + "))");
                    lines.Add("    {");
                    lines.Add("        return false;");
                    lines.Add("    }");
                    lines.Add("");
                    lines.Add("    " + t + ".Update(" + a[0] + ");");
                    lines.Add("    return true;");
                    lines.Add("});");
                }
                else
                {
                    Call(t + ".Update(" + a[0] + ")");
                }

                break;
            case Operation.EntityUpsert:
                switch (result)
                {
                    case ResultKind.Bool:
                        Return(t + ".Upsert(" + a[0] + ") == global::InMemoryFakes.Support.WriteOutcome.Created");
                        break;
                    case ResultKind.Value:
                        lines.Add(t + ".Upsert(" + a[0] + ", out var " + n.Result + ");");
                        Return(n.Result);
                        break;
                    default:
                        Call(t + ".Upsert(" + a[0] + ")");
                        break;
                }

                break;
            case Operation.EntityFind:
                Return(result switch
                {
                    ResultKind.Required => t + ".Get(" + a[0] + ")",
                    ResultKind.NullableStruct => t + ".TryGetValue(" + a[0] + ", out var " + n.Result + ") ? (" + op.ResultType + "?)" + n.Result + " : null",
                    _ => t + ".Find(" + a[0] + ")",
                });
                break;
            case Operation.EntityDeleteByKey:
            case Operation.KvDelete:
            case Operation.BlobDelete:
                Call(t + ".Remove(" + a[0] + ")");
                break;
            case Operation.EntityDeleteEntity:
                Call(t + ".RemoveEntity(" + a[0] + ")");
                break;
            case Operation.EntityExists:
            case Operation.KvExists:
            case Operation.BlobExists:
                Return(t + ".ContainsKey(" + a[0] + ")");
                break;
            case Operation.EntityCount:
            case Operation.KvCount:
            case Operation.BlobCount:
                Return(t + ".Count");
                break;
            case Operation.EntityGetAll:
                Sequence(t + ".Values()");
                break;
            case Operation.EntityClear:
                if (result == ResultKind.Count)
                {
                    Return(t + ".RemoveWhere(static _ => true)");
                }
                else
                {
                    lines.Add(t + ".Clear();");
                }

                break;
            case Operation.EntityAddRange:
                switch (result)
                {
                    case ResultKind.Count:
                        Return(t + ".AddRange(" + a[0] + ").Count");
                        break;
                    case ResultKind.List:
                    case ResultKind.Array:
                        Sequence(t + ".AddRange(" + a[0] + ")");
                        break;
                    default:
                        lines.Add(t + ".AddRange(" + a[0] + ");");
                        break;
                }

                break;
            case Operation.EntityQuery:
            {
                var query = op.Query!;
                lines.AddRange(query.Statements);
                switch (query.Kind)
                {
                    case QueryKind.List:
                        Sequence(QueryCall(t, "Query", query, null, ordered: true, limited: true, paged: true));
                        break;
                    case QueryKind.Page:
                        Return(QueryCall(t, "QueryPage", query, query.Page, ordered: true, limited: true, paged: false));
                        break;
                    case QueryKind.Count:
                        Return(QueryCall(t, "QueryCount", query, null, ordered: false, limited: false, paged: false));
                        break;
                    case QueryKind.Exists:
                        Return(QueryCall(t, "QueryExists", query, null, ordered: false, limited: false, paged: false));
                        break;
                    case QueryKind.Delete:
                        Call(QueryCall(t, "QueryDelete", query, null, ordered: false, limited: false, paged: false));
                        break;
                    default:
                        var first = QueryCall(t, "TryQueryFirst", query, "out var " + n.Result, ordered: true, limited: false, paged: false);
                        if (result == ResultKind.Required)
                        {
                            var described = query.DescriptionArguments.Count == 0 ? "" : ", " + string.Join(", ", query.DescriptionArguments);
                            lines.Add("if (!" + first + ")");
                            lines.Add("{");
                            lines.Add("    throw " + t + ".Options.Errors.CreateNoMatch(" + t + ".Name, " + TypeNames.Literal(member.InterceptName) + described + ");");
                            lines.Add("}");
                            lines.Add("");
                            lines.Add("return " + n.Result + ";");
                        }
                        else
                        {
                            Return(first + " ? " + (result == ResultKind.NullableStruct ? "(" + op.ResultType + "?)" : "") + n.Result + " : " + (result == ResultKind.NullableStruct ? "null" : "default"));
                        }

                        break;
                }

                break;
            }

            case Operation.EntityUpdateRange:
            case Operation.EntityUpsertRange:
            case Operation.EntityDeleteRangeByEntity:
            case Operation.EntityDeleteRangeByKey:
                lines.AddRange(AtomicRange(fake, member));
                break;
            case Operation.KvGet:
                Return(result switch
                {
                    ResultKind.Required => t + ".GetRequired(" + a[0] + ")",
                    ResultKind.NullableStruct => t + ".TryGetValue(" + a[0] + ", out var " + n.Value + ") ? (" + op.ResultType + ")" + n.Value + " : null",
                    ResultKind.NullableCast => t + ".GetValueOrDefault(" + a[0] + ") is " + op.ResultType + " " + n.Value + " ? (" + op.Converter + ")" + n.Value + " : default",
                    ResultKind.Cast => "(" + op.ResultType + ")" + t + ".GetRequired(" + a[0] + ")",
                    _ => t + ".GetValueOrDefault(" + a[0] + ")",
                });
                break;
            case Operation.KvTryGet:
                if (result == ResultKind.Cast)
                {
                    lines.Add("if (" + t + ".TryGetValue(" + a[0] + ", out var " + n.Value + ") && " + n.Value + " is " + op.Converter + " " + n.Item + ")");
                    lines.Add("{");
                    lines.Add("    " + a[1] + " = " + n.Item + ";");
                    lines.Add("    return true;");
                    lines.Add("}");
                    lines.Add("");
                    lines.Add(a[1] + " = default!;");
                    lines.Add("return false;");
                }
                else
                {
                    lines.Add("var " + n.Result + " = " + t + ".TryGetValue(" + a[0] + ", out var " + n.Value + ");");
                    lines.Add(a[1] + " = " + n.Value + "!;");
                    lines.Add("return " + n.Result + ";");
                }

                break;
            case Operation.KvSet:
            case Operation.KvSetIfAbsent:
            {
                var method = op.Op == Operation.KvSet ? "Set" : "SetIfAbsent";
                var call = t + "." + method + "(" + a[0] + ", " + a[1] + ", " + a[2] + (a[3].Length > 0 ? ", valueParam: nameof(" + a[3] + ")" : "") + ")";
                if (op.Op == Operation.KvSetIfAbsent && result == ResultKind.None)
                {
                    lines.Add("if (!" + call + ")");
                    lines.Add("{");
                    lines.Add("    throw " + n.Core + ".Defaults.Errors.CreateDuplicate(" + t + ".Name, " + a[0] + ");");
                    lines.Add("}");
                }
                else
                {
                    Call(call);
                }

                break;
            }

            case Operation.KvIncrement:
            {
                var call = t + "." + op.Converter + "(" + a[0] + ", " + a[1] + ", " + a[2] + ")";
                Call(result == ResultKind.Int ? "checked((int)" + call + ")" : call);
                break;
            }

            case Operation.KvIncrementFloat:
                Call(t + ".IncrementByFloat(" + a[0] + ", " + a[1] + ", " + a[2] + ")");
                break;
            case Operation.KvRefresh:
                Call(t + ".Refresh(" + a[0] + ")");
                break;
            case Operation.KvClear:
            case Operation.BlobClear:
                lines.Add(t + ".Clear();");
                break;
            case Operation.KvKeys:
                Sequence(t + ".Keys()");
                break;
            case Operation.KvTimeToLive:
                Return(t + ".GetTimeToLive(" + a[0] + ")");
                break;
            case Operation.KvExpire:
                Call(t + ".Expire(" + a[0] + ", " + a[1] + ")");
                break;
            case Operation.BlobPut:
            {
                var call = a[5] == "PutAsync"
                    ? "await " + t + ".PutAsync(" + a[0] + ", " + a[1] + ", " + a[2] + ", " + a[3] + ", " + a[4] + ", " + (member.CancellationToken ?? "default") + ").ConfigureAwait(false)"
                    : t + "." + a[5] + "(" + a[0] + ", " + a[1] + ", " + a[2] + ", " + a[3] + ", " + a[4] + ")";
                lines.AddRange(PropertiesResult(fake, member, call, "CreateQuotaExceeded(" + t + ".Name, " + a[0] + ", \"the write was rejected by the quota policy\")"));
                break;
            }

            case Operation.BlobCopy:
            case Operation.BlobMove:
            {
                var call = t + "." + (op.Op == Operation.BlobCopy ? "Copy" : "Move") + "(" + a[0] + ", " + a[1] + ", " + a[2] + ")";
                lines.AddRange(PropertiesResult(fake, member, call, "CreateQuotaExceeded(" + t + ".Name, " + a[1] + ", \"the write was rejected by the quota policy\")"));
                break;
            }

            case Operation.BlobInfo:
                lines.AddRange(PropertiesResult(fake, member, t + ".GetProperties(" + a[0] + ")", "CreateNotFound(" + t + ".Name, " + a[0] + ")"));
                break;
            case Operation.BlobGet:
                Return(result switch
                {
                    ResultKind.Bytes or ResultKind.Memory => t + ".GetBytes(" + a[0] + ")",
                    ResultKind.NullableBytes => t + ".GetBytesOrDefault(" + a[0] + ")",
                    ResultKind.NullableMemory => t + ".GetBytesOrDefault(" + a[0] + ") is { } " + n.Blob + " ? new global::System.ReadOnlyMemory<byte>(" + n.Blob + ") : (global::System.ReadOnlyMemory<byte>?)null",
                    ResultKind.Text => t + ".GetText(" + a[0] + ")",
                    ResultKind.NullableText => t + ".TryGetValue(" + a[0] + ", out var " + n.Blob + ") ? global::System.Text.Encoding.UTF8.GetString(" + n.Blob + ".Content.Span) : null",
                    ResultKind.Stream => t + ".OpenRead(" + a[0] + ")",
                    _ => t + ".TryGetValue(" + a[0] + ", out var " + n.Blob + ") ? " + n.Blob + ".OpenRead() : null",
                });
                break;
            case Operation.BlobList:
            {
                var list = t + ".List(" + a[0] + ")";
                var converted = op.Converter switch
                {
                    "Key" => list + ".ConvertAll(static " + n.Value + " => " + n.Value + ".Key)",
                    "Properties" => list,
                    _ => list + ".ConvertAll(" + op.Converter + ")",
                };
                Sequence(converted);
                break;
            }

            case Operation.BlobUrl:
                lines.Add("global::System.ArgumentException.ThrowIfNullOrEmpty(" + a[0] + ");");
                Return(result == ResultKind.Uri
                    ? "new global::System.Uri(global::InMemoryFakes.Support.BlobTable.UrlFor(" + a[0] + "))"
                    : "global::InMemoryFakes.Support.BlobTable.UrlFor(" + a[0] + ")");
                break;
        }

        return lines;
    }

    /// <summary>A result made from a nullable <c>BlobProperties</c>: null means rejected (writes) or missing (info).</summary>
    private static IEnumerable<string> PropertiesResult(FakeSpec fake, MemberSpec member, string call, string error)
    {
        var n = fake.Names;
        var op = member.Operation;
        var raise = "throw " + n.Core + ".Defaults.Errors." + error;
        switch (op.Result)
        {
            case ResultKind.None:
                yield return call + ";";
                break;
            case ResultKind.Bool:
                yield return "return " + call + " is not null;";
                break;
            case ResultKind.Properties:
                yield return "return " + call + " ?? " + raise + ";";
                break;
            case ResultKind.NullableProperties:
                yield return "return " + call + ";";
                break;
            case ResultKind.Converted:
                yield return "return " + op.Converter + "(" + call + " ?? " + raise + ");";
                break;
            default:
                yield return "var " + n.Blob + " = " + call + ";";
                yield return "return " + n.Blob + " is null ? default(" + op.ResultType + ") : " + op.Converter + "(" + n.Blob + ");";
                break;
        }
    }

    /// <summary>UpdateRange, UpsertRange and DeleteRange: all or nothing, under the table's lock, restored from a snapshot on any error.</summary>
    private static IEnumerable<string> AtomicRange(FakeSpec fake, MemberSpec member)
    {
        var n = fake.Names;
        var t = n.Table;
        var op = member.Operation;
        var source = op.Args[0];
        var counts = op.Op is Operation.EntityDeleteRangeByEntity or Operation.EntityDeleteRangeByKey;
        yield return "global::System.ArgumentNullException.ThrowIfNull(" + source + ");";
        yield return "var " + n.Result + " = " + t + ".Atomically(() =>";
        yield return "{";
        yield return "    var " + n.Snapshot + " = " + n.Core + ".Snapshot();";
        yield return "    try";
        yield return "    {";
        yield return counts
            ? "        var " + n.Value + " = 0;"
            : "        var " + n.Value + " = new global::System.Collections.Generic.List<" + op.ResultType + ">();";
        yield return "        foreach (var " + n.Item + " in " + source + ")";
        yield return "        {";
        switch (op.Op)
        {
            case Operation.EntityUpdateRange:
                yield return "            " + n.Value + ".Add(" + t + ".Update(" + n.Item + "));";
                break;
            case Operation.EntityUpsertRange:
                yield return "            " + t + ".Upsert(" + n.Item + ", out var " + n.Blob + ");";
                yield return "            " + n.Value + ".Add(" + n.Blob + ");";
                break;
            case Operation.EntityDeleteRangeByEntity:
                yield return "            if (" + t + ".RemoveEntity(" + n.Item + "))";
                yield return "            {";
                yield return "                " + n.Value + "++;";
                yield return "            }";
                break;
            default:
                yield return "            if (" + t + ".Remove(" + n.Item + "))";
                yield return "            {";
                yield return "                " + n.Value + "++;";
                yield return "            }";
                break;
        }

        yield return "        }";
        yield return "";
        yield return "        return " + n.Value + ";";
        yield return "    }";
        yield return "    catch";
        yield return "    {";
        yield return "        " + n.Core + ".Restore(" + n.Snapshot + ");";
        yield return "        throw;";
        yield return "    }";
        yield return "});";
        switch (op.Result)
        {
            case ResultKind.Count:
                yield return "return " + n.Result + (counts ? "" : ".Count") + ";";
                break;
            case ResultKind.List:
                yield return "return " + n.Result + ";";
                break;
            case ResultKind.Array:
                yield return "return " + n.Result + ".ToArray();";
                break;
            default:
                yield return "_ = " + n.Result + ";";
                break;
        }
    }
}
