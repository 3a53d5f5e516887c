// Source: https://github.com/kirknaoborot/2025-03-Team-6
// Commit: f56cc21c88d8 (the version the search result shows, 3 members with a blank line before CreateConversation;
//   read_file reads a later 5-member version, 74e73a15, and the fetched snapshot, 78bc075, a 6-member one with
//   UpdateConversation, GetStatistics and GetDailyStatistics)
// Licence: MIT (LICENSE, "Copyright (c) 2025 Kirk Larkin"; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample120 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample120-rule.md):
//   the search tool (corpus code) with these queries, in this order: (1) `interface INotificationRepository Task`, (2)
//   `interface IMessageRepository Task`, (3) `interface IChatRepository`, (4) `interface IConversationRepository`, (5)
//   `interface IChannelRepository`, (6) `interface IInboxRepository`, (7) `interface IEmailTemplateRepository`, (8)
//   `interface IPushSubscriptionStore`; from each, the FIRST result in the order returned that is a C# interface
//   declaration with at least 3 members (inherited ones count when the base interface is declared in the same
//   repository), whose path contains no "test" (any case), from a repository that has a licence, is not already a
//   corpus source and is not already picked; a result naming no repository or path (anonymous excerpt) is not taken;
//   at most 1 per repository; stop after 3. Picks: (1) query (4), rank 3, kirknaoborot/2025-03-Team-6
//   IConversationRepository (rank 1 is Go, rank 2, CarlMichelsen/LlmChat, has no licence); (2) query (7), rank 2,
//   BinaDev29/PNSFORALLAPP IEmailTemplateRepository; (3) query (8), rank 3, talha0113/microsoft-account-profile-information
//   ISubscriptionService. Queries (1), (2), (3), (5) and (6) gave none (Dart, Go, TypeScript, anonymous excerpts, fewer
//   than 3 members, corpus sources, repositories without a licence). This one: query (4), rank 3.
// Path: Team-6/ConversationService.Application/Interfaces/IConversationRepository.cs (real store:
//   Team-6/ConversationService.Infrastructure/Repositories/ConversationRepository.cs; model:
//   ConversationService.Domain/Entities/Conversation.cs, Infrastructure/Configurations/ConversationConfiguration.cs,
//   Infrastructure/DbContext/ConversationServiceContext.cs, Infrastructure.Shared/Enums)
// Adapted: one namespace for the interface, the entity and the two enums (Infrastructure.Shared.Enums); the enums'
//   [Display] names left out. The interface's project has nullable enabled, the entity's (ConversationService.Domain)
//   disabled: the file says so with #nullable around each.
// Real store: ConversationRepository, EF Core 9 over PostgreSQL (Npgsql; ConversationServiceContext, scoped; table
//   conversation.conversations, HasKey(ConversationId), a Guid: EF Core's convention generates a new Guid on add for a
//   Guid key left at Guid.Empty and writes it into the entity). GetConversations = Conversations.ToListAsync() (every
//   row, in no stated order). GetConversation(id) = SingleOrDefaultAsync(x => x.ConversationId == id): null for an id
//   not stored, though Task<Conversation> says never null. CreateConversation = AddAsync + SaveChangesAsync: a key
//   already stored fails the primary key (DbUpdateException); the row is stored as given (CreateDate is the caller's,
//   UpdateDate the entity's own initialiser).
// Shapes: *=core
// First try (8a14561e): complete: GetConversations (every conversation), GetConversation (by the ConversationId key,
//   found by the {Entity}Id convention; Task<Conversation> declared not null, so a missing id is the not-found error),
//   CreateConversation (an add: a Guid.Empty key gets a new Guid, a taken key is the duplicate-key error); IMF0025 info on
//   CreateDate and UpdateDate | WRONG: none silently; loudly, GetConversation of an id not stored throws the not-found
//   error where the real SingleOrDefaultAsync answers null (the smoke script failed there).
// Configured: MissingKeyReads = MissingKeyRead.Default (the real GetConversation answers null for an id not stored,
//   whatever its annotation says); NotStamped = CreateDate, UpdateDate (IMF0025 asked: the real store writes both as given,
//   CreateDate from the command, UpdateDate from the entity's own initialiser; neither is stamped by the repository or
//   the context).
// After this round: complete; the smoke script passes.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KirknaoborotTeam6.IConversationRepositoryCase;

public enum ChannelType
{
    Telegram = 0,
    Vk = 1,
    Email = 2,
}

public enum StatusType
{
    New = 0,
    Distributed = 1,
    InWork = 2,
    Closed = 3,
}

#nullable disable
public class Conversation
{
    public Guid ConversationId { get; set; }

    public ChannelType Channel { get; set; }

    public string Message { get; set; }

    public StatusType Status { get; set; }

    public Guid WorkerId { get; set; }

    public DateTimeOffset CreateDate { get; set; }

    public DateTimeOffset UpdateDate { get; set; } = DateTimeOffset.UtcNow;
}
#nullable enable

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default, NotStamped = new[] { "CreateDate", "UpdateDate" })]
public interface IConversationRepository
{
    Task<List<Conversation>> GetConversations();
    Task<Conversation> GetConversation(Guid id);

    Task CreateConversation(Conversation conversation);
}

public static class Smoke
{
    public static async Task RunAsync(IConversationRepository conversations)
    {
        Check.Equal(0, (await conversations.GetConversations()).Count, "a new database has no conversation");
        Check.Null(await conversations.GetConversation(Guid.NewGuid()), "GetConversation of an id not stored is null (SingleOrDefaultAsync)");

        var created = new DateTimeOffset(2025, 8, 3, 9, 0, 0, TimeSpan.Zero);
        var workerId = Guid.NewGuid();
        var given = Guid.NewGuid();
        await conversations.CreateConversation(new Conversation
        {
            ConversationId = given,
            Channel = ChannelType.Telegram,
            Message = "hello",
            Status = StatusType.New,
            WorkerId = workerId,
            CreateDate = created,
        });

        var read = Check.NotNull(await conversations.GetConversation(given), "GetConversation reads the conversation by its ConversationId");
        Check.Equal("hello", read.Message, "the message is stored as given");
        Check.Equal(ChannelType.Telegram, read.Channel, "the channel is stored as given");
        Check.Equal(workerId, read.WorkerId, "the worker is stored as given");
        Check.Equal(created, read.CreateDate, "CreateDate is the caller's");

        var unkeyed = new Conversation { Channel = ChannelType.Email, Message = "second", Status = StatusType.New, CreateDate = created };
        await conversations.CreateConversation(unkeyed);
        Check.True(unkeyed.ConversationId != Guid.Empty, "a conversation added with Guid.Empty gets a new Guid (EF Core's Guid key convention), written into it");
        Check.Equal("second", Check.NotNull(await conversations.GetConversation(unkeyed.ConversationId), "the new key reads the conversation").Message, "the second conversation is stored under its new key");

        await Check.ThrowsAsync<Exception>(
            () => conversations.CreateConversation(new Conversation { ConversationId = given, Message = "again", CreateDate = created }),
            "CreateConversation of a ConversationId already stored fails the primary key (DbUpdateException)");

        var all = await conversations.GetConversations();
        Check.Equal(2, all.Count, "GetConversations reads every conversation");
        Check.True(all.Any(c => c.ConversationId == given) && all.Any(c => c.ConversationId == unkeyed.ConversationId), "both conversations are listed");
        Check.Equal("hello", Check.NotNull(await conversations.GetConversation(given), "the first conversation is still stored").Message, "the failed add changed nothing");
    }
}
