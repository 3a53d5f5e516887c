using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void WriteHelpers(SourceWriter w, FakeSpec fake)
    {
        if (fake.Members.Any(static m => m.Operation is EntityQueryableOp { EntityFramework: true }))
        {
            // EF Core's async operators (FirstOrDefaultAsync, CountAsync…) need its IAsyncQueryProvider: run them over the snapshot.
            w.Line();
            w.Open("private sealed class " + EfQueryProvider + " : " + RuntimeNames.FakeQueryProvider + ", global::Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider");
            w.Line("public " + EfQueryProvider + "(global::System.Linq.IQueryProvider inner)");
            w.Line("    : base(inner)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Line("public TResult ExecuteAsync<TResult>(global::System.Linq.Expressions.Expression expression, global::System.Threading.CancellationToken cancellationToken = default) => ExecuteAsTask<TResult>(expression, cancellationToken);");
            w.Close();
        }

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
            w.Line();
            w.Open("private static " + RuntimeNames.Expiration + " " + helper.Name + "(" + helper.Type + " options, string paramName)");
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

            // Sliding, relative and absolute settings together, as MemoryCacheEntryOptions and DistributedCacheEntryOptions
            // carry them: the earlier of absolute and relative wins, and it caps a sliding window.
            string? Setting(ExpirationKind kind)
            {
                var values = helper.Checks.Where(c => c.Kind == kind).Select(static c =>
                {
                    var access = "o." + TypeNames.Escape(c.Property);
                    var nullable = c.Kind == ExpirationKind.At ? "global::System.DateTimeOffset?" : "global::System.TimeSpan?";
                    return c.IsNullable ? access : "(" + access + " != default ? " + access + " : (" + nullable + ")null)";
                }).ToList();
                return values.Count == 0 ? null : string.Join(" ?? ", values);
            }

            var arguments = new System.Collections.Generic.List<string>();
            if (Setting(ExpirationKind.At) is { } absolute)
            {
                arguments.Add("absolute: " + absolute);
            }

            if (Setting(ExpirationKind.After) is { } relative)
            {
                arguments.Add("relative: " + relative);
            }

            if (Setting(ExpirationKind.Sliding) is { } sliding)
            {
                arguments.Add("sliding: " + sliding);
            }

            arguments.Add("paramName: paramName");
            w.Line("return " + RuntimeNames.Expiration + ".Combine(" + string.Join(", ", arguments) + ");");
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
