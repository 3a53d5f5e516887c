using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 39 (h-audit39, issue 10: every refusal right, with its real cause): what a random audit of 40 refused corpus
/// members (seed 39) found to fix. A removal of every row named <c>Clear</c>, <c>DeleteAll</c>, <c>RemoveAll</c>… that takes
/// parameters was refused with "it must take no parameters", which reads as a slip in the signature; the parameters are the
/// cause (they may select the rows removed, or set how every row is removed), and the message now says what they are:
/// Teams' Book-a-Room <c>DeleteAllAsync(string userIdentifier)</c> (one user's favourite rooms, by a partition key the
/// parameter does not name) and Foundatio's <c>RemoveAllAsync(ICommandOptions options)</c> (Exceptionless's repositories).
/// </summary>
public class RefusalAuditTests
{
    private const string Rooms = """
        #nullable enable
        namespace V;

        public class FavoriteRoom
        {
            public string Id { get; set; } = "";
            public string OwnerId { get; set; } = "";
            public string RoomEmail { get; set; } = "";
        }

        public interface ICommandOptions
        {
            bool Notify { get; }
        }

        """;

    [Fact]
    public void A_removal_of_every_row_given_a_parameter_that_names_nothing_says_what_the_parameter_is()
    {
        const string Source = Rooms + """
            [InMemoryFake]
            public interface IFavoriteRooms
            {
                Task AddAsync(FavoriteRoom room);
                Task<FavoriteRoom?> GetAsync(string id);
                Task<bool> DeleteAllAsync(string userIdentifier);
            }
            """;
        var run = GeneratorHarness.Run(Sources.Usings + Source);
        Refusals.Exactly(run,
            ("DeleteAllAsync", "'DeleteAllAsync' of IFavoriteRooms matches no entity repository convention: it takes a parameter, 'userIdentifier', where DeleteAll without parameters removes every FavoriteRoom: "
                + "with them it may remove only the FavoriteRooms they select or every one in a way they set, which its name does not say; parameter 'userIdentifier' names neither the key (Id) nor a property of FavoriteRoom"));
        Assert.DoesNotContain("must take no parameters", Refusals.Message(run, "DeleteAllAsync"), StringComparison.Ordinal);

        // The rest is generated as before.
        var rest = GeneratorHarness.Run(Sources.Usings + Refusals.Without(Source, "    Task<bool> DeleteAllAsync(string userIdentifier);"));
        Assertions.Clean(rest);
        BehaviourCheck.Run(rest, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var rooms = new InMemoryFavoriteRooms();
                    rooms.AddAsync(new FavoriteRoom { Id = "r1", OwnerId = "u1", RoomEmail = "a@x" }).GetAwaiter().GetResult();
                    Is("a@x", rooms.GetAsync("r1").GetAwaiter().GetResult()?.RoomEmail, "GetAsync reads the room added");
                    Is(null, rooms.GetAsync("r2").GetAwaiter().GetResult(), "and null for one not stored");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_of_every_row_given_an_options_object_says_it_is_read_as_nothing()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Rooms + """
            [InMemoryFake]
            public interface IFavoriteRooms
            {
                Task AddAsync(FavoriteRoom room);
                Task<long> RemoveAllAsync(ICommandOptions? options = null);
            }
            """);
        Refusals.Exactly(run,
            ("RemoveAllAsync", "'RemoveAllAsync' of IFavoriteRooms matches no entity repository convention: it takes a parameter, 'options', where RemoveAll without parameters removes every FavoriteRoom: "
                + "with them it may remove only the FavoriteRooms they select or every one in a way they set, which its name does not say; parameter 'options' names neither the key (Id) nor a property of FavoriteRoom, "
                + "and as an interface of type ICommandOptions it is no value of a property to compare"));
    }

    [Fact]
    public void A_removal_of_every_row_given_a_property_and_more_explains_the_parameter_that_names_nothing()
    {
        // Exceptionless's RemoveAllAsync(organizationId, clientIpAddress, utcStart, utcEnd, options): the first names a
        // property, the others do not, so a DeleteByOrganizationId would drop conditions; the message explains 'since' instead.
        var run = GeneratorHarness.Run(Sources.Usings + Rooms + """
            [InMemoryFake]
            public interface IFavoriteRooms
            {
                Task AddAsync(FavoriteRoom room);
                Task<long> RemoveAllAsync(string ownerId, DateTime since);
            }
            """);
        Refusals.Exactly(run,
            ("RemoveAllAsync", "it takes parameters, 'ownerId', 'since', where RemoveAll without parameters removes every FavoriteRoom: "
                + "with them it may remove only the FavoriteRooms they select or every one in a way they set, which its name does not say; parameter 'since' names neither the key (Id) nor a property of FavoriteRoom"));
        Assert.DoesNotContain("DeleteByOwnerId", Refusals.Message(run, "RemoveAllAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_removal_of_every_row_given_a_property_names_the_derived_removal_that_says_it()
    {
        const string Source = Rooms + """
            [InMemoryFake]
            public interface IFavoriteRooms
            {
                Task AddAsync(FavoriteRoom room);
                Task<List<FavoriteRoom>> ListAsync();
                Task ClearAllAsync(string ownerId, CancellationToken cancellationToken = default);
            }
            """;
        var run = GeneratorHarness.Run(Sources.Usings + Source);
        Refusals.Exactly(run,
            ("ClearAllAsync", "'ClearAllAsync' of IFavoriteRooms matches no entity repository convention: it takes a parameter, 'ownerId', where ClearAll without parameters removes every FavoriteRoom: "
                + "with them it may remove only the FavoriteRooms they select or every one in a way they set, which its name does not say; 'ownerId' names FavoriteRoom's OwnerId, "
                + "and a removal of the FavoriteRooms whose properties equal values says so in its name (DeleteByOwnerId(ownerId)), or write the member. Implement it"));

        // The name the message offers is generated: the removal of the rooms of that owner.
        var renamed = GeneratorHarness.Run(Sources.Usings + Source.Replace("Task ClearAllAsync(string ownerId", "Task DeleteByOwnerIdAsync(string ownerId", StringComparison.Ordinal));
        Assertions.Clean(renamed);
        BehaviourCheck.Run(renamed, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var rooms = new InMemoryFavoriteRooms();
                    rooms.AddAsync(new FavoriteRoom { Id = "r1", OwnerId = "u1" }).GetAwaiter().GetResult();
                    rooms.AddAsync(new FavoriteRoom { Id = "r2", OwnerId = "u1" }).GetAwaiter().GetResult();
                    rooms.AddAsync(new FavoriteRoom { Id = "r3", OwnerId = "u2" }).GetAwaiter().GetResult();
                    rooms.DeleteByOwnerIdAsync("u1").GetAwaiter().GetResult();
                    var left = rooms.ListAsync().GetAwaiter().GetResult();
                    Is(1, left.Count, "DeleteByOwnerId removes the rooms of that owner");
                    Is("r3", left[0].Id, "and keeps the others");
                }
            }
            """);
    }
}
