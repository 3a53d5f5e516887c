using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample54 (session 23): a repository whose rows come from elsewhere (AZ-2007's JSON-file patron repository: nothing
/// adds a patron, <c>Task UpdatePatron(Patron patron)</c> copies onto the stored one and does nothing for a patron it does
/// not hold). The update, its only write, is refused until a setting says what a missing row does; the refusal named only
/// <c>Insert</c> and <c>NotFound</c>, although <c>MissingUpdate = Ignore</c> lifts it too for an update that returns nothing.
/// </summary>
public class Sample54Tests
{
    private const string Members = Sources.Usings + """
        namespace S54;

        public class Member { public int Id { get; set; } public string Name { get; set; } = ""; public DateTime Until { get; set; } }

        [InMemoryFake]
        public interface IMemberRepository
        {
            Task<Member?> GetMember(int memberId);
            Task UpdateMember(Member member);
        }
        """;

    private static string Message(GeneratorRun run) => Assert.Single(run.GeneratorDiagnostics).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void The_refusal_of_an_only_write_update_that_returns_nothing_names_Ignore_beside_Insert_and_NotFound()
    {
        var run = GeneratorHarness.Run(Members);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Contains("state it on [InMemoryFake]: MissingUpdate = MissingUpdate.Insert (it stores a missing one), MissingUpdate = MissingUpdate.NotFound (it fails) "
            + "or MissingUpdate = MissingUpdate.Ignore (it does nothing: a store seeded from elsewhere that skips a row it does not hold). Implement it", Message(run), StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_of_an_only_write_update_that_returns_the_entity_does_not_name_Ignore_which_governs_no_such_update()
    {
        var run = GeneratorHarness.Run(Members.Replace("Task UpdateMember(Member member);", "Task<Member> UpdateMember(Member member);", StringComparison.Ordinal));

        var message = Message(run);
        Assert.Contains("MissingUpdate = MissingUpdate.Insert (it stores a missing one) or MissingUpdate = MissingUpdate.NotFound (it fails). Implement it", message, StringComparison.Ordinal);
        Assert.DoesNotContain("MissingUpdate.Ignore", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_Ignore_the_only_write_update_writes_a_stored_row_and_leaves_a_missing_one_out()
    {
        var run = GeneratorHarness.Run(Members.Replace("[InMemoryFake]", "[InMemoryFake(MissingUpdate = MissingUpdate.Ignore)]", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using InMemoryFakes;\nusing S54;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IMemberRepository members = new InMemoryMemberRepository();
                    var start = new DateTime(2025, 1, 10);
                    ((IInMemoryFake)members).Seed(new Member { Id = 1, Name = "Alice", Until = start });
                    var alice = members.GetMember(1).GetAwaiter().GetResult()!;
                    alice.Until = start.AddYears(1);
                    members.UpdateMember(alice).GetAwaiter().GetResult();
                    Is(start.AddYears(1), members.GetMember(1).GetAwaiter().GetResult()!.Until, "an update of a stored row writes it");
                    members.UpdateMember(new Member { Id = 42, Name = "Nobody" }).GetAwaiter().GetResult();
                    Is(null, members.GetMember(42).GetAwaiter().GetResult(), "an update of a row not stored does nothing: no error, nothing added");
                    Is("Alice", members.GetMember(1).GetAwaiter().GetResult()!.Name, "and leaves the stored rows as they were");
                }
            }
            """);
    }
}
