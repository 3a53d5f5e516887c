using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    /// <summary>The <c>[UnsafeAccessor]</c>s to setters the fake cannot call (a generated key, a concurrency token).</summary>
    private static void WriteSetterAccessors(SourceWriter w, FakeSpec fake)
    {
        if (fake.Store.Entity is not { } entity)
        {
            return;
        }

        foreach (var write in new[] { entity.WithKey, entity.Token?.Write })
        {
            if (write?.Accessor is not { } accessor)
            {
                continue;
            }

            var attribute = "[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = " + TypeNames.Literal(write.Setter!) + ")]";
            w.Line();
            if (write.TypeParameters.Count == 0)
            {
                w.Line(attribute);
                w.Line("private static extern void " + accessor + "(" + write.DeclaringType + " owner, " + write.ValueType + " value);");
                continue;
            }

            // A setter of a generic type is matched in terms of the type's own type parameters (.NET 9+).
            WriteGenericAccessorClass(w, accessor, write.TypeParameters, write.Constraints, attribute, "public static extern void Set(" + write.DeclaringType + " owner, " + write.ValueType + " value);");
        }
    }

    private static void WriteHelpers(SourceWriter w, FakeSpec fake)
    {
        if (fake.Members.Any(static m => m.Operation is EntityQueryableOp { EntityFramework: true } or EntityQueryableFuncOp { EntityFramework: true }))
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

        WriteCopies(w, fake);
        WriteFactoryEntries(w, fake);
        WriteSetterAccessors(w, fake);
        WriteSameStates(w, fake);

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
}
