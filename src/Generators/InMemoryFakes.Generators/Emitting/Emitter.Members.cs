using System.Collections.Generic;
using System.Linq;
using System.Text;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void WriteMember(SourceWriter w, FakeSpec fake, MemberSpec member)
    {
        if (member.NullableOblivious)
        {
            // The interface declared this member without nullability annotations; its implementation is checked as it was.
            w.Directive("#nullable disable warnings");
        }

        if (ByValueCore(fake, member) is { } core)
        {
            // A parameter passed by readonly reference (in, ref readonly) cannot be captured by the call log's lambdas or an
            // async state machine: the member hands its arguments, by value, to a private copy of itself that does the work.
            WriteByValueForwarder(w, member, core.Name);
            w.Line();
            WriteMemberWork(w, fake, core, isPrivate: true);
        }
        else
        {
            WriteMemberWork(w, fake, member, isPrivate: false);
        }

        if (member.NullableOblivious)
        {
            w.Directive("#nullable restore warnings");
        }
    }

    /// <summary>
    /// The member's body; for a write with a save flag (<see cref="MemberSpec.SaveFlag"/>), a member that hands its
    /// arguments to a private copy of itself doing the write, then saves when the flag is true, and that copy.
    /// </summary>
    private static void WriteMemberWork(SourceWriter w, FakeSpec fake, MemberSpec member, bool isPrivate)
    {
        if (member.SaveFlag is not { } flag)
        {
            WriteMemberBody(w, fake, member, isPrivate);
            return;
        }

        var write = member with
        {
            Name = fake.Names.Unique(TwinNames.SaveFlagWrite(member.Name)),
            ExplicitInterface = null,
            Parameters = member.Parameters.Select(static p => p with { DefaultValue = null }).ToArray(),
            SaveFlag = null,
        };
        WriteSaveFlagForwarder(w, fake, member, write.Name, flag, isPrivate);
        w.Line();
        WriteMemberBody(w, fake, write, isPrivate: true, "/// <summary>The write of the member of the same name, which saves after it when its save flag is true.</summary>");
    }

    /// <summary>
    /// A write with a save flag: the write (the private copy), then, when the flag's argument is true, the save every pending
    /// change goes through (<c>if (autoSave) await SaveChangesAsync()</c>). A count result is what the save wrote, and 0 when
    /// the flag is false (the Pro C# book's <c>return persist ? SaveChanges() : 0;</c>); any other result is the write's.
    /// </summary>
    private static void WriteSaveFlagForwarder(SourceWriter w, FakeSpec fake, MemberSpec member, string write, string flag, bool isPrivate)
    {
        var isAsync = member.Shape != ReturnShape.Sync;
        WriteDeclaration(w, member, isAsync, isPrivate, isPrivate ? "/// <summary>The work of the member of the same name, its by-reference arguments taken by value, saved when its save flag says.</summary>" : null);
        w.Line("{");
        w.Indent();
        var call = (isAsync ? "await " : "") + write + TypeParameterList(member.TypeParameters) + "("
            + string.Join(", ", member.Parameters.Select(static p => Modifier(p.Modifier) + p.Name)) + ")" + (isAsync ? ".ConfigureAwait(false)" : "");
        var saveNow = fake.Names.Unique(TwinNames.SaveNow) + "()";
        var returns = member.ReturnType != "void" && member.Shape is ReturnShape.Sync or ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;
        if (!returns)
        {
            w.Line(call + ";");
            w.Open("if (" + flag + ")");
            w.Line(saveNow + ";");
            w.Close();
        }
        else if (IsWrittenCount(member.Operation))
        {
            w.Line(call + ";");
            w.Line("return " + flag + " ? " + saveNow + " : 0;");
        }
        else
        {
            w.Line("var " + fake.Names.Result + " = " + call + ";");
            w.Open("if (" + flag + ")");
            w.Line(saveNow + ";");
            w.Close();
            w.Line();
            w.Line("return " + fake.Names.Result + ";");
        }

        w.Close();
    }

    /// <summary>Whether a write's result is a count of the rows it wrote (what a save flag's save then answers).</summary>
    internal static bool IsWrittenCount(OperationSpec operation)
        => operation is EntityAddOp { Result: EntityWriteResult.Count } or EntityUpdateOp { Result: EntityWriteResult.Count } or EntityDeleteByKeyOp { Result: EntityWriteResult.Count }
            or EntityDeleteEntityOp { Result: EntityWriteResult.Count } or EntityUpsertOp { Result: EntityWriteResult.Count }
            or EntityRangeOp { Result: RangeResult.Count };

    /// <summary>
    /// The save a write's save flag calls: what the interface's own save does (the unit of work's <c>SaveChanges</c>, its
    /// errors mapped, removed owners' rows with them), without recording a call of the save, returning how many entities
    /// it wrote.
    /// </summary>
    private static void WriteSaveNow(SourceWriter w, FakeSpec fake)
    {
        var declared = fake.Members.First(static m => m.Operation is UnitOfWorkSaveOp);
        var save = declared with
        {
            Kind = MemberKind.Method,
            Name = fake.Names.Unique(TwinNames.SaveNow),
            ExplicitInterface = null,
            ReturnType = "int",
            Shape = ReturnShape.Sync,
            TypeParameters = EquatableArray<string>.Empty,
            Constraints = EquatableArray<ConstraintSpec>.Empty,
            Parameters = EquatableArray<ParameterSpec>.Empty,
            ReturnAttributes = EquatableArray<string>.Empty,
            CancellationToken = null,
            InterceptArguments = EquatableArray<InterceptArgumentSpec>.Empty,
            Operation = (UnitOfWorkSaveOp)declared.Operation with { Result = SaveResult.Count },
            NullableOblivious = false,
            BlankKeyGuard = null,
            NullKeyMeans = null,
        };
        WriteDeclaration(w, save, isAsync: false, isPrivate: true, "/// <summary>The save a write's save flag asks for: what " + declared.InterceptName + " does, the number of entities written.</summary>");
        w.Line("{");
        w.Indent();
        WriteAfterInterception(w, fake, save);
        w.Close();
    }

    /// <summary>
    /// For a method with a parameter passed by readonly reference (<c>in</c>, <c>ref readonly</c>, an in-only <c>[In] ref</c>): the same member taking
    /// every such parameter by value, private, under a name of its own; null for any other member.
    /// </summary>
    private static MemberSpec? ByValueCore(FakeSpec fake, MemberSpec member)
    {
        if (member.Kind == MemberKind.Property || !member.Parameters.Any(static p => p.Modifier is ParameterModifier.In or ParameterModifier.RefReadOnly or ParameterModifier.RefIn))
        {
            return null;
        }

        var parameters = member.Parameters.Select(static p => p.Modifier is ParameterModifier.In or ParameterModifier.RefReadOnly or ParameterModifier.RefIn
            ? p with { Modifier = ParameterModifier.None, DefaultValue = null }
            : p with { DefaultValue = null }).ToArray();
        return member with { Name = fake.Names.Unique(TwinNames.ByValueCore(member.Name)), ExplicitInterface = null, Parameters = parameters };
    }

    /// <summary>The member as the interface declares it, handing its arguments to <paramref name="core"/>.</summary>
    private static void WriteByValueForwarder(SourceWriter w, MemberSpec member, string core)
    {
        // The forwarder is no iterator: [EnumeratorCancellation] belongs to the core's token alone.
        var declared = member with
        {
            Parameters = member.Parameters.Select(static p => p with { Attributes = p.Attributes.Where(static a => !a.Contains("EnumeratorCancellation")).ToArray() }).ToArray(),
        };
        WriteDeclaration(w, declared, isAsync: false);
        var arguments = string.Join(", ", member.Parameters.Select(static p => (p.Modifier is ParameterModifier.Out or ParameterModifier.Ref ? Modifier(p.Modifier) : "") + p.Name));
        w.Line("    => " + core + TypeParameterList(member.TypeParameters) + "(" + arguments + ");");
    }

    private static void WriteMemberBody(SourceWriter w, FakeSpec fake, MemberSpec member, bool isPrivate = false, string? summary = null)
    {
        var n = fake.Names;
        var isAsync = member.Shape != ReturnShape.Sync;
        var twin = isAsync ? null : InterceptedTwin(fake, member);
        if (!WriteDeclaration(w, member, isAsync, isPrivate, summary))
        {
            w.Line("{");
            w.Indent();
            w.Open("get");
            WriteInterceptionCheck(w, fake, member, twin);
            Body(w, fake, member, nested: false);
            w.Close();
            w.Close();
            WriteTwin(w, fake, member, twin, getter: true);
            return;
        }

        w.Line("{");
        w.Indent();
        if (member.CancellationToken is not null)
        {
            w.StartLine().Append(member.CancellationToken).EndLine(".ThrowIfCancellationRequested();");
        }

        if (isAsync)
        {
            w.StartLine().Append("if (").Append(n.Core).Append(".IsIntercepting) ");
            w.Append("await ").Append(n.Core).Append(".InterceptAsync(").AppendLiteral(member.InterceptName).Append(", ").Append(member.CancellationToken ?? "default");
            AppendInterceptArguments(w, member);
            w.EndLine(").ConfigureAwait(false);");
        }

        var beforeCheck = w.Mark();
        if (!isAsync)
        {
            WriteInterceptionCheck(w, fake, member, twin);
        }

        var afterCheck = w.Mark();
        WriteAfterInterception(w, fake, member);
        if (twin is not null && !w.WroteSince(afterCheck))
        {
            // Nothing after the interception (a Dispose that does nothing): nothing is kept across the call, no twin.
            w.Rewind(beforeCheck);
            twin = null;
            WriteInterceptionCheck(w, fake, member, twin);
        }

        w.Close();
        WriteTwin(w, fake, member, twin, getter: false);
    }

    /// <summary>
    /// The twin (see <see cref="InterceptedTwin"/>), when there is one: what the member did before with interception on,
    /// word for word, in a method of its own: the intercept call, then a property getter's body or a method's work.
    /// </summary>
    private static void WriteTwin(SourceWriter w, FakeSpec fake, MemberSpec member, MemberSpec? twin, bool getter)
    {
        if (twin is null)
        {
            return;
        }

        w.Line();
        WriteDeclaration(w, twin, isAsync: false, isPrivate: true, TwinSummary, NoInlining);
        w.Line("{");
        w.Indent();
        WriteInterceptCall(w, fake, member);
        if (getter)
        {
            Body(w, fake, member, nested: false);
        }
        else
        {
            WriteAfterInterception(w, fake, member);
        }

        w.Close();
    }

    private const string TwinSummary = "/// <summary>The member of the same name while calls are intercepted: records the call and applies faults, then does the same work. Out of line, so the member's own code keeps nothing alive across the interception.</summary>";

    private const string NoInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]";

    /// <summary>
    /// For a synchronous member (or property getter): the private method that intercepts the call and then does the
    /// member's work, so that the member itself is the interception check followed by its work, with no call on the path
    /// taken when nothing intercepts (the JIT then keeps neither <c>this</c> nor the arguments across a call, and the
    /// store call is in tail position). Its parameters are the member's, without default values; a property's twin takes
    /// none. Null for a generic method implemented explicitly: its constraints are the interface's, which an explicit
    /// implementation does not spell out, so a method of its own could not restate them (the member keeps the
    /// interception inline).
    /// </summary>
    private static MemberSpec? InterceptedTwin(FakeSpec fake, MemberSpec member)
    {
        if (member.ExplicitInterface is not null && member.TypeParameters.Count > 0)
        {
            return null;
        }

        return member with
        {
            Kind = MemberKind.Method,
            Name = TwinName(fake, member.ExplicitInterface, member.Name),
            ExplicitInterface = null,
            Parameters = member.Parameters.Select(static p => p with { DefaultValue = null, IsParams = false }).ToArray(),
        };
    }

    /// <summary>
    /// The twin's name (<see cref="TwinNames.Natural"/>: <c>__FindIntercepted</c> for <c>Find</c>), or the one the parser chose
    /// when the interface or the user's class has a member of that name.
    /// </summary>
    private static string TwinName(FakeSpec fake, string? explicitInterface, string name) => fake.Names.Unique(TwinNames.Natural(explicitInterface, name));

    /// <summary>
    /// The member's first statement on interception: a return of the twin's result (or, for a <c>void</c> member, a call of
    /// it and a return) when the member has a twin; else the interception call itself.
    /// </summary>
    private static void WriteInterceptionCheck(SourceWriter w, FakeSpec fake, MemberSpec member, MemberSpec? twin)
    {
        var n = fake.Names;
        if (twin is null)
        {
            w.StartLine().Append("if (").Append(n.Core).Append(".IsIntercepting) ");
            w.Append(n.Core).Append(".Intercept(").AppendLiteral(member.InterceptName);
            AppendInterceptArguments(w, member);
            w.EndLine(");");
            return;
        }

        var call = twin.Name + TypeParameterList(twin.TypeParameters) + "("
            + string.Join(", ", twin.Parameters.Select(static p => Modifier(p.Modifier) + p.Name)) + ")";
        if (member.ReturnType == "void")
        {
            w.Open("if (" + n.Core + ".IsIntercepting)");
            w.Line(call + ";");
            w.Line("return;");
            w.Close();
            w.Line();
        }
        else
        {
            w.Line("if (" + n.Core + ".IsIntercepting) return " + call + ";");
        }
    }

    /// <summary>The interception call, unconditionally: the twin's first statement.</summary>
    private static void WriteInterceptCall(SourceWriter w, FakeSpec fake, MemberSpec member)
    {
        w.StartLine().Append(fake.Names.Core).Append(".Intercept(").AppendLiteral(member.InterceptName);
        AppendInterceptArguments(w, member);
        w.EndLine(");");
    }

    /// <summary>The recorded arguments, each after a comma.</summary>
    private static void AppendInterceptArguments(SourceWriter w, MemberSpec member)
    {
        foreach (var argument in member.InterceptArguments)
        {
            w.Append(", ");
            if (argument.Recorded is not null)
            {
                // Recorded as another expression (a copy of a caller's buffer, which the caller recycles).
                w.Append(argument.Recorded);
                continue;
            }

            if (argument.AsObject)
            {
                w.Append("(object?)");
            }

            w.Append(argument.Name);
        }
    }

    /// <summary>Everything a member does after its interception: key guards, then the body, in the error mapping's try when there is one.</summary>
    private static void WriteAfterInterception(SourceWriter w, FakeSpec fake, MemberSpec member)
    {
        var n = fake.Names;
        if (member.NullKeyMeans is { } nullKey)
        {
            w.Line(nullKey.Parameter + " ??= " + nullKey.Value + ";");
        }

        WriteBlankKeyGuard(w, member);

        // The runtime throws its own exception types; a fake with an error mapping turns them into the user's, here only.
        // The try is written before the body and taken back when the body turns out empty.
        var mapsErrors = MapsErrors(fake) && member.Shape != ReturnShape.AsyncEnumerable;
        var beforeTry = w.Mark();
        if (mapsErrors)
        {
            w.Open("try");
        }

        var bodyStart = w.Mark();
        if (RemovesOwners(fake, member) && member.Shape != ReturnShape.AsyncEnumerable)
        {
            w.Line("try");
            w.Line("{");
            Body(w, fake, member, nested: true);
            w.Line("}");
            w.Line("finally");
            w.Line("{");
            foreach (var line in RemoveOrphans(fake))
            {
                w.StartLine().Append("    ").Append(line).EndLine();
            }

            w.Line("}");
        }
        else
        {
            Body(w, fake, member, nested: false);
        }

        if (mapsErrors)
        {
            if (w.WroteSince(bodyStart))
            {
                w.Close();
                w.Open("catch (global::System.Exception " + n.Error + ") when (" + n.Core + ".TryTranslateError(" + n.Error + ", out var " + n.Mapped + "))");
                w.Line("throw " + n.Mapped + ";");
                w.Close();
            }
            else
            {
                w.Rewind(beforeTry);
            }
        }
    }

    /// <summary>The <c>BlankKeys</c> guard: a null, empty or white-space key throws, or the member does nothing and finds nothing.</summary>
    private static void WriteBlankKeyGuard(SourceWriter w, MemberSpec member)
    {
        if (member.BlankKeyGuard is not { } guard)
        {
            return;
        }

        if (guard.Throw)
        {
            w.Line("global::System.ArgumentException.ThrowIfNullOrWhiteSpace(" + guard.Parameter + ");");
            return;
        }

        w.Open("if (string.IsNullOrWhiteSpace(" + guard.Parameter + "))");
        if (guard.Out is not null)
        {
            w.Line(guard.Out + " = default;");
        }

        w.Line(guard.Result is null ? "return;" : "return " + guard.Result + ";");
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The member's doc comment, attributes and declaration up to its body: for a method its parameter list and constraint
    /// clauses (true), for a property its name (false).
    /// </summary>
    private static bool WriteDeclaration(SourceWriter w, MemberSpec member, bool isAsync, bool isPrivate = false, string? summary = null, string? methodAttribute = null)
    {
        w.Line(summary ?? (isPrivate ? "/// <summary>The work of the member of the same name, its by-reference arguments taken by value.</summary>" : "/// <inheritdoc />"));
        if (methodAttribute is not null)
        {
            w.Line(methodAttribute);
        }

        foreach (var attribute in member.ReturnAttributes)
        {
            w.Line(attribute.Insert(1, "return: "));
        }

        // The declaration line, written piece by piece: modifiers, type, [explicit interface.]name.
        w.StartLine();
        if (isPrivate)
        {
            w.Append("private ");
        }
        else if (member.ExplicitInterface is null)
        {
            w.Append("public ");
        }

        if (isAsync)
        {
            w.Append("async ");
        }

        w.Append(member.ReturnType).Append(" ");
        if (member.ExplicitInterface is not null)
        {
            w.Append(member.ExplicitInterface).Append(".");
        }

        w.Append(member.Name);
        if (member.Kind == MemberKind.Property)
        {
            w.EndLine();
            return false;
        }

        w.Append(TypeParameterList(member.TypeParameters)).Append("(");
        var first = true;
        foreach (var p in member.Parameters)
        {
            if (!first)
            {
                w.Append(", ");
            }

            first = false;
            foreach (var attribute in p.Attributes)
            {
                w.Append(attribute).Append(" ");
            }

            if (p.IsParams)
            {
                w.Append("params ");
            }

            w.Append(Modifier(p.Modifier)).Append(p.Type).Append(" ").Append(p.Name);
            if (p.DefaultValue is not null)
            {
                w.Append(" = ").Append(p.DefaultValue);
            }
        }

        w.EndLine(")");
        w.Indent();
        foreach (var constraint in member.Constraints)
        {
            w.Line(ConstraintClause(constraint));
        }

        w.Outdent();
        return true;
    }

    private static string Modifier(ParameterModifier modifier) => modifier switch
    {
        ParameterModifier.Out => "out ",
        ParameterModifier.Ref => "ref ",
        ParameterModifier.RefIn => "ref ",
        ParameterModifier.In => "in ",
        ParameterModifier.RefReadOnly => "ref readonly ",
        _ => "",
    };

    private static string Arg(ArgumentRef argument)
        => argument.ConvertFrom is not null
            ? RuntimeNames.FakeQueries + ".Key<" + argument.ConvertFrom + ", " + argument.ConvertTo + ">(" + argument.Name + ", nameof(" + argument.Name + "))"
            : argument.WrapIn is not null ? "new " + argument.WrapIn + "(" + argument.Name + ")"
            : argument.NullFindsNothing ? (argument.NullIsReference ? argument.Name : argument.Name + ".Value")
            : argument.NullForgiving ? argument.Name + "!" : argument.Name;

    /// <summary>Returns <paramref name="none"/> first when a nullable key part is null (it finds nothing).</summary>
    private static void NullKeyGuard(BodyWriter body, KeySpec key, string none)
    {
        foreach (var part in key.Parts.Where(static p => p.NullFindsNothing))
        {
            body.Line("if (" + part.Name + " is null)");
            body.Line("{");
            body.Line("    return " + none + ";");
            body.Line("}");
        }
    }

    /// <summary>
    /// <c>Update(key, entity)</c>, <c>Delete(key, entity)</c>: a null entity is <c>ArgumentNullException</c>, and an entity whose own key
    /// is not the key given is <c>ArgumentException</c> naming it, before anything changes.
    /// </summary>
    private static void KeyMatchGuard(BodyWriter body, FakeSpec fake, MemberSpec member, ArgumentRef entityArgument, KeySpec key, string verb, string why)
    {
        var entity = fake.Store.Entity!;
        var argument = entityArgument.Name;
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + argument + ");");
        if (member.Operation is EntityUpdateOp { UnsetKeyTakesGiven: true } or EntityUpsertOp { UnsetKeyTakesGiven: true } && entity.WithKey is not null && key.Parts.Count == 1)
        {
            // UpdateAsync(id, product) of a product mapped from a request body, its generated key still unset: the key given
            // says which row, as the real store's Find(id) and copy of the values do.
            body.Line(argument + " = " + fake.Names.Table + ".KeyedBy(" + Key(key) + ", " + argument + ");");
        }

        body.Line("if (!global::System.Collections.Generic.EqualityComparer<" + entity.KeyType + ">.Default.Equals(" + KeyOf(entity, argument) + ", " + Key(key) + "))");
        body.Line("{");
        body.Line("    throw new global::System.ArgumentException(" + TypeNames.Literal(member.InterceptName + ": the entity's key is not the key it " + verb + " (") + " + " + KeyOf(entity, argument)
            + " + \" vs \" + " + Key(key) + " + " + TypeNames.Literal("); " + why) + ", " + TypeNames.Literal(argument.TrimStart('@')) + ");");
        body.Line("}");
        body.Line("");
    }

    private static string Key(KeySpec key) => key.Parts.Count == 1 ? Arg(key.Parts[0]) : "(" + string.Join(", ", key.Parts.Select(Arg)) + ")";

    /// <summary>
    /// Writes the statements after interception: the store call and the conversion to the member's result. Nested: each
    /// line one level deeper, as written inside a try block of its own.
    /// </summary>
    private static void Body(SourceWriter w, FakeSpec fake, MemberSpec member, bool nested, string? table = null)
    {
        var body = new BodyWriter(w, fake, member, nested, table);
        if (table is null && member.TrackingFlag is { } flag && fake.Store.Entity is { UnitOfWork: not UnitOfWorkModel.None } && IsTrackedRead(member.Operation))
        {
            // Under a unit of work a read tracks what it returns; asked not to (trackChanges: false, asNoTracking: true), it
            // reads the saved rows, as EF Core's AsNoTracking does, and no save writes changes made to them.
            body.Line("if (" + (member.TrackingFlagNegated ? flag : "!" + flag) + ")");
            body.Line("{");
            w.Indent();
            Body(w, fake, member, nested, fake.Names.Session + ".Table");
            w.Outdent();
            body.Line("}");
            body.Line("else");
            body.Line("{");
            w.Indent();
            Body(w, fake, member, nested, fake.Names.Session);
            w.Outdent();
            body.Line("}");
            return;
        }

        if (member.Operation is EntityUpdateOp { ForKey: { } forKey } keyed)
        {
            // The entity must be the one the key names: a real store refuses to change a key (MongoDB's immutable _id, EF Core's key).
            KeyMatchGuard(body, fake, member, keyed.Entity, forKey, "updates", "a store does not change an entity's key.");
        }
        else if (member.Operation is EntityUpsertOp { ForKey: { } upsertKey } keyedUpsert)
        {
            // MissingUpdate = Insert on an update by key (session 38): the same guard, so a missing entity is stored under the
            // one key both name.
            KeyMatchGuard(body, fake, member, keyedUpsert.Entity, upsertKey, "updates", "a store does not change an entity's key.");
        }
        else if (member.Operation is EntityDeleteEntityOp { ForKey: { } removedKey } removal)
        {
            // Delete(id, aggregate): a store removes by one of the two (Elasticsearch by the id, EF Core's Remove by the entity's
            // key), so they must name the same entity.
            KeyMatchGuard(body, fake, member, removal.Entity, removedKey, "removes", "which of the two a store removes is its own.");
        }

        if (WriteDbContextOperation(body, member.Operation))
        {
            return;
        }

        switch (member.Operation)
        {
            case EntityAddOp op:
                if (op.FromRequest is { } fromRequest)
                {
                    // A new entity from the request's values (or the loose values given), then the add of it (its unset key
                    // numbered as any add's). A positional record is built through its constructor, its key as default.
                    foreach (var checkedValue in fromRequest.Request is { } request ? new[] { request } : fromRequest.NullChecks.ToArray())
                    {
                        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + checkedValue + ");");
                    }

                    var prefix = fromRequest.Request is { } from ? from + "." : "";
                    var initializer = fromRequest.Fields.Count == 0 ? "" : " { " + string.Join(", ", fromRequest.Fields.Select(f => f.Write.Property + " = " + prefix + f.Source + (f.NullForgiving ? "!" : ""))) + " }";
                    var constructor = fromRequest.ConstructorArguments is { } arguments ? "(" + string.Join(", ", arguments) + ")" : initializer.Length == 0 ? "()" : "";
                    body.Line("var " + body.N.Value + " = new " + fake.Store.Entity!.EntityType + constructor + initializer + ";");
                    op = op with { Entity = new ArgumentRef(body.N.Value, NullForgiving: false) };
                }

                if (op.SetOwner is { } owner)
                {
                    body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Entity.Name + ");");
                    body.Line(op.Entity.Name + "." + owner.Property + " = " + owner.Parameter + ";");
                }

                switch (op.Result)
                {
                    case EntityWriteResult.Success:
                        body.Line(body.T + ".Add(" + Arg(op.Entity) + ");");
                        body.Return(Success(op.Success!));
                        break;
                    case EntityWriteResult.Bool when op.TakenThrows:
                        // TakenKeyAdds = Throw: the duplicate error for a taken key, as a SQL INSERT; true once stored.
                        body.Line(body.T + ".Add(" + Arg(op.Entity) + ");");
                        body.Return("true");
                        break;
                    case EntityWriteResult.Bool:
                        // A set's Add: false when the key or a unique value is taken (HashSet<T>.Add, Finbuckle's InMemoryStore).
                        body.Return(body.T + ".AddIfAbsent(" + Arg(op.Entity) + ", out _)");
                        break;
                    case EntityWriteResult.Entity when op.OrGet:
                        // The add when the key is free; else the stored entity. A taken unique value (or a row removed in
                        // between) leaves the lookup empty, and the plain add then throws the duplicate error (or stores it).
                        // An unset generated key is refused first: no stored entity has it, so by key it would always add.
                        body.Line((body.T == fake.Names.Session ? fake.Names.Table : body.T) + ".RequireSetKey(" + Arg(op.Entity) + ");");
                        body.Line("if (" + body.T + ".AddIfAbsent(" + Arg(op.Entity) + ", out var " + body.N.Result + "))");
                        body.Line("{");
                        body.Line("    return " + body.N.Result + ";");
                        body.Line("}");
                        body.Return(body.T + ".Find(" + KeyOf(fake.Store.Entity!, Arg(op.Entity)) + ") ?? " + body.T + ".Add(" + Arg(op.Entity) + ")");
                        break;
                    case EntityWriteResult.None when op.IfAbsent:
                        body.Line(body.T + ".AddIfAbsent(" + Arg(op.Entity) + ", out _);");
                        break;
                    case EntityWriteResult.Key:
                        body.Line("var " + body.N.Result + " = " + body.T + ".Add(" + Arg(op.Entity) + ");");
                        body.Return(KeyOf(fake.Store.Entity!, body.N.Result));
                        break;
                    case EntityWriteResult.Count:
                        // A save flag's write (Parsing/SaveFlags): the member answers the save's count, not this one.
                        body.Line(body.T + ".Add(" + Arg(op.Entity) + ");");
                        body.Return("1");
                        break;
                    default:
                        body.Call(body.T + ".Add(" + Arg(op.Entity) + ")", op.Result != EntityWriteResult.None);
                        break;
                }

                break;
            case EntityUpdateOp { ExpectedToken: { } expected } op:
                // The stored token must be the expected one (null or empty: no check); the entity's own is not compared.
                body.Call(body.T + ".UpdateExpecting(" + Arg(op.Entity) + ", " + expected + ")", op.Result != EntityWriteResult.None);
                break;
            case EntityUpdateOp { Result: EntityWriteResult.Success } op:
                if (op.Success!.FailureFactory is { } failed)
                {
                    // A result with a failure: missing and stale (concurrency token) are both the failed result, as real stores
                    // that report failures in a result return them (Identity's EF Core stores: ConcurrencyFailure).
                    body.Return(body.T + ".TryUpdateCurrent(" + Arg(op.Entity) + ") ? " + Success(op.Success) + " : " + op.Success.Type + "." + failed);
                }
                else
                {
                    body.Line(body.T + ".Update(" + Arg(op.Entity) + ");");
                    body.Return(Success(op.Success));
                }

                break;
            case EntityUpdateOp op:
                switch (op.Result)
                {
                    case EntityWriteResult.Bool when op.MissingThrows:
                        // MissingUpdate = NotFound (h-sample120): EF Core's Update + SaveChanges() > 0 fails for a row that is
                        // not there, so the bool is true or the not-found error, never false.
                        body.Line(body.T + ".Update(" + Arg(op.Entity) + ");");
                        body.Return("true");
                        break;
                    case EntityWriteResult.Bool:
                        body.Return(body.T + ".TryUpdate(" + Arg(op.Entity) + ")");
                        break;
                    case EntityWriteResult.Count when op.MissingThrows:
                        body.Line(body.T + ".Update(" + Arg(op.Entity) + ");");
                        body.Return("1");
                        break;
                    case EntityWriteResult.Count:
                        body.Return(body.T + ".TryUpdate(" + Arg(op.Entity) + ") ? 1 : 0");
                        break;
                    case EntityWriteResult.EntityOrNull:
                        body.Return(body.T + ".TryUpdate(" + Arg(op.Entity) + ", out var " + body.N.Result + ") ? " + body.N.Result + " : default");
                        break;
                    case EntityWriteResult.Key:
                        // The key of the entity updated (a missing one is the not-found error, as the update returning nothing).
                        body.Line("var " + body.N.Result + " = " + body.T + ".Update(" + Arg(op.Entity) + ");");
                        body.Return(KeyOf(fake.Store.Entity!, body.N.Result));
                        break;
                    case EntityWriteResult.None when op.MissingIgnored:
                        // MissingUpdate = Ignore: a missing entity is nothing (a SQL UPDATE of 0 rows).
                        body.Line("_ = " + body.T + ".TryUpdate(" + Arg(op.Entity) + ");");
                        break;
                    default:
                        body.Call(body.T + ".Update(" + Arg(op.Entity) + ")", op.Result != EntityWriteResult.None);
                        break;
                }

                break;
            case EntityUpsertOp op:
            {
                // An update made an upsert by MissingUpdate = Insert stores a missing entity under the key it holds, which
                // PresetKeyOnAdd = Refuse (about adds and upserts) does not refuse: crank's InMemoryJobRepository numbers its
                // adds and refuses a preset Id there, while its Update is an indexer write (h-sample73).
                var upsert = op.FromUpdate && fake.Store.Entity!.RefusePresetKeys ? ".UpdateOrInsert(" : ".Upsert(";
                var discard = upsert == ".Upsert(" ? ")" : ", out _)";
                switch (op.Result)
                {
                    case EntityWriteResult.Success:
                        body.Line(body.T + upsert + Arg(op.Entity) + discard + ";");
                        body.Return(Success(op.Success!));
                        break;
                    case EntityWriteResult.Bool:
                        body.Return(body.T + upsert + Arg(op.Entity) + discard + " == " + WriteOutcome + ".Created");
                        break;
                    case EntityWriteResult.Entity:
                        body.Line(body.T + upsert + Arg(op.Entity) + ", out var " + body.N.Result + ");");
                        body.Return(body.N.Result);
                        break;
                    case EntityWriteResult.Key:
                        body.Line(body.T + upsert + Arg(op.Entity) + ", out var " + body.N.Result + ");");
                        body.Return(KeyOf(fake.Store.Entity!, body.N.Result));
                        break;
                    default:
                        body.Line(body.T + upsert + Arg(op.Entity) + discard + ";");
                        break;
                }

                break;
            }
            case EntityFindOp op:
                if (op.Result == SingleResult.Required && op.Key.Parts.FirstOrDefault(static p => p.NullFindsNothing) is { } nullKey)
                {
                    // A lookup that never returns null: a null key is missing, so the not-found error.
                    NotFoundIf(body, fake, nullKey.Name + " is null", nullKey.Name);
                }

                NullKeyGuard(body, op.Key, "default");
                body.Return(op.Result switch
                {
                    SingleResult.Required => body.T + ".Get(" + Key(op.Key) + ")",
                    SingleResult.NullableStruct => body.T + ".TryGetValue(" + Key(op.Key) + ", out var " + body.N.Result + ") ? (" + fake.Store.Entity!.EntityType + "?)" + body.N.Result + " : null",
                    SingleResult.DefaultWhenMissing => body.T + ".Find(" + Key(op.Key) + ")!",
                    _ => body.T + ".Find(" + Key(op.Key) + ")",
                });
                break;
            case EntityFieldReadOp op:
            {
                // A projection by key reads the stored row, as a query does, and tracks nothing (under a unit of work too).
                var rows = body.T == fake.Names.Session ? fake.Names.Table : body.T;
                if (op.Result == SingleResult.Required && op.Key.Parts.FirstOrDefault(static p => p.NullFindsNothing) is { } nullFieldKey)
                {
                    NotFoundIf(body, fake, nullFieldKey.Name + " is null", nullFieldKey.Name);
                }

                NullKeyGuard(body, op.Key, "default");
                body.Return(op.Result switch
                {
                    SingleResult.Required => rows + ".Get(" + Key(op.Key) + ")." + op.Property,
                    SingleResult.DefaultWhenMissing => rows + ".TryGetValue(" + Key(op.Key) + ", out var " + body.N.Result + ") ? " + body.N.Result + "." + op.Property + " : default!",
                    _ => rows + ".Find(" + Key(op.Key) + ")?." + op.Property,
                });
                break;
            }

            case EntityFindByKeyValuesOp op:
                body.Return(RuntimeNames.FakeQueries + ".TryKeyFromValues<" + op.KeyType + ">(" + op.Values + ", nameof(" + op.Values + "), out var " + body.N.Result + ") ? "
                    + body.T + ".Find(" + body.N.Result + ") : default");
                break;
            case EntityDeleteByKeyOp { MissingThrows: true } op:
                // MissingDelete = NotFound: a missing entity is the not-found error, the store unchanged.
                var removeByKey = op.ExpectedToken is { } expectedToken ? ".RemoveExpecting(" + Key(op.Key) + ", " + expectedToken + ")" : ".Remove(" + Key(op.Key) + ")";
                NotFoundIf(body, fake, "!" + body.T + removeByKey, Key(op.Key));
                if (op.Result == EntityWriteResult.Success)
                {
                    body.Line("");
                    body.Return(Success(op.Success!));
                }
                else if (op.Result == EntityWriteResult.Count)
                {
                    // A save flag's write (Parsing/SaveFlags): the member answers the save's count, not this one.
                    body.Line("");
                    body.Return("1");
                }

                break;
            case EntityDeleteByKeyOp { ExpectedToken: { } expected } op:
                Removal(body, body.T + ".RemoveExpecting(" + Key(op.Key) + ", " + expected + ")", op.Result, op.Success);
                break;
            case EntityDeleteByKeyOp { Result: EntityWriteResult.RemovedOrNull } op:
                body.Return(body.T + ".Remove(" + Key(op.Key) + ", out var " + body.N.Result + ") ? " + body.N.Result + " : default");
                break;
            case EntityDeleteByKeyOp { Result: EntityWriteResult.Removed } op:
                NotFoundIf(body, fake, "!" + body.T + ".Remove(" + Key(op.Key) + ", out var " + body.N.Result + ")", Key(op.Key));
                body.Line("");
                body.Return(body.N.Result);
                break;
            case EntityDeleteByKeyOp op:
                Removal(body, body.T + ".Remove(" + Key(op.Key) + ")", op.Result, op.Success);
                break;
            case EntityDeleteEntityOp { MissingThrows: true, Result: EntityWriteResult.None or EntityWriteResult.Success or EntityWriteResult.RemovedOrNull or EntityWriteResult.Removed or EntityWriteResult.Count } op when fake.Store.Entity!.UnitOfWork == UnitOfWorkModel.Deferred:
                // MissingDelete = NotFound through a unit of work whose writes wait for the save: EF Core's Remove tracks even an
                // entity that is not stored, and SaveChanges then fails (0 rows affected), so the save's concurrency error says it.
                // A removal returning the entity returns the one given, as the tracking repository does (h-sample55). A count
                // is a save flag's write (Parsing/SaveFlags), whose member answers the save's count instead.
                body.Line(body.T + ".MarkRemoved(" + Arg(op.Entity) + ");");
                if (op.Result == EntityWriteResult.Success)
                {
                    body.Return(Success(op.Success!));
                }
                else if (op.Result == EntityWriteResult.Count)
                {
                    body.Return("1");
                }
                else if (op.Result is EntityWriteResult.RemovedOrNull or EntityWriteResult.Removed)
                {
                    body.Return(Arg(op.Entity));
                }

                break;
            case EntityDeleteEntityOp { Result: EntityWriteResult.RemovedOrNull } op:
                // Delete(entity) returning T?: the entity given, or null when it is not stored.
                body.Return(body.T + ".RemoveEntity(" + Arg(op.Entity) + ") ? " + Arg(op.Entity) + " : default");
                break;
            case EntityDeleteEntityOp { Result: EntityWriteResult.Removed } op:
                // Delete(entity) returning T: the entity given (EF Core's Remove + SaveChanges + return entity), the not-found
                // error when it is not stored (the real save fails: 0 rows affected).
                NotFoundIf(body, fake, "!" + body.T + ".RemoveEntity(" + Arg(op.Entity) + ")", fake.Names.Model + ".GetKey(" + Arg(op.Entity) + ")");
                body.Line("");
                body.Return(Arg(op.Entity));
                break;
            case EntityDeleteEntityOp { MissingThrows: true } op:
                NotFoundIf(body, fake, "!" + body.T + ".RemoveEntity(" + Arg(op.Entity) + ")", fake.Names.Model + ".GetKey(" + Arg(op.Entity) + ")");
                if (op.Result == EntityWriteResult.Count)
                {
                    body.Return("1");
                }
                else if (op.Result == EntityWriteResult.Bool)
                {
                    // MissingDelete = NotFound (h-sample120): EF Core's Remove + SaveChanges() > 0 is true or the save's error.
                    body.Return("true");
                }
                else if (op.Result == EntityWriteResult.Success)
                {
                    body.Return(Success(op.Success!));
                }

                break;
            case EntityDeleteEntityOp op:
                var removeEntity = op.Result == EntityWriteResult.Success && op.Success!.FailureFactory is not null ? ".TryRemoveCurrent(" : ".RemoveEntity(";
                Removal(body, body.T + removeEntity + Arg(op.Entity) + ")", op.Result, op.Success);
                break;
            case NoOp:
                break;
            case UnitOfWorkSaveOp op:
                var save = (op.Shared is { } shared ? fake.Names.Core + ".SharedUnitOfWork(" + TypeNames.Literal(shared) + ")" : fake.Names.Core + ".UnitOfWork()") + ".SaveChanges()";
                switch (op.Result)
                {
                    case SaveResult.Count:
                        body.Return(save);
                        break;
                    case SaveResult.LongCount:
                        body.Return("(long)" + save);
                        break;
                    case SaveResult.Bool:
                        body.Line(save + ";");
                        body.Return("true");
                        break;
                    case SaveResult.AnyWritten:
                        body.Return(save + " > 0");
                        break;
                    default:
                        body.Line(save + ";");
                        break;
                }

                break;
            case UnitOfWorkDiscardOp op:
                body.Line((op.Shared is { } sharedDiscard ? fake.Names.Core + ".SharedUnitOfWork(" + TypeNames.Literal(sharedDiscard) + ")" : fake.Names.Core + ".UnitOfWork()") + ".Discard();");
                break;
            case UnitOfWorkSelfOp:
                body.Return("this");
                break;
            case TransactionBeginOp op:
                body.Return(op.Kind == TransactionKind.EfCore
                    ? "new " + fake.Names.Transaction + "(" + fake.Names.Core + ".BeginTransaction())"
                    : fake.Names.Core + ".BeginTransaction()");
                break;
            case EntityAccessorOp op:
                Accessor(body, op);
                break;
            case AssociationOp op:
                Association(body, fake, op);
                break;
            case ReferenceOp op:
                Reference(body, fake, op);
                break;
            case KeyedValueOp op:
                KeyedValue(body, fake, op);
                break;
            case CodeSetOp op:
                CodeSet(body, fake, op);
                break;
            case ItemOp op:
                Item(body, fake, op);
                break;
            case EntitySetFieldOp op:
                SetField(body, fake, op);
                break;
            case EntityPatchOp op:
                Patch(body, fake, op);
                break;
            case EntitySetFieldWhereOp op:
                SetFieldWhere(body, fake, op);
                break;
            case EntityExistsOp op:
                NullKeyGuard(body, op.Key, "false");
                body.Return(body.T + ".ContainsKey(" + Key(op.Key) + ")");
                break;
            case EntitySingleOp op:
                // LINQ's own Single/SingleOrDefault over one consistent read: its exceptions and messages, as the real store's.
                body.Return("global::System.Linq.Enumerable." + (op.OrDefault ? "SingleOrDefault" : "Single") + "(" + body.T + ".Values())");
                break;
            case EntityCountOp or KvCountOp or BlobCountOp:
                body.Return(body.T + ".Count");
                break;
            case EntityGetAllOp op:
                body.Sequence(fake.Store.DefaultOrdering is { } order ? body.T + ".Query(predicate: null, order: " + order + ")" : body.T + ".Values()", op.Sequence);
                break;
            case EntityFindStoredOp op:
            {
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Entity + ");");
                var storedKey = fake.Names.Model + ".GetKey(" + op.Entity + ")";
                body.Return(op.Result switch
                {
                    SingleResult.Required => body.T + ".Get(" + storedKey + ")",
                    SingleResult.NullableStruct => body.T + ".TryGetValue(" + storedKey + ", out var " + body.N.Result + ") ? (" + fake.Store.Entity!.EntityType + "?)" + body.N.Result + " : null",
                    _ => body.T + ".Find(" + storedKey + ")",
                });
                break;
            }

            case EntityKeyMapOp op:
                // One query for every key given (a consistent snapshot), then each match under its key; '!': every value is
                // an entity found, so the map also fits a result declared with nullable values (IReadOnlyDictionary<int, User?>).
                body.Return("global::System.Linq.Enumerable.ToDictionary(" + body.T + ".Query(global::InMemoryFakes.Support.QueryOperators.SetOf<" + op.KeyType + ">(" + op.Keys + ", "
                    + body.T + ".Comparer, " + TypeNames.Literal(op.ParameterName) + "), static (e, s) => s.Contains(" + fake.Names.Model + ".GetKey(e))), " + fake.Names.Model + ".GetKey, "
                    + (op.LiftsValues ? "static e => (" + fake.Store.Entity!.EntityType + "?)e, " : "") + body.T + ".Comparer)!");
                break;
            case EntityShapedListOp op:
                ShapedList(body, fake, op);
                break;
            case EntityParamsKeysListOp op:
                ParamsKeysList(body, fake, op);
                break;
            case EntitySetFieldsOp op:
                SetFields(body, fake, op);
                break;
            case EntityPagingSpecOp op:
                PagingSpec(body, fake, op);
                break;
            case EntityClearOp { ResetKeysFlag: { } reset }:
                body.Line("if (" + reset + ")");
                body.Line("{");
                body.Line("    " + body.T + ".Reset();");
                body.Line("}");
                body.Line("else");
                body.Line("{");
                body.Line("    " + body.T + ".Clear();");
                body.Line("}");
                break;
            case EntityClearOp op:
                if (op.ReturnsCount)
                {
                    body.Return(body.T + ".RemoveWhere(static _ => true)");
                }
                else
                {
                    body.Line(body.T + ".Clear();");
                }

                break;
            case EntityRangeOp { Kind: RangeKind.Add } op:
                switch (op.Result)
                {
                    case RangeResult.Count:
                        body.Return(body.T + ".AddRange(" + Arg(op.Items) + ").Count");
                        break;
                    case RangeResult.List:
                        body.Return(body.T + ".AddRange(" + Arg(op.Items) + ")");
                        break;
                    case RangeResult.Array:
                        body.Return(body.T + ".AddRange(" + Arg(op.Items) + ").ToArray()");
                        break;
                    case RangeResult.KeyList or RangeResult.KeyArray:
                        body.Return(Keys(fake, body.T + ".AddRange(" + Arg(op.Items) + ")", op.Result));
                        break;
                    default:
                        body.Line(body.T + ".AddRange(" + Arg(op.Items) + ");");
                        break;
                }

                break;
            case EntityRangeOp op:
                Range(body, fake, op);
                break;
            case EntityQueryOp op:
                Query(body, fake, member, op.Query);
                break;
            case EntityQueryableOp { Predicate: { } predicate, NullPredicateMeansAll: true } op:
                body.Line("if (" + predicate + " is null)");
                body.Line("{");
                body.Line("    return " + QuerySource(body, fake, op.EntityFramework) + ";");
                body.Line("}");
                body.Return("global::System.Linq.Queryable.Where(" + QuerySource(body, fake, op.EntityFramework) + ", " + predicate + ")");
                break;
            case EntityQueryableOp { Predicate: { } predicate } op:
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + predicate + ");");
                body.Return("global::System.Linq.Queryable.Where(" + QuerySource(body, fake, op.EntityFramework) + ", " + predicate + ")");
                break;
            case EntityQueryableOp op:
                body.Return(QuerySource(body, fake, op.EntityFramework));
                break;
            case EntityInheritedQueryOp op:
                body.Return(op.Part switch
                {
                    InheritedQueryPart.ElementType => "typeof(" + fake.Store.Entity!.EntityType + ")",
                    InheritedQueryPart.Expression => LiveQuery + ".Expression",
                    InheritedQueryPart.Provider => LiveQuery + ".Provider",
                    InheritedQueryPart.GetAsyncEnumerator => "((global::System.Collections.Generic.IAsyncEnumerable<" + fake.Store.Entity!.EntityType + ">)" + LiveQuery + ").GetAsyncEnumerator(" + op.Token + ")",
                    _ => LiveQuery + ".GetEnumerator()",
                });
                break;
            case EntitySpecificationOp op:
                Specification(body, fake, op);
                break;
            case EntityTryFindOp op:
                body.Line("if (" + body.T + ".TryGetValue(" + Key(op.Key) + ", out var " + fake.Names.Value + "))");
                body.Line("{");
                body.Line("    " + op.Out + " = " + fake.Names.Value + ";");
                body.Line("    return true;");
                body.Line("}");
                body.Line("");
                body.Line(op.Out + " = default!;");
                body.Line("return false;");
                break;
            case EntityProjectionOp op:
            {
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Selector + ");");
                if (op.Predicate is not null && !op.PredicateOptional)
                {
                    body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Predicate + ");");
                }

                var select = op.SelectorIsExpression ? op.Selector + ".Compile()" : op.Selector;
                var where = op.Predicate is null ? "predicate: null" : op.PredicateIsExpression ? op.Predicate + (op.PredicateOptional ? "?.Compile()" : ".Compile()") : op.Predicate;
                if (op.Sequence is { } sequence)
                {
                    body.Sequence("global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(" + body.T + ".Query(" + where + "), " + select + "))", sequence);
                }
                else
                {
                    body.Return(body.T + ".TryQueryFirst(" + where + ", out var " + fake.Names.Value + ") ? " + select + "(" + fake.Names.Value + ") : default!");
                }

                break;
            }

            case EntityAggregateOp op:
            {
                // LINQ to objects' operator over the stored rows the predicate keeps (a tracked session's table: its saved rows,
                // as Count reads them and as EF Core's SUM reads the database): Sum of no rows 0 and checked, Average/Min/Max
                // of no rows InvalidOperationException, or null for a nullable result.
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Selector + ");");
                if (op.Predicate is not null && !op.PredicateOptional)
                {
                    body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Predicate + ");");
                }

                var select = op.SelectorIsExpression ? op.Selector + ".Compile()" : op.Selector;
                var where = op.Predicate is null ? "null" : op.PredicateIsExpression ? op.Predicate + (op.PredicateOptional ? "?.Compile()" : ".Compile()") : op.Predicate;
                var rows = (body.T == fake.Names.Session ? fake.Names.Table : body.T) + ".Query(" + where + ")";
                var values = "global::System.Linq.Enumerable.Select(" + rows + ", " + select + ")";
                body.Return("global::System.Linq.Enumerable." + op.Kind + "(" + values + (op.Comparer is null ? "" : ", " + op.Comparer) + ")" + (op.Kind is AggregateKind.Min or AggregateKind.Max ? "!" : ""));
                break;
            }

            case EntityQueryableFuncOp op:
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Parameter + ");");
                body.Return(op.Parameter + "(" + Queryable(body.T, op.EntityFramework) + ")");
                break;
            case EntityAnyOp:
                body.Return(body.T + ".Count > 0");
                break;
            case EntityRunQueryOp op:
                // The caller's query, run as LINQ to objects: Enumerable's executor of the same name, its exceptions included.
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Query + ");");
                body.Return("global::System.Linq.Enumerable." + op.Executor + "(" + op.Query + ")" + (op.NullForgiving ? "!" : ""));
                break;
            case EntityUpdateWithOp op:
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Change + ");");
                if (op.IsAsync)
                {
                    body.Line("var " + fake.Names.Value + " = " + body.T + ".Get(" + Key(op.Key) + ");");
                    body.Line("await " + op.Change + "(" + fake.Names.Value + ").ConfigureAwait(false);");
                    body.Call(body.T + ".Update(" + fake.Names.Value + ")", op.ReturnsEntity);
                }
                else
                {
                    body.Call(body.T + ".UpdateWith(" + Key(op.Key) + ", " + op.Change + ", static (" + fake.Names.Entity + ", " + fake.Names.State + ") => { " + fake.Names.State + "(" + fake.Names.Entity + "); return " + fake.Names.Entity + "; })", op.ReturnsEntity);
                }

                break;
            default:
                KeyValueOrBlob(body, fake, member);
                break;
        }
    }

    private static string Success(SuccessValueSpec success) => success.Type + "." + success.Member;

    /// <summary>The property of a fake that is a query of its entities (Emitter.Helpers.cs, <see cref="EntityInheritedQueryOp"/>).</summary>
    private const string LiveQuery = "__LiveQuery";

    /// <summary>The name of the nested live provider a fake that is a query emits when its compilation references EF Core.</summary>
    private const string EfLiveQueryProvider = "__EfLiveQueryProvider";

    /// <summary>The name of the nested provider a fake emits when its compilation references EF Core.</summary>
    private const string EfQueryProvider = "__EfQueryProvider";

    /// <summary>
    /// The source of a member returning a queryable of the entities (<see cref="EntityQueryableOp"/>): since session 41 the
    /// fake's live root (<see cref="LiveQuery"/>, Emitter.Helpers.cs), whose queries read the rows of the moment they run, as a
    /// query over EF Core's <c>DbSet</c> or another deferred <c>IQueryable</c> does, where a query composed before a write and
    /// run after it read the rows of the moment the member was called (a snapshot); read untracked beside a unit of work
    /// (a tracking flag set off), it stays the snapshot of the saved rows.
    /// </summary>
    private static string QuerySource(BodyWriter body, FakeSpec fake, bool entityFramework)
        => body.OnDefaultTable && fake.Store.Entity is not null ? LiveQuery : Queryable(body.T, entityFramework);

    private static string Queryable(string table, bool entityFramework)
        => entityFramework
            ? RuntimeNames.FakeQueryProvider + ".Over(" + table + ".Snapshot(), static p => new " + EfQueryProvider + "(p))"
            : table + ".AsQueryable()";

    /// <summary>Whether an operation only reads entities (and so may be asked not to track them).</summary>
    private static bool IsTrackedRead(OperationSpec operation) => operation switch
    {
        EntityFindOp or EntityTryFindOp or EntityFindByKeyValuesOp or EntityGetAllOp or EntityProjectionOp or EntityParamsKeysListOp or EntitySingleOp => true,
        EntityQueryOp op => op.Query.Kind is QueryKind.List or QueryKind.First or QueryKind.Page,
        EntitySpecificationOp op => op.Verb is SpecificationVerb.List or SpecificationVerb.First or SpecificationVerb.Single,
        _ => false,
    };

    /// <summary>
    /// A list by a <c>params</c> array of keys (<c>GetMany(params int[]? ids)</c>): no keys give every entity or nothing (the
    /// NoKeysGiven setting); keys give their entities from one consistent query, in the fake's list order or the keys' order
    /// (the ByKeysOrder setting); a null array throws.
    /// </summary>
    private static void ParamsKeysList(BodyWriter body, FakeSpec fake, EntityParamsKeysListOp op)
    {
        var t = body.T;
        var entityType = fake.Store.Entity!.EntityType;
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Keys + ");");

        var order = fake.Store.DefaultOrdering is { } ordering ? ", order: " + ordering : "";
        var none = op.EveryWhenNone
            ? fake.Store.DefaultOrdering is { } allOrder ? t + ".Query(predicate: null, order: " + allOrder + ")" : t + ".Values()"
            : "new global::System.Collections.Generic.List<" + entityType + ">()";
        var matches = t + ".Query(global::InMemoryFakes.Support.QueryOperators.SetOf<" + op.KeyType + ">(" + op.Keys + ", " + t + ".Comparer, " + TypeNames.Literal(op.ParameterName)
            + "), static (e, s) => s.Contains(" + fake.Names.Model + ".GetKey(e))" + (op.KeysGivenOrder ? "" : order) + ")";
        if (op.KeysGivenOrder)
        {
            matches = t + ".InKeysOrder<" + op.KeyType + ">(" + matches + ", " + op.Keys + ", static __x => __x, " + TypeNames.Literal(op.ParameterName) + ")";
        }

        body.Sequence("(" + op.Keys + ".Length == 0 ? " + none + " : " + matches + ")", op.Sequence);
    }

    /// <summary>Every entity (kept by the include flags), shaped by the caller's query function as LINQ to objects.</summary>
    private static void ShapedList(BodyWriter body, FakeSpec fake, EntityShapedListOp op)
    {
        if (!op.Optional)
        {
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Shaper + ");");
        }

        var keep = op.Flags.Count == 0
            ? "null"
            : "(global::System.Func<" + fake.Store.Entity!.EntityType + ", bool>)(" + body.N.Item + " => "
                + string.Join(" && ", op.Flags.Select(f => "(" + f.Parameter + " || " + body.N.Item + "." + f.Property + " == " + (f.Negated ? "true" : "false") + ")")) + ")";
        var call = RuntimeNames.Support + "FakeQueryShaping." + (op.IsAsync ? "ShapeAsync" : "Shape") + "(" + body.T + ".Snapshot(), " + keep + ", " + op.Shaper + ")";
        var list = op.IsAsync ? "(await " + call + ".ConfigureAwait(false))" : call;
        switch (op.Result)
        {
            case ShapedResult.Any:
                body.Return(list + ".Count > 0");
                break;
            case ShapedResult.Count:
                body.Return(list + ".Count");
                break;
            case ShapedResult.LongCount:
                body.Return("(long)" + list + ".Count");
                break;
            default:
                body.Sequence(list, op.Sequence);
                break;
        }
    }

    /// <summary>A member over a specification's matches.</summary>
    private static void Specification(BodyWriter body, FakeSpec fake, EntitySpecificationOp op)
    {
        var t = body.T;
        var spec = op.Parameter;
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + spec + ");");
        // A specification applied by the repository's evaluator matches every entity without criteria (its `if (spec.Criteria != null)`).
        var criteria = op.Criteria switch
        {
            SpecificationAccess.IsSatisfiedBy => spec + ".IsSatisfiedBy",
            SpecificationAccess.Expression => RuntimeNames.FakeQueries + ".Criteria(" + spec + "." + op.CriteriaMember + (op.CriteriaIsMethod ? "()" : "") + "?.Compile())",
            SpecificationAccess.Queryable => spec + "." + op.CriteriaMember,
            _ => RuntimeNames.FakeQueries + ".Criteria(" + spec + "." + op.CriteriaMember + (op.CriteriaIsMethod ? "()" : "") + ")",
        };
        var selects = op.Criteria == SpecificationAccess.Queryable;
        var matches = op.Access == SpecificationAccess.Evaluate
            ? spec + ".Evaluate(" + t + ".Snapshot())"
            : selects ? RuntimeNames.FakeQueries + ".Filter(" + t + ".Snapshot(), " + criteria + ")"
            : t + ".Query(" + criteria + ")";
        if (op.Shape is { } shape)
        {
            string Key(string? member, bool isExpression)
                => member is null ? "null" : RuntimeNames.FakeQueries + ".Key(" + spec + "." + member + (isExpression ? "?.Compile()" : "") + ")";

            matches = RuntimeNames.FakeQueries + ".Shape(" + matches + ", " + Key(shape.GroupBy, shape.GroupByIsExpression) + ", " + Key(shape.OrderBy, shape.OrderByIsExpression) + ", "
                + Key(shape.OrderByDescending, shape.OrderByDescendingIsExpression) + ", "
                + (shape.Pages ? spec + "." + shape.PagingEnabled + ", " + spec + "." + shape.Skip + ", " + spec + "." + shape.Take : "false, 0, 0") + ")";
            if (shape.Pages && op.Verb is SpecificationVerb.Count or SpecificationVerb.Any)
            {
                // The evaluator pages before it counts (a count over a paged specification counts the page).
                var count = matches + ".Count";
                body.Return(op.Verb == SpecificationVerb.Any ? count + " > 0" : op.Result == NumberResult.Long ? "(long)" + count : count);
                return;
            }
        }

        switch (op.Verb)
        {
            case SpecificationVerb.List when op.SelectsKeys:
                body.Sequence("global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(" + matches + ", " + fake.Names.Model + ".GetKey))", op.Sequence);
                break;
            case SpecificationVerb.List:
                body.Sequence(op.Access == SpecificationAccess.Evaluate ? RuntimeNames.FakeQueries + ".ToList(" + matches + ")" : matches, op.Sequence);
                break;
            case SpecificationVerb.Count when selects:
                body.Return(op.Result == NumberResult.Long ? "(long)" + matches + ".Count" : matches + ".Count");
                break;
            case SpecificationVerb.Any when selects:
                body.Return(matches + ".Count > 0");
                break;
            case SpecificationVerb.Delete when selects:
                var selected = t + ".QueryDeleteSelected(" + criteria + ")";
                if (op.ReturnsAny)
                {
                    body.Return(selected + " > 0");
                }
                else
                {
                    body.Call(selected, op.Result != NumberResult.None);
                }

                break;
            case SpecificationVerb.First:
            case SpecificationVerb.Single:
                var pick = RuntimeNames.FakeQueries + "." + (op.Verb == SpecificationVerb.First ? "FirstOrDefault" : "SingleOrDefault") + "(" + matches + ")";
                if (op.Single == SingleResult.Required)
                {
                    body.Return(pick + " ?? throw " + t + ".Options.Errors.CreateNoMatch(" + t + ".Name, " + TypeNames.Literal("specification") + ", " + spec + ")");
                }
                else
                {
                    body.Return(pick);
                }

                break;
            case SpecificationVerb.Count:
                body.Return(op.Result == NumberResult.Long ? "(long)" + t + ".QueryCount(" + criteria + ")" : t + ".QueryCount(" + criteria + ")");
                break;
            case SpecificationVerb.Any:
                body.Return(t + ".QueryExists(" + criteria + ")");
                break;
            default:
                var delete = t + ".QueryDelete(" + criteria + ")";
                if (op.ReturnsAny)
                {
                    body.Return(delete + " > 0");
                }
                else
                {
                    body.Call(delete, op.Result != NumberResult.None);
                }

                break;
        }
    }

    /// <summary>Throws the fake's not-found error (the configured type when set) for <paramref name="key"/> when <paramref name="condition"/> holds.</summary>
    private static void NotFoundIf(BodyWriter body, FakeSpec fake, string condition, string key)
    {
        body.Line("if (" + condition + ")");
        body.Line("{");
        body.Line("    throw " + fake.Names.Core + ".Defaults.Errors.CreateNotFound(" + body.T + ".Name, " + key + ");");
        body.Line("}");
    }

    /// <summary>A removal's result: nothing, whether it removed, 1 or 0, or the success value.</summary>
    private static void Removal(BodyWriter body, string call, EntityWriteResult result, SuccessValueSpec? success)
    {
        switch (result)
        {
            case EntityWriteResult.Bool:
                body.Return(call);
                break;
            case EntityWriteResult.Count:
                body.Return(call + " ? 1 : 0");
                break;
            case EntityWriteResult.Success when success!.FailureFactory is { } failed:
                body.Return(call + " ? " + Success(success) + " : " + success.Type + "." + failed);
                break;
            case EntityWriteResult.Success:
                body.Line(call + ";");
                body.Return(Success(success!));
                break;
            default:
                body.Line(call + ";");
                break;
        }
    }

    /// <summary>A per-property accessor on the entity passed in.</summary>
    private static void Accessor(BodyWriter body, EntityAccessorOp op)
    {
        var entity = Arg(op.Entity);
        var property = entity + "." + op.Property;
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + entity + ");");
        switch (op.Kind)
        {
            case AccessorKind.Get:
                body.Return(property);
                break;
            case AccessorKind.Set:
                body.Line(property + " = " + op.Value + (op.ValueCast ?? "") + ";");
                break;
            case AccessorKind.Has:
                body.Return(op.IsValueType ? property + " != default" : property + " is not null");
                break;
            case AccessorKind.Increment:
                if (op.ValueCast is null)
                {
                    body.Line(property + "++;");
                }
                else
                {
                    body.Return("(" + op.ValueCast + ")(++" + property + ")");
                }

                break;
            default:
                body.Line(property + " = default!;");
                break;
        }
    }

    /// <summary>Sets one property of the stored entity found by key, atomically.</summary>
    private static void SetField(BodyWriter body, FakeSpec fake, EntitySetFieldOp op)
    {
        var t = body.T;
        var key = Key(op.Key);
        var value = Arg(op.Value);
        var e = fake.Names.Entity;
        var change = "static (" + e + ", " + fake.Names.State + ") => " + Write(op.Write, e, op.Toggle ? "!" + e + "." + op.Write.Property : op.Increment ? "checked(" + e + "." + op.Write.Property + " + " + fake.Names.State + ")" : fake.Names.State);
        var update = t + ".UpdateWith(" + key + ", " + value + ", " + change + ")";
        FieldUpdateResult(body, t, key, update, op.Result);
    }

    /// <summary>
    /// Writes the request object's properties onto the stored entity found by key, atomically (<c>UpdateAsync(id, dto)</c>):
    /// one change that assigns each (or, for a record, one <c>with</c> of them all).
    /// </summary>
    private static void Patch(BodyWriter body, FakeSpec fake, EntityPatchOp op)
    {
        var t = body.T;
        var key = Key(op.Key);
        var e = fake.Names.Entity;
        var r = fake.Names.State;
        foreach (var checkedValue in op.Request is { } request ? new[] { request } : op.NullChecks.ToArray())
        {
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + checkedValue + ");");
        }

        // Loose values (Update(id, name, price)) travel as the state: the one value itself, or a tuple of them read by position.
        var loose = op.Request is null;
        var state = op.Request ?? (op.Fields.Count == 1 ? op.Fields[0].Source : "(" + string.Join(", ", op.Fields.Select(static f => f.Source)) + ")");
        string Source(PatchFieldSpec field, int index)
            => (loose ? op.Fields.Count == 1 ? r : r + ".Item" + (index + 1) : r + "." + field.Source) + (field.NullForgiving ? "!" : "");
        var change = op.Fields.Count > 0 && op.Fields[0].Write.UseWith
            ? e + " with { " + string.Join(", ", op.Fields.Select((f, i) => f.Write.Property + " = " + Source(f, i))) + " }"
            : "{ " + string.Concat(op.Fields.Select((f, i) => e + "." + f.Write.Property + " = " + Source(f, i) + "; ")) + "return " + e + "; }";
        var update = t + ".UpdateWith(" + key + ", " + state + ", static (" + e + ", " + r + ") => " + change + ")";
        FieldUpdateResult(body, t, key, update, op.Result);
    }

    /// <summary>Returns what a field write by key returns: its <paramref name="update"/> call, or false/0/null for a missing key.</summary>
    private static void FieldUpdateResult(BodyWriter body, string t, string key, string update, SetFieldResult result)
    {
        switch (result)
        {
            case SetFieldResult.EntityOrNull:
                // Declared nullable: null when no entity has the key, as the member's other reads by key answer.
                body.Line("return " + t + ".Atomically(() => " + t + ".ContainsKey(" + key + ") ? " + update + " : null);");
                break;
            case SetFieldResult.Bool:
            case SetFieldResult.Count:
                var (missing, found) = result == SetFieldResult.Bool ? ("false", "true") : ("0", "1");
                body.Line("return " + t + ".Atomically(() =>");
                body.Line("{");
                body.Line("    if (!" + t + ".ContainsKey(" + key + "))");
                body.Line("    {");
                body.Line("        return " + missing + ";");
                body.Line("    }");
                body.Line("");
                body.Line("    " + update + ";");
                body.Line("    return " + found + ";");
                body.Line("});");
                break;
            case SetFieldResult.Entity:
                body.Return(update);
                break;
            default:
                body.Line(update + ";");
                break;
        }
    }

    /// <summary>
    /// Sets one property to a constant on every stored entity a filter matches (<c>QueryUpdate</c>) or on those with the keys
    /// given (<c>UpdateRangeWith</c>), as one all-or-nothing runtime call; the count it returns is the result, or whether it
    /// is above 0.
    /// </summary>
    private static void SetFieldWhere(BodyWriter body, FakeSpec fake, EntitySetFieldWhereOp op)
    {
        var t = body.T;
        var e = fake.Names.Entity;
        var change = "static " + e + " => " + Write(op.Write, e, op.Value);
        string call;
        if (op.Filter is { } filter)
        {
            foreach (var parameter in filter.NullChecks)
            {
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + parameter + ");");
            }

            call = QueryCall(fake, t, "QueryUpdate", filter, change, ordered: false, limited: false, paged: false);
            if (op.Result == SetFieldResult.None && SemanticsComparisons(fake, filter).Count > 0)
            {
                // A conditional (the ordinal and the semantics forms) is no statement: discard its count.
                call = "_ = " + call;
            }
        }
        else
        {
            call = t + ".UpdateRangeWith(" + op.Keys + ", " + change + ", " + (op.Result == SetFieldResult.None ? "true" : "false") + ", " + TypeNames.Literal(op.KeysName!) + ")";
        }

        switch (op.Result)
        {
            case SetFieldResult.Bool:
                body.Return(call + " > 0");
                break;
            case SetFieldResult.Count:
                body.Return(call);
                break;
            default:
                body.Line(call + ";");
                break;
        }
    }

    /// <summary>
    /// SetFields(model, params Expression&lt;Func&lt;T, object&gt;&gt;[] properties): the selectors are read first (a selector that is not
    /// a property of the entity throws, store unchanged), then the runtime writes those properties of the entity given onto
    /// the stored one with its key; a switch by name does each write, so no reflection is needed.
    /// </summary>
    private static void SetFields(BodyWriter body, FakeSpec fake, EntitySetFieldsOp op)
    {
        var entity = fake.Store.Entity!.EntityType;
        var settable = new StringBuilder("static __name => __name switch { ");
        var assign = new StringBuilder("static (__target, __source, __name) => { switch (__name) { ");
        foreach (var property in op.Properties)
        {
            var literal = TypeNames.Literal(property);
            settable.Append(literal).Append(" => ").Append(literal).Append(", ");
            assign.Append("case ").Append(literal).Append(": __target.").Append(TypeNames.Escape(property)).Append(" = __source.").Append(TypeNames.Escape(property)).Append("; break; ");
        }

        settable.Append("_ => (string?)null }");
        assign.Append("} }");
        body.Line("var __fields = global::InMemoryFakes.Support.FieldSelectors.Names<" + entity + ">(" + op.Selectors + ", " + settable + ", nameof(" + op.Selectors + "));");
        body.Line(body.T + ".SetFields(" + op.Entity + ", __fields, " + assign + ");");
    }

    /// <summary>
    /// GetPaged(PagingSpec&lt;T&gt; spec): the spec's filters, sort key (the key when null) and direction, and page, read by the
    /// runtime (an unreadable value throws naming the spec, nothing written); one consistent page and total written back.
    /// </summary>
    private static void PagingSpec(BodyWriter body, FakeSpec fake, EntityPagingSpecOp op)
    {
        var entity = fake.Store.Entity!.EntityType;
        var spec = op.Spec;
        var shape = op.Shape;
        var lookup = new StringBuilder("__sortName => ");
        foreach (var property in op.Sorting.Properties)
        {
            lookup.Append("global::System.String.Equals(__sortName, ").Append(TypeNames.Literal(property.Name))
                .Append(", global::System.StringComparison.OrdinalIgnoreCase) ? ").Append(property.Ordering).Append(" : ");
        }

        lookup.Append("(global::System.Collections.Generic.IComparer<").Append(entity).Append(">?)null");
        var descending = shape.SortDirection is null ? "false" : spec + "." + shape.SortDirection + " == " + shape.Descending;
        var sortKey = shape.SortKey is null ? "null" : spec + "." + shape.SortKey;
        var filter = shape.Filters is null ? "null" : "global::InMemoryFakes.Support.PagingSpecs.Filter<" + entity + ">(" + spec + "." + shape.Filters + ", nameof(" + spec + "))";
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + spec + ");");
        body.Line("var __request = global::InMemoryFakes.Support.PagingSpecs.Request(" + spec + "." + shape.Page + ", " + spec + "." + shape.PageSize + ", nameof(" + spec + "));");
        body.Line("var __filter = " + filter + ";");
        body.Line("var __order = global::InMemoryFakes.Support.PagingSpecs.Order<" + entity + ">(" + sortKey + ", " + descending + ", " + lookup + ", " + TypeNames.Literal(op.KeyName) + ", nameof(" + spec + "));");
        body.Line("var __page = " + body.T + ".QueryPage(__filter, __request, order: __order);");
        body.Line(spec + "." + shape.Records + " = " + (shape.RecordsIsArray
            ? "global::System.Linq.Enumerable.ToArray(__page.Items)"
            : "new global::System.Collections.Generic.List<" + entity + ">(__page.Items)") + ";");
        body.Line(spec + "." + shape.Total + " = __page.TotalCount;");
        if (op.ReturnsSpec)
        {
            body.Return(spec);
        }
    }

    /// <summary>UpdateRange, a bulk update, UpsertRange and DeleteRange: one all-or-nothing runtime call each.</summary>
    private static void Range(BodyWriter body, FakeSpec fake, EntityRangeOp op)
    {
        var items = Arg(op.Items);
        if (op.MissingThrows)
        {
            MissingThrowingRemoval(body, fake, op, items);
            return;
        }

        var (method, counts) = op.Kind switch
        {
            RangeKind.Update => ("UpdateRange", false),
            RangeKind.UpdateExisting => ("UpdateExistingRange", false),
            RangeKind.Upsert => ("UpsertRange", false),
            RangeKind.DeleteByKeys => ("RemoveRange", true),
            _ => ("RemoveEntities", true),
        };
        if (op.Kind == RangeKind.DeleteByKeys && op.Result is RangeResult.List or RangeResult.Array)
        {
            // DeleteMany(ids) returning the removed entities (ByKeysOrder = Stored): the entities with those keys, read in the
            // fake's list order, then removed, in one atomic step; keys with no entity give nothing, a null key throws.
            var t = body.T;
            var keyType = fake.Store.Entity!.KeyType;
            var order = fake.Store.DefaultOrdering is { } ordering ? ", order: " + ordering : "";
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + items + ");");
            body.Line("var " + body.N.Result + " = " + t + ".Atomically(() =>");
            body.Line("{");
            body.Line("    var __keys = global::System.Linq.Enumerable.ToList(" + items + ");");
            body.Line("    var __removed = " + t + ".Query(global::InMemoryFakes.Support.QueryOperators.SetOf<" + keyType + ">(__keys, " + t + ".Comparer, " + TypeNames.Literal(op.Items.Name) + "), static (e, s) => s.Contains(" + fake.Names.Model + ".GetKey(e))" + order + ");");
            body.Line("    " + t + ".RemoveRange(__keys, " + TypeNames.Literal(op.Items.Name) + ");");
            body.Line("    return __removed;");
            body.Line("});");
            body.Return(op.Result == RangeResult.Array ? body.N.Result + ".ToArray()" : body.N.Result);
            return;
        }

        var call = body.T + "." + method + "(" + items + ")";
        switch (op.Result)
        {
            case RangeResult.Count:
                body.Return(counts ? call : call + ".Count");
                break;
            case RangeResult.List:
                body.Return(call);
                break;
            case RangeResult.Array:
                body.Return(call + ".ToArray()");
                break;
            case RangeResult.KeyList or RangeResult.KeyArray:
                body.Return(Keys(fake, call, op.Result));
                break;
            default:
                body.Line(call + ";");
                break;
        }
    }

    /// <summary>
    /// A removal of several entities or keys returning nothing under <c>MissingDelete = NotFound</c> (or Ardalis', also returning
    /// the count): every one
    /// must be stored, else the not-found error for the first missing one and nothing removed, as EF Core's
    /// <c>RemoveRange</c> + <c>SaveChanges</c> fails as a whole. Through a unit of work whose writes wait for the save, each
    /// entity is marked removed, as the removal of one does, and the save fails for a missing one.
    /// </summary>
    private static void MissingThrowingRemoval(BodyWriter body, FakeSpec fake, EntityRangeOp op, string items)
    {
        var t = body.T;
        var name = TypeNames.Literal(op.Items.Name);
        var byKeys = op.Kind == RangeKind.DeleteByKeys;
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + items + ");");
        body.Line("var __items = global::System.Linq.Enumerable.ToList(" + items + ");");
        if (!byKeys && fake.Store.Entity!.UnitOfWork == UnitOfWorkModel.Deferred)
        {
            body.Line("foreach (var __item in __items)");
            body.Line("{");
            body.Line("    if ((object?)__item is null)");
            body.Line("    {");
            body.Line("        throw new global::System.ArgumentNullException(" + name + ");");
            body.Line("    }");
            body.Line("}");
            body.Line("");
            body.Line("foreach (var __item in __items)");
            body.Line("{");
            body.Line("    " + t + ".MarkRemoved(__item, " + name + ");");
            body.Line("}");
            if (op.Result == RangeResult.Count)
            {
                body.Return("__items.Count");
            }
            else if (op.Result is RangeResult.List or RangeResult.Array)
            {
                body.Return(op.Result == RangeResult.Array ? "__items.ToArray()" : "__items");
            }

            return;
        }

        var key = byKeys ? "__item" : fake.Names.Model + ".GetKey(__item)";
        body.Line((op.Result == RangeResult.Count ? "var __removedCount = " : "") + t + ".Atomically(() =>");
        body.Line("{");
        body.Line("    foreach (var __item in __items)");
        body.Line("    {");
        if (!byKeys)
        {
            // A null key is ContainsKey's ArgumentNullException, naming the parameter too.
            body.Line("        if ((object?)__item is null)");
            body.Line("        {");
            body.Line("            throw new global::System.ArgumentNullException(" + name + ");");
            body.Line("        }");
            body.Line("");
        }

        body.Line("        if (!" + t + ".ContainsKey(" + key + ", " + name + "))");
        body.Line("        {");
        body.Line("            throw " + fake.Names.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + key + ");");
        body.Line("        }");
        body.Line("    }");
        body.Line("");
        body.Line("    return " + t + (byKeys ? ".RemoveRange(__items, " : ".RemoveEntities(__items, ") + name + ");");
        body.Line("});");
        if (op.Result == RangeResult.Count)
        {
            body.Return("__removedCount");
        }
        else if (op.Result is RangeResult.List or RangeResult.Array)
        {
            // DeleteMany(entities) returning them (EF Core's RemoveRange + SaveChanges + return entities): the entities given.
            body.Return(op.Result == RangeResult.Array ? "__items.ToArray()" : "__items");
        }
    }

    /// <summary>The keys of the entities a range write returns (generated keys included), in their order.</summary>
    private static string Keys(FakeSpec fake, string written, RangeResult result)
        => "global::System.Linq.Enumerable." + (result == RangeResult.KeyArray ? "ToArray" : "ToList") + "(global::System.Linq.Enumerable.Select(" + written + ", " + fake.Names.Model + ".GetKey))";

    /// <summary>Writes a member's statements into the source; returns go through <see cref="Return"/> so async streams yield instead.</summary>
    private sealed class BodyWriter
    {
        private readonly SourceWriter _w;
        private readonly MemberSpec _member;
        private readonly bool _nested;

        /// <param name="w">The writer, at the indent of the member's body.</param>
        /// <param name="fake">The fake.</param>
        /// <param name="member">The member.</param>
        /// <param name="nested">Whether every line goes one level deeper (four spaces, on empty lines too).</param>
        public BodyWriter(SourceWriter w, FakeSpec fake, MemberSpec member, bool nested = false, string? table = null)
        {
            _w = w;
            _member = member;
            _nested = nested;
            N = fake.Names;
            var main = fake.Store.Entity is { UnitOfWork: not UnitOfWorkModel.None } ? fake.Names.Session : fake.Names.Table;
            T = table ?? main;
            OnDefaultTable = T == main;
        }

        /// <summary>Whether <see cref="T"/> is the fake's own table (or, under a unit of work, its session): what the live query root reads.</summary>
        public bool OnDefaultTable { get; }

        public FieldNames N { get; }

        /// <summary>The table field.</summary>
        public string T { get; }

        public void Line(string line)
        {
            if (_nested)
            {
                _w.StartLine().Append("    ").Append(line).EndLine();
            }
            else
            {
                _w.Line(line);
            }
        }

        /// <summary>Returns the expression, or yields each item of it from an async stream.</summary>
        public void Return(string expression)
        {
            if (_member.Shape == ReturnShape.AsyncEnumerable)
            {
                Start().Append("foreach (var ").Append(N.Item).Append(" in ").Append(expression).EndLine(")");
                Line("{");
                if (_member.CancellationToken is not null)
                {
                    Start().Append("    ").Append(_member.CancellationToken).EndLine(".ThrowIfCancellationRequested();");
                }

                Start().Append("    yield return ").Append(N.Item).EndLine(";");
                Line("}");
            }
            else
            {
                Start().Append("return ").Append(expression).EndLine(";");
            }
        }

        /// <summary>Returns the call's result, or only calls it when the member returns nothing.</summary>
        public void Call(string expression, bool returns)
        {
            if (returns)
            {
                Return(expression);
            }
            else
            {
                Start().Append(expression).EndLine(";");
            }
        }

        /// <summary>Returns a list as it is or as an array.</summary>
        public void Sequence(string list, SequenceKind kind) => Return(kind == SequenceKind.Array ? list + ".ToArray()" : list);

        /// <summary>Returns a list as it is, as an array, or built into the collection type the member declares.</summary>
        public void Snapshot(string list, SequenceKind kind, string? snapshot)
        {
            if (snapshot is null)
            {
                Sequence(list, kind);
                return;
            }

            Return(snapshot.Replace("{list}", list));
        }

        /// <summary>Starts a non-empty line (at the nested depth when nested).</summary>
        private SourceWriter Start() => _nested ? _w.StartLine().Append("    ") : _w.StartLine();
    }
}
