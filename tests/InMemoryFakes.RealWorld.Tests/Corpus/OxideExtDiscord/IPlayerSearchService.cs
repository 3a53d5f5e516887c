// Source: https://github.com/lagzya-dev/Oxide.Ext.Discord
// Commit: 7d6a487b758b
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample74 rule, fixed before probing (the rule and the walk are in Corpus/Modix/IClaimMappingRepository.cs):
//   the first C# interface outside test paths, in ordinal path order at the newest snapshot, with at least 3 members
//   and an implementation in the same repository that keeps state; not a corpus source already; a licence that allows
//   transcribing a signature; at most 1 per repository; stop after 5. This one: the 2nd pick (the 42nd repository of
//   find_repos("Discord"), a Discord extension for Oxide game-server plugins). Before it in path order:
//   IDiscordMessageTemplate (4 properties of a message DTO), IDiscordCacheable, IDiscordKey, IDiscordQueryString,
//   IDiscordValidation, IFileAttachments, ISnowflakeEntity, the logging, plugin, pool, promise and template interfaces,
//   IWebSocketEventHandler, IDiscordLink (1 member, implemented by plugins outside the repository) and IPlaceholder:
//   none a store.
// Path: Oxide.Ext.Discord/Services/PlayerSearch/IPlayerSearchService.cs (implementations UkkonenTrieService.cs, when
//   the extension's config enables the name-search trie, and CovalenceSearchService.cs, which keeps nothing and reads
//   the game server's player list; chosen in Cache/ServerPlayerCache.cs). IPlayer is Oxide.Core's
//   (Oxide.Core.Libraries.Covalence, MIT), outside the repository.
// Adapted: IPlayer keeps Id and Name (Oxide.Core's has some 30 members); the interface is internal, as in the source.
//   Nullable disabled, as in the source (the project does not enable it).
// Real store: UkkonenTrieService over two suffix tries of players by name (UkkonenTrie<IPlayer>, players equal by Id):
//   the constructor adds every player the server knows (and, a slip, the connected ones to the same trie).
//   GetOnlinePlayers(name)/GetAllPlayers(name) answer each player once whose name contains name (a substring, as the
//   trie holds every suffix; every player for an empty name). OnUserConnected(player) re-adds the player under its name
//   to both tries; OnUserDisconnected(player) removes it from the online one; OnUserNameUpdated(player, oldName,
//   newName) moves it from oldName to newName in the all-players trie (the online trie keeps the old name).
// Shapes: GetOnlinePlayers=*; GetAllPlayers=*; OnUserConnected=*; OnUserDisconnected=*; OnUserNameUpdated=*
// First try (ddd0e550): incomplete: IMF0001 on all 5 members, read as a key-value store: GetOnlinePlayers and
//   GetAllPlayers start with known verbs but OnlinePlayers and Players name no noun of the store; OnUserConnected,
//   OnUserDisconnected, OnUserNameUpdated are no known verbs | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: substring search over names, an online set kept beside
//   every player, and game-server events as writes are this service's own; no signature says "contains" or which set
//   an event changes.
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OxideExtDiscord.IPlayerSearchServiceCase;

public interface IPlayer
{
    string Id { get; }

    string Name { get; }
}

public class Player : IPlayer
{
    public string Id { get; set; }

    public string Name { get; set; }
}

[InMemoryFake]
internal interface IPlayerSearchService
{
    IEnumerable<IPlayer> GetOnlinePlayers(string name);

    IEnumerable<IPlayer> GetAllPlayers(string name);

    void OnUserConnected(IPlayer player);

    void OnUserDisconnected(IPlayer player);

    void OnUserNameUpdated(IPlayer player, string oldName, string newName);
}

public static class Smoke
{
    // The interface is internal, as in the source: the harness hands the fake over as an object.
    public static Task RunAsync(object search) => RunCoreAsync((IPlayerSearchService)search);

    private static Task RunCoreAsync(IPlayerSearchService search)
    {
        Check.Equal(0, search.GetAllPlayers("Steve").Count(), "a server with no players finds none");

        var steve = new Player { Id = "76561198000000001", Name = "SteveTheBuilder" };
        var alex = new Player { Id = "76561198000000002", Name = "Alex" };
        search.OnUserConnected(steve);
        search.OnUserConnected(alex);

        Check.Equal(steve.Id, search.GetOnlinePlayers("Builder").Single().Id, "a connected player is found online by a part of the name");
        Check.Equal(2, search.GetAllPlayers("").Count(), "an empty name finds every player");
        Check.Equal(alex.Id, search.GetAllPlayers("lex").Single().Id, "any substring of the name matches");

        search.OnUserConnected(steve);
        Check.Equal(1, search.GetOnlinePlayers("Steve").Count(), "connecting twice keeps the player once");

        search.OnUserDisconnected(steve);
        Check.Equal(0, search.GetOnlinePlayers("Steve").Count(), "a disconnected player is not online");
        Check.Equal(steve.Id, search.GetAllPlayers("Steve").Single().Id, "but is still among all players");

        var renamed = new Player { Id = alex.Id, Name = "Alexandra" };
        search.OnUserNameUpdated(renamed, "Alex", "Alexandra");
        Check.Equal(alex.Id, search.GetAllPlayers("andra").Single().Id, "a renamed player is found by the new name");
        Check.Equal(1, search.GetAllPlayers("Alex").Count(), "once, though the new name contains the old");
        return Task.CompletedTask;
    }
}
