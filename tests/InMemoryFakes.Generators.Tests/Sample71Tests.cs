using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample71 (session 28), one silent guess of a community microservice framework. Xigadee's <c>IChannelService</c> has
/// <c>Exists(string channelId, ChannelDirection direction)</c> over channels whose <c>Direction</c> is a <c>[Flags]</c>
/// enum (Incoming = 1, Outgoing = 2): the fake compared <c>e.Direction == direction</c>, where the real
/// CommunicationContainer keeps one map per direction and answers whether the id is in any map the argument names, so a
/// channel of both directions exists for <c>Incoming</c> (the fake said false). A condition that compares a <c>[Flags]</c>
/// property with an argument (equality, Not, In, NotIn) is refused: ==, any flag given, or every flag given (HasFlag) are
/// all stores' choices the signature does not show.
/// </summary>
public class Sample71Tests
{
    private const string Channels = """
        #nullable enable
        namespace V;

        [Flags] public enum Direction { Incoming = 1, Outgoing = 2 }
        public enum Kind { Queue = 1, Topic = 2 }
        public class Channel
        {
            public string Id { get; set; } = "";
            public Direction Direction { get; set; }
            public Direction? Preferred { get; set; }
            public Kind Kind { get; set; }
        }

        """;

    [Fact]
    public void A_condition_comparing_a_flags_property_with_an_argument_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Channels + """
            [InMemoryFake]
            public interface IChannels
            {
                void Add(Channel channel);
                Channel? Find(string id);
                bool Exists(string id, Direction direction);
                IReadOnlyList<Channel> FindByDirection(Direction direction);
                int CountByDirectionNot(Direction direction);
                IReadOnlyList<Channel> FindByDirectionIn(IEnumerable<Direction> directions);
            }
            """);

        Assert.Equal(
            new[] { "IMF0017 CountByDirectionNot", "IMF0017 Exists", "IMF0017 FindByDirection", "IMF0017 FindByDirectionIn" },
            Refusals.Listed(run));
        var message = run.GeneratorDiagnostics.First(static d => Refusals.PointedAt(d) == "Exists").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(
            "Direction is a [Flags] enum, so a value is a set of flags, and a store may compare it whole (==), test any flag given ((x & value) != 0) or every flag given (HasFlag); the signature does not say which",
            message,
            StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_plain_enum_condition_a_flags_key_and_a_null_test_of_a_flags_property_stay_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Channels + """
            public class Grant { public Direction Id { get; set; } public string Who { get; set; } = ""; }

            [InMemoryFake]
            public interface IChannels
            {
                void Add(Channel channel);
                bool Exists(string id, Kind kind);
                IReadOnlyList<Channel> FindByPreferredIsNull();
            }

            [InMemoryFake]
            public interface IGrants
            {
                void Add(Grant grant);
                Grant? Find(Direction id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IChannels channels = new InMemoryChannels();
                    channels.Add(new Channel { Id = "a", Direction = Direction.Incoming | Direction.Outgoing, Kind = Kind.Topic });
                    channels.Add(new Channel { Id = "b", Direction = Direction.Incoming, Preferred = Direction.Incoming, Kind = Kind.Queue });
                    Is(true, channels.Exists("a", Kind.Topic), "a plain enum compares by ==");
                    Is(false, channels.Exists("a", Kind.Queue), "and another kind does not match");
                    var unset = channels.FindByPreferredIsNull();
                    Is(1, unset.Count, "IsNull takes no argument, so a [Flags] property is no question there");
                    Is("a", unset[0].Id, "the channel without a preferred direction");

                    IGrants grants = new InMemoryGrants();
                    grants.Add(new Grant { Id = Direction.Incoming | Direction.Outgoing, Who = "ops" });
                    Is("ops", grants.Find(Direction.Incoming | Direction.Outgoing)?.Who, "a [Flags] key is one exact value");
                    Is(null, grants.Find(Direction.Incoming), "and a part of it is another key");
                }
            }
            """);
    }
}
