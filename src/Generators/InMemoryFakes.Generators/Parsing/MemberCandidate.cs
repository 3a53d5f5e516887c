using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>An interface member to implement, with its shape worked out. Lives only while parsing.</summary>
internal sealed class MemberCandidate
{
    public MemberCandidate(ISymbol symbol, int hierarchyIndex, bool isExplicit, ReturnShape shape, ITypeSymbol? result, IParameterSymbol[] parameters, IParameterSymbol? token, bool tooManyTokens, Location? location, bool isHandWritten, string sortKey)
    {
        Symbol = symbol;
        HierarchyIndex = hierarchyIndex;
        IsExplicit = isExplicit;
        Shape = shape;
        Result = result;
        Parameters = parameters;
        Token = token;
        TooManyTokens = tooManyTokens;
        Location = location;
        IsHandWritten = isHandWritten;
        SortKey = sortKey;
        Verb = HardDeletes.Strip(LocalizedNames.ToEnglish(QueryFilterBypass.Strip(Conventions.VerbOf(symbol.Name))));
    }

    public ISymbol Symbol { get; }

    /// <summary>The position of the declaring interface in the hierarchy (the faked interface is 0).</summary>
    public int HierarchyIndex { get; }

    public IMethodSymbol? Method => Symbol as IMethodSymbol;

    public IPropertySymbol? Property => Symbol as IPropertySymbol;

    public bool IsExplicit { get; }

    /// <summary>
    /// The name without a trailing <c>Async</c>, read in English when it is written in Portuguese or Spanish
    /// (<c>ObterPorId</c> is <c>GetById</c>: <see cref="LocalizedNames"/>), and without an ending that says it reads past
    /// the query filters (<c>FindIgnoreQueryFilters</c> is <c>Find</c>: <see cref="QueryFilterBypass"/>), and without the
    /// <c>Hard</c> of a hard delete (<c>HardDelete</c> is <c>Delete</c>: <see cref="HardDeletes"/>). Messages name the member by <see cref="Symbol"/>.
    /// </summary>
    public string Verb { get; }

    public ReturnShape Shape { get; }

    /// <summary>The logical result: T of Task&lt;T&gt;, element of an async stream, the return type of a sync member; null for void.</summary>
    public ITypeSymbol? Result { get; }

    /// <summary>The parameters without the cancellation token.</summary>
    public IParameterSymbol[] Parameters { get; }

    public IParameterSymbol? Token { get; }

    public bool TooManyTokens { get; }

    public Location? Location { get; }

    /// <summary>Implemented by the user in the partial class: the escape hatch.</summary>
    public bool IsHandWritten { get; }

    /// <summary>Orders members canonically (name, then signature), so member order never changes the output.</summary>
    public string SortKey { get; }

    public bool IsVoid => Result is null && Shape != ReturnShape.AsyncEnumerable;

    /// <summary>
    /// A method generic over the entity type, read as a member of the repository of its type parameter (Parsing/PerTypePlanner):
    /// its type parameter is the entity of the part it is planned in, so the conventions read it as they read the same
    /// member without a type parameter (<c>T GetById&lt;T&gt;(int id)</c> as <c>T GetById(int id)</c> of a repository of T).
    /// </summary>
    public bool OverEntityType { get; init; }

    /// <summary>A generic method whose type parameters are its own (not <see cref="OverEntityType"/>): the generic-method conventions read it.</summary>
    public bool IsGenericMethod => Method is { IsGenericMethod: true } && !OverEntityType;

    /// <summary>The same member planned without one parameter (an expected concurrency token, which the write then checks).</summary>
    public MemberCandidate Without(IParameterSymbol parameter)
        => new(Symbol, HierarchyIndex, IsExplicit, Shape, Result, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(Parameters, p => !SymbolEqualityComparer.Default.Equals(p, parameter))),
            Token, TooManyTokens, Location, IsHandWritten, SortKey) { OverEntityType = OverEntityType };

    /// <summary>
    /// The same member read under another verb: a name whose words are in another order than the conventions read
    /// (<c>PatientExistsByEmail</c> read as <c>ExistsPatientByEmail</c>); messages still name the member by <see cref="Symbol"/>.
    /// </summary>
    public MemberCandidate WithVerb(string verb) => new(this, verb);

    private MemberCandidate(MemberCandidate other, string verb)
    {
        Symbol = other.Symbol;
        HierarchyIndex = other.HierarchyIndex;
        IsExplicit = other.IsExplicit;
        Shape = other.Shape;
        Result = other.Result;
        Parameters = other.Parameters;
        Token = other.Token;
        TooManyTokens = other.TooManyTokens;
        Location = other.Location;
        IsHandWritten = other.IsHandWritten;
        SortKey = other.SortKey;
        OverEntityType = other.OverEntityType;
        Verb = verb;
    }

    /// <summary>The member's name as C# spells it: <c>operator +</c> rather than <c>op_Addition</c>.</summary>
    public string DisplayName => TypeNames.DisplayName(Symbol);
}
