// Source: https://github.com/microsoft/fluentui-blazor
// Commit: c5c656c2c0f1
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample69 rule (the whole rule and the repositories it skipped: Corpus/BootstrapBlazor/IDynamicObjectContext.cs).
//   This one: the 4th pick (the 7th of find_repos("Blazor")). Before it in path order: the demo's IAppVersionService and
//   IStaticAssetService (1 member each), the components' descriptors (IAppBarItem, IGridSort, IDialogParameters…) and
//   IDialogService, whose DialogService only raises events; so IKeyCodeService (8 members).
// Path: src/Core/Components/KeyCode/Services/IKeyCodeService.cs (real store: KeyCodeService.cs in the same folder;
//   models: IKeyCodeListener.cs, Components/KeyCode/FluentKeyCodeEventArgs.cs)
// Adapted: FluentKeyCodeEventArgs cut down to Key (its key code, modifiers and target id dropped). XML comments dropped.
//   Nullable enabled, as in the source (the Core project enables it).
// Real store: KeyCodeService over a List<(Guid, IKeyCodeListener)> under a reader-writer lock. Each RegisterListener
//   appends an entry with a new Guid and returns the Guid: the listener given, or one wrapping the handler(s) given (the
//   same listener or handler twice is listed twice). Listeners answers the listeners in registration order. Each
//   UnregisterListener removes the first entry of that listener (by reference), or of a wrapper whose key-down handler is
//   the one given (the two-handler form compares only the key-down one); none found is nothing. Clear() empties the list.
//   No member takes the Guid back.
// Shapes: Clear=core; *=none
// First try (137a868c): incomplete: IMF0001 Listeners (a property of listeners, no store property), the three
//   RegisterListener and the three UnregisterListener (no known verb); Clear generated (empties the store) | WRONG: none.
// After this round: unchanged, and the refusals are right: a registry that lists repeats, hands out a Guid no member
//   reads, and unregisters by the listener's or a handler's reference (an event subscription list more than a store).
// Now: Clear() refused too (IMF0001, h-sample70): no member puts a value in, hands one out or reads what the store
//   holds, so the fake's Clear emptied a table nothing fills, where KeyCodeService.Clear() empties its list of listeners
//   (docs/generator.md, key-value store refused).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FluentUiBlazor.IKeyCodeServiceCase;

public class FluentKeyCodeEventArgs
{
    public string Key { get; set; } = string.Empty;
}

public interface IKeyCodeListener
{
    Task OnKeyDownAsync(FluentKeyCodeEventArgs args);

    Task OnKeyUpAsync(FluentKeyCodeEventArgs args);
}

[InMemoryFake]
public interface IKeyCodeService
{
    IEnumerable<IKeyCodeListener> Listeners { get; }

    Guid RegisterListener(IKeyCodeListener listener);

    Guid RegisterListener(Func<FluentKeyCodeEventArgs, Task> handler);

    Guid RegisterListener(Func<FluentKeyCodeEventArgs, Task> handlerKeyDown, Func<FluentKeyCodeEventArgs, Task> handlerKeyUp);

    void UnregisterListener(IKeyCodeListener listener);

    void UnregisterListener(Func<FluentKeyCodeEventArgs, Task> handler);

    void UnregisterListener(Func<FluentKeyCodeEventArgs, Task> handlerKeyDown, Func<FluentKeyCodeEventArgs, Task> handlerKeyUp);

    void Clear();
}

public sealed class CountingListener : IKeyCodeListener
{
    public int KeyDowns { get; private set; }

    public Task OnKeyDownAsync(FluentKeyCodeEventArgs args)
    {
        KeyDowns++;
        return Task.CompletedTask;
    }

    public Task OnKeyUpAsync(FluentKeyCodeEventArgs args) => Task.CompletedTask;
}

public static class Smoke
{
    public static async Task RunAsync(IKeyCodeService keyCodes)
    {
        Check.Equal(0, keyCodes.Listeners.Count(), "a new service has no listener");

        var listener = new CountingListener();
        var first = keyCodes.RegisterListener(listener);
        var second = keyCodes.RegisterListener(listener);
        Check.True(first != Guid.Empty && first != second, "each registration gets a new Guid");
        Check.Equal(2, keyCodes.Listeners.Count(), "the same listener registered twice is listed twice");
        Check.True(keyCodes.Listeners.All(l => ReferenceEquals(l, listener)), "Listeners answers the listener given");

        keyCodes.UnregisterListener(listener);
        Check.Equal(1, keyCodes.Listeners.Count(), "UnregisterListener removes one entry of that listener");

        var keyDowns = 0;
        Func<FluentKeyCodeEventArgs, Task> handler = _ => { keyDowns++; return Task.CompletedTask; };
        keyCodes.RegisterListener(handler);
        Check.Equal(2, keyCodes.Listeners.Count(), "a handler is registered as a listener wrapping it");
        await keyCodes.Listeners.Last().OnKeyDownAsync(new FluentKeyCodeEventArgs { Key = "Enter" });
        Check.Equal(1, keyDowns, "whose key-down calls the handler");
        keyCodes.UnregisterListener(handler);
        Check.Equal(1, keyCodes.Listeners.Count(), "UnregisterListener(handler) removes that wrapper");
        keyCodes.UnregisterListener(new CountingListener());
        Check.Equal(1, keyCodes.Listeners.Count(), "unregistering a listener not listed is nothing");

        keyCodes.Clear();
        Check.Equal(0, keyCodes.Listeners.Count(), "Clear empties the list");
    }
}
