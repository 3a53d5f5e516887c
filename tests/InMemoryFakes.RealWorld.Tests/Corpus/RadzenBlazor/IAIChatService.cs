// Source: https://github.com/radzenhq/radzen-blazor
// Commit: b400e7bd4a84
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample69 rule (the whole rule and the repositories it skipped: Corpus/BootstrapBlazor/IDynamicObjectContext.cs).
//   This one: the 2nd pick (the 5th of find_repos("Blazor")). Before it in path order: the Markdown and spreadsheet
//   document models (INode, IBlockInlineContainer, IAnchoredDrawing, ICellValidator, which ValidationStore holds but does
//   not implement), none a store; so IAIChatService (5 members).
// Path: Radzen.Blazor/IAIChatService.cs (real store: Radzen.Blazor/AIChatService.cs; models: ConversationSession.cs,
//   ChatMessage.cs in the same folder)
// Adapted: ChatMessage cut down to Role and Content (UserId, IsUser, Timestamp dropped); ConversationSession keeps its
//   properties, AddMessage (without its timestamps' DateTime.Now, which LastUpdated keeps) and Clear, and drops
//   GetFormattedMessages. XML comments dropped. Nullable enabled, as in the source (Radzen.Blazor/Directory.Build.props).
// Real store: AIChatService over a Dictionary<string, ConversationSession> under a lock. GetOrCreateSession(sessionId)
//   answers the stored session of that id, else creates one (a new Guid string for a null or empty id), stores and
//   returns it: the live object, so messages added to it are the stored session's. ClearSession(id) empties that
//   session's messages and keeps the session (an unknown id is nothing). GetActiveSessions() answers a copy of the list
//   of all sessions. CleanupOldSessions(maxAgeHours) removes the sessions whose LastUpdated is older than now minus that
//   many hours (DateTime.Now). GetCompletionsAsync(userInput, sessionId, …) adds the user's message to the session,
//   streams a chat completion from the configured HTTP endpoint (the model, prompt, temperature, key and header its
//   optional parameters override) and adds the assistant's answer.
// Shapes: *=none
// First try (137a868c): incomplete: IMF0001 all 5 members (GetCompletionsAsync: userInput names no property;
//   GetOrCreateSession: from an id the session it creates is not said; ClearSession, GetActiveSessions: Session and
//   ActiveSessions name no entity; CleanupOldSessions: no known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: ClearSession empties the session and keeps it, where a
//   Clear{Entity}(key) read as a removal would drop it; GetOrCreateSession makes the session from the id (its other
//   values from the options); "Active" is every session here, no property; CleanupOldSessions ages by the wall clock; and
//   GetCompletionsAsync is a remote chat completion.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RadzenBlazor.IAIChatServiceCase;

public class ChatMessage
{
    public string Role { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;
}

public class ConversationSession
{
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public List<ChatMessage> Messages { get; set; } = new();

    public DateTime CreatedAt { get; set; } = DateTime.Now;

    public DateTime LastUpdated { get; set; } = DateTime.Now;

    public int MaxMessages { get; set; } = 50;

    public void AddMessage(string role, string content)
    {
        Messages.Add(new ChatMessage { Role = role, Content = content });
        LastUpdated = DateTime.Now;
        while (Messages.Count > MaxMessages)
        {
            Messages.RemoveAt(0);
        }
    }

    public void Clear()
    {
        Messages.Clear();
        LastUpdated = DateTime.Now;
    }
}

[InMemoryFake]
public interface IAIChatService
{
    IAsyncEnumerable<string> GetCompletionsAsync(string userInput, string? sessionId = null, CancellationToken cancellationToken = default, string? model = null, string? systemPrompt = null, double? temperature = null, int? maxTokens = null, string? endpoint = null, string? proxy = null, string? apiKey = null, string? apiKeyHeader = null);

    ConversationSession GetOrCreateSession(string? sessionId = null);

    void ClearSession(string sessionId);

    IEnumerable<ConversationSession> GetActiveSessions();

    void CleanupOldSessions(int maxAgeHours = 24);
}

public static class Smoke
{
    // GetCompletionsAsync calls a chat-completion endpoint over HTTP: not run here.
    public static Task RunAsync(IAIChatService chat)
    {
        Check.Equal(0, chat.GetActiveSessions().Count(), "a new service has no session");

        var s1 = chat.GetOrCreateSession("s1");
        Check.Equal("s1", s1.Id, "GetOrCreateSession creates the session of the id given");
        s1.AddMessage("user", "hello");
        var again = chat.GetOrCreateSession("s1");
        Check.Equal(1, again.Messages.Count, "and answers the stored session, the live object, for that id again");

        var anonymous = chat.GetOrCreateSession();
        Check.True(Guid.TryParse(anonymous.Id, out _), "a null id creates a session with a new Guid id");
        Check.Equal(2, chat.GetActiveSessions().Count(), "GetActiveSessions answers every session");

        chat.ClearSession("s1");
        Check.Equal(0, chat.GetOrCreateSession("s1").Messages.Count, "ClearSession empties the session's messages");
        Check.Equal(2, chat.GetActiveSessions().Count(), "and keeps the session");
        chat.ClearSession("unknown");
        Check.Equal(2, chat.GetActiveSessions().Count(), "ClearSession of an unknown id is nothing");

        chat.CleanupOldSessions(24);
        Check.Equal(2, chat.GetActiveSessions().Count(), "CleanupOldSessions keeps the sessions updated within the hours given");
        return Task.CompletedTask;
    }
}
