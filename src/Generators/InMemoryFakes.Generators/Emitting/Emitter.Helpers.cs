using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    /// <summary>The <c>[UnsafeAccessor]</c>s to setters the fake cannot call (a generated key, a concurrency token).</summary>
    private static void WriteSetterAccessors(SourceWriter w, FakeSpec fake)
    {
        var entities = fake.DbContext is { } dbContext ? dbContext.Sets.Select(static s => s.Entity).ToArray() : fake.Store.Entity is { } one ? new[] { one } : System.Array.Empty<EntitySpec>();
        foreach (var write in entities.SelectMany(static entity => new[] { entity.WithKey, entity.Token?.Write }.Concat(entity.OtherTokens.Select(static t => (PropertyWriteSpec?)t.Write))))
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

    /// <summary>
    /// A fake that is a query of its entities (<c>IRepository&lt;T&gt; : IQueryable&lt;T&gt;</c>): one live root, created on first
    /// use, whose queries read the table (or the unit of work's tracked entities) when they run; with EF Core referenced, its
    /// provider is EF Core's <c>IAsyncQueryProvider</c> too, so <c>ToListAsync</c>/<c>FirstOrDefaultAsync</c> run on it.
    /// </summary>
    private static void WriteLiveQuery(SourceWriter w, FakeSpec fake)
    {
        // A fake that is a query, or one whose members return queryables of its entities (since session 41: those read the
        // rows of the moment each query runs too, Emitter.Members.cs QuerySource).
        bool entityFramework;
        if (fake.Members.Select(static m => m.Operation).OfType<EntityInheritedQueryOp>().FirstOrDefault() is { } inherited)
        {
            entityFramework = inherited.EntityFramework;
        }
        else if (fake.Store.Entity is not null && fake.Members.Select(static m => m.Operation).OfType<EntityQueryableOp>().FirstOrDefault() is { } queryable)
        {
            entityFramework = queryable.EntityFramework;
        }
        else
        {
            return;
        }

        var entity = fake.Store.Entity!;
        var root = "global::System.Linq.IOrderedQueryable<" + entity.EntityType + ">";
        var tracked = entity.UnitOfWork == UnitOfWorkModel.None ? fake.Names.Table : fake.Names.Session;
        w.Line();
        w.Line("private " + root + "? __liveQuery;");
        w.Line();
        if (entityFramework)
        {
            // EF Core's own provider type, so its AsNoTracking reads untracked copies under a unit of work (Emitter.DbContext.cs).
            w.Line("private " + root + " " + LiveQuery + " => __liveQuery ??= __NewLiveQuery();");
            w.Line();
            w.Open("private " + root + " __NewLiveQuery()");
            w.Line("var engine = new " + Support + "LiveQueryEngine();");
            w.Line("return engine.Root<" + entity.EntityType + ">(new " + EfLiveQueryProvider + "(engine), " + tracked + ".Snapshot, " + fake.Names.Table + ".Snapshot);");
            w.Close();
        }
        else
        {
            w.Line("private " + root + " " + LiveQuery + " => __liveQuery ??= " + RuntimeNames.LiveQueryProvider + ".Root<" + entity.EntityType + ">("
                + tracked + ".Snapshot, " + fake.Names.Table + ".Snapshot);");
        }

        if (fake.AlsoImplements.FirstOrDefault(static i => i.StartsWith("global::System.Collections.Generic.IAsyncEnumerable<", System.StringComparison.Ordinal)) is { } asyncSequence)
        {
            // EF Core's ToListAsync needs the source itself to be async-enumerable (InheritedQueryRule.AlsoImplements).
            w.Line();
            w.Line("global::System.Collections.Generic.IAsyncEnumerator<" + entity.EntityType + "> " + asyncSequence + ".GetAsyncEnumerator(global::System.Threading.CancellationToken cancellationToken)");
            w.Line("    => ((" + asyncSequence + ")" + LiveQuery + ").GetAsyncEnumerator(cancellationToken);");
        }

        if (entityFramework)
        {
            w.Line();
            WriteEfLiveQueryProvider(w, EfLiveQueryProvider);
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

        WriteLiveQuery(w, fake);
        WriteTransaction(w, fake);
        WriteCopies(w, fake);
        WriteFactoryEntries(w, fake);
        WriteSetterAccessors(w, fake);
        WriteSameStates(w, fake);

        foreach (var converter in fake.Store.Converters)
        {
            w.Line();
            if (converter.FromStored)
            {
                w.Open("private static " + converter.Type + " " + converter.Name + "(" + RuntimeNames.StoredBlob + " b)");
                w.Line("var p = b.Properties;");
            }
            else
            {
                w.Open("private static " + converter.Type + " " + converter.Name + "(" + BlobProperties + " p)");
            }

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

    /// <summary>EF Core's <c>IDbContextTransaction</c> over the runtime's transaction, for <c>BeginTransaction</c> members that return it.</summary>
    private static void WriteTransaction(SourceWriter w, FakeSpec fake)
    {
        if (!fake.Members.Any(static m => m.Operation is TransactionBeginOp { Kind: TransactionKind.EfCore }))
        {
            return;
        }

        const string Infrastructure = "global::Microsoft.EntityFrameworkCore.Infrastructure.IInfrastructure<global::System.Data.Common.DbTransaction>";
        var exposes = fake.Members.Any(static m => m.Operation is TransactionBeginOp { Kind: TransactionKind.EfCore, ExposesDbTransaction: true });

        const string Token = "global::System.Threading.CancellationToken cancellationToken = default";
        const string Task = "global::System.Threading.Tasks.Task";
        var name = fake.Names.Transaction;
        w.Line();
        w.Line("/// <summary>EF Core's transaction over this fake's tables: commit keeps the writes, rollback or disposal without a commit undoes them, savepoints as SQLite keeps them.</summary>");
        w.Open("private sealed class " + name + " : global::Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction" + (exposes ? ", " + Infrastructure : ""));
        w.Line("private readonly " + RuntimeNames.FakeTransaction + " _inner;");
        w.Line();
        w.Line("public " + name + "(" + RuntimeNames.FakeTransaction + " inner) => _inner = inner;");
        w.Line();
        w.Line("public global::System.Guid TransactionId => _inner.TransactionId;");
        w.Line("public bool SupportsSavepoints => _inner.SupportsSavepoints;");
        w.Line("public void Commit() => _inner.Commit();");
        w.Line("public " + Task + " CommitAsync(" + Token + ") => _inner.CommitAsync(cancellationToken);");
        w.Line("public void Rollback() => _inner.Rollback();");
        w.Line("public " + Task + " RollbackAsync(" + Token + ") => _inner.RollbackAsync(cancellationToken);");
        w.Line("public void CreateSavepoint(string name) => _inner.Save(name);");
        w.Line("public " + Task + " CreateSavepointAsync(string name, " + Token + ") => _inner.SaveAsync(name, cancellationToken);");
        w.Line("public void RollbackToSavepoint(string name) => _inner.Rollback(name);");
        w.Line("public " + Task + " RollbackToSavepointAsync(string name, " + Token + ") => _inner.RollbackAsync(name, cancellationToken);");
        w.Line("public void ReleaseSavepoint(string name) => _inner.Release(name);");
        w.Line("public " + Task + " ReleaseSavepointAsync(string name, " + Token + ") => _inner.ReleaseAsync(name, cancellationToken);");
        w.Line("public void Dispose() => _inner.Dispose();");
        w.Line("public global::System.Threading.Tasks.ValueTask DisposeAsync() => _inner.DisposeAsync();");
        if (exposes)
        {
            w.Line("global::System.Data.Common.DbTransaction " + Infrastructure + ".Instance => _inner;");
        }

        w.Close();
    }
}
