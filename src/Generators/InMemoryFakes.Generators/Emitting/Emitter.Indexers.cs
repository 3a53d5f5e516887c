using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    /// <summary>A key-value indexer: <c>this[key]</c> (and <c>this[key, region]</c>) reads like Get and writes like Set.</summary>
    private static void WriteIndexer(SourceWriter w, FakeSpec fake, MemberSpec member)
    {
        var op = (KvIndexerOp)member.Operation;
        var n = fake.Names;
        if (member.NullableOblivious)
        {
            w.Directive("#nullable disable warnings");
        }

        var parameters = string.Join(", ", member.Parameters.Select(static p => p.Type + " " + p.Name));
        var name = member.ExplicitInterface is null ? "this" : member.ExplicitInterface + ".this";
        var intercepted = member.InterceptArguments.Count == 0 ? "" : ", " + string.Join(", ", member.InterceptArguments.Select(static a => a.Name));
        var arguments = string.Join(", ", member.Parameters.Select(static p => p.Name));
        var getTwin = TwinName(fake, member.ExplicitInterface, "IndexerGet");
        var setTwin = TwinName(fake, member.ExplicitInterface, "IndexerSet");
        w.Line("/// <inheritdoc />");
        w.Open((member.ExplicitInterface is null ? "public " : "") + member.ReturnType + " " + name + "[" + parameters + "]");
        w.Open("get");
        w.Line("if (" + n.Core + ".IsIntercepting) return " + getTwin + "(" + arguments + ");");
        KvGet(new BodyWriter(w, fake, member with { Shape = ReturnShape.Sync }), fake, member, op.Get);
        w.Close();
        if (op.Set is not null)
        {
            w.Line();
            w.Open("set");
            w.Open("if (" + n.Core + ".IsIntercepting)");
            w.Line(setTwin + "(" + (arguments.Length == 0 ? "" : arguments + ", ") + "value);");
            w.Line("return;");
            w.Close();
            w.Line();
            KvSet(new BodyWriter(w, fake, member with { Shape = ReturnShape.Sync }), fake, op.Set);
            w.Close();
        }

        w.Close();

        // The twins: each accessor as it was with interception on, out of line (see WriteMemberBody).
        w.Line();
        w.Line(TwinSummary);
        w.Line(NoInlining);
        w.Open("private " + member.ReturnType + " " + getTwin + "(" + parameters + ")");
        w.Line(n.Core + ".Intercept(" + TypeNames.Literal(member.InterceptName) + intercepted + ");");
        KvGet(new BodyWriter(w, fake, member with { Shape = ReturnShape.Sync }), fake, member, op.Get);
        w.Close();
        if (op.Set is { } set)
        {
            w.Line();
            w.Line(TwinSummary);
            w.Line(NoInlining);
            w.Open("private void " + setTwin + "(" + (parameters.Length == 0 ? "" : parameters + ", ") + member.ReturnType + " value)");
            w.Line(n.Core + ".Intercept(" + TypeNames.Literal(member.InterceptName) + intercepted + ", value);");
            KvSet(new BodyWriter(w, fake, member with { Shape = ReturnShape.Sync }), fake, set);
            w.Close();
        }

        if (member.NullableOblivious)
        {
            w.Directive("#nullable restore warnings");
        }
    }
}
