namespace InMemoryFakes.Generators.Model;

/// <summary>
/// A unit of work whose properties are repositories (Parsing/CompositePlanner): one change tracker for all of them, and a
/// nested class per repository property, each planned as its interface would be on its own.
/// </summary>
/// <param name="Writes">Where the repositories' writes go: <see cref="UnitOfWorkModel.Deferred"/> unless the attribute says Immediate; <see cref="UnitOfWorkModel.None"/> for a bundle of repositories without any save (no change tracker).</param>
/// <param name="Parts">The repositories, in the order of their properties.</param>
/// <param name="ByEntity">A repository of several entity types (Parsing/MultiEntityPlanner): a part per entity type, the interface's members forwarding to them; <see cref="Writes"/> is <see cref="UnitOfWorkModel.None"/> when it has no save.</param>
/// <param name="SavesOnly">A unit of work of saves only (Parsing/SavesOnlyUnitOfWorkPlanner): no parts and no table; its saves write the shared tracker of its scope.</param>
internal sealed record CompositeSpec(UnitOfWorkModel Writes, EquatableArray<CompositePartSpec> Parts, bool ByEntity = false, bool SavesOnly = false);

/// <summary>One repository of a composite: the field that holds it and its nested class.</summary>
/// <param name="Field">The composite's field holding the one instance the property returns.</param>
/// <param name="Fake">The nested class (<see cref="FakeSpec.IsPart"/>).</param>
/// <param name="Read">How a container reads the repository from the unit of work <c>u</c> (<c>((global::N.IUnitOfWork)u).Posts</c>), or null when another property has the same repository type (a container could not tell which one to give).</param>
internal sealed record CompositePartSpec(string Field, FakeSpec Fake, string? Read);

/// <summary>A repository property of a composite: returns the one instance of its nested class.</summary>
/// <param name="Field">The field holding the instance.</param>
/// <param name="ClassName">The nested class.</param>
internal sealed record CompositeRepositoryOp(string Field, string ClassName) : OperationSpec;

/// <summary>A member of a repository of several entity types: forwards to the same member of its entity type's part.</summary>
/// <param name="Field">The field holding the part.</param>
internal sealed record PartMemberOp(string Field) : OperationSpec;
