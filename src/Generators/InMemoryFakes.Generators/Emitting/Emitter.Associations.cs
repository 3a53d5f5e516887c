using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

// Associations (Parsing/AssociationPlanner): side tables of values attached to the entity, keyed by its key.
internal static partial class Emitter
{
    private const string AssociationTable = Support + "AssociationTable";
    private const string ArgumentNull = "global::System.ArgumentNullException";
    private const string GenericList = "global::System.Collections.Generic.List";

    private static string AssociationType(FakeSpec fake, AssociationTableSpec table)
        => AssociationTable + "<" + fake.Store.Entity!.KeyType + ", " + table.RowType + ">";

    private static void WriteAssociationFields(SourceWriter w, FakeSpec fake)
    {
        foreach (var table in fake.Store.Entity?.Associations ?? EquatableArray<AssociationTableSpec>.Empty)
        {
            w.Line("private readonly " + AssociationType(fake, table) + " " + table.Field + ";");
        }
    }

    private static void WriteAssociationTables(SourceWriter w, FakeSpec fake, string tableName)
    {
        foreach (var table in fake.Store.Entity?.Associations ?? EquatableArray<AssociationTableSpec>.Empty)
        {
            w.Line(table.Field + " = " + fake.Names.Core + ".AssociationTable<" + fake.Store.Entity!.KeyType + ", " + table.RowType + ">(" + tableName + " + " + TypeNames.Literal("." + table.Noun) + ");");
        }
    }

    /// <summary>Whether a member can remove entities, so the rows of the removed ones go with them (a database's cascade).</summary>
    private static bool RemovesOwners(FakeSpec fake, MemberSpec member)
        => fake.Store.Entity is { Associations.Count: > 0 }
            && member.Operation is EntityDeleteByKeyOp or EntityDeleteEntityOp or EntityClearOp or EntityRangeOp or UnitOfWorkSaveOp or EntitySpecificationOp
                or EntityQueryOp { Query.Kind: QueryKind.Delete };

    private static IEnumerable<string> RemoveOrphans(FakeSpec fake)
        => fake.Store.Entity!.Associations.Select(t => t.Field + ".RemoveOrphans(__k => " + fake.Names.Table + ".ContainsKey(__k));");

    private static void Association(BodyWriter body, FakeSpec fake, AssociationOp op)
    {
        var n = fake.Names;
        var row = op.Row;
        var rowType = Parsing.AssociationPlanner.RowType(row);
        string ToRow(string value) => "(" + string.Join(", ", row.Parts.Select(p => value + "." + p.Name)) + ")";
        string FromRow(string r) => "new " + row.ValueType + "(" + string.Join(", ", row.Parts.Select(p => r + "." + p.Name)) + ")";
        string Same(string r, string value) => string.Join(" && ", row.Parts.Take(row.KeyParts).Select(p => PartEquals(p.Type, r + "." + p.Name, value + "." + p.Name)));
        string SameKey() => "static (__a, __b) => " + Same("__a", "__b");
        var keyMatch = string.Join(" && ", op.KeyArguments.Select(k => PartEquals(row.Parts.First(p => p.Name == k.Part).Type, "__r." + k.Part, k.Parameter)));

        void Owner()
        {
            body.Line(ArgumentNull + ".ThrowIfNull(" + op.Owner + ");");
            body.Line("var __owner = " + n.Model + ".GetKey(" + op.Owner + ");");
        }

        void StoredOwner()
        {
            body.Line("if (!" + n.Table + ".ContainsKey(__owner))");
            body.Line("{");
            body.Line("    throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + n.Table + ".Name, __owner);");
            body.Line("}");
        }

        void Rows(string values)
        {
            body.Line(ArgumentNull + ".ThrowIfNull(" + values + ");");
            body.Line("var __rows = new " + GenericList + "<" + rowType + ">();");
            body.Line("foreach (var __v in " + values + ")");
            body.Line("{");
            body.Line("    if (__v is null) throw new " + ArgumentNull + "(nameof(" + values + "), \"An item of the collection is null.\");");
            body.Line("    __rows.Add(" + ToRow("__v") + ");");
            body.Line("}");
        }

        void Owners(string match)
        {
            body.Line("var __list = new " + GenericList + "<" + fake.Store.Entity!.EntityType + ">();");
            body.Line("foreach (var __k in " + op.Table + ".OwnersOf(__r => " + match + "))");
            body.Line("{");
            body.Line("    if (" + n.Table + ".TryGetValue(__k, out var __e)) __list.Add(__e);");
            body.Line("}");
        }

        switch (op.Action)
        {
            case AssociationAction.Add:
                Owner();
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.Value + ");");
                StoredOwner();
                body.Line(op.Table + ".Add(__owner, new[] { " + ToRow(op.Value!) + " }" + (row.Unique ? ", " + SameKey() : "") + ");");
                break;
            case AssociationAction.AddMany:
                Owner();
                Rows(op.Value!);
                StoredOwner();
                body.Line(op.Table + ".Add(__owner, __rows" + (row.Unique ? ", " + SameKey() : "") + ");");
                break;
            case AssociationAction.Remove:
                Owner();
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.Value + ");");
                body.Line(op.Table + ".Remove(__owner, __r => " + Same("__r", op.Value!) + ");");
                break;
            case AssociationAction.RemoveMany:
                Owner();
                Rows(op.Value!);
                body.Line(op.Table + ".Remove(__owner, __r => __rows.Exists(__v => " + Same("__r", "__v") + "));");
                break;
            case AssociationAction.RemoveByKey:
                Owner();
                foreach (var key in op.KeyArguments.Where(static k => k.IsReference))
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + key.Parameter + ");");
                }

                body.Line(op.Table + ".Remove(__owner, __r => " + keyMatch + ");");
                break;
            case AssociationAction.Replace:
                Owner();
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.Value + ");");
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.NewValue + ");");
                body.Line(op.Table + ".Replace(__owner, __r => " + Same("__r", op.Value!) + ", " + ToRow(op.NewValue!) + ");");
                break;
            case AssociationAction.Get:
                Owner();
                body.Line("var __list = new " + GenericList + "<" + row.ValueType + ">();");
                body.Line("if (" + n.Table + ".ContainsKey(__owner))");
                body.Line("{");
                body.Line("    foreach (var __r in " + op.Table + ".Rows(__owner)) __list.Add(" + FromRow("__r") + ");");
                body.Line("}");
                body.Sequence("__list", op.Sequence);
                break;
            case AssociationAction.Owners:
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.Value + ");");
                Owners(Same("__r", op.Value!));
                body.Sequence("__list", op.Sequence);
                break;
            default:
                foreach (var key in op.KeyArguments.Where(static k => k.IsReference))
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + key.Parameter + ");");
                }

                body.Line("foreach (var __k in " + op.Table + ".OwnersOf(__r => " + keyMatch + "))");
                body.Line("{");
                body.Line("    if (" + n.Table + ".TryGetValue(__k, out var __e)) return __e;");
                body.Line("}");
                if (op.ResultNullable)
                {
                    body.Return("null");
                }
                else
                {
                    body.Line("throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + n.Table + ".Name, (" + string.Join(", ", op.KeyArguments.Select(static k => k.Parameter)) + "));");
                }

                break;
        }
    }

    private static void Reference(BodyWriter body, FakeSpec fake, ReferenceOp op)
    {
        var n = fake.Names;
        var target = op.Target;
        var targets = EntityTable + "<" + target.KeyType + ", " + target.Type + ">";

        void Owner()
        {
            body.Line(ArgumentNull + ".ThrowIfNull(" + op.Owner + ");");
            body.Line("var __owner = " + n.Model + ".GetKey(" + op.Owner + ");");
        }

        // The target's table is the one a fake of the target type keeps on the same backend; without one there is no target.
        body.Line(targets + "? __targets = " + n.Core + ".Backend.TryGetTable<" + targets + ">(typeof(" + target.Type + ").Name, out var __found) ? __found : null;");

        void FindTarget()
        {
            body.Line("var __target = __targets is null ? null : global::System.Linq.Enumerable.SingleOrDefault(__targets.Values(), __t => " + PartEquals(op.LookupType!, "__t." + op.LookupProperty, op.Lookup!) + ");");
        }

        var key = "__target." + target.Key;
        switch (op.Action)
        {
            case ReferenceAction.Add:
                Owner();
                body.Line("global::System.ArgumentException.ThrowIfNullOrWhiteSpace(" + op.Lookup + ");");
                FindTarget();
                body.Line("if (__target is null)");
                body.Line("{");
                body.Line("    throw new global::System.InvalidOperationException(" + TypeNames.Literal(target.Noun + " ") + " + " + op.Lookup + " + \" does not exist.\" + (__targets is null ? "
                    + TypeNames.Literal(" (No fake on this fake's InMemoryBackend stores " + target.Type.Replace("global::", "") + ": create the fake that stores them on the same backend.)") + " : \"\"));");
                body.Line("}");
                body.Line("if (!" + n.Table + ".ContainsKey(__owner))");
                body.Line("{");
                body.Line("    throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + n.Table + ".Name, __owner);");
                body.Line("}");
                body.Line(op.Table + ".Add(__owner, new[] { " + key + " }, static (__a, __b) => global::System.Collections.Generic.EqualityComparer<" + target.KeyType + ">.Default.Equals(__a, __b), keyPerOwner: true);");
                break;
            case ReferenceAction.Remove:
                Owner();
                body.Line("global::System.ArgumentException.ThrowIfNullOrWhiteSpace(" + op.Lookup + ");");
                FindTarget();
                body.Line("if (__target is not null)");
                body.Line("{");
                body.Line("    var __id = " + key + ";");
                body.Line("    " + op.Table + ".Remove(__owner, __r => global::System.Collections.Generic.EqualityComparer<" + target.KeyType + ">.Default.Equals(__r, __id));");
                body.Line("}");
                break;
            case ReferenceAction.Contains:
                Owner();
                body.Line("global::System.ArgumentException.ThrowIfNullOrWhiteSpace(" + op.Lookup + ");");
                FindTarget();
                body.Line("if (__target is null) return false;");
                body.Line("var __id = " + key + ";");
                body.Return(op.Table + ".Contains(__owner, __r => global::System.Collections.Generic.EqualityComparer<" + target.KeyType + ">.Default.Equals(__r, __id))");
                break;
            case ReferenceAction.Names:
                Owner();
                body.Line("var __list = new " + GenericList + "<string>();");
                body.Line("if (__targets is not null && " + n.Table + ".ContainsKey(__owner))");
                body.Line("{");
                body.Line("    foreach (var __r in " + op.Table + ".Rows(__owner))");
                body.Line("    {");
                body.Line("        if (__targets.TryGetValue(__r, out var __t) && __t." + target.NameProperty + " is { } __name) __list.Add(__name);");
                body.Line("    }");
                body.Line("}");
                body.Sequence("__list", op.Sequence);
                break;
            default:
                body.Line("global::System.ArgumentException.ThrowIfNullOrEmpty(" + op.Lookup + ");");
                FindTarget();
                body.Line("var __list = new " + GenericList + "<" + fake.Store.Entity!.EntityType + ">();");
                body.Line("if (__target is not null)");
                body.Line("{");
                body.Line("    var __id = " + key + ";");
                body.Line("    foreach (var __k in " + op.Table + ".OwnersOf(__r => global::System.Collections.Generic.EqualityComparer<" + target.KeyType + ">.Default.Equals(__r, __id)))");
                body.Line("    {");
                body.Line("        if (" + n.Table + ".TryGetValue(__k, out var __e)) __list.Add(__e);");
                body.Line("    }");
                body.Line("}");
                body.Sequence("__list", op.Sequence);
                break;
        }
    }

    private static string PartEquals(string type, string left, string right)
        => "global::System.Collections.Generic.EqualityComparer<" + type + ">.Default.Equals(" + left + ", " + right + ")";
}
