using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The word <c>Single</c> in a predicate lookup's name (session 32, from h-review32's finding). As the verb
/// (<c>SingleOrDefaultAsync(predicate)</c>) it is LINQ's single-match: several matches throw LINQ's
/// <c>InvalidOperationException</c>. After another verb it did not say so and was read as the first match in insertion
/// order, while docs/generator.md ("Several matches for a single result") said a name holding <c>Single</c> gives the
/// LINQ error: repositories named <c>GetSingle(predicate)</c> answer <c>FirstOrDefault</c> (The Date App, BookStore,
/// chsakell's tutorial) as often as <c>SingleOrDefault</c>. A bare <c>GetSingle</c> now follows <c>SeveralMatches</c>
/// (unstated: the error that names the setting), and <c>GetSingleOrDefault</c> is LINQ's single-match.
/// </summary>
public class SingleWordTests
{
    private const string Model = Sources.Usings + """
        namespace V;

        public class Note
        {
            public int Id { get; set; }
            public string Topic { get; set; } = "";
        }

        """;

    private const string Members = """
        {
            void Add(Note note);
            Note? GetSingle(System.Linq.Expressions.Expression<Func<Note, bool>> predicate);
            Task<Note?> GetSingleAsync(System.Linq.Expressions.Expression<Func<Note, bool>> predicate);
        }
        """;

    private const string Seed = """
                    var notes = new InMemoryNotes();
                    notes.Add(new Note { Id = 1, Topic = "a" });
                    notes.Add(new Note { Id = 2, Topic = "b" });
                    notes.Add(new Note { Id = 3, Topic = "b" });
        """;

    [Fact]
    public void GetSingle_of_several_matches_throws_unless_SeveralMatches_states_the_answer()
    {
        var run = GeneratorHarness.Run(Model + "[InMemoryFake]\npublic interface INotes\n" + Members);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
            """ + Seed + """
                    Is(1, notes.GetSingle(n => n.Topic == "a")?.Id, "one match is the match");
                    Is(null, notes.GetSingle(n => n.Topic == "z"), "no match is null, as Note? says");
                    Throws<InvalidOperationException>(() => notes.GetSingle(n => n.Topic == "b"), null, "two matches: the name does not say which, so the unstated setting throws");
                    Throws<InvalidOperationException>(() => notes.GetSingleAsync(n => n.Topic == "b").GetAwaiter().GetResult(), null, "the async form too");
                }
            }
            """);
    }

    [Fact]
    public void GetSingle_of_several_matches_answers_the_first_under_SeveralMatches_First()
    {
        var run = GeneratorHarness.Run(Model + "[InMemoryFake(SeveralMatches = SeveralMatches.First)]\npublic interface INotes\n" + Members);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
            """ + Seed + """
                    Is(2, notes.GetSingle(n => n.Topic == "b")?.Id, "the first of two matches, in insertion order (FirstOrDefault, as stated)");
                    Is(2, notes.GetSingleAsync(n => n.Topic == "b").GetAwaiter().GetResult()?.Id, "the async form too");
                }
            }
            """);
    }

    [Fact]
    public void SingleOrDefault_in_the_name_is_LINQs_single_match_whatever_the_verb_before_it()
    {
        var run = GeneratorHarness.Run(Model + """
            [InMemoryFake]
            public interface INotes
            {
                void Add(Note note);
                Note? GetSingleOrDefault(System.Linq.Expressions.Expression<Func<Note, bool>> predicate);
                Task<Note?> SingleOrDefaultAsync(System.Linq.Expressions.Expression<Func<Note, bool>> predicate);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
            """ + Seed + """
                    Is(1, notes.GetSingleOrDefault(n => n.Topic == "a")?.Id, "one match is the match");
                    Is(null, notes.GetSingleOrDefault(n => n.Topic == "z"), "no match is null");
                    Throws<InvalidOperationException>(() => notes.GetSingleOrDefault(n => n.Topic == "b"), null, "two matches: LINQ's SingleOrDefault throws");
                    Throws<InvalidOperationException>(() => notes.SingleOrDefaultAsync(n => n.Topic == "b").GetAwaiter().GetResult(), null, "so does SingleOrDefaultAsync, as before");
                }
            }
            """);
    }
}
