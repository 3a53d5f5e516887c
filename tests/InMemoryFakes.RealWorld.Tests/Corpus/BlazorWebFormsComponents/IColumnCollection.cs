// Source: https://github.com/FritzAndFriends/BlazorWebFormsComponents
// Commit: 31547586b224
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample69 rule (the whole rule and the repositories it skipped: Corpus/BootstrapBlazor/IDynamicObjectContext.cs).
//   This one: the 6th pick (the 11th of find_repos("Blazor")), the last. Before it in path order: the CLI's
//   transforms and detectors, INamingContainer (no member), IPageService (three scalar fields, no entries: see the rule),
//   IButtonComponent, ICalendarStyleContainer and IColumn<ItemType> (a column, the entry); so IColumnCollection<ItemType>
//   (3 members).
// Path: src/BlazorWebFormsComponents/Interfaces/IColumnCollection.cs (real store: GridView.razor.cs, and the same code
//   in DataGrid.razor.cs and DetailsView.razor.cs; model: Interfaces/IColumn.cs)
// Adapted: IColumn<ItemType> cut down to its three properties (Render and RenderEdit, which return a Blazor
//   RenderFragment, dropped); HeaderColumn stands for BoundField<ItemType>; the source has no attribute (a generic
//   interface), so the fake is closed over Product in a partial class. Nullable disabled, as in the source (the
//   library's project does not enable it).
// Real store: GridView<ItemType> (a Blazor component) over List<IColumn<ItemType>> ColumnList, a new empty list.
//   AddColumn(column) appends the column (each column component adds itself when it initializes; the same one twice is
//   listed twice) and re-renders; RemoveColumn(column) removes its first occurrence (by reference: List.Remove with
//   the default equality) and re-renders, a column not listed is nothing. ColumnList's setter replaces the list.
// Shapes: *=12
// First try (137a868c): incomplete: IMF0001 ColumnList (a property with a setter), AddColumn and RemoveColumn (the
//   column compares by reference, an interface) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: an ordered list of column objects that keeps repeats and
//   is reached through a settable List property, no keyed store; the collection is the component itself.
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BlazorWebFormsComponents.IColumnCollectionCase;

public interface IColumn<ItemType>
{
    string HeaderText { get; set; }

    string SortExpression { get; set; }

    IColumnCollection<ItemType> ParentColumnsCollection { get; set; }
}

public interface IColumnCollection<ItemType>
{
    List<IColumn<ItemType>> ColumnList { get; set; }

    void AddColumn(IColumn<ItemType> column);

    void RemoveColumn(IColumn<ItemType> column);
}

public class Product
{
    public int Id { get; set; }

    public string Name { get; set; }
}

public class HeaderColumn : IColumn<Product>
{
    public string HeaderText { get; set; }

    public string SortExpression { get; set; }

    public IColumnCollection<Product> ParentColumnsCollection { get; set; }
}

[InMemoryFake(typeof(IColumnCollection<Product>))]
public partial class ProductColumnsFake;

public static class Smoke
{
    public static Task RunAsync(IColumnCollection<Product> grid)
    {
        Check.Equal(0, grid.ColumnList.Count, "a new grid has no column");

        var name = new HeaderColumn { HeaderText = "Name", SortExpression = "Name" };
        var id = new HeaderColumn { HeaderText = "Id" };
        grid.AddColumn(name);
        grid.AddColumn(id);
        grid.AddColumn(name);
        Check.Equal(3, grid.ColumnList.Count, "AddColumn appends, the same column twice too");
        Check.True(ReferenceEquals(name, grid.ColumnList[0]), "ColumnList holds the column objects given, in order");

        grid.RemoveColumn(name);
        Check.Equal(2, grid.ColumnList.Count, "RemoveColumn removes one occurrence");
        Check.True(ReferenceEquals(id, grid.ColumnList[0]), "the first");
        grid.RemoveColumn(new HeaderColumn { HeaderText = "Name", SortExpression = "Name" });
        Check.Equal(2, grid.ColumnList.Count, "a column equal in values but not listed is not removed (reference equality)");

        grid.ColumnList = new List<IColumn<Product>> { id };
        Check.Equal(1, grid.ColumnList.Count, "the setter replaces the list");
        Check.True(grid.ColumnList.Single() == id, "with the list given");
        return Task.CompletedTask;
    }
}
