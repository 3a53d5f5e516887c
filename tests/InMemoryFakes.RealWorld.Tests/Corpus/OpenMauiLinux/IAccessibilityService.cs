// Source: https://github.com/open-maui/maui-linux
// Commit: 5c274be45583
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample80 rule, fixed before probing (written out whole, with the skipped repositories, in
//   Corpus/DCCPanelController/IUndoService.cs): the repositories find_repos("Maui") lists, in its order, keeping those
//   with C# files; in each, at its newest stored snapshot, the first C# interface in ordinal path order, outside test
//   paths, with at least 3 members and an implementation in the same repository that keeps state; not a corpus source
//   already; a licence that allows transcribing a signature; at most 1 per repository; stop after 5.
//   This one: the 3rd pick. Before it in path order: Rendering/IRenderContext (a Skia renderer's resources, DPI scale
//   and invalidation: a drawing surface, not a store).
// Path: Services/IAccessibilityService.cs (implementations: Services/AtSpi2AccessibilityService.cs, the Linux screen
//   reader bridge, which keeps the registered accessibles; Services/NullAccessibilityService.cs, every member a no-op;
//   models: Services/IAccessible.cs, AccessibleProperty.cs, AccessibleState.cs, AnnouncementPriority.cs)
// Adapted: IAccessible keeps AccessibleId, AccessibleName and AccessibleDescription (Role, States, Parent, Children,
//   Bounds, Actions, the value range, DoAction and SetValue are dropped); AccessibleState keeps its first 8 values; the
//   XML comments are dropped. Nullable enabled, as in the source project.
// Real store: AtSpi2AccessibilityService. IsEnabled is false until Initialize finds AT-SPI2 (atspi_init and a desktop;
//   any failure is logged and leaves it false). Register(accessible) adds it to a ConcurrentDictionary by AccessibleId
//   (TryAdd: a second accessible of the same id is ignored; null is ignored); Unregister removes the id's entry (null
//   ignored). NotifyFocusChanged records the focused accessible; it and NotifyPropertyChanged, NotifyStateChanged and
//   Announce emit (log) an AT-SPI2 event when enabled and do nothing otherwise. Shutdown disposes: clears the registry
//   and releases AT-SPI2. No member reads the registry back. NullAccessibilityService does nothing and is never
//   enabled.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 all 9 (IsEnabled, a bool property of no key-value convention; Initialize,
//   Register, Unregister, NotifyFocusChanged, NotifyPropertyChanged, NotifyStateChanged, Announce and Shutdown, no known
//   verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a screen-reader bridge whose registry no member reads back;
//   whether it is enabled is what AT-SPI2 says at Initialize, and the notifications are events sent to the desktop. A
//   Register/Unregister convention would have nothing to answer: no member lists or finds a registered accessible.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenMauiLinux.IAccessibilityServiceCase;

public interface IAccessible
{
    string AccessibleId { get; }
    string AccessibleName { get; }
    string AccessibleDescription { get; }
}

public enum AccessibleProperty
{
    Name,
    Description,
    Role,
    Value,
    Parent,
    Children
}

public enum AccessibleState
{
    Invalid,
    Active,
    Armed,
    Busy,
    Checked,
    Collapsed,
    Defunct,
    Editable
}

public enum AnnouncementPriority
{
    Polite,
    Assertive
}

[InMemoryFake]
public interface IAccessibilityService
{
    bool IsEnabled { get; }

    void Initialize();

    void Register(IAccessible accessible);

    void Unregister(IAccessible accessible);

    void NotifyFocusChanged(IAccessible? accessible);

    void NotifyPropertyChanged(IAccessible accessible, AccessibleProperty property);

    void NotifyStateChanged(IAccessible accessible, AccessibleState state, bool value);

    void Announce(string text, AnnouncementPriority priority = AnnouncementPriority.Polite);

    void Shutdown();
}

public static class Smoke
{
    private sealed class Button(string id, string name) : IAccessible
    {
        public string AccessibleId { get; } = id;
        public string AccessibleName { get; } = name;
        public string AccessibleDescription => "";
    }

    public static Task RunAsync(IAccessibilityService accessibility)
    {
        Check.False(accessibility.IsEnabled, "a service not initialized is not enabled");
        var ok = new Button("ok", "OK");
        var cancel = new Button("cancel", "Cancel");
        accessibility.Register(ok);
        accessibility.Register(cancel);
        accessibility.Register(new Button("ok", "OK again"));
        accessibility.NotifyFocusChanged(ok);
        accessibility.NotifyFocusChanged(null);
        accessibility.NotifyPropertyChanged(ok, AccessibleProperty.Name);
        accessibility.NotifyStateChanged(cancel, AccessibleState.Checked, true);
        accessibility.Announce("Saved");
        accessibility.Announce("Error", AnnouncementPriority.Assertive);
        accessibility.Unregister(cancel);
        accessibility.Unregister(new Button("missing", "Missing"));
        Check.False(accessibility.IsEnabled, "registering and notifying enable nothing");
        accessibility.Shutdown();
        return Task.CompletedTask;
    }
}
