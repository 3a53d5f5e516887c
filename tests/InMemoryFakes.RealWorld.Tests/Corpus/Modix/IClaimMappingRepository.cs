// Source: https://github.com/discord-csharp/MODiX
// Commit: 6322ec4c36e5
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample74 rule, fixed before probing: the repositories find_repos("Discord") lists, in its order, keeping
//   those with C# files (then find_repos("Bot") if that list runs out); in each, at its newest stored snapshot (fetch,
//   then git grep, paths sorted ordinally), the first C# interface outside test paths that has at least 3 members and
//   whose implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection); not
//   a corpus source already; a licence that allows transcribing a signature (no licence file: skipped); at most 1 per
//   repository; stop after 5. The walk: of the 100 repositories find_repos("Discord") lists, 90 hold no C# file
//   (datamining dumps, decompiles and bots in JavaScript, TypeScript, Python, Java, Kotlin, Go, Rust, PHP); of the 10
//   with C#, simdorei/codex-discord-remote-rust has it only under tests/fixtures, BetterDiscord only in WinForms
//   installers (IPanel), discord-net/Discord.Net is an API client whose interfaces are Discord entities and clients
//   served by REST and gateway calls (none a store), cpike5/discordbot and NewDiscordClone/API have no licence file,
//   zaanposni/discord-masz (IDomainList 1 member, IBasePlugin 1, IEvent) and Tyrrrz/DiscordChatExporter (IHasId,
//   IContainerNode, IMatcher) have no such interface. That list gives 3: discord-csharp/MODiX IClaimMappingRepository
//   (its 41st), lagzya-dev/Oxide.Ext.Discord IPlayerSearchService (42nd), fmbot-discord/fmbot IPrefixService (50th).
//   find_repos("Bot") gives none: of its 100, 88 hold no C# file (GunioRobot/pharogenesis' .cs files are Smalltalk
//   method chunks, huggingface/lerobot's Arduino sketches, Mecabot/Decompiler-IQ-Option lists none);
//   galalexm-bot/crm-reproduce, hsp-admin-bot/fnsi_source_svn_mirror, sytone/botnexus and NoMercyLabs/nomnomzbot have
//   no licence file; microsoft/botbuilder-dotnet is a corpus source already; botassembly/thinkthen and
//   andresharpe/dotbot-aether-sonic have no snapshot (the index shows native bindings and Bluetooth helper classes, no
//   interface); microsoft/BotFramework-Composer and RayleaBot/RayleaBot have no C# interface (RayleaBot no .cs file)
//   at the newest snapshot; robotology/yarp (SWIG examples, vendored Thrift tests), rapyuta-robotics/alica (test
//   paths only) and dependabot/dependabot-core (NuGet updater workers, 1-member interfaces) have no such interface.
//   Both lists run out at 3 picks.
//   This one: the 1st pick. Before it in path order: Modix.Common's IServiceConfigurator, IBehavior,
//   ILogScopeProvider, ISystemClock, ICancellationTokenSourceFactory, ICancellationTokenSource (wraps one
//   CancellationTokenSource), INotificationHandler, IMessageDispatcher and IMessagePublisher (hand notifications to
//   handlers), none a store.
// Path: src/Modix.Data/Repositories/ClaimMappingRepository.cs (the interface and ClaimMappingRepository, on EF Core;
//   models: src/Modix.Data/Models/Core/ClaimMapping*.cs, ConfigurationActionBrief.cs, GuildUserBrief.cs,
//   src/Modix.Data/Models/DateTimeOffsetRange.cs, src/Modix.Data/Repositories/IRepositoryTransaction.cs)
// Adapted: AuthorizationClaim keeps 3 of its values (no [ClaimInfo]); ConfigurationActionBrief drops Type (the
//   ConfigurationActionType) and its projection; GuildUserBrief keeps Id and Username; the internal ToEntity,
//   FromEntityProjection and FilterBy helpers and the XML comments are dropped. Nullable enabled, as in the source
//   (Modix.Data enables it).
// Real store: ClaimMappingRepository over ModixContext's ClaimMappings table (ClaimMappingEntity, Id an identity
//   column; a mapping's creation and its rescinding are ConfigurationActionEntity rows). CreateAsync(data) throws
//   ArgumentNullException for null, adds the mapping with a creation action (CreatedById, Created = now), saves and
//   returns the generated Id. ReadAsync(claimMappingId) projects the mapping with that Id to a ClaimMappingSummary (its
//   CreateAction, DeleteAction when rescinded), null when none. AnyAsync/SearchIdsAsync/SearchBriefsAsync filter by the
//   criteria's set properties: Types, Claims contain the value; GuildId, UserId, CreatedById equal; RoleIds contain the
//   RoleId (with UserId set too: a role in RoleIds OR that UserId); CreatedRange bounds CreateAction.Created; IsDeleted
//   compares whether a delete action exists. TryDeleteAsync(id, rescindedById) answers false when the mapping is missing
//   or already rescinded, else attaches a delete action by rescindedById and answers true: the row stays, rescinded.
//   BeginCreateTransactionAsync/BeginDeleteTransactionAsync open a database transaction, waiting while another of the
//   same kind is open; Commit commits it, Dispose without Commit rolls it back.
// Shapes: BeginCreateTransactionAsync=*; BeginDeleteTransactionAsync=*; CreateAsync=*; ReadAsync=*; AnyAsync=*;
//   SearchIdsAsync=*; SearchBriefsAsync=*; TryDeleteAsync=*
// First try (ddd0e550): incomplete: IMF0001 on all 8 members, the entity read as ClaimMappingSummary (the Task result
//   of ReadAsync): BeginCreateTransaction, BeginDeleteTransaction, SearchIds, SearchBriefs are no known verbs;
//   CreateAsync's ClaimMappingCreationData has CreatedById, which names no property of ClaimMappingSummary; ReadAsync's
//   and TryDeleteAsync's claimMappingId names neither the key (Id) nor a property; AnyAsync's criteria is no filter
//   object (Types, RoleIds, Claims name no property) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: creation data, summaries and briefs are three shapes of a
//   row the interface never names (ClaimMappingEntity), CreatedById goes to a creation action the store makes, the
//   criteria's plural arrays and IsDeleted are the store's own query, TryDelete rescinds (the row stays, a second call
//   answers false) rather than removing, and the transactions are the database's.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Modix.IClaimMappingRepositoryCase;

public enum ClaimMappingType
{
    Granted,
    Denied,
}

public enum AuthorizationClaim
{
    AuthorizationConfigure,
    ModerationWarn,
    ModerationBan,
}

public struct DateTimeOffsetRange
{
    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }
}

public interface IRepositoryTransaction : IDisposable
{
    void Commit();
}

public class GuildUserBrief
{
    public ulong Id { get; set; }

    public string Username { get; set; } = null!;
}

public class ConfigurationActionBrief
{
    public long Id { get; set; }

    public DateTimeOffset Created { get; set; }

    public GuildUserBrief CreatedBy { get; set; } = null!;
}

public class ClaimMappingCreationData
{
    public ClaimMappingType Type { get; set; }

    public ulong GuildId { get; set; }

    public ulong? RoleId { get; set; }

    public ulong? UserId { get; set; }

    public AuthorizationClaim Claim { get; set; }

    public ulong CreatedById { get; set; }
}

public class ClaimMappingSummary
{
    public long Id { get; set; }

    public ClaimMappingType Type { get; set; }

    public ulong GuildId { get; set; }

    public ulong? RoleId { get; set; }

    public ulong? UserId { get; set; }

    public AuthorizationClaim Claim { get; set; }

    public ConfigurationActionBrief CreateAction { get; set; } = null!;

    public ConfigurationActionBrief? DeleteAction { get; set; }
}

public class ClaimMappingBrief
{
    public long Id { get; set; }

    public ClaimMappingType Type { get; set; }

    public ulong? RoleId { get; set; }

    public ulong? UserId { get; set; }

    public AuthorizationClaim Claim { get; set; }
}

public class ClaimMappingSearchCriteria
{
    public ClaimMappingType[]? Types { get; set; }

    public ulong? GuildId { get; set; }

    public ulong[]? RoleIds { get; set; }

    public ulong? UserId { get; set; }

    public AuthorizationClaim[]? Claims { get; set; }

    public DateTimeOffsetRange? CreatedRange { get; set; }

    public ulong? CreatedById { get; set; }

    public bool? IsDeleted { get; set; }
}

[InMemoryFake]
public interface IClaimMappingRepository
{
    Task<IRepositoryTransaction> BeginCreateTransactionAsync();

    Task<IRepositoryTransaction> BeginDeleteTransactionAsync();

    Task<long> CreateAsync(ClaimMappingCreationData data);

    Task<ClaimMappingSummary?> ReadAsync(long claimMappingId);

    Task<bool> AnyAsync(ClaimMappingSearchCriteria criteria);

    Task<IReadOnlyCollection<long>> SearchIdsAsync(ClaimMappingSearchCriteria criteria);

    Task<IReadOnlyCollection<ClaimMappingBrief>> SearchBriefsAsync(ClaimMappingSearchCriteria criteria);

    Task<bool> TryDeleteAsync(long claimMappingId, ulong rescindedById);
}

public static class Smoke
{
    public static async Task RunAsync(IClaimMappingRepository mappings)
    {
        var missing = long.MaxValue;
        Check.Null(await mappings.ReadAsync(missing), "ReadAsync of an id nothing has is null");
        Check.False(await mappings.AnyAsync(new ClaimMappingSearchCriteria()), "an empty table has no mapping");

        using (var transaction = await mappings.BeginCreateTransactionAsync())
        {
            var roleBan = await mappings.CreateAsync(new ClaimMappingCreationData
            {
                Type = ClaimMappingType.Granted,
                GuildId = 1,
                RoleId = 10,
                Claim = AuthorizationClaim.ModerationBan,
                CreatedById = 100,
            });
            var userWarn = await mappings.CreateAsync(new ClaimMappingCreationData
            {
                Type = ClaimMappingType.Denied,
                GuildId = 1,
                UserId = 20,
                Claim = AuthorizationClaim.ModerationWarn,
                CreatedById = 100,
            });
            var otherGuild = await mappings.CreateAsync(new ClaimMappingCreationData
            {
                Type = ClaimMappingType.Granted,
                GuildId = 2,
                RoleId = 10,
                Claim = AuthorizationClaim.AuthorizationConfigure,
                CreatedById = 101,
            });
            transaction.Commit();

            Check.True(roleBan != userWarn && userWarn != otherGuild && roleBan != otherGuild, "CreateAsync returns a new id for each mapping");

            var summary = Check.NotNull(await mappings.ReadAsync(roleBan), "ReadAsync finds the created mapping by its id");
            Check.Equal(roleBan, summary.Id, "the summary carries the id");
            Check.Equal((ulong?)10, summary.RoleId, "and the role");
            Check.Equal(AuthorizationClaim.ModerationBan, summary.Claim, "and the claim");
            Check.Equal((ulong)100, summary.CreateAction.CreatedBy.Id, "the creation action names who created it");
            Check.Null(summary.DeleteAction, "a live mapping has no delete action");

            Check.True(await mappings.AnyAsync(new ClaimMappingSearchCriteria { GuildId = 1, Claims = new[] { AuthorizationClaim.ModerationBan } }), "AnyAsync finds a mapping by guild and claim");
            Check.False(await mappings.AnyAsync(new ClaimMappingSearchCriteria { GuildId = 3 }), "and none in a guild with none");

            var roleOrUser = await mappings.SearchIdsAsync(new ClaimMappingSearchCriteria { GuildId = 1, RoleIds = new ulong[] { 10 }, UserId = 20 });
            Check.Equal(2, roleOrUser.Count, "RoleIds with UserId select a role in the list or that user");
            Check.True(roleOrUser.Contains(roleBan) && roleOrUser.Contains(userWarn), "both mappings of guild 1");

            var byRole = await mappings.SearchIdsAsync(new ClaimMappingSearchCriteria { RoleIds = new ulong[] { 10 } });
            Check.Equal(2, byRole.Count, "RoleIds alone select the role's mappings in every guild");

            var briefs = await mappings.SearchBriefsAsync(new ClaimMappingSearchCriteria { Types = new[] { ClaimMappingType.Denied } });
            Check.Equal(1, briefs.Count, "SearchBriefsAsync filters by type");
            Check.Equal((ulong?)20, briefs.Single().UserId, "the denied mapping is the user's");

            var byCreator = await mappings.SearchIdsAsync(new ClaimMappingSearchCriteria { CreatedById = 101 });
            Check.Equal(otherGuild, byCreator.Single(), "CreatedById selects by the creation action's user");

            using (var delete = await mappings.BeginDeleteTransactionAsync())
            {
                Check.True(await mappings.TryDeleteAsync(roleBan, 200), "TryDeleteAsync rescinds a live mapping");
                Check.False(await mappings.TryDeleteAsync(roleBan, 200), "a rescinded mapping is not rescinded twice");
                Check.False(await mappings.TryDeleteAsync(missing, 200), "nor a missing one");
                delete.Commit();
            }

            var rescinded = Check.NotNull(await mappings.ReadAsync(roleBan), "a rescinded mapping stays readable");
            Check.Equal((ulong?)200, rescinded.DeleteAction?.CreatedBy.Id, "with the delete action of who rescinded it");
            var live = await mappings.SearchIdsAsync(new ClaimMappingSearchCriteria { GuildId = 1, IsDeleted = false });
            Check.Equal(userWarn, live.Single(), "IsDeleted = false leaves the rescinded mapping out");
            Check.True(await mappings.AnyAsync(new ClaimMappingSearchCriteria { IsDeleted = true }), "IsDeleted = true finds it");
        }

        await Check.ThrowsAsync<ArgumentNullException>(() => mappings.CreateAsync(null!), "CreateAsync(null) throws ArgumentNullException");
    }
}
