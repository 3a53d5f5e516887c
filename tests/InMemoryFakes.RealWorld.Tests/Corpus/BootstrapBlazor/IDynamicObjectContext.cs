// Source: https://github.com/dotnetcore/BootstrapBlazor
// Commit: 00ce3eb4a7bf
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample69 rule, fixed before probing: the repositories find_repos("Blazor") lists, in its order (then
//   find_repos("Maui") if that list ran out); in each, at its newest stored snapshot (fetch, then git grep, paths sorted
//   ordinally; find_files and read_file where the snapshot is over fetch's limit), the first C# interface outside paths
//   containing "test" that declares at least 3 members and whose implementation in the same repository keeps state (a
//   database, cache, blob, table, in-memory collection); not a corpus source already; at most 1 per repository; stop
//   after 6. "Keeps state" was read, at the first repository and for all after it, as: the interface's members read or
//   write entries of that state; a record or row object (BootstrapBlazor's IDynamicObject, a DataRow wrapper), a UI
//   component's own settings and a service holding three scalar fields (BlazorWebFormsComponents' IPageService: Title,
//   MetaDescription, MetaKeywords) are not stores. Walk: dotnetcore/BootstrapBlazor (this one); syncfusion-content/
//   blazor-docs is over fetch's limit and find_files lists no .cs file in it: skipped; Megabit/Blazorise's licence is a
//   commercial licence agreement (blazorise.com SLA): skipped; dymaptic/GeoBlazor's interfaces are ArcGIS type markers
//   and JS-interop views, none implemented by a store: skipped; radzenhq/radzen-blazor IAIChatService; MudBlazor/MudBlazor
//   INotificationService (the docs' IApiLinkService declares 2 members, IMenuService is a menu built in code, no writes);
//   microsoft/fluentui-blazor IKeyCodeService (sampled by h-sample24, which found nothing there, and no source yet: the
//   demo's IStaticAssetService declares 1 member, DialogService only raises events); aicode1yun/Tempo.Blazor has no
//   licence file (its first, IDiagramCommandStack, would have been the pick): skipped; telerik/blazor-docs has no .cs
//   file: skipped; masastack/MASA.Blazor IPopupService (not MASA.Framework, a source); FritzAndFriends/
//   BlazorWebFormsComponents IColumnCollection<ItemType>. Six, so the walk stopped there.
//   This one: the 1st pick. Its components' interfaces come first in path order and none is a store (IColumnCollection
//   declares 1 member; ITable, IValidateCollection, IErrorLogger are contracts of components, whose settings they
//   read); then Dynamic/IDynamicColumnsObject and IDynamicObject, the row objects; so IDynamicObjectContext (8 members).
// Path: src/BootstrapBlazor/Dynamic/IDynamicObjectContext.cs (real store: Dynamic/DataTableDynamicContext.cs over its
//   base Dynamic/DynamicObjectContext.cs; models: Dynamic/IDynamicObject.cs, DynamicObject.cs, DataTableDynamicObject.cs,
//   Components/Table/ITableColumn.cs, QueryPageOptions, DynamicObjectContextArgs)
// Adapted: the namespaces (one for all); ITableColumn cut down to GetFieldName (of IEditorItem, its base), QueryPageOptions
//   to SearchText, DynamicObjectContextArgs to nothing; DynamicRow stands for the library's DynamicObject (a Guid
//   DynamicObjectPrimaryKey, new per object, and a dictionary of values). XML comments dropped. Nullable enabled, as in
//   the source (Directory.Build.props).
// Real store: DataTableDynamicContext over a System.Data.DataTable (the table Table<DynamicObject> edits). GetItems()
//   answers one dynamic object per row not deleted (a fresh Guid DynamicObjectPrimaryKey each, cached while UseCache).
//   GetColumns() the table's columns as table columns. AddAsync(selectedItems) does not add the items given: it inserts
//   one new blank row (defaults but auto-increment columns) at the index of the first selected item's row (0 when none
//   or unknown), raises OnChanged, and shows it in GetItems. DeleteAsync(items) removes the rows of the items it knows by
//   DynamicObjectPrimaryKey (AcceptChanges, OnChanged) and answers true, whatever it found. OnValueChanged is set by the
//   constructor to write a cell back to its row; OnFilterCallback, OnChanged and EqualityComparer are the caller's
//   callbacks, kept.
// Shapes: *=15; OnValueChanged, OnFilterCallback, OnChanged, EqualityComparer=none
// First try (137a868c): incomplete: IMF0001 all 8 members (GetColumns: Columns no noun of the store; GetItems: read as
//   a list of lists, the store's value type taken as IEnumerable<IDynamicObject>; AddAsync, DeleteAsync: the items
//   compare by reference (an interface); the four callback properties have setters) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: AddAsync inserts a blank row where an add of the items given
//   would be the plausible reading, and DeleteAsync answers true for nothing removed; the columns and the callbacks are
//   the table's schema and the component's wiring. GetItems' message (a list of lists) misread the store's value type;
//   the refusal stands, and since h-leftover2 (session 28) its message says what the member is: a keyless read of every
//   value that returns IEnumerable<IDynamicObject>, the very type the members write whole, so whether the store keeps
//   one list or many items each under a key is not said (RefusalReadingTests2).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BootstrapBlazor.IDynamicObjectContextCase;

public interface ITableColumn
{
    string GetFieldName();
}

public interface IDynamicObject
{
    object? GetValue(string propertyName);

    void SetValue(string propertyName, object? value);

    Guid DynamicObjectPrimaryKey { get; set; }
}

public class DynamicRow : IDynamicObject
{
    private readonly Dictionary<string, object?> _values = new();

    public Guid DynamicObjectPrimaryKey { get; set; } = Guid.NewGuid();

    public object? GetValue(string propertyName) => _values.TryGetValue(propertyName, out var value) ? value : null;

    public void SetValue(string propertyName, object? value) => _values[propertyName] = value;
}

public class QueryPageOptions
{
    public string? SearchText { get; set; }
}

public class DynamicObjectContextArgs
{
}

[InMemoryFake]
public interface IDynamicObjectContext
{
    IEnumerable<ITableColumn> GetColumns();

    IEnumerable<IDynamicObject> GetItems();

    Task AddAsync(IEnumerable<IDynamicObject> selectedItems);

    Task<bool> DeleteAsync(IEnumerable<IDynamicObject> items);

    Func<IDynamicObject, ITableColumn, object?, Task>? OnValueChanged { get; set; }

    Func<QueryPageOptions, IEnumerable<IDynamicObject>, IEnumerable<IDynamicObject>>? OnFilterCallback { get; set; }

    Func<DynamicObjectContextArgs, Task>? OnChanged { get; set; }

    Func<IDynamicObject?, IDynamicObject?, bool>? EqualityComparer { get; set; }
}

public static class Smoke
{
    // What DataTableDynamicContext does over a table that starts with no row.
    public static async Task RunAsync(IDynamicObjectContext context)
    {
        Check.Equal(0, context.GetItems().Count(), "a context over an empty table has no item");

        var given = new DynamicRow();
        given.SetValue("Name", "given");
        await context.AddAsync(new IDynamicObject[] { given });
        var items = context.GetItems().ToList();
        Check.Equal(1, items.Count, "AddAsync inserts one row");
        Check.True(items[0].DynamicObjectPrimaryKey != given.DynamicObjectPrimaryKey, "a new blank row, not the item given");
        Check.Null(items[0].GetValue("Name"), "whose cells are the table's defaults, not the given item's values");

        await context.AddAsync(Array.Empty<IDynamicObject>());
        Check.Equal(2, context.GetItems().Count(), "AddAsync with no item selected inserts a blank row too");

        Check.True(await context.DeleteAsync(new IDynamicObject[] { new DynamicRow() }), "DeleteAsync answers true for an item it does not know");
        Check.Equal(2, context.GetItems().Count(), "and removes nothing");

        var first = context.GetItems().First();
        Check.True(await context.DeleteAsync(new[] { first }), "DeleteAsync of a known item answers true");
        Check.Equal(1, context.GetItems().Count(), "and removes its row");

        Func<DynamicObjectContextArgs, Task> onChanged = _ => Task.CompletedTask;
        context.OnChanged = onChanged;
        Check.True(ReferenceEquals(onChanged, context.OnChanged), "OnChanged keeps the callback set");
    }
}
