// Source: https://github.com/abstractspoon/ToDoList_Dev
// Commit: 1e6bddbc7d24
// Licence: EPL-1.0 (Plugins/LICENSE; CloudControl is a third-party component kept under Plugins/3rdParty) (an interface
//   signature and minimal models transcribed for a test)
// Sample: h-sample84 rule, fixed before any interface was looked at: the repositories find_repos("Todo") lists, in its
//   order, keeping those with C# files (then find_repos("Task") when that list runs out); in each, at its newest stored
//   snapshot (fetch, then git grep, paths sorted ordinally, line order within a file; find_files and read_file where no
//   snapshot can be had), the first C# interface outside test paths that declares at least 3 members and whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection: read as in
//   h-sample70, 76 and 81, the members reading or writing records the implementation holds or hands on to such a store,
//   a settings file included); not a corpus source already; a licence that allows transcribing a signature (no licence
//   file: skipped, as in h-sample76 and 81); at most 1 per repository; stop after 5. Of the 100 repositories
//   find_repos("Todo") lists, 91 hold no C# (find_files lists none: React, Vue, Rails, Flutter, Go and PHP to-do apps,
//   Mastodon and its forks); tastejs/todomvc's C# is an old Blazor example and a Silverlight helper with no interface
//   (none at its newest snapshot); todorkrastev/software-university's is console exercises with no interface;
//   sharlayan/mastodon's one Program.cs has none; Todorcevic/Mythos-and-Horrors, Todorcevic/PROJECT-Arkham-Horror-LCG,
//   MetodosArke/arke-system and AdmGibraltar/sept2018contodopapa have no licence file. That gives 2; then
//   find_repos("Task"), in its order: cruzlauroiii/prtask.com has no licence file (its C# is decompiled SDK contracts);
//   drmoisan/TaskMaster; microsoft/azure-pipelines-tasks; Chris0Jeky/Taskdeck,
//   koldovsky/2026-fwdays-agentic-greenfield-task, ayushrai-hub/RLHF-tasks and NguyenAnhDuc42/TaskPlanner have no licence
//   file; hamed-shirbandi/TaskoMask; the other 34 repositories up to it hold no C#. Picks, in order:
//   abstractspoon/ToDoList_Dev ILayout; cvetomir-todorov/CecoChat IIdChannel; drmoisan/TaskMaster IQfcQueue;
//   microsoft/azure-pipelines-tasks IDebugConfigGenerator; hamed-shirbandi/TaskoMask INotificationService.
//   This one: the 1st pick (the 19th repository of find_repos("Todo"); its C# is the plugins', the core is C++). Before it
//   in path order: IGraphicEngine (Geometry/IGraphicEgine.cs: GdiGraphicEngine measures and draws words with GDI and
//   keeps only its last font, no records).
// Path: Plugins/3rdParty/CloudControl/Geometry/ILayout.cs (the interface; its implementations BaseLayout.cs,
//   TypewriterLayout.cs and SpiralLayout.cs, made by LayoutFactory.cs for the word-cloud control of the WordCloud UI
//   extension; models: Geometry/LayoutItem.cs, TextAnalyses/Processing/IWord.cs, Geometry/IGraphicEgine.cs)
// Adapted: IWord, LayoutItem and IGraphicEngine kept whole (LayoutItem's Clone too); the QuadTree and the control are not
//   transcribed. Nullable disabled, as in the source (an old-style project without <Nullable>).
// Real store: BaseLayout over a QuadTree<LayoutItem> of its surface, a rectangle of the size the control hands
//   LayoutFactory.CreateLayout (TypewriterLayout or SpiralLayout). Arrange(words, graphicEngine) measures each word with
//   the engine (SizeF Measure(word)) and inserts a LayoutItem at the first free rectangle its strategy finds (the
//   typewriter fills lines left to right from the top left; the spiral walks out from the centre), stopping at the first
//   word that does not fit; it returns how many words it placed (null words: ArgumentNullException("words"), nothing
//   placed). GetWordsInArea(area) lists the items whose rectangles intersect the area. GetUsedSize() is the size of the
//   union of the placed rectangles (SizeF.Empty before any). GetSize() is the surface's size, fixed at construction.
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 on all four (Arrange, GetWordsInArea, GetUsedSize, GetSize: "not a known
//   verb", or a Get whose noun is none of the store's) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the layout is a spatial index filled by measuring each word
//   through another interface and placing it by a strategy, a query by rectangle intersection and two sizes, one of them
//   the constructor's; no signature says any of that.
#nullable disable

using System;
using System.Collections.Generic;
using System.Drawing;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ToDoListDev.ILayoutCase;

public interface IWord : IComparable<IWord>
{
    string Text { get; }
    int Occurrences { get; }
    string GetCaption();
}

public class LayoutItem
{
    public LayoutItem(RectangleF rectangle, IWord word)
    {
        this.Rectangle = rectangle;
        Word = word;
    }

    public RectangleF Rectangle { get; private set; }
    public IWord Word { get; private set; }

    public LayoutItem Clone()
    {
        return new LayoutItem(this.Rectangle, this.Word);
    }
}

public interface IGraphicEngine : IDisposable
{
    SizeF Measure(IWord word);
    void Draw(LayoutItem layoutItem);
    void DrawEmphasized(LayoutItem layoutItem);
}

[InMemoryFake]
public interface ILayout
{
    // Returns the number of words that fitted
    int Arrange(IEnumerable<IWord> words, IGraphicEngine graphicEngine);

    IEnumerable<LayoutItem> GetWordsInArea(RectangleF area);
    SizeF GetUsedSize();
    SizeF GetSize();
}

public sealed class Word : IWord
{
    public Word(string text, int occurrences)
    {
        Text = text;
        Occurrences = occurrences;
    }

    public string Text { get; }
    public int Occurrences { get; }
    public string GetCaption() => Text + " (" + Occurrences + ")";
    public int CompareTo(IWord other) => other.Occurrences.CompareTo(Occurrences);
}

// Measures every word as 10 wide per letter and 10 high, as a fixed-pitch font would.
public sealed class FixedPitchEngine : IGraphicEngine
{
    public SizeF Measure(IWord word) => new SizeF(10 * word.Text.Length, 10);
    public void Draw(LayoutItem layoutItem) { }
    public void DrawEmphasized(LayoutItem layoutItem) { }
    public void Dispose() { }
}

public static class Smoke
{
    // What LayoutFactory.CreateLayout(LayoutType.Typewriter, new SizeF(100, 100)) does; the surface's size is the
    // constructor's, which a fake of the interface cannot be given.
    public static Task RunAsync(ILayout layout)
    {
        using var engine = new FixedPitchEngine();
        Check.Equal(0, layout.GetWordsInArea(new RectangleF(0, 0, 100, 100)).Count(), "a new layout holds no word");
        Check.Equal(SizeF.Empty, layout.GetUsedSize(), "and uses no room");
        Check.Equal(new SizeF(100, 100), layout.GetSize(), "GetSize is the surface's size");
        Check.Throws<ArgumentNullException>(() => layout.Arrange(null, engine), "Arrange(null) throws ArgumentNullException");

        var placed = layout.Arrange(new IWord[] { new Word("todo", 5), new Word("list", 3), new Word("task", 2), new Word("done", 1) }, engine);
        Check.Equal(4, placed, "Arrange places every word that fits and says how many");
        Check.Equal(2, layout.GetWordsInArea(new RectangleF(0, 0, 100, 9)).Count(), "the typewriter fills the first line with two 40-wide words");
        Check.Equal(new SizeF(80, 20), layout.GetUsedSize(), "GetUsedSize is the union of the placed rectangles: two lines of two words");

        var more = layout.Arrange(Enumerable.Range(0, 20).Select(i => (IWord)new Word("word" + i, 1)), engine);
        Check.True(more < 20, "Arrange stops at the first word that does not fit on the surface");
        return Task.CompletedTask;
    }
}
