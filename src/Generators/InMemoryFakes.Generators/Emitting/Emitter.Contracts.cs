using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

// The contract descriptor of a fake (docs/verified-fakes.md, "What the generator emits"): one operation per member whose
// OperationSpec the contract runner can drive, with its parameter roles, result and a static call through the interface;
// every other member unclassified with the reason. Built from the same model the fake's members come from.
internal static partial class Emitter
{
    private const string Contracts = "global::InMemoryFakes.Contracts.";
    private const string Role = Contracts + "ContractParameterRole.";
    private const string Shape = Contracts + "ContractResultShape.";
    private const string Operation = Contracts + "ContractOperation";

    /// <summary>The module initializer's method: registers the fake, and its contract descriptor when there is one.</summary>
    private static void WriteRegisterMethod(SourceWriter w, FakeSpec fake)
    {
        // A unit-of-work fake says so: a container then gives each scope its own instance, as it does a DbContext.
        var unitOfWork = fake.Store.Entity is { UnitOfWork: not UnitOfWorkModel.None } || fake.DbContext is not null || fake.Composite is { SavesOnly: true } ? ", isUnitOfWork: true"
            : fake.Composite is not null ? ", isUnitOfWork: false" : "";
        var register = Fakes + ".Register<" + fake.InterfaceType + ", " + fake.FullClassName + ">(static o => new " + fake.FullClassName + "(o)" + unitOfWork + CompositeParts(fake) + ");";
        if (fake.Contract is null)
        {
            w.Line("internal static void Register() => " + register);
            return;
        }

        w.Open("internal static void Register()");
        w.Line(register);
        w.Line(Contracts + "ContractDescriptors.Register<" + fake.InterfaceType + ">(" + ContractClass(fake) + ".Descriptor);");
        w.Close();
    }

    private static string ContractClass(FakeSpec fake)
        => "global::" + (fake.Namespace is null ? "" : fake.Namespace + ".") + fake.ClassName + "__Contract";

    /// <summary>The descriptor class, at namespace level beside the registration.</summary>
    private static void WriteContract(SourceWriter w, FakeSpec fake)
    {
        if (fake.Contract is not { } contract)
        {
            return;
        }

        var descriptor = Contracts + "ContractDescriptor<" + fake.InterfaceType + ">";
        var members = fake.Members.Select(m => (Member: m, Store: fake.Store))
            .Concat(contract.HandWritten.Select(m => (Member: m, Store: contract.HandWrittenStore ?? fake.Store)))
            .OrderBy(static m => m.Member.InterceptName, System.StringComparer.Ordinal)
            .ThenBy(static m => m.Member.Signature, System.StringComparer.Ordinal)
            .ToList();
        var unclassified = new List<(string Member, string Reason)>();
        var operations = new List<(MemberSpec Member, ContractPlan Plan)>();
        foreach (var (member, store) in members)
        {
            if (contract.Uncallable.FirstOrDefault(u => u.Member == member.Signature) is { } uncallable)
            {
                unclassified.Add((member.InterceptName, uncallable.Reason));
            }
            else if (Classify(fake, store, member, out var reason) is { } plan)
            {
                operations.Add((member, plan));
            }
            else
            {
                unclassified.Add((member.InterceptName, reason!));
            }
        }

        foreach (var member in contract.Unclassified)
        {
            unclassified.Add((member.Member, member.Reason));
        }

        w.Line();
        w.Line("/// <summary>The contract descriptor of <see cref=\"" + fake.InterfaceType.Replace('<', '{').Replace('>', '}') + "\"/>: what each member of the fake means, for <c>InMemoryFakes.Verification.FakeContract</c>.</summary>");
        w.Line(GeneratedCode(fake));
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open(contract.Accessibility + " static class " + fake.ClassName + "__Contract");
        w.Line("/// <summary>The descriptor, registered with <see cref=\"" + Contracts + "ContractDescriptors\"/> when the module loads.</summary>");
        w.Line("public static " + descriptor + " Descriptor { get; } = new " + descriptor + "(");
        w.Indent();
        w.Line(TypeNames.Literal(contract.InterfaceName) + ",");
        w.Line(Namespace + "StoreKind." + fake.Store.Kind + ",");
        w.Line("static options => new " + fake.FullClassName + "(options),");
        w.Line("new " + Operation + "[]");
        w.Line("{");
        w.Indent();
        foreach (var (member, plan) in operations)
        {
            WriteOperation(w, fake, member, plan);
        }

        w.Outdent();
        w.Line("})");
        w.Outdent();
        w.Line("{");
        w.Indent();
        WriteContractShape(w, fake);
        if (contract.ErrorMappings.Count > 0)
        {
            var mapping = Contracts + "ContractErrorMapping";
            w.Line("ErrorMappings = new " + mapping + "[]");
            w.Line("{");
            w.Indent();
            foreach (var error in contract.ErrorMappings)
            {
                w.Line("new " + mapping + "(" + Contracts + "ContractErrorKind." + error.Kind + ", " + TypeNames.Literal(error.DisplayName) + ", static e => e is " + error.Type + "),");
            }

            w.Outdent();
            w.Line("},");
        }

        if (unclassified.Count > 0)
        {
            var member = Contracts + "ContractUnclassifiedMember";
            w.Line("Unclassified = new " + member + "[]");
            w.Line("{");
            w.Indent();
            foreach (var (name, reason) in unclassified)
            {
                w.Line("new " + member + "(" + TypeNames.Literal(name) + ", " + TypeNames.Literal(reason) + "),");
            }

            w.Outdent();
            w.Line("},");
        }

        w.Outdent();
        w.Line("};");
        w.Close();
    }

    /// <summary><c>Entity = …</c> for an entity repository, <c>KeyValue = …</c> for the other kinds.</summary>
    private static void WriteContractShape(SourceWriter w, FakeSpec fake)
    {
        var store = fake.Store;
        if (store.Kind == StoreKindModel.Blob)
        {
            w.Line("KeyValue = new " + Contracts + "ContractKeyValueShape(typeof(string), typeof(byte[])),");
            return;
        }

        if (store.KeyValue is { } keyValue)
        {
            w.Line("KeyValue = new " + Contracts + "ContractKeyValueShape(typeof(" + TypeNames.TypeOfOperand(keyValue.KeyType) + "), typeof(" + TypeNames.TypeOfOperand(keyValue.ValueType) + ")),");
            return;
        }

        if (store.Entity is not { Shape: { Unbuildable: null } shape } entity)
        {
            return;
        }

        var type = entity.EntityType;
        var property = Contracts + "ContractProperty";
        w.Line("Entity = new " + Contracts + "ContractEntityShape(");
        w.Indent();
        w.Line("typeof(" + type + "),");
        w.Line(TypeNames.Literal(shape.DisplayName) + ",");
        w.Line("new " + property + "[]");
        w.Line("{");
        w.Indent();
        foreach (var p in shape.Properties)
        {
            var name = Plain(p.Name);
            var flags = new List<string>();
            if (entity.Keys.Any(k => k.Name == p.Name))
            {
                flags.Add("IsKey = true");
            }

            if (p.IsNullable)
            {
                flags.Add("IsNullable = true");
            }

            if (entity.Unique.FirstOrDefault(u => u.Properties.Contains(p.Name)) is { } unique)
            {
                flags.Add("UniqueGroup = " + TypeNames.Literal(unique.Name));
            }

            // A token the store writes (the row version, a stamped instant) holds the store's value; one the application sets
            // (compared only, since session 34) is data like any other.
            if ((entity.Token is { ComparedOnly: false } token && token.Property == name) || entity.OtherTokens.Any(t => !t.ComparedOnly && t.Property == name))
            {
                flags.Add("IsConcurrencyToken = true");
            }

            w.StartLine().Append("new " + Contracts + "ContractProperty(").AppendLiteral(name).Append(", typeof(").Append(p.TypeOf)
                .Append("), static e => ((").Append(type).Append(")e).").Append(p.Name).Append(")");
            if (flags.Count > 0)
            {
                w.Append(" { ").Append(string.Join(", ", flags)).Append(" }");
            }

            w.EndLine(",");
        }

        w.Outdent();
        w.Line("},");
        // static v => new T((A)v[0]!, …), or static v => new T { P = (A)v[0]!, … }.
        w.StartLine().Append("static v => new ").Append(type).Append(shape.ByConstructor ? "(" : " { ");
        for (var i = 0; i < shape.Properties.Count; i++)
        {
            var p = shape.Properties[i];
            if (i > 0)
            {
                w.Append(", ");
            }

            if (!shape.ByConstructor)
            {
                w.Append(p.Name).Append(" = ");
            }

            w.Append("(").Append(p.CastType).Append(")v[").Append(i.ToString(CultureInfo.InvariantCulture)).Append(p.IsNullable ? "]" : "]!");
        }

        w.EndLine(shape.ByConstructor ? ")," : " },");
        w.Line("static e => " + KeyOf(entity, "((" + type + ")e)") + ")");
        w.Outdent();
        w.Line("{");
        w.Indent();
        w.Line("KeyType = typeof(" + entity.KeyType + "),");
        w.Line("KeyAssignment = " + Contracts + "ContractKeyAssignment." + (entity.WithKey is null ? "Caller" : "Store") + ",");
        w.Line("Construction = " + Contracts + "ContractConstruction." + (shape.ByConstructor ? "Constructor" : "ObjectInitializer") + ",");
        w.Outdent();
        w.Line("},");
    }

    /// <summary>A name without the <c>@</c> that escapes a keyword.</summary>
    private static string Plain(string name) => name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name;

    /// <summary>What a member becomes in the descriptor: its kind, the role of each parameter, and its result.</summary>
    private sealed class ContractPlan(string kind, string result)
    {
        public string Kind { get; } = kind;

        public string Result { get; } = result;

        /// <summary>Parameter (escaped name) → the role and any initializers (<c>Property = "Email"</c>).</summary>
        public Dictionary<string, (string Role, List<string> Extras)> Roles { get; } = new(System.StringComparer.Ordinal);

        public bool RequiresTimeToLive { get; set; }

        /// <summary><c>bool TryGet(key, out value)</c>: the out parameter is no argument; the result is <c>(found, value)</c>.</summary>
        public string? OutParameter { get; set; }

        public ContractPlan With(string? parameter, string role, params string[] extras)
        {
            if (parameter is not null)
            {
                Roles[parameter] = (role, extras.ToList());
            }

            return this;
        }
    }

    private static string Result(string shape, string type, params string?[] extras)
    {
        var set = extras.Where(static e => e is not null).ToList();
        return "new " + Contracts + "ContractResult(" + Shape + shape + ", typeof(" + type + "))" + (set.Count == 0 ? "" : " { " + string.Join(", ", set) + " }");
    }

    private static string NoResult => Contracts + "ContractResult.None";

    private const string Nullable = "IsNullable = true";

    /// <summary>The result type without Task/ValueTask; an async stream's is the list the runner collects it into.</summary>
    private static string ResultType(MemberSpec member)
        => member.Shape == ReturnShape.AsyncEnumerable ? "global::System.Collections.Generic.List<" + member.ResultTypeOf + ">" : member.ResultTypeOf ?? "void";

    private static string ValueResult(MemberSpec member, bool nullable = false) => nullable ? Result("Value", ResultType(member), Nullable) : Result("Value", ResultType(member));

    private static string? EntityWrite(MemberSpec member, EntityWriteResult result, out string? reason)
    {
        reason = null;
        switch (result)
        {
            case EntityWriteResult.None:
                return NoResult;
            case EntityWriteResult.Bool or EntityWriteResult.Count:
                return ValueResult(member);
            case EntityWriteResult.Entity:
                return Result("Entity", ResultType(member));
            case EntityWriteResult.EntityOrNull or EntityWriteResult.RemovedOrNull:
                return Result("Entity", ResultType(member), Nullable);
            case EntityWriteResult.Removed:
                return Result("Entity", ResultType(member));
            case EntityWriteResult.Key:
                return Result("Key", ResultType(member));
            default:
                reason = "it returns a result object (a success value), which the contract runner does not compare yet";
                return null;
        }
    }

    /// <summary>The descriptor plan of a member, or null with the reason the runner cannot drive it.</summary>
    private static ContractPlan? Classify(FakeSpec fake, StoreSpec store, MemberSpec member, out string? reason)
    {
        reason = null;
        var entity = fake.Store.Entity;
        if (member.TypeParameters.Count > 0)
        {
            reason = "generic method";
            return null;
        }

        if (entity is not null && member.Operation is not NoOp)
        {
            if (entity.Shape?.Unbuildable is { } unbuildable)
            {
                reason = unbuildable;
                return null;
            }

            if (entity.Keys.Count > 1)
            {
                reason = "composite key";
                return null;
            }
        }

        var plan = Plan(store, member, out reason);
        if (plan is null)
        {
            return null;
        }

        foreach (var parameter in member.Parameters)
        {
            if (parameter.Name == member.CancellationToken)
            {
                plan.With(parameter.Name, "CancellationToken");
            }
            else if (parameter.Name == plan.OutParameter)
            {
                continue;
            }
            else if (parameter.Modifier != ParameterModifier.None)
            {
                reason = "its parameter '" + Plain(parameter.Name) + "' is passed by reference";
                return null;
            }
            else if (!plan.Roles.ContainsKey(parameter.Name))
            {
                reason = "its parameter '" + Plain(parameter.Name) + "' has no meaning the contract knows (the fake ignores it)";
                return null;
            }
        }

        return plan;
    }

    private static ContractPlan? Plan(StoreSpec store, MemberSpec member, out string? reason)
    {
        reason = null;
        string? result;
        switch (member.Operation)
        {
            case EntityFindOp or EntityDeleteByKeyOp or EntityExistsOp when member.Operation switch
            {
                EntityFindOp f => f.Key.Parts.Any(static p => p.WrapIn is not null),
                EntityDeleteByKeyOp d => d.Key.Parts.Any(static p => p.WrapIn is not null),
                EntityExistsOp e => e.Key.Parts.Any(static p => p.WrapIn is not null),
                _ => false,
            }:
                reason = "a key given as the value its record key wraps (new Key(value)) is not generated by the contract runner yet";
                return null;
            case EntityAddOp { FromRequest: not null }:
                reason = "an add of a new entity built from a request object is not generated by the contract runner yet";
                return null;
            case EntityAddOp { IfAbsent: true }:
                reason = "an add that skips a taken key (TryAdd, AddIfNotExists) is not generated by the contract runner yet";
                return null;
            case EntityAddOp { OrGet: true }:
                reason = "an add that returns the stored entity when its key is taken (AddOrGet, GetOrAdd) is not generated by the contract runner yet";
                return null;
            case EntityAddOp op:
                return EntityWrite(member, op.Result, out reason) is { } added ? new ContractPlan("EntityAdd", added).With(op.Entity.Name, "Entity") : null;
            case EntityUpdateOp { ExpectedToken: not null } or EntityDeleteByKeyOp { ExpectedToken: not null }:
                reason = "a write conditional on an expected concurrency token is not generated by the contract runner yet";
                return null;
            case EntityUpdateOp { MissingIgnored: true }:
                reason = "an update that does nothing for a missing entity (MissingUpdate = Ignore) is not generated by the contract runner yet";
                return null;
            case EntityUpdateOp op:
                return EntityWrite(member, op.Result, out reason) is { } updated ? new ContractPlan("EntityUpdate", updated).With(op.Entity.Name, "Entity") : null;
            case EntityUpsertOp { ForKey: not null }:
                reason = "an update by key that stores a missing entity (MissingUpdate = Insert) is not generated by the contract runner yet";
                return null;
            case EntityUpsertOp op:
                return EntityWrite(member, op.Result, out reason) is { } saved ? new ContractPlan("EntityUpsert", saved).With(op.Entity.Name, "Entity") : null;
            case EntityFindOp op:
                result = op.Result == SingleResult.Required ? Result("Entity", ResultType(member)) : Result("Entity", ResultType(member), Nullable);
                return new ContractPlan(op.Result == SingleResult.Required ? "EntityGet" : "EntityFind", result).With(op.Key.Parts[0].Name, "Key");
            case EntityDeleteByKeyOp op:
                return EntityWrite(member, op.Result, out reason) is { } deleted ? new ContractPlan("EntityDeleteByKey", deleted).With(op.Key.Parts[0].Name, "Key") : null;
            case EntityDeleteEntityOp op:
                return EntityWrite(member, op.Result, out reason) is { } removed ? new ContractPlan("EntityDeleteEntity", removed).With(op.Entity.Name, "Entity") : null;
            case EntityExistsOp op:
                return new ContractPlan("EntityExists", ValueResult(member)).With(op.Key.Parts[0].Name, "Key");
            case EntityCountOp:
                return new ContractPlan("EntityCount", ValueResult(member));
            case EntityGetAllOp when store.Orderings.FirstOrDefault(o => o.Name == store.DefaultOrdering) is { } order && order.Keys.All(static k => k.Path.Steps.Count == 1):
                // The DefaultOrder setting declares the real store's order, so the contract compares it.
                return new ContractPlan("EntityList", Result("EntityList", ResultType(member), "Order = " + Contracts + "ContractResultOrder.OrderedBy", "OrderBy = " + OrderBy(order)));
            case EntityGetAllOp:
                return new ContractPlan("EntityList", Result("EntityList", ResultType(member)));
            case EntityClearOp op:
                return new ContractPlan("EntityClear", op.ReturnsCount ? ValueResult(member) : NoResult);
            case EntityQueryOp op:
                return QueryPlan(store, member, op.Query, out reason);
            case EntityRangeOp:
                reason = "range member";
                return null;
            case EntityAccessorOp:
                reason = "a per-property accessor of the entity passed in: not generated by the contract runner yet";
                return null;
            case EntitySetFieldOp:
                reason = "sets one property of a stored entity: not generated by the contract runner yet";
                return null;
            case EntitySetFieldWhereOp:
                reason = "sets one property of the stored entities a filter or keys select: not generated by the contract runner yet";
                return null;
            case NoOp:
                reason = Conventions.IsOneOf(member.Name, Conventions.NoOpMethodNames)
                    ? "it ends the instance's life; the contract runner disposes instances itself"
                    : "a framework member with nothing to do in memory (Conventions.FrameworkMemberMeanings): nothing for the contract runner to check";
                return null;
            case KvGetOp { Json: not null } or KvSetOp { Json: not null }:
                reason = "a read or write with System.Text.Json's contract of the value (the table holds JSON): not generated by the contract runner yet";
                return null;
            case KvGetOp or KvTryGetOp or KvSetOp or KvDeleteOp or KvExistsOp or KvRefreshOp or KvIncrementOp or KvTimeToLiveOp or KvExpireOp
                when KeyOfKv(member.Operation) is not { Kind: KvKeyKind.Argument }:
                reason = "a key with a region, or a store's single value: not generated by the contract runner yet";
                return null;
            case KvGetOp { Result: KvGetResult.Wrapped or KvGetResult.OfType or KvGetResult.NullableOfType }:
                reason = "a wrapped or run-time-typed result: not generated by the contract runner yet";
                return null;
            case KvGetOp { Result: KvGetResult.ChangeType or KvGetResult.NullableChangeType }:
                reason = "a generic read converted under GenericReads = ChangeType: not generated by the contract runner yet";
                return null;
            case KvSetOp { ValueForm: not KvValueForm.AsDeclared }:
                reason = "a write of bytes given as a buffer: not generated by the contract runner yet";
                return null;
            case KvSetOp { IfPresent: true } or KvSetOp { ReturnsValue: true } or KvSetOp { Tags: not null }:
                reason = "a replace, a write returning its value, or tags: not generated by the contract runner yet";
                return null;
            case KvSetOp { NullWrites: not 0 }:
                reason = "a write whose null value removes the key or is kept (NullValueWrites): not generated by the contract runner yet";
                return null;
            case KvSetOp { SkipTaken: true }:
                reason = "an add that keeps a taken key's value silently (TakenKeyAdds = Skip): not generated by the contract runner yet";
                return null;
            case KvGetOp op:
                return new ContractPlan("KeyValueGet", ValueResult(member, op.Result is KvGetResult.Nullable or KvGetResult.NullableStruct or KvGetResult.NullableCast or KvGetResult.NullableGenericCast or KvGetResult.DefaultWhenMissing)).With(op.Key.Key!.Name, "Key");
            case KvTryGetOp { ReturnsFound: false }:
                reason = "a read whose result is an out parameter of a void method: not generated by the contract runner yet";
                return null;
            case KvTryGetOp op:
                var outParameter = member.Parameters.First(p => p.Name == op.OutParameter);
                return new ContractPlan("KeyValueGet", Result("Value", "(bool, " + outParameter.TypeOf + ")")) { OutParameter = op.OutParameter }.With(op.Key.Key!.Name, "Key");
            case KvSetOp op:
                return TimeToLive(store, member, op.Expiration, new ContractPlan(op.IfAbsent ? "KeyValueSetIfAbsent" : "KeyValueSet", op.ReturnsBool ? ValueResult(member) : NoResult)
                    .With(op.Key.Key!.Name, "Key").With(op.Value.Name, "Value"));
            case KvDeleteOp { NullKeyClearsAll: true }:
                reason = "a removal whose null key clears every entry: not generated by the contract runner yet";
                return null;
            case KvDeleteOp { OutParameter: not null }:
                reason = "a removal that hands out the value it removed: not generated by the contract runner yet";
                return null;
            case KvDeleteOp { RemovedValueType: not null }:
                reason = "a removal that returns the value it removed: not generated by the contract runner yet";
                return null;
            case KvDeleteOp op:
                return new ContractPlan("KeyValueDelete", op.ReturnsBool ? ValueResult(member) : NoResult).With(op.Key.Key!.Name, "Key");
            case KvExistsOp op:
                return new ContractPlan("KeyValueExists", ValueResult(member)).With(op.Key.Key!.Name, "Key");
            case KvRefreshOp op:
                return new ContractPlan("KeyValueRefresh", op.ReturnsBool ? ValueResult(member) : NoResult).With(op.Key.Key!.Name, "Key");
            case KvIncrementOp op:
                return TimeToLive(store, member, op.Expiration, new ContractPlan("KeyValueIncrement", op.Result == NumberResult.None ? NoResult : ValueResult(member))
                    .With(op.Key.Key!.Name, "Key").With(op.Amount, "Amount"));
            case KvClearOp:
                return new ContractPlan("KeyValueClear", NoResult);
            case KvCountOp:
                return new ContractPlan("KeyValueCount", ValueResult(member));
            case KvKeysOp:
                return new ContractPlan("KeyValueKeys", Result("ValueList", ResultType(member)));
            case KvTimeToLiveOp op:
                return new ContractPlan("KeyValueTimeToLive", ValueResult(member, nullable: true)) { RequiresTimeToLive = true }.With(op.Key.Key!.Name, "Key");
            case KvExpireOp op:
                var expire = TimeToLive(store, member, op.Expiration, new ContractPlan("KeyValueExpire", op.ReturnsBool ? ValueResult(member) : NoResult).With(op.Key.Key!.Name, "Key"));
                expire.RequiresTimeToLive = true;
                return expire;
            case BlobPutOp or BlobGetOp or BlobExistsOp or BlobDeleteOp when BlobKeyOf(member.Operation) is { Conversion: BlobKeyConversion.Placed }:
                reason = "a blob named within a container: not generated by the contract runner yet";
                return null;
            case BlobPutOp or BlobGetOp or BlobExistsOp or BlobDeleteOp when BlobKeyOf(member.Operation) is not { Conversion: BlobKeyConversion.None }:
                reason = "a blob id that is not a string: not generated by the contract runner yet";
                return null;
            case BlobPutOp { Overwrite: not null } or BlobPutOp { Append: not null }:
                reason = "overrideExisting or append: not generated by the contract runner yet";
                return null;
            case BlobPutOp op:
                if (op.Metadata is not null || op.ContentKind == BlobContentKind.Stream)
                {
                    reason = (op.Metadata is not null ? "metadata parameter" : "stream content") + ": not generated by the contract runner yet";
                    return null;
                }

                return BlobResult(store, member, op.Result, out reason) is { } put
                    ? TimeToLive(store, member, op.Expiration, new ContractPlan("BlobPut", put).With(op.Key.Argument.Name, "Key").With(op.Content.Name, "Content").With(op.ContentType, "ContentType"))
                    : null;
            case BlobGetOp op:
                switch (op.Result)
                {
                    case BlobGetResult.Stream or BlobGetResult.NullableStream:
                        reason = "stream result: not generated by the contract runner yet";
                        return null;
                    case BlobGetResult.Converted or BlobGetResult.NullableConverted:
                        reason = "a result type with the content: not generated by the contract runner yet";
                        return null;
                    case BlobGetResult.Memory or BlobGetResult.NullableMemory:
                        // ReadOnlyMemory<byte> compares by reference: compare its bytes.
                        result = Result("Value", ResultType(member), op.Result == BlobGetResult.NullableMemory ? Nullable : null, "Project = static r => ((global::System.ReadOnlyMemory<byte>)r).ToArray()");
                        break;
                    default:
                        result = ValueResult(member, op.Result is BlobGetResult.NullableBytes or BlobGetResult.NullableText);
                        break;
                }

                return new ContractPlan("BlobGet", result).With(op.Key.Argument.Name, "Key");
            case BlobExistsOp op:
                return new ContractPlan("BlobExists", ValueResult(member)).With(op.Key.Argument.Name, "Key");
            case BlobDeleteOp { MissingIsNotFound: true }:
                reason = "a removal that is the not-found error for a missing blob (beside a DeleteIfExists) is not generated by the contract runner yet";
                return null;
            case BlobDeleteOp op:
                return new ContractPlan("BlobDelete", op.ReturnsBool ? ValueResult(member) : NoResult).With(op.Key.Argument.Name, "Key");
            case BlobListOp { Container: not null }:
                reason = "a listing within a container: not generated by the contract runner yet";
                return null;
            case BlobListOp op:
                var project = op.Element switch
                {
                    BlobListElement.Properties => BlobPropertiesProjection,
                    BlobListElement.Converted => ConverterProjection(store, op.Converter),
                    _ => "",
                };
                if (project is null)
                {
                    reason = "its result type has no Key, Size or ContentType member to compare";
                    return null;
                }

                result = project.Length == 0
                    ? Result("ValueList", ResultType(member), "Order = " + Contracts + "ContractResultOrder.Exact")
                    : Result("ValueList", ResultType(member), "Order = " + Contracts + "ContractResultOrder.Exact", "Project = " + project);
                return op.Directory
                    ? NotYet("a directory listing", out reason)
                    : new ContractPlan("BlobList", result).With(op.Prefix, "Prefix");
            case BlobCopyOp or BlobInfoOp or BlobUrlOp:
                reason = "Copy/Move/Info/Url: not generated by the contract runner yet";
                return null;
            default:
                reason = "not generated by the contract runner yet";
                return null;
        }
    }

    private static ContractPlan? NotYet(string what, out string? reason)
    {
        reason = what + ": not generated by the contract runner yet";
        return null;
    }

    /// <summary>The key of a key-value operation that has one.</summary>
    private static KvKeySpec? KeyOfKv(OperationSpec operation) => operation switch
    {
        KvGetOp op => op.Key,
        KvTryGetOp op => op.Key,
        KvSetOp op => op.Key,
        KvDeleteOp op => op.Key,
        KvExistsOp op => op.Key,
        KvRefreshOp op => op.Key,
        KvIncrementOp op => op.Key,
        KvTimeToLiveOp op => op.Key,
        KvExpireOp op => op.Key,
        _ => null,
    };

    /// <summary>The key of a blob operation that has one.</summary>
    private static BlobKeySpec? BlobKeyOf(OperationSpec operation) => operation switch
    {
        BlobPutOp op => op.Key,
        BlobGetOp op => op.Key,
        BlobExistsOp op => op.Key,
        BlobDeleteOp op => op.Key,
        _ => null,
    };

    private const string BlobPropertiesProjection = "static r => (((" + BlobProperties + ")r).Key, ((" + BlobProperties + ")r).Size, ((" + BlobProperties + ")r).ContentType)";

    /// <summary>The key, size and content type of a converted blob result, or null when the type has none of them.</summary>
    private static string? ConverterProjection(StoreSpec store, string? converterName)
    {
        var converter = store.Converters.FirstOrDefault(c => c.Name == converterName);
        if (converter is null || converter.Compared.Count == 0)
        {
            return null;
        }

        return "static r => global::System.ValueTuple.Create(" + string.Join(", ", converter.Compared.Select(c => "((" + converter.Type + ")r)." + c.Property)) + ")";
    }

    private static string? BlobResult(StoreSpec store, MemberSpec member, BlobResultSpec result, out string? reason)
    {
        reason = null;
        switch (result.Kind)
        {
            case BlobResultKind.None:
                return NoResult;
            case BlobResultKind.Bool:
                return ValueResult(member);
            case BlobResultKind.Properties or BlobResultKind.NullableProperties:
                return Result("Value", ResultType(member), result.Kind == BlobResultKind.NullableProperties ? Nullable : null, "Project = " + BlobPropertiesProjection);
            default:
                if (ConverterProjection(store, result.Converter) is not { } project)
                {
                    reason = "its result type has no Key, Size or ContentType member to compare";
                    return null;
                }

                return Result("Value", ResultType(member), result.Kind == BlobResultKind.NullableConverted ? Nullable : null, "Project = " + project);
        }
    }

    /// <summary>
    /// The role of a time-to-live parameter: null means "no expiry" for a nullable one; an options object the runner can
    /// create empty gets <c>NoExpiry</c>; any other makes the member need TTL sequences.
    /// </summary>
    private static ContractPlan TimeToLive(StoreSpec store, MemberSpec member, ExpirationSpec expiration, ContractPlan plan)
    {
        if (expiration.Kind == ExpirationKind.Default || expiration.Parameter is not { } name)
        {
            return plan;
        }

        var parameter = member.Parameters.First(p => p.Name == name);
        if (parameter.IsNullable || expiration.IsNullable)
        {
            return plan.With(name, "TimeToLive", Nullable);
        }

        if (expiration.Kind == ExpirationKind.Options && store.ExpirationHelpers.FirstOrDefault(h => h.Name == expiration.Helper)?.NoExpiryType is { } noExpiry)
        {
            return plan.With(name, "TimeToLive", "NoExpiry = static () => new " + parameter.TypeOf + "()", "NoExpiryCSharp = " + TypeNames.Literal("new " + noExpiry + "()"));
        }

        plan.RequiresTimeToLive = true;
        return plan.With(name, "TimeToLive");
    }

    /// <summary>The contract's ordering keys: <c>new ContractOrdering[] { new ContractOrdering("Title", false) }</c>.</summary>
    private static string OrderBy(OrderingSpec ordering)
        => "new " + Contracts + "ContractOrdering[] { "
            + string.Join(", ", ordering.Keys.Select(static k => "new " + Contracts + "ContractOrdering(" + TypeNames.Literal(Plain(k.Path.Steps[0].Property)) + ", " + (k.Descending ? "true" : "false") + ")")) + " }";

    private static ContractPlan? QueryPlan(StoreSpec store, MemberSpec member, QuerySpec query, out string? reason)
    {
        reason = null;
        if (query.Predicate is not null || query.Comparer is not null)
        {
            reason = "predicate argument";
            return null;
        }

        if (query.Kind == QueryKind.Page || query.Page is { Kind: not PageKind.SkipTake })
        {
            reason = "paging object";
            return null;
        }

        if (query.Projection is not null)
        {
            reason = "it returns a summary type filled by member names, which the contract runner does not compare yet";
            return null;
        }

        var orderingName = query.Ordering ?? store.DefaultOrdering;
        var ordering = orderingName is null ? null : store.Orderings.FirstOrDefault(o => o.Name == orderingName);
        if (ordering?.Keys.FirstOrDefault(static k => k.Path.Steps.Count > 1) is { } nested)
        {
            reason = "OrderBy over a nested property (" + string.Concat(nested.Path.Steps.Select(static s => Plain(s.Property))) + ") is not compared by the contract runner yet";
            return null;
        }

        if (query.Kind == QueryKind.First && ordering is null && !MatchesAtMostOne(store.Entity!, query, ignoreCase: false))
        {
            reason = MatchesAtMostOne(store.Entity!, query, ignoreCase: true)
                ? "first match without OrderBy is not deterministic on a database: IgnoreCase can match several values of a [Unique] property; add OrderBy"
                : "first match without OrderBy is not deterministic on a database: add OrderBy or make the property [Unique]";
            return null;
        }

        if (query.Kind == QueryKind.List && ordering is null && (query.Limit > 0 || query.Page is not null))
        {
            reason = "a limit or page without OrderBy is not deterministic on a database: add OrderBy";
            return null;
        }

        string result;
        switch (query.Kind)
        {
            case QueryKind.List when ordering is not null:
                result = Result("EntityList", ResultType(member), "Order = " + Contracts + "ContractResultOrder.OrderedBy", "OrderBy = " + OrderBy(ordering));
                break;
            case QueryKind.List:
                result = Result("EntityList", ResultType(member));
                break;
            case QueryKind.First:
                result = query.Single == SingleResult.Required ? Result("Entity", ResultType(member)) : Result("Entity", ResultType(member), Nullable);
                break;
            case QueryKind.Delete when !query.ReturnsCount && !query.ReturnsAny:
                result = NoResult;
                break;
            default:
                result = ValueResult(member);
                break;
        }

        var plan = new ContractPlan("EntityQuery", result);
        for (var i = 0; i < query.State.Count; i++)
        {
            var argument = query.State[i];
            var path = query.Groups.SelectMany(static g => g.Conditions).FirstOrDefault(c => c.Arguments.Contains(i))?.Path;
            var extras = new List<string>();
            if (path is not null)
            {
                extras.Add("Property = " + TypeNames.Literal(string.Concat(path.Steps.Select(static s => Plain(s.Property)))));
            }

            var parameter = member.Parameters.First(p => p.Name == argument.Parameter);
            if (parameter.IsNullable)
            {
                extras.Add(Nullable);
            }

            if (argument.Set is not null && parameter.ElementTypeOf is { } element)
            {
                extras.Add("ElementType = typeof(" + element + ")");
            }

            plan.With(argument.Parameter, "QueryArgument", extras.ToArray());
        }

        if (query.Page is { Kind: PageKind.SkipTake } page)
        {
            plan.With(page.First, "QueryArgument").With(page.Second, "QueryArgument");
        }

        return plan;
    }

    /// <summary>
    /// Whether every Or-group pins a unique value: an exact (case-sensitive unless <paramref name="ignoreCase"/>) equality on
    /// each property of a unique constraint, or on the key. Then at most one entity matches, whatever order the store scans in.
    /// </summary>
    private static bool MatchesAtMostOne(EntitySpec entity, QuerySpec query, bool ignoreCase)
    {
        var uniqueSets = entity.Unique.Select(static u => u.Properties.ToArray())
            .Append(entity.Keys.Select(static k => k.Name).ToArray())
            .ToList();
        return query.Groups.Count > 0 && query.Groups.All(group =>
        {
            var pinned = group.Conditions
                .Where(c => c.Operator == QueryOperator.Equals && (ignoreCase || !c.IgnoreCase) && c.Path.Steps.Count == 1)
                .Select(static c => c.Path.Steps[0].Property)
                .ToList();
            return uniqueSets.Any(set => set.Length > 0 && set.All(pinned.Contains));
        });
    }

    /// <summary>One <c>new ContractOperation(…) { … },</c>, written piece by piece (the descriptor is most of a fake's source).</summary>
    private static void WriteOperation(SourceWriter w, FakeSpec fake, MemberSpec member, ContractPlan plan)
    {
        w.Line("new " + Operation + "(");
        w.Indent();
        w.StartLine().AppendLiteral(member.InterceptName).EndLine(",");
        w.StartLine().Append(Contracts + "ContractOperationKind.").Append(plan.Kind).EndLine(",");
        var parameters = new List<ParameterSpec>(member.Parameters.Count);
        foreach (var parameter in member.Parameters)
        {
            if (parameter.Name != plan.OutParameter)
            {
                parameters.Add(parameter);
            }
        }

        if (parameters.Count == 0)
        {
            w.Line("global::System.Array.Empty<" + Contracts + "ContractParameter>(),");
        }
        else
        {
            w.Line("new " + Contracts + "ContractParameter[]");
            w.Line("{");
            w.Indent();
            foreach (var parameter in parameters)
            {
                var (role, extras) = plan.Roles[parameter.Name];
                w.StartLine().Append("new " + Contracts + "ContractParameter(").AppendLiteral(Plain(parameter.Name))
                    .Append(", typeof(").Append(parameter.TypeOf).Append("), " + Role).Append(role).Append(")");
                if (extras.Count > 0)
                {
                    w.Append(" { ").Append(string.Join(", ", extras)).Append(" }");
                }

                w.EndLine(",");
            }

            w.Outdent();
            w.Line("},");
        }

        w.StartLine().Append(plan.Result).EndLine(",");
        w.StartLine();
        WriteInvoke(w, fake, member, parameters, plan);
        w.EndLine(")");
        w.Outdent();
        w.Line("{");
        w.Indent();
        var style = member.Shape switch
        {
            ReturnShape.Sync => "Sync",
            ReturnShape.AsyncEnumerable => "AsyncEnumerable",
            _ => "Await",
        };
        w.StartLine().Append("Style = " + Contracts + "ContractInvocationStyle.").Append(style).EndLine(",");
        w.StartLine().Append("Signature = ").AppendLiteral(member.Signature).EndLine(",");
        if (plan.OutParameter is { } outParameter)
        {
            var position = member.Parameters.ToList().FindIndex(p => p.Name == outParameter);
            w.StartLine().Append("OutParameter = ").AppendLiteral(Plain(outParameter)).EndLine(",");
            w.StartLine().Append("OutParameterPosition = ").Append(position.ToString(CultureInfo.InvariantCulture)).EndLine(",");
        }

        if (plan.RequiresTimeToLive)
        {
            w.Line("RequiresTimeToLive = true,");
        }

        w.Outdent();
        w.Line("},");
    }

    /// <summary>The static call delegate: the member through the interface that declares it (never ambiguous), each argument cast from its slot, the token passed.</summary>
    private static void WriteInvoke(SourceWriter w, FakeSpec fake, MemberSpec member, List<ParameterSpec> parameters, ContractPlan plan)
    {
        w.Append("static (instance, args, ct) => ");
        if (plan.OutParameter is not null)
        {
            w.Append("{ var found = ");
            WriteCall(w, fake, member, parameters, plan);
            w.Append("; return " + Operation + ".Done((found, value)); }");
            return;
        }

        switch (member.Shape)
        {
            case ReturnShape.Sync when member.ReturnType == "void":
                w.Append("{ ");
                WriteCall(w, fake, member, parameters, plan);
                w.Append("; return " + Operation + ".Void; }");
                break;
            case ReturnShape.Sync:
                w.Append(Operation + ".Done(");
                WriteCall(w, fake, member, parameters, plan);
                w.Append(")");
                break;
            case ReturnShape.AsyncEnumerable:
                w.Append(Operation + ".Collect(");
                WriteCall(w, fake, member, parameters, plan);
                w.Append(", ct)");
                break;
            default:
                w.Append(Operation + ".Await(");
                WriteCall(w, fake, member, parameters, plan);
                w.Append(")");
                break;
        }
    }

    /// <summary>The call through the interface: <c>((IRepo)instance).Find((int)args[0]!, ct)</c>, or the property.</summary>
    private static void WriteCall(SourceWriter w, FakeSpec fake, MemberSpec member, List<ParameterSpec> parameters, ContractPlan plan)
    {
        w.Append("((").Append(member.DeclaringInterface.Length > 0 ? member.DeclaringInterface : fake.InterfaceType).Append(")instance).").Append(member.Name);
        if (member.Kind == MemberKind.Property)
        {
            return;
        }

        w.Append("(");
        var first = true;
        foreach (var parameter in member.Parameters)
        {
            if (!first)
            {
                w.Append(", ");
            }

            first = false;
            if (parameter.Name == member.CancellationToken)
            {
                w.Append("ct");
            }
            else if (parameter.Name == plan.OutParameter)
            {
                w.Append("out var value");
            }
            else
            {
                w.Append("(").Append(parameter.Type).Append(")args[").Append(parameters.IndexOf(parameter).ToString(CultureInfo.InvariantCulture)).Append("]!");
            }
        }

        w.Append(")");
    }
}
