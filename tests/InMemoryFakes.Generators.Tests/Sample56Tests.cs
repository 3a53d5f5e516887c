using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample56 (session 23): MessageHandler.Runtime's <c>IStoreLeases&lt;T&gt; where T : ILease</c> was refused as a whole
/// (IMF0008, "no constraint with a key property"), though <c>ILease</c> declares <c>LeaseId</c>: the <c>{Name}Id</c> key
/// rule, which keys a class <c>Lease</c> by its <c>LeaseId</c>, was never read for a type parameter. It now reads the
/// name of each type the parameter is constrained to, an interface's without its <c>I</c>.
/// </summary>
public class Sample56Tests
{
    private const string Leases = Sources.Usings + """
        namespace S56;

        public interface ILease
        {
            string LeaseId { get; set; }
            string? Owner { get; set; }
        }

        public class Lease : ILease
        {
            public string LeaseId { get; set; } = "";
            public string? Owner { get; set; }
        }

        [InMemoryFake]
        public interface ILeaseStore<T> where T : ILease
        {
            Task Put(T lease);
            Task<T?> Get(string leaseId);
            Task<IList<T>> List();
            Task<bool> Delete(string leaseId);
        }
        """;

    [Fact]
    public void A_type_parameter_constrained_to_ILease_is_keyed_by_its_LeaseId()
    {
        var run = GeneratorHarness.Run(Leases);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S56;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    ILeaseStore<Lease> leases = new InMemoryLeaseStore<Lease>();
                    leases.Put(new Lease { LeaseId = "partition-0", Owner = "a" }).GetAwaiter().GetResult();
                    leases.Put(new Lease { LeaseId = "partition-1", Owner = "a" }).GetAwaiter().GetResult();
                    Is(2, leases.List().GetAwaiter().GetResult().Count, "two leases of two ids");
                    leases.Put(new Lease { LeaseId = "partition-0", Owner = "b" }).GetAwaiter().GetResult();
                    Is(2, leases.List().GetAwaiter().GetResult().Count, "a Put of a stored LeaseId replaces it: the LeaseId is the key");
                    Is("b", leases.Get("partition-0").GetAwaiter().GetResult()?.Owner, "Get reads by the LeaseId");
                    Is(null, leases.Get("Partition-0").GetAwaiter().GetResult(), "ordinally");
                    Is(true, leases.Delete("partition-0").GetAwaiter().GetResult(), "Delete removes by the LeaseId");
                    Is("partition-1", leases.List().GetAwaiter().GetResult().Single().LeaseId, "and only that lease");
                }
            }
            """);
    }

    [Fact]
    public void A_constraint_whose_name_names_no_property_still_leaves_the_type_parameter_without_a_key()
    {
        // IOwned declares OwnerId: the id of another thing (the owner), not {Owned}Id, so it is no key of T.
        var source = Leases.Replace("public interface ILease\n{\n    string LeaseId { get; set; }", "public interface IOwned\n{\n    string OwnerId { get; set; }", StringComparison.Ordinal)
            .Replace("public class Lease : ILease\n{\n    public string LeaseId { get; set; } = \"\";", "public class Lease : IOwned\n{\n    public string OwnerId { get; set; } = \"\";", StringComparison.Ordinal)
            .Replace("where T : ILease", "where T : IOwned", StringComparison.Ordinal);
        Assert.Contains("where T : IOwned", source, StringComparison.Ordinal);
        Assert.Contains("string OwnerId { get; set; }", source, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assertions.NeverFailed(run);
        Assert.Equal("IMF0008", Assert.Single(run.GeneratorDiagnostics, static d => d.Id.StartsWith("IMF", StringComparison.Ordinal)).Id);
    }

    [Fact]
    public void Two_constraints_that_name_two_different_keys_leave_it_unkeyed()
    {
        var source = Leases.Replace("public class Lease : ILease", "public interface IClaim { string ClaimId { get; set; } }\n\npublic class Lease : ILease, IClaim", StringComparison.Ordinal)
            .Replace("    public string? Owner { get; set; }\n}\n\n[InMemoryFake]", "    public string? Owner { get; set; }\n    public string ClaimId { get; set; } = \"\";\n}\n\n[InMemoryFake]", StringComparison.Ordinal)
            .Replace("where T : ILease", "where T : ILease, IClaim", StringComparison.Ordinal);
        Assert.Contains("where T : ILease, IClaim", source, StringComparison.Ordinal);
        Assert.Contains("public string ClaimId { get; set; } = \"\";", source, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assertions.NeverFailed(run);
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0008");
    }
}
