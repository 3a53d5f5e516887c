using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample101 (session 33), inventory and warehouse systems. The one pick, mkasperczyk90/Warehouse's
/// <c>ICatalogProductReplica</c> (a replica of catalog products keyed by a <c>ProductCode</c> record, EF Core behind a
/// separate unit of work), was refused whole on the first try (IMF0009: no key; rightly, below). With the key stated
/// (<c>Key = "Code"</c>) its <c>FindUnknownAsync(IReadOnlyCollection&lt;ProductCode&gt; codes)</c> (the codes given that no
/// product has) was refused as "it returns ProductCode, not CatalogProductSnapshot … ProductCode has no key, so the fake
/// keeps no table of it either": a key on <c>ProductCode</c> would not help, the member asks a question of keys. A member
/// that takes a collection of the entity's keys and answers keys is refused now as what it is: which keys given are
/// stored is the fake's to tell, whether repeats come back and in which order each store answers its own way (LINQ's
/// <c>Except</c>, a <c>Where</c>, a <c>HashSet</c>), and the message names the one-line member over <c>Store.Exists</c>.
/// </summary>
public class Sample101Tests
{
    private const string Replica = Sources.Usings + """
        using System.Linq;

        namespace W;

        public sealed record ProductCode
        {
            private ProductCode(string value) => Value = value;
            public string Value { get; }
            public static ProductCode Of(string value) => new ProductCode(value.Trim().ToUpperInvariant());
        }

        public sealed class CatalogProductSnapshot
        {
            public CatalogProductSnapshot(ProductCode code, string baseUnit) { Code = code; BaseUnit = baseUnit; }
            private CatalogProductSnapshot() { }
            public ProductCode Code { get; private set; } = null!;
            public string BaseUnit { get; private set; } = null!;
            public void Apply(string baseUnit) => BaseUnit = baseUnit;
        }

        """;

    private static string Interface(string attribute, string keysMember) => Replica + attribute + """

        public interface ICatalogProductReplica
        {
            Task<CatalogProductSnapshot?> FindAsync(ProductCode code, CancellationToken cancellationToken = default);
        """ + "\n    " + keysMember + "\n" + """
            void Add(CatalogProductSnapshot snapshot);
            void Update(CatalogProductSnapshot snapshot);
        }
        """;

    private const string Unknown = "Task<IReadOnlyCollection<ProductCode>> FindUnknownAsync(IReadOnlyCollection<ProductCode> codes, CancellationToken cancellationToken = default);";

    [Fact]
    public void A_member_answering_keys_for_the_keys_given_is_refused_as_a_question_of_keys()
    {
        var run = GeneratorHarness.Run(Interface("[InMemoryFake(Key = \"Code\")]", Unknown));
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("IMF0001", DiagnosticSeverity.Error, "FindUnknownAsync"), (diagnostic.Id, diagnostic.Severity, Refusals.PointedAt(diagnostic)));
        Assert.Equal(
            "'FindUnknownAsync' of ICatalogProductReplica matches no entity repository convention: it answers keys of CatalogProductSnapshot (ProductCode) for the keys in 'codes', not rows: "
                + "which of them are stored is the fake's to tell, but whether a key given twice comes back twice, in which order, and in what form each store answers its own way "
                + "(LINQ's Except answers each once in the order given, a Where over them keeps repeats, a HashSet has no order; a store may normalize them), and no signature says which; "
                + "write the member over Store.Exists(key) (codes.Distinct().Where(k => !Store.Exists(k)).ToList() for the keys not stored, as Except answers)"
                + ". Implement it in the partial class InMemoryCatalogProductReplica, where its Store property reaches the fake's table in one line: await Store.CallAsync(nameof(FindUnknownAsync), cancellationToken, codes) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Another_name_of_the_same_question_is_refused_the_same_way()
    {
        const string name = "GetMissingCodesAsync", parameter = "'codes'";
        var run = GeneratorHarness.Run(Interface("[InMemoryFake(Key = \"Code\")]", "Task<IReadOnlyList<ProductCode>> GetMissingCodesAsync(IEnumerable<ProductCode> codes);"));
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(("IMF0001", name), (diagnostic.Id, Refusals.PointedAt(diagnostic)));
        Assert.Contains("it answers keys of CatalogProductSnapshot (ProductCode) for the keys in " + parameter + ", not rows", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
