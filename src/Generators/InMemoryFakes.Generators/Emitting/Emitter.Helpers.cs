using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void WriteHelpers(SourceWriter w, FakeSpec fake)
    {
        foreach (var copy in fake.Store.CopyMethods)
        {
            w.Line();
            w.Open("private static " + copy.Type + "? " + copy.Name + "(" + copy.Type + "? source, int depth)");
            w.Line("if (source is null)");
            w.Line("{");
            w.Line("    return null;");
            w.Line("}");
            w.Line();
            if (copy.OwnCopy is { } own)
            {
                // The framework type's own copy: never a member-wise clone of state nobody vetted.
                w.Line(own.Kind == FrameworkCopy.Constructor ? "return new " + copy.Type + "(source);" : "return source." + own.Method + "();");
                w.Close();
                continue;
            }

            w.Line("if (depth > 32)");
            w.Line("{");
            w.Line("    return source;");
            w.Line("}");
            w.Line();
            w.Line(copy.UseWith ? "var copy = source with" : "var copy = new " + copy.Type);
            w.Line("{");
            w.Indent();
            foreach (var assignment in copy.Assignments)
            {
                w.Line(assignment.Property + " = " + ValueCopy(assignment.Value, "source." + assignment.Property) + ",");
            }

            w.Outdent();
            w.Line("};");
            foreach (var refill in copy.CollectionRefills)
            {
                w.Line("if (source." + refill.Property + " is not null && copy." + refill.Property + " is not null)");
                w.Line("{");
                w.Indent();
                w.Line("global::System.Collections.Generic.ICollection<" + refill.ElementType + "> target = copy." + refill.Property + ";");
                w.Line("target.Clear();");
                w.Line("foreach (var item in source." + refill.Property + ")");
                w.Line("{");
                w.Line("    target.Add(item);");
                w.Line("}");
                w.Outdent();
                w.Line("}");
            }

            w.Line("return copy;");
            w.Close();
        }

        foreach (var converter in fake.Store.Converters)
        {
            w.Line();
            w.Open("private static " + converter.Type + " " + converter.Name + "(" + BlobProperties + " p)");
            var construction = "new " + converter.Type + "(" + string.Join(", ", BlobFieldExpressions(converter.ConstructorArguments)) + ")";
            if (converter.Initializers.Count == 0)
            {
                w.Line("return " + construction + ";");
            }
            else
            {
                w.Line("return " + construction);
                w.Line("{");
                w.Indent();
                foreach (var initializer in converter.Initializers)
                {
                    w.Line(initializer.Property + " = " + BlobFieldExpression(initializer.Field) + ",");
                }

                w.Outdent();
                w.Line("};");
            }

            w.Close();
        }

        foreach (var helper in fake.Store.ExpirationHelpers)
        {
            // Every setting the options carry counts: with an absolute and a relative end the earlier wins, and a
            // sliding window never outlives them (CacheEntryExpiration.Combine).
            w.Line();
            w.Open("private " + RuntimeNames.Expiration + " " + helper.Name + "(" + helper.Type + " options, string paramName)");
            if (helper.CanBeNull)
            {
                w.Line("if (options is null)");
                w.Line("{");
                w.Line("    return " + RuntimeNames.Expiration + ".Default;");
                w.Line("}");
                w.Line();
                w.Line(helper.IsNullableStruct ? "var o = options.Value;" : "var o = options;");
            }
            else
            {
                w.Line("var o = options;");
            }

            string Setting(ExpirationKind kind, string type)
            {
                foreach (var check in helper.Checks)
                {
                    if (check.Kind == kind)
                    {
                        var access = "o." + TypeNames.Escape(check.Property);
                        return check.IsNullable ? access : "(" + access + " != default ? " + access + " : (" + type + "?)null)";
                    }
                }

                return "null";
            }

            w.Line("return " + CacheEntryExpiration + ".Combine(" + fake.Names.Core + ".Clock, " + Setting(ExpirationKind.At, "global::System.DateTimeOffset") + ", "
                + Setting(ExpirationKind.After, "global::System.TimeSpan") + ", " + Setting(ExpirationKind.Sliding, "global::System.TimeSpan") + ", paramName);");
            w.Close();
        }
    }

    /// <summary>An expression that copies <paramref name="access"/>: new collections, nested copies, or the value itself.</summary>
    private static string ValueCopy(ValueCopySpec copy, string access)
    {
        string Element(string? method) => method is null ? "" : method + "(x, depth + 1)!";
        var args = copy.TypeArguments;
        switch (copy.Kind)
        {
            case ValueCopyKind.CloneArray:
                return access + " is null ? null! : (" + args[0] + "[])" + access + ".Clone()";
            case ValueCopyKind.ConvertArray:
                return access + " is null ? null! : global::System.Array.ConvertAll(" + access + ", x => " + Element(copy.ElementCopy) + ")";
            case ValueCopyKind.NewList:
                var source = copy.ElementCopy is null ? access : "global::System.Linq.Enumerable.Select(" + access + ", x => " + Element(copy.ElementCopy) + ")";
                return access + " is null ? null! : new global::System.Collections.Generic.List<" + args[0] + ">(" + source + ")";
            case ValueCopyKind.NewHashSetWithComparer:
                return access + " is null ? null! : new global::System.Collections.Generic.HashSet<" + args[0] + ">(" + access + ", " + access + ".Comparer)";
            case ValueCopyKind.NewHashSet:
                return access + " is null ? null! : new global::System.Collections.Generic.HashSet<" + args[0] + ">(" + access + ")";
            case ValueCopyKind.NewDictionaryWithComparer:
                return access + " is null ? null! : new global::System.Collections.Generic.Dictionary<" + args[0] + ", " + args[1] + ">(" + access + ", " + access + ".Comparer)";
            case ValueCopyKind.NewDictionary:
                return access + " is null ? null! : new global::System.Collections.Generic.Dictionary<" + args[0] + ", " + args[1] + ">(" + access + ")";
            case ValueCopyKind.Nested:
                return copy.Method + "(" + access + ", depth + 1)!";
            default:
                return access;
        }
    }
}
