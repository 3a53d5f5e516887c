namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// What kind of predicate over a type a parameter or member is (<see cref="TypeFacts.PredicateKind"/>): a delegate the fake
/// calls as it is, or an expression tree it compiles first. Session 42 (h-count42): before, the numbers 0, 1 and 2.
/// </summary>
internal enum PredicateForm
{
    /// <summary>No predicate: any type but the two below.</summary>
    None,

    /// <summary><c>Func&lt;T, bool&gt;</c>: called as it is.</summary>
    Func,

    /// <summary><c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>: compiled, then called (LINQ providers translate it instead).</summary>
    Expression,
}
