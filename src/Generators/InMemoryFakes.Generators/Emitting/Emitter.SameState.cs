using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

/// <summary>
/// For a fake with a unit of work: one <c>__Same…</c> method per generated copy, comparing exactly the fields that copy
/// copies, so <c>SaveChanges</c> writes back (and counts) only entities changed since they were read. Values the copy leaves
/// to the runtime's rules are compared by the runtime's <c>StateComparison</c>, which errs towards "changed".
/// </summary>
internal static partial class Emitter
{
    /// <summary>The comparison method that goes with a copy method.</summary>
    private static string SameName(string copyMethod)
        => copyMethod.StartsWith("__Copy", System.StringComparison.Ordinal) ? "__Same" + copyMethod.Substring("__Copy".Length) : "__Same_" + copyMethod;

    /// <summary>The <c>SameState</c> initializer of the entity model, or null when the fake has no unit of work.</summary>
    private static string? SameStateInitializer(EntitySpec entity)
    {
        if (entity.UnitOfWork == UnitOfWorkModel.None || entity.IsImmutable)
        {
            return null;
        }

        return entity.Copy is { } copy
            ? "SameState = static (a, b) => " + SameName(copy) + "(a, b, new " + StateComparison + "()),"
            : "SameState = static (a, b) => new " + StateComparison + "().SameValue(a, b),";
    }

    private static void WriteSameStates(SourceWriter w, FakeSpec fake)
    {
        if (fake.Store.Entity is not { UnitOfWork: not UnitOfWorkModel.None } && fake.DbContext is null)
        {
            return;
        }

        foreach (var method in fake.Store.CopyMethods)
        {
            w.Line();
            var name = SameName(method.Name);
            var nullable = method.IsValueType ? "" : "?";
            var signature = "private static bool " + name + "(" + method.Type + nullable + " a, " + method.Type + nullable + " b, " + StateComparison + " c)";
            switch (method.Kind)
            {
                case CopyMethodKind.Object:
                case CopyMethodKind.Properties:
                    w.Open(signature);
                    WriteSameStart(w, method.ChecksRuntimeType);
                    if (method.ChecksRuntimeType)
                    {
                        w.Open("if (type != typeof(" + method.Type + "))");
                        WriteSameDispatch(w, method);
                        w.Close();
                        w.Line();
                    }

                    w.Line("if (!c.Enter(a, b))");
                    w.Line("{");
                    w.Line("    return true;");
                    w.Line("}");
                    w.Line();
                    var members = method.Members.Select(m => SameExpression(m.Value, Read(m, "a"), Read(m, "b"), "c", 1)).ToArray();
                    if (members.Length == 0)
                    {
                        w.Line("return true;");
                    }
                    else
                    {
                        for (var i = 0; i < members.Length; i++)
                        {
                            w.Line((i == 0 ? "return " : "    && ") + members[i] + (i == members.Length - 1 ? ";" : ""));
                        }
                    }

                    w.Close();
                    break;
                case CopyMethodKind.Dispatch:
                    w.Open(signature);
                    WriteSameStart(w, dispatches: true);
                    WriteSameDispatch(w, method);
                    w.Close();
                    break;
                case CopyMethodKind.Struct:
                    // The copy lists only the fields holding objects; the by-value fields are not, so compare what can be told.
                    w.Line(signature);
                    w.Line("    => c.SameValue(a, b);");
                    break;
                case CopyMethodKind.DeepCopyable:
                case CopyMethodKind.Own:
                    w.Line(signature);
                    w.Line("    => c.SameValue(a, b);");
                    break;
                default:
                    w.Line(signature);
                    w.Line("    => " + SameExpression(method.Value!, "a", "b", "c", 1) + ";");
                    break;
            }
        }
    }

    private static string Read(MemberCopySpec member, string variable)
        => member.ViaAccessor ? member.Target + "(" + variable + ")" : (member.DeclaringType is null ? variable + "." : "((" + member.DeclaringType + ")" + variable + ").") + member.Target;

    private static void WriteSameStart(SourceWriter w, bool dispatches)
    {
        w.Line("if (global::System.Object.ReferenceEquals(a, b))");
        w.Line("{");
        w.Line("    return true;");
        w.Line("}");
        w.Line();
        w.Line("if (a is null || b is null || a.GetType() != b.GetType())");
        w.Line("{");
        w.Line("    return false;");
        w.Line("}");
        w.Line();
        if (dispatches)
        {
            w.Line("var type = a.GetType();");
        }
    }

    private static void WriteSameDispatch(SourceWriter w, CopyMethodSpec method)
    {
        foreach (var subtype in method.Subtypes)
        {
            w.Line("if (type == typeof(" + subtype.Type + "))");
            w.Line("{");
            w.Line("    return " + (subtype.Method is null ? "a.Equals(b)" : SameName(subtype.Method) + "((" + subtype.Type + ")a, (" + subtype.Type + ")b, c)") + ";");
            w.Line("}");
            w.Line();
        }

        w.Line("return c.SameValue(a, b);");
    }

    /// <summary>An expression telling whether <paramref name="a"/> and <paramref name="b"/> hold the same state, as the copy <paramref name="copy"/> sees them.</summary>
    private static string SameExpression(ValueCopySpec copy, string a, string b, string c, int depth)
    {
        var types = copy.TypeArguments;
        switch (copy.Kind)
        {
            case ValueCopyKind.Method:
                return SameName(copy.Method!) + "(" + a + ", " + b + ", " + c + ")";
            case ValueCopyKind.Nullable:
                return "(" + a + ".HasValue == " + b + ".HasValue && (!" + a + ".HasValue || "
                    + SameExpression(copy.Parts[0], a + ".GetValueOrDefault()", b + ".GetValueOrDefault()", c, depth) + "))";
            case ValueCopyKind.Array:
            case ValueCopyKind.ImmutableArray:
                return c + ".SameSequence<" + types[0] + ">(" + a + ", " + b + ", " + ElementSame(copy.Parts[0], depth) + ")";
            case ValueCopyKind.Collection:
                return c + ".SameSequence<" + types[1] + ">(" + a + ", " + b + ", " + ElementSame(copy.Parts[0], depth) + ")";
            case ValueCopyKind.Memory:
                return c + ".SameSequence<" + types[1] + ">(" + a + ".ToArray(), " + b + ".ToArray(), null)";
            case ValueCopyKind.Dictionary:
                return c + ".SameDictionary<" + types[1] + ", " + types[2] + ">(" + a + ", " + b + ", " + ElementSame(copy.Parts[1], depth) + ")";
            case ValueCopyKind.RuntimeRules:
            case ValueCopyKind.MultiDimensionalArray:
                return c + ".SameValue(" + a + ", " + b + ")";
            default:
                return c + ".Same(" + a + ", " + b + ")";
        }
    }

    private static string ElementSame(ValueCopySpec element, int depth)
    {
        if (element.Kind == ValueCopyKind.AsIs)
        {
            return "null";
        }

        var suffix = depth.ToString(CultureInfo.InvariantCulture);
        return "static (x" + suffix + ", y" + suffix + ", c" + suffix + ") => " + SameExpression(element, "x" + suffix, "y" + suffix, "c" + suffix, depth + 1);
    }
}
