// Source: https://github.com/trevleyb/DCCPanelController.maui
// Commit: cae671b0327c
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample80 rule, fixed before probing: the repositories find_repos("Maui") lists, in its order, keeping
//   those with C# files (then find_repos("Xamarin") if that list runs out: it did not); in each, at its newest stored
//   snapshot (fetch, then git grep, paths sorted ordinally), the first C# interface outside test paths that has at
//   least 3 members and whose implementation in the same repository keeps state (a database, cache, blob, table,
//   in-memory collection); not a corpus source already; a licence that allows transcribing a signature; at most 1 per
//   repository; stop after 5. A repository fetch cannot bring (over its 500 MB limit, or no snapshot) is skipped, as
//   earlier rounds did: find_files lists a union over crawled history, so no path order of one commit exists for it
//   (written down before any interface of those repositories was read). Skipped, in order: dotnet/maui (2,174 MB);
//   amaui-org/amaui (no .cs file); CommunityToolkit/Maui (no such interface: camera, badge, file saver, popup and view
//   interfaces keep no store); Alex-Tsvetanov/maui (no snapshot); syncfusion-content/maui-docs (617 MB; its three
//   listed .cs files are badge snippets); maui314159/retort (no snapshot); ahmedgaberabdelzaher/ZATCAMaui (no
//   snapshot); dotnet/maui-labs (no snapshot); then this one (the 1st pick); maui314159/trusty-tools (Rust, no .cs
//   file); YBTopaz8/Dimmer-MAUI is the 2nd pick; Trust-Anchor-Group/NeuroAccessMaui (the Neuro-Foundation License
//   allows use in repositories the Neuro-Foundation hosts, for personal or evaluation purposes: not a transcription
//   here); davidschubert/maui-monorepo, drmauij/Viali, telerik/maui-docs and chromaui/chromatic-cli (no .cs file);
//   ascendmaui/clemson-airport-rides (no snapshot); jonatansoderberg/Maui.Spine (no such interface: its
//   NavigationService keeps no collection of its own, the host's view stack does, and ISvgIconService is a factory);
//   open-maui/maui-linux is the 3rd pick; chimple/maui (no .cs file); syncfusion/maui-demos (no such interface:
//   IPrintService and two signature dialogs); telerik/maui-samples (the Progress Telerik sample EULA licenses the code
//   only for use with a Telerik UI product licence); AdamEssenmacher/maui (1,112 MB); AvaloniaUI/Avalonia.Controls.Maui
//   is the 4th pick; nilshoffmann/maui (no .cs file); phunkeler/Plugin.Maui.NearbyConnections is the 5th. None of the
//   five repositories was a corpus source.
//   This one: the 1st pick. Before it in path order: INetworkServiceDiscovery (mDNS discovery), IDccClient and
//   IDccClientSettings (a layout controller's network client), IJmriEventArgs/IJmriProcessor, the client command,
//   event and message interfaces, IResult, IAccessory and the entity/tile interfaces (model shapes), IActionsGridViewModel,
//   the validator, accessor, extractor, resolver and equality-policy interfaces (stateless), IPropertyRenderer and
//   IPropertyRendererRegistry (2 members): none keeps a store with 3 members.
// Path: DCCPanelController/View/Properties/DynamicProperties/UndoService.cs (the interface and its one implementation,
//   DefaultUndoService, the undo history of the tile property editor; models: the same file and EditableExtractor.cs)
// Adapted: EditableField keeps DeclaringType and Accessor (Prop, a PropertyInfo, and Meta, an EditableAttribute, are
//   dropped); IPropertyAccessor as in the source. Nullable enabled, as in the source project.
// Real store: DefaultUndoService over two Stack<ApplyTransaction>, undo and redo. Push(tx) pushes the transaction on
//   the undo stack and clears the redo stack; it applies nothing (the editor has already set the new values).
//   UndoAsync pops the newest transaction, rolls it back (every change's Accessor.Set(entity, OldValue)) and pushes it
//   on the redo stack; with nothing to undo it does nothing. RedoAsync pops the newest undone transaction, commits it
//   again (Accessor.Set(entity, NewValue)) and pushes it back on the undo stack; nothing to redo: nothing.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 all 3 ('Push', 'Undo' and 'Redo' are no known verb; read as a key-value
//   store) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: an undo history of transactions that roll themselves back
//   and commit again (two stacks, a push clears what could be redone); no store convention pushes, undoes or redoes, and
//   what Undo and Redo change is the edited entities, through each transaction's own accessors, not a table.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DCCPanelController.IUndoServiceCase;

public sealed record PropertyChange(object Entity, EditableField Field, object? OldValue, object? NewValue);

public sealed record EditableField(
    Type DeclaringType,
    IPropertyAccessor Accessor);

public interface IPropertyAccessor {
    Type PropertyType { get; }
    string Name { get; }
    object? Get(object target);
    void Set(object target, object? value);
}

[InMemoryFake]
public interface IUndoService {
    void Push(ApplyTransaction tx);
    Task UndoAsync();
    Task RedoAsync();
}

public sealed class ApplyTransaction {
    public ApplyTransaction(IEnumerable<PropertyChange> changes) => Changes = changes.ToList();
    public IReadOnlyList<PropertyChange> Changes { get; }

    public Task CommitAsync() {
        foreach (var c in Changes) c.Field.Accessor.Set(c.Entity, c.NewValue);
        return Task.CompletedTask;
    }

    public Task RollbackAsync() {
        foreach (var c in Changes) c.Field.Accessor.Set(c.Entity, c.OldValue);
        return Task.CompletedTask;
    }
}

public static class Smoke
{
    private sealed class Lamp
    {
        public string Name { get; set; } = "";
    }

    private sealed class NameAccessor : IPropertyAccessor
    {
        public Type PropertyType => typeof(string);
        public string Name => nameof(Lamp.Name);
        public object? Get(object target) => ((Lamp)target).Name;
        public void Set(object target, object? value) => ((Lamp)target).Name = (string)value!;
    }

    private static ApplyTransaction Rename(Lamp lamp, string to)
    {
        var change = new PropertyChange(lamp, new EditableField(typeof(Lamp), new NameAccessor()), lamp.Name, to);
        lamp.Name = to;
        return new ApplyTransaction([change]);
    }

    public static async Task RunAsync(IUndoService undo)
    {
        var lamp = new Lamp { Name = "signal" };
        await undo.UndoAsync();
        await undo.RedoAsync();
        Check.Equal("signal", lamp.Name, "Undo and Redo with no history do nothing");

        undo.Push(Rename(lamp, "turnout"));
        Check.Equal("turnout", lamp.Name, "Push records the change; it applies nothing itself");
        undo.Push(Rename(lamp, "block"));

        await undo.UndoAsync();
        Check.Equal("turnout", lamp.Name, "UndoAsync rolls the newest change back to its old value");
        await undo.UndoAsync();
        Check.Equal("signal", lamp.Name, "then the one before it");
        await undo.UndoAsync();
        Check.Equal("signal", lamp.Name, "with nothing left to undo, UndoAsync does nothing");

        await undo.RedoAsync();
        Check.Equal("turnout", lamp.Name, "RedoAsync applies the change undone last again");
        await undo.RedoAsync();
        Check.Equal("block", lamp.Name, "then the next");
        await undo.RedoAsync();
        Check.Equal("block", lamp.Name, "with nothing left to redo, RedoAsync does nothing");

        await undo.UndoAsync();
        Check.Equal("turnout", lamp.Name, "undo once more");
        undo.Push(Rename(lamp, "light"));
        await undo.RedoAsync();
        Check.Equal("light", lamp.Name, "a Push clears what could be redone");
        await undo.UndoAsync();
        Check.Equal("turnout", lamp.Name, "and Undo rolls the pushed change back");
    }
}
