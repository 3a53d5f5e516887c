using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-count40 (session 40): count names <c>Get[All|Total]{Noun}[Long]Count</c> are read in one place
/// (<c>QueryNameParser.ReadCountName</c>, what each use takes in <c>QueryNameParser.CountsEveryRow</c>), where h-sample131
/// (beside a predicate, and <c>GetAll…Count()</c>), h-sample61 (given a specification) and h-sample128 (before a By) each
/// read them their own way. The paths the one reading exposed that no test held: <c>All</c> and <c>Total</c> are whole
/// words (beside a predicate they were stripped as letters, so <c>GetAllergiesCount(predicate)</c> of an <c>Allergy</c> was
/// refused for "'Allergies' between Get and Count", the entity's own plural), <c>LongCount</c> after All with no parameters,
/// <c>LongCount</c> before a By (refused then, as beside a predicate; a count since session 41, Count41Tests), and a name
/// read by its words without parameters too
/// (<c>GetAll_Count()</c> was "not a known verb" where <c>Get_All_Count(predicate)</c> counted). Also the product
/// namespaces of <c>Parsing/FrameworkTypes.cs</c>, now matched segment by segment without a list: a namespace that only
/// starts with a product namespace's letters is the user's.
/// </summary>
public class Count40Tests
{
    private const string Named = Sources.Usings + """
        #nullable enable
        namespace V;

        public sealed class Allergy { public int Id { get; set; } public int PatientId { get; set; } }
        public sealed class Totalizer { public int Id { get; set; } public int SiteId { get; set; } }

        [InMemoryFake]
        public interface IAllergyRepository
        {
            void Add(Allergy allergy);
            Allergy? Get(int id);
            int GetAllergiesCount(Func<Allergy, bool> predicate);
            long GetAllLongCount();
            long GetAllAllergiesLongCount();
            int GetAll_Count();
        }

        [InMemoryFake]
        public interface ITotalizerRepository
        {
            void Add(Totalizer totalizer);
            Totalizer? Get(int id);
            int GetTotalizersCount(Func<Totalizer, bool> predicate);
        }
        """;

    [Fact]
    public void All_and_Total_are_words_so_an_entity_named_with_those_letters_counts_beside_a_predicate()
    {
        var run = GeneratorHarness.Run(Named);
        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAllergyRepository allergies = new InMemoryAllergyRepository();
                    Is(0L, allergies.GetAllLongCount(), "an empty table counts 0");
                    allergies.Add(new Allergy { Id = 1, PatientId = 7 });
                    allergies.Add(new Allergy { Id = 2, PatientId = 7 });
                    allergies.Add(new Allergy { Id = 3, PatientId = 8 });
                    Is(2, allergies.GetAllergiesCount(a => a.PatientId == 7), "GetAllergiesCount(predicate): the matches");
                    Is(0, allergies.GetAllergiesCount(a => a.PatientId == 9), "no match counts 0");
                    Is(3L, allergies.GetAllLongCount(), "GetAllLongCount(): every row, as long");
                    Is(3L, allergies.GetAllAllergiesLongCount(), "GetAllAllergiesLongCount(): every row, as long");
                    Is(3, allergies.GetAll_Count(), "GetAll_Count(): the words of GetAllCount, as Get_All_Count(predicate) was read before");
                    ITotalizerRepository totalizers = new InMemoryTotalizerRepository();
                    totalizers.Add(new Totalizer { Id = 1, SiteId = 4 });
                    totalizers.Add(new Totalizer { Id = 2, SiteId = 5 });
                    Is(1, totalizers.GetTotalizersCount(t => t.SiteId == 4), "GetTotalizersCount(predicate): the matches");
                }
            }
            """);
    }

    [Fact]
    public void A_namespace_that_only_starts_with_a_product_namespace_s_letters_is_the_user_s()
    {
        // Microsoft.AspNetCoreApp is no Microsoft.AspNetCore: its IPersistentComponentStateStore is the user's own interface,
        // refused as it is in any app's namespace, where the product's stand-in keeps the framework's whole-state replace
        // (UserMicrosoftNamespaceTests).
        var run = GeneratorHarness.Run(Sources.Usings
            + "namespace Microsoft.AspNetCoreApp.Components { [InMemoryFake] public interface IPersistentComponentStateStore { Task<IDictionary<string, byte[]>> GetPersistedStateAsync(); Task PersistStateAsync(IReadOnlyDictionary<string, byte[]> state); } }");
        Assert.Contains(run.GeneratorDiagnostics, static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "PersistStateAsync");
        Assert.DoesNotContain("KeyValueTableOperations.ReplaceAll", string.Join("\n", run.Sources.Select(static s => s.Value)), StringComparison.Ordinal);
    }
}
