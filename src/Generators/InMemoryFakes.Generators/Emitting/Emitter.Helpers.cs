using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void WriteHelpers(SourceWriter w, FakeSpec fake)
    {
        WriteCopies(w, fake);

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
            w.Open("private static " + RuntimeNames.Expiration + " " + helper.Name + "(" + helper.Type + " options)");
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

            foreach (var check in helper.Checks)
            {
                var access = "o." + TypeNames.Escape(check.Property);
                var value = check.IsNullable ? access + ".Value" : access;
                var name = ", " + TypeNames.Literal(check.Property);
                var factory = check.Kind switch
                {
                    ExpirationKind.Sliding => RuntimeNames.Expiration + ".Sliding(" + value + name + ")",
                    ExpirationKind.After => RuntimeNames.Expiration + ".After(" + value + name + ")",
                    _ => RuntimeNames.Expiration + ".At(" + value + name + ")",
                };
                w.Line("if (" + (check.IsNullable ? access + ".HasValue" : access + " != default") + ")");
                w.Line("{");
                w.Line("    return " + factory + ";");
                w.Line("}");
                w.Line();
            }

            w.Line("return " + RuntimeNames.Expiration + ".Default;");
            w.Close();
        }
    }
}
