using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

// An EF Core context interface (Model/DbContextSpec.cs): per entity type a static model, a table, a session of the fake's one
// unit of work and a generated DbSet<T>; the nested set class and EF Core's async query provider are written once per fake.
internal static partial class Emitter
{
    private const string Ef = "global::Microsoft.EntityFrameworkCore.";

    /// <summary>The static entity models of the context's sets.</summary>
    private static void WriteDbContextModels(SourceWriter w, FakeSpec fake, DbContextSpec context)
    {
        foreach (var set in context.Sets)
        {
            w.Line();
            WriteEntityModel(w, fake, set.Entity, set.ModelField);
        }
    }

    /// <summary>The instance fields: a table, a session and a set per entity type.</summary>
    private static void WriteDbContextFields(SourceWriter w, DbContextSpec context)
    {
        foreach (var set in context.Sets)
        {
            var e = set.Entity;
            w.Line("private readonly " + EntityTable + "<" + e.KeyType + ", " + e.EntityType + "> " + set.TableField + ";");
            w.Line("private readonly " + EntitySession + "<" + e.KeyType + ", " + e.EntityType + "> " + set.SessionField + ";");
            w.Line("private readonly " + context.SetClass + "<" + e.KeyType + ", " + e.EntityType + "> " + set.SetField + ";");
        }
    }

    /// <summary>The constructor's part after the core: the tables, their sessions of one deferred unit of work, the sets.</summary>
    private static void WriteDbContextInitialization(SourceWriter w, FakeSpec fake, DbContextSpec context)
    {
        var core = fake.Names.Core;
        w.Line("var " + fake.Names.Value + " = new " + context.QueryProvider + "(new " + Support + "LiveQueryEngine());");
        foreach (var set in context.Sets)
        {
            w.Line(set.TableField + " = " + core + ".EntityTable(" + TypeNames.Literal(set.TableName) + ", " + set.ModelField + ");");
            w.Line(set.SessionField + " = " + core + ".UnitOfWork(" + UnitOfWorkWrites + ".Deferred).Track(" + set.TableField + ");");
            w.Line(set.SetField + " = new " + context.SetClass + "<" + set.Entity.KeyType + ", " + set.Entity.EntityType + ">(" + set.SessionField + ", " + fake.Names.Value + ");");
        }
    }

    /// <summary>The body of a context member: a set property, or <c>Set&lt;T&gt;()</c>.</summary>
    private static bool WriteDbContextOperation(BodyWriter body, OperationSpec operation)
    {
        switch (operation)
        {
            case DbSetPropertyOp op:
                body.Return(op.SetField);
                return true;
            case DbSetGenericOp op:
                foreach (var choice in op.Sets)
                {
                    body.Line("if (typeof(" + op.TypeParameter + ") == typeof(" + choice.EntityType + "))");
                    body.Line("{");
                    body.Line("    return (" + Ef + "DbSet<" + op.TypeParameter + ">)(object)" + choice.SetField + ";");
                    body.Line("}");
                    body.Line("");
                }

                // EF Core's DbContext.Set<T>() for a type outside the model throws InvalidOperationException too.
                body.Line("throw new global::System.InvalidOperationException(\"Cannot create a DbSet for '\" + typeof(" + op.TypeParameter
                    + ").Name + \"' because this type is not one of the fake's entity types (the DbSet<T> properties of its interface).\");");
                return true;
            default:
                return false;
        }
    }

    /// <summary>The nested classes: EF Core's async query provider over LINQ to objects, and the generic <c>DbSet&lt;T&gt;</c>.</summary>
    private static void WriteDbContextClasses(SourceWriter w, DbContextSpec context)
    {
        const string Token = "global::System.Threading.CancellationToken";
        const string Entry = Ef + "ChangeTracking.EntityEntry<TEntity>";
        const string Items = "global::System.Collections.Generic.IEnumerable<TEntity>";
        var provider = context.QueryProvider;
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// EF Core's query provider, as far as its operators can tell: AsNoTracking and Include act only on a provider that is its");
        w.Line("/// EntityQueryProvider (on any other they return the query unchanged, so AsNoTracking would read tracked entities), and its");
        w.Line("/// async operators need an IAsyncQueryProvider. Every call goes to the runtime's LiveQueryEngine (LINQ to objects over");
        w.Line("/// snapshots); EF Core's query compiler is never used.");
        w.Line("/// </summary>");
        WriteEfLiveQueryProvider(w, provider);

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// EF Core's DbSet over one table of this fake, through its unit of work: Add/Update/Remove (and the ranges) track and wait for");
        w.Line("/// SaveChanges, Find returns the tracked or stored entity, and queries (EF Core's async operators included) run LINQ to objects");
        w.Line("/// over a snapshot of tracked entities taken when each query runs (docs/generator.md, \"EF Core context interfaces\").");
        w.Line("/// </summary>");
        w.Line("private sealed class " + context.SetClass + "<TKey, TEntity> : " + Ef + "DbSet<TEntity>, global::System.Linq.IQueryable<TEntity>, global::System.Collections.Generic.IAsyncEnumerable<TEntity>");
        w.Line("    where TKey : notnull");
        w.Line("    where TEntity : class");
        w.Line("{");
        w.Indent();
        w.Line("private readonly " + EntitySession + "<TKey, TEntity> _session;");
        w.Line("private readonly global::System.Linq.IOrderedQueryable<TEntity> _query;");
        w.Line();
        w.Open("public " + context.SetClass + "(" + EntitySession + "<TKey, TEntity> session, " + provider + " provider)");
        w.Line("_session = session;");
        w.Line("_query = provider.Engine.Root<TEntity>(provider, session.Snapshot, session.Table.Snapshot);");
        w.Close();
        w.Line();
        w.Line("public override " + Ef + "Metadata.IEntityType EntityType => throw new global::System.NotSupportedException(_session.Name + \": an in-memory fake's DbSet has no EF Core model (IEntityType needs a DbContext's model); read the entity type's properties with reflection or test it against the real context.\");");
        w.Line();
        w.Line("public override " + Ef + "ChangeTracking.LocalView<TEntity> Local => throw new global::System.NotSupportedException(_session.Name + \": an in-memory fake's DbSet has no Local view (LocalView needs EF Core's state manager); query the set instead.\");");
        w.Line();
        w.Line("public override TEntity? Find(params object?[]? keyValues)");
        w.Line("    => " + FakeQueries + ".TryKeyFromValues<TKey>(keyValues, nameof(keyValues), out var key) ? _session.Find(key) : null;");
        w.Line();
        w.Line("public override global::System.Threading.Tasks.ValueTask<TEntity?> FindAsync(params object?[]? keyValues) => new(Find(keyValues));");
        w.Line();
        w.Open("public override global::System.Threading.Tasks.ValueTask<TEntity?> FindAsync(object?[]? keyValues, " + Token + " cancellationToken)");
        w.Line("cancellationToken.ThrowIfCancellationRequested();");
        w.Line("return new(Find(keyValues));");
        w.Close();
        w.Line();
        w.Open("public override " + Entry + " Add(TEntity entity)");
        w.Line("AssignClientKey(entity);");
        w.Line("_session.Add(entity, nameof(entity));");
        w.Line("return null!;");
        w.Close();
        w.Line();
        w.Open("public override global::System.Threading.Tasks.ValueTask<" + Entry + "> AddAsync(TEntity entity, " + Token + " cancellationToken = default)");
        w.Line("cancellationToken.ThrowIfCancellationRequested();");
        w.Line("return new(Add(entity));");
        w.Close();
        w.Line();
        w.Line("public override void AddRange(params TEntity[] entities) => AddRange((" + Items + ")entities);");
        w.Line();
        w.Open("public override void AddRange(" + Items + " entities)");
        w.Line("var items = Items(entities, nameof(entities));");
        w.Open("foreach (var item in items)");
        w.Line("AssignClientKey(item);");
        w.Close();
        w.Line();
        w.Line("_session.AddRange(items, nameof(entities));");
        w.Close();
        w.Line();
        w.Open("public override global::System.Threading.Tasks.Task AddRangeAsync(params TEntity[] entities)");
        w.Line("AddRange(entities);");
        w.Line("return global::System.Threading.Tasks.Task.CompletedTask;");
        w.Close();
        w.Line();
        w.Open("public override global::System.Threading.Tasks.Task AddRangeAsync(" + Items + " entities, " + Token + " cancellationToken = default)");
        w.Line("cancellationToken.ThrowIfCancellationRequested();");
        w.Line("AddRange(entities);");
        w.Line("return global::System.Threading.Tasks.Task.CompletedTask;");
        w.Close();
        w.Line();
        w.Open("public override " + Entry + " Update(TEntity entity)");
        w.Open("if (AssignClientKey(entity))");
        w.Line("_session.Add(entity, nameof(entity));");
        w.Line("return null!;");
        w.Close();
        w.Line();
        w.Line("_session.Update(entity, nameof(entity));");
        w.Line("return null!;");
        w.Close();
        w.Line();
        w.Line("public override void UpdateRange(params TEntity[] entities) => UpdateRange((" + Items + ")entities);");
        w.Line();
        w.Open("public override void UpdateRange(" + Items + " entities)");
        w.Open("foreach (var item in Items(entities, nameof(entities)))");
        w.Line("Update(item);");
        w.Close();
        w.Close();
        w.Line();
        w.Open("public override " + Entry + " Remove(TEntity entity)");
        w.Line("_session.MarkRemoved(entity, nameof(entity));");
        w.Line("return null!;");
        w.Close();
        w.Line();
        w.Line("public override void RemoveRange(params TEntity[] entities) => RemoveRange((" + Items + ")entities);");
        w.Line();
        w.Open("public override void RemoveRange(" + Items + " entities)");
        w.Line("foreach (var item in Items(entities, nameof(entities)))");
        w.Line("{");
        w.Line("    _session.MarkRemoved(item, nameof(entities));");
        w.Line("}");
        w.Close();
        w.Line();
        w.Open("public override " + Entry + " Attach(TEntity entity)");
        w.Open("if (AssignClientKey(entity))");
        w.Line("_session.Add(entity, nameof(entity));");
        w.Line("return null!;");
        w.Close();
        w.Line();
        w.Line("_session.AttachEntity(entity, nameof(entity));");
        w.Line("return null!;");
        w.Close();
        w.Line();
        w.Line("public override void AttachRange(params TEntity[] entities) => AttachRange((" + Items + ")entities);");
        w.Line();
        w.Open("public override void AttachRange(" + Items + " entities)");
        w.Line("foreach (var item in Items(entities, nameof(entities)))");
        w.Line("{");
        w.Line("    Attach(item);");
        w.Line("}");
        w.Close();
        w.Line();
        w.Line("public override " + Entry + " Entry(TEntity entity) => throw new global::System.NotSupportedException(_session.Name + \": an in-memory fake's DbSet has no EntityEntry (it needs EF Core's state manager).\");");
        w.Line();
        w.Line("public override global::System.Collections.Generic.IAsyncEnumerator<TEntity> GetAsyncEnumerator(" + Token + " cancellationToken = default) => ((global::System.Collections.Generic.IAsyncEnumerable<TEntity>)_query).GetAsyncEnumerator(cancellationToken);");
        w.Line();
        w.Line("global::System.Collections.Generic.IEnumerator<TEntity> global::System.Collections.Generic.IEnumerable<TEntity>.GetEnumerator() => _query.GetEnumerator();");
        w.Line();
        w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _query.GetEnumerator();");
        w.Line();
        w.Line("global::System.Type global::System.Linq.IQueryable.ElementType => typeof(TEntity);");
        w.Line();
        w.Line("global::System.Linq.Expressions.Expression global::System.Linq.IQueryable.Expression => _query.Expression;");
        w.Line();
        w.Line("global::System.Linq.IQueryProvider global::System.Linq.IQueryable.Provider => _query.Provider;");
        w.Line();
        w.Line("/// <summary>The entities of a range, checked for null before any is tracked (EF Core checks them first too).</summary>");
        w.Open("private static global::System.Collections.Generic.List<TEntity> Items(" + Items + " entities, string paramName)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(entities, paramName);");
        w.Line("var items = new global::System.Collections.Generic.List<TEntity>(entities);");
        w.Open("foreach (var item in items)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(item, paramName);");
        w.Close();
        w.Line();
        w.Line("return items;");
        w.Close();
        w.Line();
        w.Line("/// <summary>EF Core generates a GUID key on the client when the entity starts being tracked as added (Add, Attach or Update of an unset key), so it is set before SaveChanges; other keys at the save.</summary>");
        w.Line("/// <returns>Whether it generated one (the entity is then added, as EF Core's Update and Attach add an entity whose key was unset).</returns>");
        w.Open("private bool AssignClientKey(TEntity entity)");
        w.Line("var model = _session.Table.Model;");
        w.Line("if (entity is null || !model.GenerateKeys || model.WithKey is not { } withKey || typeof(TKey) != typeof(global::System.Guid)");
        w.Line("    || (global::System.Guid)(object)model.GetKey(entity) != global::System.Guid.Empty)");
        w.Line("{");
        w.Line("    return false;");
        w.Line("}");
        w.Line();
        w.Line("// A record's key is written with 'with' (a new instance): then the save generates it, as for other keys.");
        w.Line("return global::System.Object.ReferenceEquals(withKey(entity, (TKey)(object)global::System.Guid.NewGuid()), entity);");
        w.Close();
        w.Outdent();
        w.Line("}");
    }

    /// <summary>
    /// EF Core's query provider over the runtime's <c>LiveQueryEngine</c>: EF Core's <c>AsNoTracking</c> and <c>Include</c> act only
    /// on a provider that is its <c>EntityQueryProvider</c> (on any other they return the query unchanged), and its async
    /// operators need an <c>IAsyncQueryProvider</c>. Used by context fakes and by repositories that are queries.
    /// </summary>
    private static void WriteEfLiveQueryProvider(SourceWriter w, string provider)
    {
        const string Token = "global::System.Threading.CancellationToken";
        w.Directive("#pragma warning disable EF1001 // Internal EF Core API usage: deriving from EntityQueryProvider is what makes EF Core's operators apply.");
        w.Open("private sealed class " + provider + " : " + Ef + "Query.Internal.EntityQueryProvider");
        w.Line("private readonly " + Support + "LiveQueryEngine _engine;");
        w.Line();
        w.Line("public " + provider + "(" + Support + "LiveQueryEngine engine)");
        w.Line("    : base(null!)");
        w.Line("{");
        w.Line("    _engine = engine;");
        w.Line("}");
        w.Line();
        w.Line("public " + Support + "LiveQueryEngine Engine => _engine;");
        w.Line();
        w.Line("public override global::System.Linq.IQueryable CreateQuery(global::System.Linq.Expressions.Expression expression) => _engine.CreateQuery(this, expression);");
        w.Line();
        w.Line("public override global::System.Linq.IQueryable<TElement> CreateQuery<TElement>(global::System.Linq.Expressions.Expression expression) => _engine.CreateQuery<TElement>(this, expression);");
        w.Line();
        w.Line("public override object Execute(global::System.Linq.Expressions.Expression expression) => _engine.Execute(expression)!;");
        w.Line();
        w.Line("public override TResult Execute<TResult>(global::System.Linq.Expressions.Expression expression) => _engine.Execute<TResult>(expression);");
        w.Line();
        w.Line("public override TResult ExecuteAsync<TResult>(global::System.Linq.Expressions.Expression expression, " + Token + " cancellationToken = default) => _engine.ExecuteAsync<TResult>(expression, cancellationToken);");
        w.Close();
        w.Directive("#pragma warning restore EF1001");
    }
}
