using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

// Owned associations (Parsing/AssociationPlanner.Owned): keyed values, code sets and keyed items in side tables keyed by
// the entity's key. The tables are association tables like the others, so cascades, reset and snapshots include them.
internal static partial class Emitter
{
    private const string RowValues = Support + "RowValues";

    private static void OwnerKey(BodyWriter body, FakeSpec fake, string owner)
    {
        body.Line(ArgumentNull + ".ThrowIfNull(" + owner + ");");
        body.Line("var __owner = " + fake.Names.Model + ".GetKey(" + owner + ");");
    }

    private static void OwnerStored(BodyWriter body, FakeSpec fake)
    {
        body.Line("if (!" + fake.Names.Table + ".ContainsKey(__owner))");
        body.Line("{");
        body.Line("    throw " + fake.Names.Core + ".Defaults.Errors.CreateNotFound(" + fake.Names.Table + ".Name, __owner);");
        body.Line("}");
    }

    private static void NotNull(BodyWriter body, IEnumerable<KeyArgumentSpec> arguments)
    {
        foreach (var argument in arguments.Where(static a => a.IsReference))
        {
            body.Line(ArgumentNull + ".ThrowIfNull(" + argument.Parameter + ");");
        }
    }

    private static void KeyedValue(BodyWriter body, FakeSpec fake, KeyedValueOp op)
    {
        var parts = op.Spec.KeyParts;
        var match = parts.Count == 0
            ? "true"
            : string.Join(" && ", parts.Select((p, i) => PartEquals(p.Type, "__r." + p.Name, op.KeyArguments[i].Parameter)));
        var value = parts.Count == 0 ? "__r" : "__r.Value";
        OwnerKey(body, fake, op.Owner);
        NotNull(body, op.KeyArguments);
        switch (op.Action)
        {
            case KeyedValueAction.Set:
                if (op.ValueRequired)
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + op.Value + ");");
                }

                OwnerStored(body, fake);
                var row = parts.Count == 0 ? op.Value! : "(" + string.Join(", ", op.KeyArguments.Select(static k => k.Parameter)) + ", " + op.Value + ")";
                body.Line(op.Table + ".Upsert(__owner, " + (parts.Count == 0 ? "static _ => true" : "__r => " + match) + ", " + row + ");");
                break;
            case KeyedValueAction.Remove:
                body.Line(op.Table + ".Remove(__owner, " + (parts.Count == 0 ? "static _ => true" : "__r => " + match) + ");");
                break;
            default:
                body.Line("if (" + fake.Names.Table + ".ContainsKey(__owner))");
                body.Line("{");
                body.Line("    foreach (var __r in " + op.Table + ".Rows(__owner))");
                body.Line("    {");
                var found = op.ResultNullable ? "return " + value + ";" : "if (" + value + " is { } __value) return __value;";
                body.Line(parts.Count == 0 ? "        " + found : op.ResultNullable ? "        if (" + match + ") " + found : "        if (" + match + " && " + value + " is { } __value) return __value;");
                body.Line("    }");
                body.Line("}");
                if (op.ResultNullable)
                {
                    body.Return("default");
                }
                else
                {
                    body.Line("throw " + fake.Names.Core + ".Defaults.Errors.CreateNotFound(" + op.Table + ".Name, " + (op.KeyArguments.Count == 0 ? "__owner" : "(__owner, " + string.Join(", ", op.KeyArguments.Select(static k => k.Parameter)) + ")") + ");");
                }

                break;
        }
    }

    private static void CodeSet(BodyWriter body, FakeSpec fake, CodeSetOp op)
    {
        OwnerKey(body, fake, op.Owner);
        switch (op.Action)
        {
            case CodeSetAction.Replace:
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.Argument + ");");
                body.Line("var __rows = new " + GenericList + "<" + op.ElementType + ">();");
                body.Line("foreach (var __v in " + op.Argument + ")");
                body.Line("{");
                if (op.ArgumentIsReference)
                {
                    body.Line("    if (__v is null) throw new " + ArgumentNull + "(nameof(" + op.Argument + "), \"An item of the collection is null.\");");
                }

                body.Line("    __rows.Add(__v);");
                body.Line("}");
                OwnerStored(body, fake);
                body.Line(op.Table + ".SetRows(__owner, __rows);");
                break;
            case CodeSetAction.Redeem:
                if (op.ArgumentIsReference)
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + op.Argument + ");");
                }

                body.Return(op.Table + ".Remove(__owner, __r => " + PartEquals(op.ElementType, "__r", op.Argument!) + ") > 0");
                break;
            default:
                body.Return(fake.Names.Table + ".ContainsKey(__owner) ? " + op.Table + ".Rows(__owner).Count : 0");
                break;
        }
    }

    private static void Item(BodyWriter body, FakeSpec fake, ItemOp op)
    {
        var row = op.Row;
        var key = row.Parts.First(p => p.Name == row.Key);
        string Copy(ItemPartSpec part, string from) => part.IsArray ? RowValues + ".Copy(" + from + "." + part.Name + ")" : from + "." + part.Name;
        string ToRow(string item) => "(" + string.Join(", ", row.Parts.Select(p => Copy(p, item))) + ")";
        string FromRow(string r)
        {
            var set = row.Parts.Where(static p => !p.InConstructor).ToList();
            return "new " + row.ItemType + "(" + string.Join(", ", row.Parts.Where(static p => p.InConstructor).Select(p => Copy(p, r))) + ")"
                + (set.Count == 0 ? "" : " { " + string.Join(", ", set.Select(p => p.Name + " = " + Copy(p, r))) + " }");
        }

        string SameKey(string r, string id) => key.IsArray ? RowValues + ".SameContent(" + r + "." + key.Name + ", " + id + ")" : PartEquals(key.Type, r + "." + key.Name, id);

        void FoundOrMissing(string missingKey)
        {
            if (op.ResultNullable)
            {
                body.Return("null");
            }
            else
            {
                body.Line("throw " + fake.Names.Core + ".Defaults.Errors.CreateNotFound(" + op.Table + ".Name, " + missingKey + ");");
            }
        }

        switch (op.Action)
        {
            case ItemAction.AddOrUpdate:
                OwnerKey(body, fake, op.Owner!);
                body.Line(ArgumentNull + ".ThrowIfNull(" + op.Argument + ");");
                if (key.IsReference)
                {
                    body.Line("if (" + op.Argument + "." + key.Name + " is null) throw new global::System.ArgumentException(" + TypeNames.Literal("The item's " + key.Name + " is null.") + ", nameof(" + op.Argument + "));");
                }

                OwnerStored(body, fake);
                body.Line(row.RowType + " __row = " + ToRow(op.Argument!) + ";");
                // An update keeps what the stored item was created with (its get-only properties) and takes the settable ones.
                body.Line(op.Table + ".Upsert(__owner, __r => " + SameKey("__r", "__row." + key.Name) + ", __row, __r => ("
                    + string.Join(", ", row.Parts.Select(static p => (p.Settable ? "__row." : "__r.") + p.Name)) + ")" + (row.AcrossOwners ? ", acrossOwners: true" : "") + ");");
                break;
            case ItemAction.Get:
                OwnerKey(body, fake, op.Owner!);
                body.Line("var __list = new " + GenericList + "<" + row.ItemType + ">();");
                body.Line("if (" + fake.Names.Table + ".ContainsKey(__owner))");
                body.Line("{");
                body.Line("    foreach (var __r in " + op.Table + ".Rows(__owner)) __list.Add(" + FromRow("__r") + ");");
                body.Line("}");
                body.Sequence("__list", op.Sequence);
                break;
            case ItemAction.Find:
                OwnerKey(body, fake, op.Owner!);
                if (op.ArgumentIsReference)
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + op.Argument + ");");
                }

                body.Line("if (" + fake.Names.Table + ".ContainsKey(__owner))");
                body.Line("{");
                body.Line("    foreach (var __r in " + op.Table + ".Rows(__owner))");
                body.Line("    {");
                body.Line("        if (" + SameKey("__r", op.Argument!) + ") return " + FromRow("__r") + ";");
                body.Line("    }");
                body.Line("}");
                FoundOrMissing("(__owner, " + op.Argument + ")");
                break;
            case ItemAction.Remove:
                OwnerKey(body, fake, op.Owner!);
                if (op.ArgumentIsReference)
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + op.Argument + ");");
                }

                body.Line(op.Table + ".Remove(__owner, __r => " + SameKey("__r", op.Argument!) + ");");
                break;
            default:
                if (op.ArgumentIsReference)
                {
                    body.Line(ArgumentNull + ".ThrowIfNull(" + op.Argument + ");");
                }

                body.Line("foreach (var __k in " + op.Table + ".OwnersOf(__r => " + SameKey("__r", op.Argument!) + "))");
                body.Line("{");
                body.Line("    if (" + fake.Names.Table + ".TryGetValue(__k, out var __e)) return __e;");
                body.Line("}");
                FoundOrMissing(op.Argument!);
                break;
        }
    }
}
