namespace InMemoryFakes.Generators.Model;

/// <summary>
/// <c>Single()</c> / <c>SingleOrDefault()</c> with no parameters: LINQ's <c>Enumerable.Single</c> /
/// <c>SingleOrDefault</c> over a copy of every stored entity, so none (Single) or more than one throws
/// <c>InvalidOperationException</c> as the real store's <c>All().Single()</c> does, and none gives null (SingleOrDefault).
/// </summary>
internal sealed record EntitySingleOfAllOp(bool OrDefault) : OperationSpec;
