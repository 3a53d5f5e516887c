using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Xunit.Tests;

/// <summary>Writes this test's own notes in several steps, yielding between them, and checks it sees only them.</summary>
public abstract class ParallelIsolationTest : InMemoryFixture
{
    [Fact]
    public async Task Sees_only_its_own_data()
    {
        var owner = GetType().Name;
        var notes = Get<INoteRepository>();
        for (var i = 0; i < 20; i++)
        {
            notes.Add(new Note { Id = owner + "-" + i, Owner = owner });
            await Task.Yield();
        }

        var all = notes.GetAll();
        Assert.Equal(20, all.Count);
        Assert.All(all, n => Assert.Equal(owner, n.Owner));
        Assert.Equal(20, all.Select(n => n.Id).Distinct().Count());
    }
}

public sealed class ParallelIsolation01 : ParallelIsolationTest;

public sealed class ParallelIsolation02 : ParallelIsolationTest;

public sealed class ParallelIsolation03 : ParallelIsolationTest;

public sealed class ParallelIsolation04 : ParallelIsolationTest;

public sealed class ParallelIsolation05 : ParallelIsolationTest;

public sealed class ParallelIsolation06 : ParallelIsolationTest;

public sealed class ParallelIsolation07 : ParallelIsolationTest;

public sealed class ParallelIsolation08 : ParallelIsolationTest;

public sealed class ParallelIsolation09 : ParallelIsolationTest;

public sealed class ParallelIsolation10 : ParallelIsolationTest;

public sealed class ParallelIsolation11 : ParallelIsolationTest;

public sealed class ParallelIsolation12 : ParallelIsolationTest;

public sealed class ParallelIsolation13 : ParallelIsolationTest;

public sealed class ParallelIsolation14 : ParallelIsolationTest;

public sealed class ParallelIsolation15 : ParallelIsolationTest;

public sealed class ParallelIsolation16 : ParallelIsolationTest;

public sealed class ParallelIsolation17 : ParallelIsolationTest;

public sealed class ParallelIsolation18 : ParallelIsolationTest;

public sealed class ParallelIsolation19 : ParallelIsolationTest;

public sealed class ParallelIsolation20 : ParallelIsolationTest;

public sealed class ParallelIsolation21 : ParallelIsolationTest;

public sealed class ParallelIsolation22 : ParallelIsolationTest;

public sealed class ParallelIsolation23 : ParallelIsolationTest;

public sealed class ParallelIsolation24 : ParallelIsolationTest;

public sealed class ParallelIsolation25 : ParallelIsolationTest;

public sealed class ParallelIsolation26 : ParallelIsolationTest;

public sealed class ParallelIsolation27 : ParallelIsolationTest;

public sealed class ParallelIsolation28 : ParallelIsolationTest;

public sealed class ParallelIsolation29 : ParallelIsolationTest;

public sealed class ParallelIsolation30 : ParallelIsolationTest;

public sealed class ParallelIsolation31 : ParallelIsolationTest;

public sealed class ParallelIsolation32 : ParallelIsolationTest;

public sealed class ParallelIsolation33 : ParallelIsolationTest;

public sealed class ParallelIsolation34 : ParallelIsolationTest;

public sealed class ParallelIsolation35 : ParallelIsolationTest;

public sealed class ParallelIsolation36 : ParallelIsolationTest;

public sealed class ParallelIsolation37 : ParallelIsolationTest;

public sealed class ParallelIsolation38 : ParallelIsolationTest;

public sealed class ParallelIsolation39 : ParallelIsolationTest;

public sealed class ParallelIsolation40 : ParallelIsolationTest;

public sealed class ParallelIsolation41 : ParallelIsolationTest;

public sealed class ParallelIsolation42 : ParallelIsolationTest;

public sealed class ParallelIsolation43 : ParallelIsolationTest;

public sealed class ParallelIsolation44 : ParallelIsolationTest;

public sealed class ParallelIsolation45 : ParallelIsolationTest;

public sealed class ParallelIsolation46 : ParallelIsolationTest;

public sealed class ParallelIsolation47 : ParallelIsolationTest;

public sealed class ParallelIsolation48 : ParallelIsolationTest;

public sealed class ParallelIsolation49 : ParallelIsolationTest;

public sealed class ParallelIsolation50 : ParallelIsolationTest;
