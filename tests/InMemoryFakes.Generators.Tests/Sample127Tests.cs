using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample127 (session 38), travel, rental and vehicle codebases. The rule's eight queries made no pick (every named
/// result too small, a corpus source, or from a repository without a licence); the shapes its results show were run on
/// the generator instead. A chat-room repository's <c>RemoveUserFromRoomAsync(string roomId, string userId)</c> takes a
/// user out of one room's list, and was read as a removal of the rooms its parameters match: it deleted the room whenever
/// the room had a <c>UserId</c> (its creator), silently, and was refused for "parameter 'userId'" otherwise. Such a removal
/// is now refused naming what it is; <c>AddMessageToRoomAsync(roomId, message)</c>'s refusal names the list it would change.
/// A hotel course's <c>UpdateHotelAsync(Hotel hotel, int id)</c> and a parking repository's <c>UpdatePark(Park park, long
/// parkId)</c>, the entity first and then the key, were refused where the key first is generated: now the same update.
/// </summary>
public class Sample127Tests
{
    private const string Rooms = Sources.Usings + """
        #nullable enable
        namespace V;

        public class User { public string Id { get; set; } = ""; }
        public class Message { public string Text { get; set; } = ""; }

        public class Room
        {
            public string Id { get; set; } = "";
            public string UserId { get; set; } = "";
            public List<User> Users { get; set; } = new();
            public List<Message> Messages { get; set; } = new();
        }

        [InMemoryFake]
        public interface IRoomRepository
        {
            Task<Room?> GetRoomAsync(string roomId);
            Task CreateRoomAsync(Room room);
            Task RemoveUserFromRoomAsync(string roomId, string userId);
            Task AddMessageToRoomAsync(string roomId, Message message);
        }
        """;

    private const string Teams = Sources.Usings + """
        #nullable enable
        namespace V;

        public class Team { public Guid Id { get; set; } public string Name { get; set; } = ""; public List<Guid> MemberIds { get; set; } = new(); }

        [InMemoryFake]
        public interface ITeamRepository
        {
            Task<Team?> GetByIdAsync(Guid id);
            Task AddAsync(Team team);
            Task<bool> DeleteMemberFromTeam(Guid teamId, Guid memberId);
        }
        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.Id == "IMF0001" && Refusals.PointedAt(d) == member).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_part_taken_from_the_row_a_key_names_is_refused_not_read_as_a_removal_of_rows()
    {
        var run = GeneratorHarness.Run(Rooms);
        Assert.Equal(new[] { "AddMessageToRoomAsync", "RemoveUserFromRoomAsync" }, run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(Refusals.PointedAt).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.Equal(
            "'RemoveUserFromRoomAsync' of IRoomRepository matches no entity repository convention: 'RemoveUserFromRoom' takes a User from a Room, the one 'roomId' names, which stays: "
            + "it changes that row's Users (List<User>), and removes no Room row; which part it takes out (every match or the first, by which property), and what it does for a Room or a User that is not there, "
            + "is the store's own, so write the member. Implement it in the partial class InMemoryRoomRepository, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(RemoveUserFromRoomAsync), roomId, userId) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "RemoveUserFromRoomAsync"));
        Assert.StartsWith(
            "'AddMessageToRoomAsync' of IRoomRepository matches no entity repository convention: 'AddMessageToRoom' is not a known verb: it starts with Add, which is one, but 'MessageToRoom' after it "
            + "is 'Message' to Room, and 'Message' is what Room.Messages (List<Message>) holds, so it changes that list in one Room and writes no Room row; how (a repeat kept or not, the order, a Room that is not there) "
            + "is the store's own, so write the member",
            Message(run, "AddMessageToRoomAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_taken_from_a_row_is_refused_for_that_even_when_its_parameter_names_nothing()
    {
        var run = GeneratorHarness.Run(Teams);
        Assert.Equal(
            "'DeleteMemberFromTeam' of ITeamRepository matches no entity repository convention: 'DeleteMemberFromTeam' takes a Member from a Team, the one 'teamId' names, which stays: "
            + "it changes that row's MemberIds (List<Guid>), and removes no Team row; which part it takes out (every match or the first, by which property), and what it does for a Team or a Member that is not there, "
            + "is the store's own, so write the member. Implement it in the partial class InMemoryTeamRepository, where its Store property reaches the fake's table in one line: "
            + "Store.Call(nameof(DeleteMemberFromTeam), teamId, memberId) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "DeleteMemberFromTeam"));
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("parameter 'memberId'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_that_pair_two_things_are_still_removed_by_both_when_From_names_no_key()
    {
        // A cart item repository: "from the cart" names the CartId the rows share, not a row's key, so the removal removes rows.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class CartItem { public int Id { get; set; } public int CartId { get; set; } public int ProductId { get; set; } public int Quantity { get; set; } }

            [InMemoryFake]
            public interface ICartItemRepository
            {
                Task<CartItem?> GetByIdAsync(int id);
                Task AddAsync(CartItem item);
                Task RemoveProductFromCartAsync(int cartId, int productId);
            }
            """);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICartItemRepository items = new InMemoryCartItemRepository();
                    items.AddAsync(new CartItem { CartId = 1, ProductId = 7, Quantity = 2 }).GetAwaiter().GetResult();
                    items.AddAsync(new CartItem { CartId = 1, ProductId = 8, Quantity = 1 }).GetAwaiter().GetResult();
                    items.AddAsync(new CartItem { CartId = 2, ProductId = 7, Quantity = 1 }).GetAwaiter().GetResult();
                    items.RemoveProductFromCartAsync(1, 7).GetAwaiter().GetResult();
                    Is(null, items.GetByIdAsync(1).GetAwaiter().GetResult(), "the item of product 7 in cart 1 is removed");
                    Is(8, items.GetByIdAsync(2).GetAwaiter().GetResult()!.ProductId, "the cart's other item stays");
                    Is(2, items.GetByIdAsync(3).GetAwaiter().GetResult()!.CartId, "product 7 in another cart stays");
                }
            }
            """);
    }

    private const string Hotels = Sources.Usings + """
        #nullable enable
        namespace V;

        public class Hotel { public int Id { get; set; } public string Name { get; set; } = string.Empty; public int CostPerNight { get; set; } }
        public class Park { public long Id { get; set; } public string Name { get; set; } = ""; }

        [InMemoryFake]
        public interface IHotelRepository
        {
            Task<Hotel?> GetHotelAsync(int id);
            Task InsertHotelAsync(Hotel hotel);
            Task UpdateHotelAsync(Hotel hotel, int id);
        }

        [InMemoryFake]
        public interface IParkRepository
        {
            Task<Park> AddPark(Park park);
            Task<Park?> GetPark(long id);
            Task<Park?> UpdatePark(Park park, long parkId);
        }
        """;

    [Fact]
    public void An_update_given_the_entity_then_its_key_is_the_update_of_the_key_then_the_entity()
    {
        var run = GeneratorHarness.Run(Hotels);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IHotelRepository hotels = new InMemoryHotelRepository();
                    hotels.InsertHotelAsync(new Hotel { Name = "Ritz", CostPerNight = 300 }).GetAwaiter().GetResult();
                    hotels.UpdateHotelAsync(new Hotel { Name = "Ritz Paris", CostPerNight = 350 }, 1).GetAwaiter().GetResult();
                    var read = hotels.GetHotelAsync(1).GetAwaiter().GetResult()!;
                    Is("Ritz Paris", read.Name, "a hotel given with Id 0 is written under the key given (the course's FindAsync(id) and copy)");
                    Is(350, read.CostPerNight, "every value is written");
                    hotels.UpdateHotelAsync(new Hotel { Id = 1, Name = "Ritz", CostPerNight = 400 }, 1).GetAwaiter().GetResult();
                    Is(400, hotels.GetHotelAsync(1).GetAwaiter().GetResult()!.CostPerNight, "a hotel carrying the same key updates it");
                    Throws<ArgumentException>(() => hotels.UpdateHotelAsync(new Hotel { Id = 2, Name = "Other" }, 1).GetAwaiter().GetResult(), "hotel", "a hotel carrying another key than the one given");
                    Throws<NotFoundException>(() => hotels.UpdateHotelAsync(new Hotel { Name = "Ghost" }, 99).GetAwaiter().GetResult(), null, "a key not stored is the not-found error (the update returns nothing)");
                    Is("Ritz", hotels.GetHotelAsync(1).GetAwaiter().GetResult()!.Name, "a refused update changes nothing");

                    IParkRepository parks = new InMemoryParkRepository();
                    var park = parks.AddPark(new Park { Name = "North" }).GetAwaiter().GetResult();
                    Is("South", parks.UpdatePark(new Park { Name = "South" }, park.Id).GetAwaiter().GetResult()!.Name, "UpdatePark answers the park written");
                    Is(null, parks.UpdatePark(new Park { Name = "Nowhere" }, 42L).GetAwaiter().GetResult(), "a key not stored answers null (its result is declared nullable)");
                }
            }
            """);
    }
}
