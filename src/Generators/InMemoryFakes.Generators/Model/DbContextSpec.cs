namespace InMemoryFakes.Generators.Model;

/// <summary>
/// An EF Core context interface (<c>IApplicationDbContext { DbSet&lt;TodoList&gt; TodoLists { get; } … SaveChangesAsync }</c>):
/// one table, one session of the fake's one unit of work and one generated <c>DbSet&lt;T&gt;</c> per entity type
/// (Parsing/DbContextPlanner.cs, Emitting/Emitter.DbContext.cs).
/// </summary>
/// <param name="Sets">One per entity type, in entity type name order.</param>
/// <param name="SetClass">The nested generic class deriving from <c>DbSet&lt;T&gt;</c>.</param>
/// <param name="QueryProvider">The nested query provider that is EF Core's <c>IAsyncQueryProvider</c>.</param>
internal sealed record DbContextSpec(EquatableArray<DbSetSpec> Sets, string SetClass, string QueryProvider);

/// <summary>The table, session and set of one entity type of a context.</summary>
/// <param name="Entity">The entity model (its unit of work deferred, as a <c>DbContext</c>'s).</param>
/// <param name="TableName">The table's name (the entity type's name).</param>
/// <param name="ModelField">The static <c>EntityModel</c> field.</param>
/// <param name="TableField">The <c>EntityTable</c> field.</param>
/// <param name="SessionField">The <c>EntitySession</c> field.</param>
/// <param name="SetField">The field holding the generated <c>DbSet&lt;T&gt;</c>.</param>
internal sealed record DbSetSpec(EntitySpec Entity, string TableName, string ModelField, string TableField, string SessionField, string SetField);

/// <summary>A <c>DbSet&lt;T&gt; Xs { get; }</c> property: the context's one set of that entity type.</summary>
internal sealed record DbSetPropertyOp(string SetField) : OperationSpec;

/// <summary>
/// <c>DbSet&lt;T&gt; Set&lt;T&gt;() where T : class</c>: the set of the context's entity type <c>T</c>; any other type throws
/// <c>InvalidOperationException</c>, as EF Core's <c>DbContext.Set&lt;T&gt;</c> does for a type not in the model.
/// </summary>
/// <param name="TypeParameter">The method's type parameter.</param>
/// <param name="Sets">The entity types (rendered) and their set fields.</param>
internal sealed record DbSetGenericOp(string TypeParameter, EquatableArray<DbSetChoiceSpec> Sets) : OperationSpec;

/// <summary>One entity type <c>Set&lt;T&gt;()</c> can return.</summary>
internal sealed record DbSetChoiceSpec(string EntityType, string SetField);
