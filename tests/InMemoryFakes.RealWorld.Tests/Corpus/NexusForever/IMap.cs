// Source: https://github.com/BankaiNoJutsu/NexusForever (a fork of NexusForever/NexusForever, a WildStar server)
// Commit: 5bc84a814b83
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample83 rule, fixed before looking at any interface: the repositories find_repos("Bank") lists, in its
//   order, keeping those with C# files (then find_repos("Wallet") if the list ran out); in each, the first C# interface
//   in path order (git ls-files of the newest stored snapshot) whose implementation in the same repository keeps state
//   (a database, cache, blob, table, in-memory collection), with at least 3 members (inherited ones count), outside
//   test paths, not a corpus source already; at most 1 per repository; stop after 5. 57 of the first 69 listed hold no
//   C# file; SoyGustavoFernandez/corebank, szapata85/ACHInterbank and dbaranovsky/PXQuestionBankAdmin have no licence
//   (skipped); KOSASIH/pi-nexus-autonomous-banking-network, databankbni/hf-spaces-mirror-s1,
//   bankcheck/bankcheck.github.io and nassarwafik/ExamBank791381 have no such interface. Picks, in order:
//   AndrewMcLachlan/MooBank ILogicalAccountRepository, SwedbankPay/swedbank-pay-sdk-dotnet IOperationList,
//   biobankinguk/biobankinguk ICapabilityIndexProvider, BankaiNoJutsu/NexusForever IMap,
//   finlabsuk/open-banking-connector IBankGroupData<TBank>.
//   This one: the 4th, of BankaiNoJutsu/NexusForever: the interfaces before it in path order are one-member save hooks
//   (ISaveAuth, ISaveCharacter, ISaveCharacterExtended), row and read models (IAchievementModel, ICharacter),
//   configuration, packet reading and writing, chat commands and movement; IMap declares 4 members and inherits IUpdate's
//   Update, and its implementation keeps the map's entities (a dictionary, grids, a queue of pending actions).
// Path: Source/NexusForever.WorldServer/Game/Map/IMap.cs (implementation: Game/Map/BaseMap.cs; InstancedMap<T> forwards
//   to an instance; Source/NexusForever.Shared/IUpdate.cs; models: Game/Map/MapPosition.cs,
//   Source/NexusForever.Shared/GameTable/Model/WorldEntry.cs, Game/Entity/GridEntity.cs, Player.cs, Game/Static/GenericError.cs)
// Adapted: WorldEntry cut down to Id and AssetPath (of its 20 columns); GridEntity to Guid and Map; Player to a
//   GridEntity; MapPosition keeps Position and drops Info (a MapInfo of the world and instance); GenericError keeps
//   InstanceInvalidDestination (0x0080) of its 200 values; one namespace. Nullable disabled, as in the source.
// Real store: BaseMap, the world map of a server: Initialise(entry) keeps the entry and loads the map file and entity
//   spawns (BaseMapManager, EntityCacheManager); EnqueueAdd(entity, position) tells the entity, and queues an add (a
//   "pending" one that first removes it from the map it is on); Update(lastTick) runs up to GridActionThreshold queued
//   actions (adds that fail are retried up to GridActionMaxRetry times) and updates the active grids; CanEnter(entity,
//   position) is whether X and Z are within the world, -32768..32768 (GridSize 512 * WorldGridCount 128 / 2), and
//   CanEnter(player, position) is null there, else GenericError.InstanceInvalidDestination. No member reads an entity
//   back (GetEntity and Search are BaseMap's, not IMap's).
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 on all 5: Initialise, EnqueueAdd and both CanEnter ("not a known verb"),
//   Update(double lastTick) ("writes a value without a key, and no member reads it back") | WRONG: none.
// After this round: unchanged, and the refusals are right: a game map that queues entity moves for the next tick and
//   answers whether a position is inside the world is no store; every member is the server's own code.
#nullable disable

using System.Numerics;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NexusForever.IMapCase;

public interface IUpdate
{
    void Update(double lastTick);
}

public class WorldEntry
{
    public uint Id { get; set; }

    public string AssetPath { get; set; }
}

public class MapPosition
{
    public Vector3 Position { get; init; }
}

public enum GenericError
{
    InstanceInvalidDestination = 0x0080,
}

public abstract class GridEntity
{
    public uint Guid { get; protected set; }

    public IMap Map { get; protected set; }
}

public class Player : GridEntity
{
}

[InMemoryFake]
public interface IMap : IUpdate
{
    void Initialise(WorldEntry entry);

    void EnqueueAdd(GridEntity entity, MapPosition position);

    bool CanEnter(GridEntity entity, MapPosition position);

    GenericError? CanEnter(Player entity, MapPosition position);
}

public static class Smoke
{
    public static Task RunAsync(IMap map)
    {
        var inside = new MapPosition { Position = new Vector3(100f, -20f, 32768f) };
        var outside = new MapPosition { Position = new Vector3(32769f, 0f, 0f) };
        GridEntity player = new Player();
        Check.True(map.CanEnter(player, inside), "CanEnter(entity, position) is true inside the world's 65536 x 65536 square");
        Check.False(map.CanEnter(player, outside), "and false outside it");
        Check.Null(map.CanEnter(new Player(), inside), "CanEnter(player, position) is no error inside the world");
        Check.Equal(GenericError.InstanceInvalidDestination, map.CanEnter(new Player(), outside), "and InstanceInvalidDestination outside it");
        return Task.CompletedTask;
    }
}
