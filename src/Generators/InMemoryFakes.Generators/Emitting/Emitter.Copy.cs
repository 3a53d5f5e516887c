using System.Globalization;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

/// <summary>
/// The generated copies (docs/generator.md, "Copy rules"): field accessors, then one method per copied type, each built on
/// the runtime's <c>CopyContext</c> so shared references stay shared, cycles stay cycles and nothing recurses on data.
/// </summary>
internal static partial class Emitter
{
    private const string NotNullIfNotNullSource = "[return: global::System.Diagnostics.CodeAnalysis.NotNullIfNotNull(\"source\")]";

    /// <summary>
    /// An [UnsafeAccessor] on a member of a generic type (.NET 9+): a generic class with the type's own type parameters and
    /// constraints, holding the one extern method; callers close it over the type arguments (<c>Name&lt;long&gt;.Field</c>).
    /// </summary>
    private static void WriteGenericAccessorClass(SourceWriter w, string name, EquatableArray<string> typeParameters, EquatableArray<ConstraintSpec> constraints, string attribute, string method)
    {
        w.Line("private static class " + name + TypeParameterList(typeParameters));
        w.Indent();
        foreach (var constraint in constraints)
        {
            w.Line(ConstraintClause(constraint));
        }

        w.Outdent();
        w.Line("{");
        w.Indent();
        w.Line(attribute);
        w.Line(method);
        w.Close();
    }

    private static void WriteCopies(SourceWriter w, FakeSpec fake)
    {
        foreach (var accessor in fake.Store.CopyAccessors)
        {
            w.Line();
            var attribute = "[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = " + TypeNames.Literal(accessor.Field) + ")]";
            var parameter = "(" + (accessor.OwnerIsValueType ? "ref " : "") + accessor.Owner + " owner);";
            if (accessor.TypeParameters.Count == 0)
            {
                w.Line(attribute);
                w.Line("private static extern ref " + accessor.FieldType + " " + accessor.Name + parameter);
                continue;
            }

            // A generic owner's field is matched in terms of the owner's own type parameters (.NET 9+).
            WriteGenericAccessorClass(w, accessor.Name, accessor.TypeParameters, accessor.Constraints, attribute, "public static extern ref " + accessor.FieldType + " Field" + parameter);
        }

        foreach (var method in fake.Store.CopyMethods)
        {
            w.Line();
            switch (method.Kind)
            {
                case CopyMethodKind.Object:
                    WriteObjectCopy(w, method);
                    if (method.FlatCopy is not null)
                    {
                        w.Line();
                        WriteFlatCopy(w, method);
                    }

                    break;
                case CopyMethodKind.Struct:
                    WriteStructCopy(w, method);
                    break;
                case CopyMethodKind.Dispatch:
                    w.Line(NotNullIfNotNullSource);
                    w.Open("private static " + method.Type + "? " + method.Name + "(" + method.Type + "? source, " + CopyContext + " context)");
                    WriteNullCheck(w);
                    w.Line("var type = source.GetType();");
                    WriteSubtypeDispatch(w, method);
                    w.Close();
                    break;
                case CopyMethodKind.Own:
                    // A type from another assembly that copies itself (AuthenticationTicket.Clone(), new XElement(x)).
                    w.Line(NotNullIfNotNullSource);
                    w.Line("private static " + method.Type + "? " + method.Name + "(" + method.Type + "? source, " + CopyContext + " context)");
                    w.Line("    => context.Share(source, static (s, c) => " + (method.OwnCopy == "new" ? "new " + method.Type + "(s)" : "s." + method.OwnCopy + "()") + ");");
                    break;
                case CopyMethodKind.Properties:
                    WritePropertyCopy(w, method);
                    break;
                case CopyMethodKind.DeepCopyable when method.IsValueType:
                    w.Line("private static " + method.Type + " " + method.Name + "(" + method.Type + " source, " + CopyContext + " context)");
                    w.Line("    => (" + method.Type + ")((" + IDeepCopyable + ")source).DeepCopy(context);");
                    break;
                case CopyMethodKind.DeepCopyable:
                    w.Line(NotNullIfNotNullSource);
                    w.Line("private static " + method.Type + "? " + method.Name + "(" + method.Type + "? source, " + CopyContext + " context)");
                    w.Line("    => context.Share(source, static (s, c) => (" + method.Type + ")((" + IDeepCopyable + ")s).DeepCopy(c));");
                    break;
                default:
                    w.Line("private static " + method.Type + " " + method.Name + "(" + method.Type + " source, " + CopyContext + " context)");
                    w.Line("    => " + CopyExpression(method.Value!, "source", "context", 1) + ";");
                    break;
            }
        }
    }

    /// <summary>
    /// A class: an instance made without running a constructor gets every field of the original (constructors and setters
    /// may have side effects, and private or read-only state has no setter), through <c>CopyContext.Copy</c>.
    /// </summary>
    private static void WriteObjectCopy(SourceWriter w, CopyMethodSpec method)
    {
        var type = method.Type;
        w.Line(NotNullIfNotNullSource);
        w.Open("private static " + type + "? " + method.Name + "(" + type + "? source, " + CopyContext + " context)");
        WriteNullCheck(w);
        if (method.ChecksRuntimeType)
        {
            w.Line("var type = source.GetType();");
            w.Open("if (type != typeof(" + type + "))");
            WriteSubtypeDispatch(w, method);
            w.Close();
            w.Line();
        }

        w.Line("return context.Copy(source, static _ => (" + type + ")global::System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(" + type + ")), static (from, to, c) =>");
        w.Line("{");
        w.Indent();
        foreach (var member in method.Members)
        {
            var target = member.ViaAccessor ? member.Target + "(to)" : (member.DeclaringType is null ? "to." : "((" + member.DeclaringType + ")to).") + member.Target;
            var read = member.ViaAccessor ? member.Target + "(from)" : (member.DeclaringType is null ? "from." : "((" + member.DeclaringType + ")from).") + member.Target;
            w.Line(target + " = " + CopyExpression(member.Value, read, "c", 1) + ";");
        }

        w.Outdent();
        w.Line("});");
        w.Close();
    }

    /// <summary>
    /// The context-free copy of a class whose every field is immutable (<see cref="CopyMethodSpec.FlatCopy"/>): the same
    /// fields as <see cref="WriteObjectCopy"/> into an instance made without a constructor (or by a constructor that has no
    /// effect but literal field values, <see cref="CopyMethodSpec.FlatCopyConstructs"/>), with no <c>CopyContext</c>
    /// (nothing to share, no cycle). The runtime calls it only for values of exactly this type.
    /// </summary>
    private static void WriteFlatCopy(SourceWriter w, CopyMethodSpec method)
    {
        var type = method.Type;
        w.Open("private static " + type + " " + method.FlatCopy + "(" + type + " from)");
        w.Line(method.FlatCopyConstructs
            ? "var to = new " + type + "();"
            : "var to = (" + type + ")global::System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(" + type + "));");
        foreach (var member in method.Members)
        {
            var target = member.ViaAccessor ? member.Target + "(to)" : (member.DeclaringType is null ? "to." : "((" + member.DeclaringType + ")to).") + member.Target;
            var read = member.ViaAccessor ? member.Target + "(from)" : (member.DeclaringType is null ? "from." : "((" + member.DeclaringType + ")from).") + member.Target;
            w.Line(target + " = " + read + ";");
        }

        w.Line("return to;");
        w.Close();
    }

    /// <summary>
    /// A class from another assembly copied through its public properties, as a database stores it: a new instance from its
    /// public constructor (which sets up whatever private state it has), then every property.
    /// </summary>
    private static void WritePropertyCopy(SourceWriter w, CopyMethodSpec method)
    {
        var type = method.Type;
        w.Line(NotNullIfNotNullSource);
        w.Open("private static " + type + "? " + method.Name + "(" + type + "? source, " + CopyContext + " context)");
        WriteNullCheck(w);
        if (method.ChecksRuntimeType)
        {
            w.Line("if (source.GetType() != typeof(" + type + "))");
            w.Line("{");
            w.Line("    return (" + type + ")context.CopyObject(source);");
            w.Line("}");
            w.Line();
        }

        w.Line("return context.Copy(source, static _ => new " + type + "(), static (from, to, c) =>");
        w.Line("{");
        w.Indent();
        foreach (var member in method.Members)
        {
            w.Line("to." + member.Target + " = " + CopyExpression(member.Value, "from." + member.Target, "c", 1) + ";");
        }

        w.Outdent();
        w.Line("});");
        w.Close();
    }

    /// <summary>A struct: the by-value copy, with the fields that hold mutable objects replaced by their copies.</summary>
    private static void WriteStructCopy(SourceWriter w, CopyMethodSpec method)
    {
        w.Open("private static " + method.Type + " " + method.Name + "(" + method.Type + " source, " + CopyContext + " context)");
        w.Line("var copy = source;");
        foreach (var member in method.Members)
        {
            var target = member.ViaAccessor ? member.Target + "(ref copy)" : "copy." + member.Target;
            var read = member.ViaAccessor ? member.Target + "(ref source)" : "source." + member.Target;
            w.Line(target + " = " + CopyExpression(member.Value, read, "context", 1) + ";");
        }

        w.Line("return copy;");
        w.Close();
    }

    private static void WriteNullCheck(SourceWriter w)
    {
        w.Line("if (source is null)");
        w.Line("{");
        w.Line("    return null;");
        w.Line("}");
        w.Line();
    }

    /// <summary>The copy of the run-time type when it is a subtype declared in source, else the runtime's rules (hooks, IDeepCopyable, else kept by reference and reported).</summary>
    private static void WriteSubtypeDispatch(SourceWriter w, CopyMethodSpec method)
    {
        foreach (var subtype in method.Subtypes)
        {
            w.Line("if (type == typeof(" + subtype.Type + "))");
            w.Line("{");
            w.Line("    return " + (subtype.Method is null ? "source" : subtype.Method + "((" + subtype.Type + ")source, context)") + ";");
            w.Line("}");
            w.Line();
        }

        w.Line("return (" + method.Type + ")context.CopyObject(source);");
    }

    /// <summary>An expression that copies <paramref name="access"/> in the context <paramref name="context"/>.</summary>
    private static string CopyExpression(ValueCopySpec copy, string access, string context, int depth)
    {
        var types = copy.TypeArguments;
        switch (copy.Kind)
        {
            case ValueCopyKind.Method:
                return copy.Method + "(" + access + ", " + context + ")";
            case ValueCopyKind.Nullable:
                return access + ".HasValue ? (" + types[0] + "?)" + CopyExpression(copy.Parts[0], access + ".GetValueOrDefault()", context, depth) + " : null";
            case ValueCopyKind.RuntimeRules:
                return context + ".CopyValue(" + access + ")";
            case ValueCopyKind.Array:
                return context + ".CopyArray<" + types[0] + ">(" + access + ", " + ElementCopy(copy.Parts[0], null, depth) + ")";
            case ValueCopyKind.MultiDimensionalArray:
                return "(" + types[0] + ")" + context + ".CopyArray(" + access + ", " + ElementCopy(copy.Parts[0], types[1], depth) + ")";
            case ValueCopyKind.Collection:
                return context + ".CopyCollection<" + types[0] + ", " + types[1] + ">(" + access + ", " + ElementCopy(copy.Parts[0], null, depth) + ")";
            case ValueCopyKind.Dictionary:
                return context + ".CopyDictionaryLike<" + types[0] + ", " + types[1] + ", " + types[2] + ">(" + access + ", "
                    + ElementCopy(copy.Parts[0], null, depth) + ", " + ElementCopy(copy.Parts[1], null, depth) + ")";
            case ValueCopyKind.ImmutableArray:
                return context + ".CopyImmutableArray<" + types[0] + ">(" + access + ", " + ElementCopy(copy.Parts[0], null, depth) + ")";
            case ValueCopyKind.Memory:
                return "new " + types[0] + "(" + access + ".ToArray())";
            default:
                return access;
        }
    }

    /// <summary>
    /// The <c>copyElement</c> argument: <c>null</c> when elements are kept as they are, else a static lambda; an element of a
    /// multi-dimensional array arrives as <c>object?</c> and is cast to <paramref name="boxedAs"/> first.
    /// </summary>
    private static string ElementCopy(ValueCopySpec element, string? boxedAs, int depth)
    {
        if (element.Kind == ValueCopyKind.AsIs)
        {
            return "null";
        }

        var suffix = depth.ToString(CultureInfo.InvariantCulture);
        var item = "x" + suffix;
        var context = "c" + suffix;
        var access = boxedAs is null ? item : "((" + boxedAs + ")" + item + "!)";
        return "static (" + item + ", " + context + ") => " + CopyExpression(element, access, context, depth + 1);
    }
}
