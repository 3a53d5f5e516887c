using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using InMemoryFakes.DependencyInjection.Persistence;
using InMemoryFakes.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

/// <summary>
/// Persistence through the JSON metadata the generator emits, and nothing else: no JsonSerializerContext in the
/// options and the reflection fallback off (the trim-safe <c>AddInMemoryFakesPersistence(o => o.Path = …)</c>).
/// </summary>
public sealed class GeneratedJsonPersistenceTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_entity_with_records_enums_nested_types_and_collections_survives_a_restart()
    {
        var first = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<ITicketStore>());
        var tickets = first.Services.GetRequiredService<ITicketStore>();
        var ticket = new Ticket
        {
            Title = "Printer on fire",
            Priority = Priority.Urgent,
            Escalated = Priority.Normal,
            Assignee = new Assignee("Ada", "ada@example.com") { Team = "Ops" },
            Steps = { new Step { Text = "Unplug", Done = true }, new Step { Text = "Call" } },
            Watchers = ["grace", "linus"],
            Votes = { ["ada"] = 2, ["bob"] = -1 },
            Checklists = { [Priority.Low] = [new Step { Text = "Order toner" }] },
            History = [new Assignee("Bob", "bob@example.com")],
            Scores = [3, 1, 4],
            Estimate = new Estimate { Hours = 3, Confidence = Priority.Low },
            Window = new Span2(new DateOnly(2030, 5, 1), new DateOnly(2030, 5, 9)),
            Slot = ("S12", 3),
            Tag = 42L,
        };
        ticket.Labels.Add("hardware");
        ticket.Labels.Add("fire");
        tickets.Update(tickets.Add(ticket));
        await StopAsync(first);

        var second = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<ITicketStore>());
        var read = second.Services.GetRequiredService<ITicketStore>().Find(1)!;

        Assert.Equal(("Printer on fire", Priority.Urgent, Priority.Normal), (read.Title, read.Priority, read.Escalated));
        Assert.Equal(new Assignee("Ada", "ada@example.com") { Team = "Ops" }, read.Assignee);
        Assert.Equal([("Unplug", true), ("Call", false)], read.Steps.Select(static s => (s.Text, s.Done)));
        Assert.Equal(["grace", "linus"], read.Watchers);
        Assert.Equal(new HashSet<string> { "hardware", "fire" }, read.Labels);
        Assert.Equal(new Dictionary<string, int> { ["ada"] = 2, ["bob"] = -1 }, read.Votes);
        Assert.Equal("Order toner", Assert.Single(read.Checklists[Priority.Low]).Text);
        Assert.Equal([new Assignee("Bob", "bob@example.com")], read.History);
        Assert.Equal([3, 1, 4], read.Scores);
        Assert.Equal((3, Priority.Low), (read.Estimate!.Value.Hours, read.Estimate.Value.Confidence));
        Assert.Equal((new DateOnly(2030, 5, 1), new DateOnly(2030, 5, 9)), (read.Window.From, read.Window.To));
        Assert.Equal(("S12", 3), read.Slot);
        Assert.Equal(42L, Assert.IsType<long>(read.Tag));
        Assert.Equal(1, read.Version);
        await StopAsync(second);
    }

    [Fact]
    public async Task The_file_uses_clr_member_names_enum_numbers_type_tags_and_arrays_for_tuples()
    {
        var host = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<ITicketStore>());
        var ticket = new Ticket { Title = "t", Priority = Priority.Urgent, Slot = ("S1", 2), Tag = "note" };
        host.Services.GetRequiredService<ITicketStore>().Add(ticket);
        await StopAsync(host);

        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken));
        var value = file.RootElement.GetProperty("tables")[0].GetProperty("entries")[0].GetProperty("value");
        Assert.Equal("t", value.GetProperty("Title").GetString());
        Assert.Equal(2, value.GetProperty("Priority").GetInt32());
        Assert.Equal("""["S1",2]""", value.GetProperty("Slot").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("string", value.GetProperty("Tag").GetProperty("$type").GetString());
        Assert.Equal(0, value.GetProperty("StepCount").GetInt32());
    }

    [Fact]
    public async Task Positional_records_keep_their_generated_keys_and_composite_keys_are_arrays()
    {
        var first = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<IRoomStore>().AddInMemoryFake<IBookingStore>());
        first.Services.GetRequiredService<IRoomStore>().Add(new Room(0, "Attic", 3));
        first.Services.GetRequiredService<IBookingStore>().Add(new Booking { Room = "Attic", Day = new DateOnly(2030, 6, 1), Guest = "Ada" });
        await StopAsync(first);

        using (var file = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken)))
        {
            var booking = file.RootElement.GetProperty("tables").EnumerateArray().Single(static t => t.GetProperty("name").GetString() == "Booking");
            var key = booking.GetProperty("entries")[0].GetProperty("key");
            Assert.Equal(JsonValueKind.Array, key.ValueKind);
            Assert.Equal(["Attic", "2030-06-01"], key.EnumerateArray().Select(static k => k.GetString()));
        }

        var second = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<IRoomStore>().AddInMemoryFake<IBookingStore>());
        var rooms = second.Services.GetRequiredService<IRoomStore>();
        Assert.Equal(new Room(1, "Attic", 3), rooms.Find(1));
        Assert.Equal(2, rooms.Add(new Room(0, "Cellar", -1)).Id);
        Assert.Equal("Ada", second.Services.GetRequiredService<IBookingStore>().Find("Attic", new DateOnly(2030, 6, 1))!.Guest);
        await StopAsync(second);
    }

    [Fact]
    public async Task A_record_value_of_a_key_value_store_keeps_its_ttl_across_a_restart()
    {
        var clock = new ManualClock(T0);
        var first = await StartAsync(clock, static s => s.AddInMemoryFake<ISessionStore>());
        first.Services.GetRequiredService<ISessionStore>().Set("s1", new Session("ada", T0) { Roles = ["admin"] }, TimeSpan.FromMinutes(10));
        clock.Advance(TimeSpan.FromMinutes(4));
        await StopAsync(first);

        var later = new ManualClock(T0.AddMinutes(7));
        var second = await StartAsync(later, static s => s.AddInMemoryFake<ISessionStore>());
        var sessions = second.Services.GetRequiredService<ISessionStore>();
        var session = sessions.Get("s1")!;
        Assert.Equal(("ada", T0, "admin"), (session.User, session.Started, Assert.Single(session.Roles)));
        later.Advance(TimeSpan.FromMinutes(3));
        Assert.Null(sessions.Get("s1"));
        await StopAsync(second);
    }

    [Fact]
    public async Task Members_removed_since_the_file_was_written_are_skipped_and_added_ones_keep_their_defaults()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.File)!);
        await File.WriteAllTextAsync(_folder.File, """
            {
              "format": "InMemoryFakes.Persistence",
              "formatVersion": 1,
              "tables": [
                {
                  "name": "Ticket", "kind": "entity", "keySequence": 5,
                  "entries": [
                    { "key": 5, "value": { "Id": 5, "Title": "old shape", "Severity": "high", "Steps": [ { "Text": "a", "Colour": "red" } ], "Assignee": { "Name": "Ada", "Email": "a@x", "Desk": 12 } } }
                  ]
                }
              ]
            }
            """, TestContext.Current.CancellationToken);

        var host = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<ITicketStore>());
        var tickets = host.Services.GetRequiredService<ITicketStore>();

        var ticket = tickets.Find(5)!;
        Assert.Equal("old shape", ticket.Title);
        Assert.Equal("a", Assert.Single(ticket.Steps).Text);
        Assert.Equal(new Assignee("Ada", "a@x"), ticket.Assignee);
        Assert.Equal(Priority.Low, ticket.Priority);   // added since: its default
        Assert.Empty(ticket.Labels);
        Assert.Empty(ticket.Votes);
        Assert.Equal(6, tickets.Add(new Ticket { Title = "new" }).Id);
        host.Persistence().Save();
        var text = await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Severity", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Desk", text, StringComparison.Ordinal);
        await StopAsync(host);
    }

    [Fact]
    public async Task A_required_member_missing_from_the_file_is_a_load_error_naming_the_table_and_the_file_is_kept()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.File)!);
        const string content = """
            { "format": "InMemoryFakes.Persistence", "formatVersion": 1,
              "tables": [ { "name": "Ticket", "kind": "entity", "entries": [ { "key": 1, "value": { "Id": 1 } } ] } ] }
            """;
        await File.WriteAllTextAsync(_folder.File, content, TestContext.Current.CancellationToken);
        using var host = Build(new ManualClock(T0), static s => s.AddInMemoryFake<ITicketStore>());

        var error = await Assert.ThrowsAsync<InMemoryFakesPersistenceException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("'Ticket'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Title", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_type_the_generator_refused_stops_startup_with_its_path_and_the_reason_instead_of_losing_its_state()
    {
        using var host = Build(new ManualClock(T0), static s => s.AddInMemoryFake<IPanelStore>());

        var error = await Assert.ThrowsAsync<InMemoryFakesPersistenceException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(typeof(Meter).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("reached through Panel.Meter", error.Message, StringComparison.Ordinal);
        Assert.Contains("Meter._ticks is a non-public field", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File));
    }

    [Fact]
    public async Task Saving_an_instance_of_a_derived_type_fails_naming_it_rather_than_writing_it_as_its_base_type()
    {
        var host = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<IVehicleStore>());
        var vehicles = host.Services.GetRequiredService<IVehicleStore>();
        vehicles.Add(new Vehicle { Plate = "B-1" });
        host.Persistence().Save();
        vehicles.Add(new Truck { Plate = "T-1", Axles = 3 });

        var error = Assert.Throws<InMemoryFakesPersistenceException>(() => host.Persistence().Save());

        Assert.Contains(typeof(Truck).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("B-1", await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("T-1", await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        host.Dispose();
    }

    [Fact]
    public async Task Converters_generic_members_fields_and_extension_data_survive_a_restart()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.File)!);
        await File.WriteAllTextAsync(_folder.File, """
            { "format": "InMemoryFakes.Persistence", "formatVersion": 1,
              "tables": [ { "name": "Sensor", "kind": "entity", "entries": [ { "key": 1, "value": {
                "Id": 1, "Reading": "21.5C", "Level": "Urgent", "Address": "10.0.0.7",
                "Threshold": { "Value": 1, "Label": "warm" }, "Room": "lab", "Calibrated": "2030-01-01" } } ] } ] }
            """, TestContext.Current.CancellationToken);

        var first = await StartAsync(new ManualClock(T0), static s => s.AddInMemoryFake<ISensorStore>());
        var sensor = first.Services.GetRequiredService<ISensorStore>().Find(1)!;
        Assert.Equal((21.5, Priority.Urgent, "10.0.0.7", Priority.Normal, "warm", "lab"), (sensor.Reading.Degrees, sensor.Level, sensor.Address!.ToString(), sensor.Threshold.Value, sensor.Threshold.Label, sensor.Room));
        Assert.Equal("2030-01-01", sensor.Extra!["Calibrated"].GetString());
        first.Persistence().Save();
        await StopAsync(first);

        var text = await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken);
        Assert.Contains("\"Reading\": \"21.5C\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Level\": \"Urgent\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Calibrated\": \"2030-01-01\"", text, StringComparison.Ordinal); // kept, not dropped
    }

    [Fact]
    public void The_generated_metadata_is_what_resolves_the_types_without_any_context_or_reflection()
    {
        var options = FakeJsonTypes.CreateOptions();

        foreach (var type in new[] { typeof(Ticket), typeof(Assignee), typeof(Priority?), typeof((string, DateOnly)), typeof(Dictionary<Priority, List<Step>>), typeof(Span2), typeof(Room) })
        {
            Assert.NotNull(FakeJsonTypes.Registered.GetTypeInfo(type, options));
        }

        FakeJsonTypes.EnsureComplete<Ticket>(options);
        Assert.Null(FakeJsonTypes.Registered.GetTypeInfo(typeof(Meter), options));
    }

    private IHost Build(ManualClock clock, Action<IServiceCollection> fakes)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Root, DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(clock);
        fakes(builder.Services);
        builder.Services.AddInMemoryFakesPersistence(o => o.Path = _folder.File);
        return builder.Build();
    }

    private async Task<IHost> StartAsync(ManualClock clock, Action<IServiceCollection> fakes)
    {
        var host = Build(clock, fakes);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private static async Task StopAsync(IHost host)
    {
        await host.StopAsync(TestContext.Current.CancellationToken);
        host.Dispose();
    }
}
