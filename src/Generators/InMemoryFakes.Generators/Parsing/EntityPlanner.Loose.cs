using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class EntityPlanner
{
    private sealed partial class MemberPlan
    {
        /// <summary>
        /// Whether an add or update given loose values (<c>Add(string name, decimal price)</c>, <c>Update(id, name, price)</c>)
        /// is the shape: every parameter read as a value, none the entity, a request object or a collection (those have rules
        /// of their own).
        /// </summary>
        private bool AreLooseValues(IEnumerable<IParameterSymbol> parameters)
            => parameters.All(p => TypeFacts.ReadsAsValue(p) && !TypeFacts.SameType(p.Type, _entity.Type) && !IsRequestObject(p.Type)
                && (p.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(p.Type) is null));

        /// <summary>
        /// The entity property a loose value names, by name (ignoring case only) and type (an implicit conversion, not nullable
        /// where the property is not): the one <see cref="AddFromParameters"/> and <see cref="UpdateFromParameters"/> write.
        /// Null with the reason when it names none, or one it cannot be written to.
        /// </summary>
        private IPropertySymbol? LooseTarget(IParameterSymbol parameter, bool adding, out string? reason)
        {
            reason = null;
            var entity = EntityParameters.EntityDisplay(_entity);
            var hint = adding ? "Store.Add(new " + entity + " { … })" : "Store.UpdateWith(id, value, static (e, v) => { e.… = v; return e; })";
            var target = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => !p.IsStatic && !p.IsIndexer && string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                Fail("'" + parameter.Name + "' names no property of " + entity + ", so what the " + (adding ? "add" : "update") + " does with it is the store's own; name it after the property it sets, or write the member (" + hint + ")", out reason);
                return null;
            }

            if (_entity.Keys.Any(k => SymbolEqualityComparer.Default.Equals(k, target)))
            {
                Fail(adding
                    ? "'" + parameter.Name + "' is the key " + target.Name + ", and whether the store inserts it as given or numbers its own (an identity column refuses an explicit value) is not said; leave it out to have the key generated, take the " + entity + ", or write the member (" + hint + ")"
                    : "'" + parameter.Name + "' sets the key " + target.Name + ", which a store does not change; write the member (" + hint + ")", out reason);
                return null;
            }

            if (TokenProperty(_context, _entity.Properties, out _) is { } token && SymbolEqualityComparer.Default.Equals(token, target))
            {
                Fail("'" + parameter.Name + "' is the concurrency token " + target.Name + ", and whether it is the value to store or the one expected is not said; write the member (" + hint + ")", out reason);
                return null;
            }

            if ((TypeNames.IsNullableValueType(parameter.Type) && !TypeNames.IsNullableValueType(target.Type))
                || (!parameter.Type.IsValueType && parameter.Type.NullableAnnotation == NullableAnnotation.Annotated && !target.Type.IsValueType && target.Type.NullableAnnotation == NullableAnnotation.NotAnnotated))
            {
                Fail("'" + parameter.Name + "' is nullable where " + entity + "." + target.Name + " is not, so whether a null "
                    + (adding ? "is stored, replaced by a default or an error" : "leaves the stored value (a partial update) or is an error") + " is the store's own; write the member (" + hint + ")", out reason);
                return null;
            }

            if (!TypeFacts.Converts(_context, parameter.Type, target.Type))
            {
                Fail("'" + parameter.Name + "' is " + parameter.Type.ToDisplayString() + ", which does not convert to " + entity + "." + target.Name + " (" + target.Type.ToDisplayString() + ")", out reason);
                return null;
            }

            return target;
        }

        /// <summary>
        /// Whether an add gives the entity a string key of the store's own making: a MongoDB ObjectId or a DocumentDB resource id
        /// by convention, or <c>PresetKeyOnAdd</c> <c>Replace</c> or <c>GenerateWhenUnset</c> stated on the attribute (a new Guid text). An add that
        /// returns a <c>string</c> then returns that key (<see cref="ReturnedStringKeyRule"/>).
        /// </summary>
        private bool StoreGivesStringKey
            => _entity.Keys.Count == 1 && (IsMongoObjectId(_entity.Keys[0]) || IsDocumentDbResourceId(_entity.Keys[0]) || _context.Settings.PresetKeyOnAdd is 2 or 3);

        /// <summary>
        /// The settable properties of the entity an add must be handed, as for a request object: all but the key, the audit
        /// stamps and collections of related rows; those of <paramref name="written"/> aside. A value it was not handed is the
        /// store's choice (a status, a flag, its mapping's default).
        /// </summary>
        private List<string> LeftOutOnAdd(HashSet<string> written)
            => _context.PropertiesOf(_entity.Type)
                .Where(p => !p.IsStatic && !p.IsIndexer && p.SetMethod is { } setter && _context.IsAccessible(setter) && !written.Contains(p.Name)
                    && !_entity.Keys.Any(k => k.Name == p.Name) && !AuditStampPlanner.SaysStamp(_context, p)
                    && (p.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(p.Type) is null))
                .Select(static p => p.Name).Distinct().OrderBy(static n => n, StringComparer.Ordinal).ToList();

        /// <summary>The primary constructor of a positional record declared in source (<c>record Product(int Id, string Name, decimal Price)</c>), or null.</summary>
        private IMethodSymbol? RecordPrimaryConstructor(INamedTypeSymbol type)
            => type.IsRecord
                ? type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length > 0 && _context.IsAccessible(c)
                    && c.DeclaringSyntaxReferences.Any(static r => r.GetSyntax() is RecordDeclarationSyntax))
                : null;

        /// <summary>
        /// Why an add built from values (loose or a request's) is not proven when it gives a quantity (<c>Quantity</c>,
        /// <c>Qty</c>, <c>Count</c>, <c>Units</c>, <c>Amount</c>) beside a reference to another row (a property <c>…Id</c>
        /// that is not the key): the shape of a cart, basket or stock line, where a store adds to the line already holding
        /// that reference (eShop's basket <c>AddItem</c> raises the quantity of the product's line; a stock store sums
        /// the units of an item) or adds a line beside it, and the signature says neither. Null otherwise (a product's name
        /// and price, a comment on a post).
        /// </summary>
        private string? LineMergeRefusal(IReadOnlyCollection<string> written, string hint)
        {
            var properties = _context.PropertiesOf(_entity.Type).Where(p => written.Contains(p.Name)).ToList();
            var quantity = properties.FirstOrDefault(static p => Conventions.NameIn(p.Name, LineQuantityNames) && TypeFacts.IsNumber(TypeNames.Underlying(p.Type)));
            var references = properties.Where(p => p.Name.Length > 2 && p.Name.EndsWith("Id", StringComparison.Ordinal) && char.IsLower(p.Name[p.Name.Length - 3])
                && !_entity.Keys.Any(k => k.Name == p.Name)).Select(static p => p.Name).ToList();
            if (quantity is null || references.Count == 0)
            {
                return null;
            }

            var reference = string.Join(" and ", references);

            var entity = EntityParameters.EntityDisplay(_entity);
            return "it adds a " + entity + " with " + quantity.Name + " beside " + reference + ", the shape of a cart, basket or stock line: a store may add "
                + quantity.Name + " to the line that already holds " + (references.Count == 1 ? "that " + reference : "those") + " (eShop's basket AddItem raises the quantity of the product's line) or add a second line beside it, "
                + "and the signature says neither; write the member (" + hint + ", or for the line found Store.UpdateWith(id, " + char.ToLowerInvariant(quantity.Name[0]) + quantity.Name.Substring(1) + ", static (line, more) => { line." + quantity.Name + " += more; return line; }))";
        }

        private static readonly string[] LineQuantityNames = { "Quantity", "Qty", "Count", "Units", "Amount" };

        /// <summary>
        /// <c>Product Add(string name, decimal price)</c>, <c>Task&lt;TodoItem&gt; CreateAsync(string title)</c> (since session 26):
        /// the add of a new entity built from loose values, each naming a property by name and type, as the tutorials'
        /// <c>new Product { Name = name, Price = price }</c> (or a positional record's <c>new Product(0, name, price)</c>) before
        /// the <c>INSERT</c>; the database numbers the key, so the fake generates it as an add of the entity does. Refused when
        /// a value names nothing or the key, the key is not one the fake generates, a <c>required</c> member or constructor
        /// parameter is left unset, or (as for a request object, <see cref="AddFromRequest"/>) any other settable property but
        /// the audit stamps and related rows is left out: the value a store gives a property it was not handed is its own.
        /// </summary>
        private OperationSpec? AddFromParameters(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            var entity = EntityParameters.EntityDisplay(_entity);
            var hint = "Store.Add(new " + entity + " { … })";
            if (_entity.Type is not INamedTypeSymbol { IsAbstract: false, TypeKind: TypeKind.Class or TypeKind.Struct } named)
            {
                return Fail("it takes values, not the " + entity + ", and " + entity + " is not a class, record or struct the fake can build, so how the store builds the one it adds is its own; write the member", out reason);
            }

            if (!_keyGenerated)
            {
                return Fail("it takes values, not the " + entity + ", and no value is the key, but " + entity + "'s key is not one the fake generates (a settable int, long or Guid, or a wrapper of one), so the key of the one it adds is the store's own; write the member (" + hint + ")", out reason);
            }

            var targets = new List<(IParameterSymbol Parameter, IPropertySymbol Property)>();
            foreach (var parameter in args)
            {
                if (LooseTarget(parameter, adding: true, out reason) is not { } target)
                {
                    return null;
                }

                if (targets.Any(t => SymbolEqualityComparer.Default.Equals(t.Property, target)))
                {
                    return Fail("two values name " + entity + "." + target.Name + ", so which one the store keeps is not said; write the member (" + hint + ")", out reason);
                }

                targets.Add((parameter, target));
            }

            // A parameterless constructor: an object initializer of the values given. Without one, a positional record's
            // primary constructor, whose parameters are its properties: each is a value given, or the key (its default, which
            // the add replaces with a new one).
            var parameterless = named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _context.IsAccessible(c)) || named.TypeKind == TypeKind.Struct;
            var constructorArgs = new List<string>();
            var fromConstructor = new HashSet<string>(StringComparer.Ordinal);
            if (!parameterless)
            {
                if (RecordPrimaryConstructor(named) is not { } primary)
                {
                    return Fail("it takes values, not the " + entity + ", and " + entity + " has neither a parameterless constructor nor a positional record's, so how the store builds the one it adds (which constructor, with what) is its own; write the member (Store.Add(new " + entity + "(…)))", out reason);
                }

                foreach (var slot in primary.Parameters)
                {
                    var given = targets.FirstOrDefault(t => string.Equals(t.Property.Name, slot.Name, StringComparison.Ordinal));
                    if (given.Parameter is not null && SymbolEqualityComparer.Default.Equals(given.Property.Type, slot.Type))
                    {
                        constructorArgs.Add(TypeNames.Escape(given.Parameter.Name) + (NeedsBang(given.Parameter.Type, slot.Type) ? "!" : ""));
                        fromConstructor.Add(given.Property.Name);
                    }
                    else if (_entity.Keys.Count == 1 && string.Equals(_entity.Keys[0].Name, slot.Name, StringComparison.Ordinal))
                    {
                        constructorArgs.Add("default");
                    }
                    else
                    {
                        return Fail("no value gives " + entity + "'s constructor parameter '" + slot.Name + "', so the value the store passes is its own; write the member (Store.Add(new " + entity + "(…)))", out reason);
                    }
                }
            }

            var fields = new List<PatchFieldSpec>();
            foreach (var (parameter, property) in targets)
            {
                if (fromConstructor.Contains(property.Name))
                {
                    continue;
                }

                if (property.SetMethod is null || !_context.IsAccessible(property.SetMethod))
                {
                    return Fail("'" + parameter.Name + "' names " + entity + "." + property.Name + ", which has no setter the fake can write; write the member (" + hint + ")", out reason);
                }

                fields.Add(new PatchFieldSpec(new PropertyWriteSpec(TypeNames.Escape(property.Name), UseWith: false), TypeNames.Escape(parameter.Name), NeedsBang(parameter.Type, property.Type)));
            }

            var written = new HashSet<string>(targets.Select(static t => t.Property.Name), StringComparer.Ordinal);
            if (_context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.IsRequired && !written.Contains(p.Name) && !_entity.Keys.Any(k => k.Name == p.Name)) is { } required)
            {
                return Fail("no value gives " + entity + "." + required.Name + ", a required member, so the value the store gives it is its own; write the member (" + hint + ")", out reason);
            }

            var leftOut = LeftOutOnAdd(written);
            if (leftOut.Count > 0)
            {
                return Fail("no value gives " + string.Join(", ", leftOut.Select(n => entity + "." + n)) + ", so the value" + (leftOut.Count == 1 ? "" : "s")
                    + " the store gives " + (leftOut.Count == 1 ? "it" : "them") + " when it creates the " + entity + " (a status, a flag, its mapping's default) " + (leftOut.Count == 1 ? "is" : "are")
                    + " its own; take " + (leftOut.Count == 1 ? "it" : "them") + " too, or write the member (" + hint + ")", out reason);
            }

            if (LineMergeRefusal(written, hint) is { } line)
            {
                return Fail(line, out reason);
            }

            if (ReturnedStringKeyRule.Reason(candidate, _entity, StoreGivesStringKey) is { } handedOut)
            {
                return Fail(handedOut, out reason);
            }

            var nullChecks = args.Where(static p => !p.Type.IsValueType && p.Type.NullableAnnotation == NullableAnnotation.NotAnnotated)
                .Select(static p => TypeNames.Escape(p.Name)).ToArray();
            return WriteResult(candidate, allowKey: true, allowCount: false, out var success, out reason) is { } added
                ? new EntityAddOp(new ArgumentRef(TypeNames.Escape(args[0].Name), NullForgiving: false), added, success)
                {
                    FromRequest = new AddRequestSpec(null, new EquatableArray<PatchFieldSpec>(fields.ToArray()))
                    {
                        ConstructorArguments = parameterless ? null : (EquatableArray<string>?)new EquatableArray<string>(constructorArgs.ToArray()),
                        NullChecks = new EquatableArray<string>(nullChecks),
                    },
                }
                : null;
        }

        /// <summary>
        /// <c>Product? Update(int id, string name, decimal price)</c>, <c>Task&lt;bool&gt; UpdateAsync(Guid id, string title, bool isComplete)</c>
        /// (since session 26): the update from a request object (<see cref="Patch"/>) with the request spread into values, each
        /// naming a property by name and type: written onto the row the key names, atomically, the others kept as stored (a
        /// record with one <c>with</c>). The results of a one-field setter (<see cref="SetFieldResultOf"/>).
        /// </summary>
        private OperationSpec? UpdateFromParameters(MemberCandidate candidate, List<BoundParameter> key, IParameterSymbol[] values, out string? reason)
        {
            reason = null;
            var entity = EntityParameters.EntityDisplay(_entity);
            if (_entity.Type is ITypeParameterSymbol)
            {
                return Fail("it takes values, and the entity is a type parameter, so which of its properties each names is not known here", out reason);
            }

            var useWith = _entity.Type.IsRecord || _entity.Type.TypeKind == TypeKind.Struct;
            var fields = new List<PatchFieldSpec>();
            var written = new List<IPropertySymbol>();
            foreach (var parameter in values)
            {
                if (LooseTarget(parameter, adding: false, out reason) is not { } target)
                {
                    return null;
                }

                if (written.Contains(target, SymbolEqualityComparer.Default))
                {
                    return Fail("two values name " + entity + "." + target.Name + ", so which one the store keeps is not said; write the member", out reason);
                }

                if (target.SetMethod is null || !_context.IsAccessible(target.SetMethod) || (target.SetMethod.IsInitOnly && !useWith))
                {
                    return Fail("'" + parameter.Name + "' names " + entity + "." + target.Name + ", which has no setter the fake can write; write the member (Store.UpdateWith(id, value, static (e, v) => { e.… = v; return e; }))", out reason);
                }

                written.Add(target);
                fields.Add(new PatchFieldSpec(new PropertyWriteSpec(TypeNames.Escape(target.Name), useWith), TypeNames.Escape(parameter.Name), NeedsBang(parameter.Type, target.Type)));
            }

            if (SetFieldResultOf(candidate) is not { } result)
            {
                return Fail("it must return void, bool, the number updated, or " + entity, out reason);
            }

            var nullChecks = values.Where(static p => !p.Type.IsValueType && p.Type.NullableAnnotation == NullableAnnotation.NotAnnotated)
                .Select(static p => TypeNames.Escape(p.Name)).ToArray();
            return new EntityPatchOp(Key(key), null, new EquatableArray<PatchFieldSpec>(fields.ToArray()), result) { NullChecks = new EquatableArray<string>(nullChecks) };
        }
    }
}
