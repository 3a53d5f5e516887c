namespace InMemoryFakes.Generators.Model;

/// <summary>
/// A unit of work whose properties are repositories (Parsing/CompositePlanner): one change tracker for all of them, and a
/// nested class per repository property, each planned as its interface would be on its own.
/// </summary>
/// <param name="Writes">Where the repositories' writes go: <see cref="UnitOfWorkModel.Deferred"/> unless the attribute says Immediate; <see cref="UnitOfWorkModel.None"/> for a bundle of repositories without any save (no change tracker).</param>
/// <param name="Parts">The repositories, in the order of their properties.</param>
/// <param name="ByEntity">A repository of several entity types (Parsing/MultiEntityPlanner): a part per entity type, the interface's members forwarding to them; <see cref="Writes"/> is <see cref="UnitOfWorkModel.None"/> when it has no save.</param>
/// <param name="SavesOnly">A unit of work of saves only (Parsing/SavesOnlyUnitOfWorkPlanner): no parts and no table; its saves write the shared tracker of its scope.</param>
internal sealed record CompositeSpec(UnitOfWorkModel Writes, EquatableArray<CompositePartSpec> Parts, bool ByEntity = false, bool SavesOnly = false)
{
    /// <summary>
    /// The field of the registry of parts made per type argument (Parsing/PerTypePlanner: a member generic over the entity
    /// type), or null when no part is: one instance of a generic part per closed type, created on first use.
    /// </summary>
    public string? PerTypeRegistry { get; init; }
}

/// <summary>One repository of a composite: the field that holds it and its nested class.</summary>
/// <param name="Field">The composite's field holding the one instance the property returns.</param>
/// <param name="Fake">The nested class (<see cref="FakeSpec.IsPart"/>).</param>
/// <param name="Read">How a container reads the repository from the unit of work <c>u</c> (<c>((global::N.IUnitOfWork)u).Posts</c>), or null when another property has the same repository type (a container could not tell which one to give).</param>
internal sealed record CompositePartSpec(string Field, FakeSpec Fake, string? Read)
{
    /// <summary>
    /// For a part generic over the entity type (Parsing/PerTypePlanner): the outer class's generic method that returns the
    /// part of a type argument from <see cref="CompositeSpec.PerTypeRegistry"/>, creating it on first use; null for a part
    /// held in <see cref="Field"/> from the constructor on.
    /// </summary>
    public string? PerTypeAccessor { get; init; }
}

/// <summary>A repository property of a composite: returns the one instance of its nested class.</summary>
/// <param name="Field">The field holding the instance.</param>
/// <param name="ClassName">The nested class.</param>
internal sealed record CompositeRepositoryOp(string Field, string ClassName) : OperationSpec;

/// <summary>A member of a repository of several entity types: forwards to the same member of its entity type's part.</summary>
/// <param name="Field">The field holding the part.</param>
/// <param name="Loads">The navigations the member's include flags load from other tables of the fake (EF Core's <c>Include</c>), set on what the part returns.</param>
/// <param name="Carries">The navigations to other tables whose children an add of the parent adds to their own tables (EF Core's <c>Add</c> of the reachable graph).</param>
/// <param name="PerType">The part is a type argument's (Parsing/PerTypePlanner): <paramref name="Field"/> is the call of its accessor closed over the member's own type parameter, and the part's member is not generic.</param>
internal sealed record PartMemberOp(string Field, EquatableArray<NavigationLoadSpec> Loads = default, EquatableArray<CarriedChildrenSpec> Carries = default, bool PerType = false) : OperationSpec;

/// <summary>
/// A collection navigation of an added entity to another table of the fake, with a provable foreign key
/// (Parsing/MultiEntityPlanner): under a unit of work each child is added to its own table with its foreign key set to
/// the parent's key, and the parent's row keeps the navigation empty; without one, children are refused at run time
/// (runtime <c>TableNavigations.Carry</c>/<c>AddCarried</c>).
/// </summary>
/// <param name="Parameter">The add's entity parameter.</param>
/// <param name="Entity">The parent type.</param>
/// <param name="EntityKey">Its key type.</param>
/// <param name="EntityTable">Its table's name.</param>
/// <param name="Navigation">The navigation property.</param>
/// <param name="Target">The children's type.</param>
/// <param name="TargetKey">Their key type.</param>
/// <param name="TargetTable">Their table's name.</param>
/// <param name="ForeignKey">The child's foreign key property.</param>
/// <param name="Fix">How to add the children instead, named in the refusal.</param>
/// <param name="Tracked">Whether the fake has a unit of work.</param>
internal sealed record CarriedChildrenSpec(string Parameter, string Entity, string EntityKey, string EntityTable, string Navigation,
    string Target, string TargetKey, string TargetTable, string ForeignKey, string Fix, bool Tracked)
{
    /// <summary>A range add: the parameter holds several parents (runtime <c>CarryRange</c>/<c>AddCarriedRange</c>).</summary>
    public bool Range { get; init; }

    /// <summary>A range add through an <c>IEnumerable&lt;T&gt;</c>: the parameter is read once into a list first (<c>TableNavigations.ReadOnce</c>).</summary>
    public bool ReadOnce { get; init; }

    /// <summary>
    /// A reference of the added entity to another table (<c>course.Author</c>) instead of a collection: <see cref="Entity"/>
    /// is the added type, <see cref="Target"/> the referenced one, <see cref="ForeignKey"/> the added entity's foreign key
    /// (runtime <c>TableNavigations.Refer</c>/<c>ReferRange</c>).
    /// </summary>
    public bool Reference { get; init; }
}

/// <summary>
/// A navigation a <c>bool include{Navigation}</c> flag loads (Parsing/MultiEntityPlanner): true sets it from the other
/// table (a collection: the rows whose foreign key is the entity's key; a reference: the row the entity's foreign key
/// names), false leaves it not loaded (an empty collection where the entity had one, a null reference), as a fresh EF Core context does.
/// </summary>
/// <param name="Flag">The flag parameter.</param>
/// <param name="Entity">The read's entity type.</param>
/// <param name="EntityKey">Its key type.</param>
/// <param name="EntityTable">Its table's name.</param>
/// <param name="Navigation">The navigation property.</param>
/// <param name="IsCollection">A collection of the other type (else a reference to it).</param>
/// <param name="Target">The other type.</param>
/// <param name="TargetKey">Its key type.</param>
/// <param name="TargetTable">Its table's name.</param>
/// <param name="State">What the other table's rows are matched with, read off the entity <c>__e</c> (its key, or its foreign key).</param>
/// <param name="StateType">The type of <paramref name="State"/>.</param>
/// <param name="Match">The row's property compared with the state (the child's foreign key, or the parent's key).</param>
/// <param name="Tracked">Whether the fake has a unit of work (reads are tracked entities).</param>
/// <param name="IsList">The read returns a sequence of the entity (else one entity or null).</param>
internal sealed record NavigationLoadSpec(string Flag, string Entity, string EntityKey, string EntityTable, string Navigation, bool IsCollection,
    string Target, string TargetKey, string TargetTable, string State, string StateType, string Match, bool Tracked, bool IsList);
