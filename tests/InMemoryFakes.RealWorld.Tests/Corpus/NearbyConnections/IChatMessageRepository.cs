// Source: https://github.com/phunkeler/Plugin.Maui.NearbyConnections
// Commit: 0cfe62ad3d97
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample80 rule, fixed before probing (written out whole, with the skipped repositories, in
//   Corpus/DCCPanelController/IUndoService.cs): the repositories find_repos("Maui") lists, in its order, keeping those
//   with C# files; in each, at its newest stored snapshot, the first C# interface in ordinal path order, outside test
//   paths, with at least 3 members and an implementation in the same repository that keeps state; not a corpus source
//   already; a licence that allows transcribing a signature; at most 1 per repository; stop after 5.
//   This one: the 5th pick, and the first interface of the repository in path order (sample/ sorts before src/).
// Path: sample/NearbyChat/Data/IChatMessageRepository.cs (its one implementation: Data/ChatMessageRepository.cs, the
//   sample chat app's messages per connected device; models: Models/ChatMessage.cs and the plugin's
//   src/Plugin.Maui.NearbyConnections/NearbyDevice.cs)
// Adapted: ChatMessage keeps its record parameters (its Attachments list and the attachment types are dropped);
//   NearbyDevice keeps its constructor, Id, DisplayName and its equality (State and LastSeen, set by the plugin, are
//   dropped); the XML comments are dropped. Nullable enabled, as in the source (Directory.Build.props).
// Real store: ChatMessageRepository over a ConcurrentDictionary<NearbyDevice, List<ChatMessage>>, one session per
//   device, devices equal when Id and DisplayName are. GetAll(device) answers the device's messages in the order they
//   were saved (a read-only view of the live list), an empty list for a device with no session. Save(device, message)
//   appends the message to the device's session, starting one if needed, and returns the message given: the same
//   message saved twice is listed twice (ChatMessage has no id; a record's equality is its values). ClearSession(device)
//   drops the device's session (nothing for a device with none).
// Shapes: *=12
// First try (2df64237): incomplete: IMF0001 all 3 (read as a key-value store of ChatMessage by NearbyDevice: GetAll
//   takes a key, where it must take none or a collection of keys; Save is refused because GetAll reads a list for one
//   key, so whether a save adds to it or replaces it is not said; ClearSession: 'Session' is no noun of the store) |
//   WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a list of messages per device that a save appends to (the
//   same message twice is kept twice), where Jellyfin's IKeyframeRepository, of the same shape, replaces the item's rows
//   on a save; a session is the device's list, a noun no type names.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NearbyConnections.IChatMessageRepositoryCase;

public enum NearbyDirection
{
    Incoming,
    Outgoing
}

public record ChatMessage(string? Text, NearbyDirection Direction, DateTimeOffset Timestamp);

public sealed class NearbyDevice(
    string id,
    string? displayName = null) : IEquatable<NearbyDevice>
{
    public string Id { get; } = id;

    public string? DisplayName { get; } = displayName;

    public bool Equals(NearbyDevice? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id == other.Id
            && DisplayName == other.DisplayName;
    }

    public override bool Equals(object? obj) => Equals(obj as NearbyDevice);

    public override int GetHashCode() => HashCode.Combine(Id, DisplayName);
}

[InMemoryFake]
public interface IChatMessageRepository
{
    IReadOnlyList<ChatMessage> GetAll(NearbyDevice device);
    ChatMessage Save(NearbyDevice device, ChatMessage message);
    void ClearSession(NearbyDevice device);
}

public static class Smoke
{
    public static Task RunAsync(IChatMessageRepository messages)
    {
        var pixel = new NearbyDevice("endpoint-1", "Pixel");
        var ipad = new NearbyDevice("endpoint-2", "iPad");
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var hello = new ChatMessage("hello", NearbyDirection.Outgoing, at);
        var hi = new ChatMessage("hi", NearbyDirection.Incoming, at.AddSeconds(5));

        Check.Equal(0, messages.GetAll(pixel).Count, "a device with no session has no messages");
        Check.True(ReferenceEquals(hello, messages.Save(pixel, hello)), "Save returns the message given");
        messages.Save(pixel, hi);
        messages.Save(pixel, hello);
        messages.Save(ipad, hi);

        var session = messages.GetAll(pixel);
        Check.Equal(3, session.Count, "GetAll lists every message saved for the device, a repeat too");
        Check.Equal("hello", session[0].Text, "in the order they were saved");
        Check.Equal("hi", session[1].Text, "second");
        Check.Equal("hello", session[2].Text, "third, the same message again");
        Check.Equal(3, messages.GetAll(new NearbyDevice("endpoint-1", "Pixel")).Count, "an equal device (same Id and DisplayName) has the same session");
        Check.Equal(0, messages.GetAll(new NearbyDevice("endpoint-1", "Other")).Count, "a device of the same Id and another DisplayName is another device");
        Check.Equal(1, messages.GetAll(ipad).Count, "each device has its own session");

        messages.ClearSession(pixel);
        Check.Equal(0, messages.GetAll(pixel).Count, "ClearSession drops the device's messages");
        Check.Equal(1, messages.GetAll(ipad).Count, "and leaves the other devices' sessions");
        messages.ClearSession(new NearbyDevice("endpoint-3"));
        messages.Save(pixel, hi);
        Check.Equal(1, messages.GetAll(pixel).Count, "a cleared device starts a new session on its next Save");
        return Task.CompletedTask;
    }
}
