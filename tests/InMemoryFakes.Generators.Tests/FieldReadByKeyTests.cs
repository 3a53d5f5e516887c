using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Get{Property}(key)</c> returning that property's type (the Pro C# book's <c>string GetPetName(int id)</c>, an order's
/// <c>Task&lt;OrderStatus&gt; GetStatusAsync(id)</c>): the one value of the row with that key, as the real store's
/// <c>Where(c =&gt; c.Id == id).Select(c =&gt; c.PetName)</c>; the read counterpart of <c>Update{Property}(key, value)</c>.
/// Refused before (the property's words "named nothing"), found by a lead's first try in session 24.
/// </summary>
public class FieldReadByKeyTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_property_read_by_key_answers_the_stored_value_and_a_missing_row_as_its_result_type_says()
    {
        var run = Run("""
            namespace V;
            public enum CarState { New, Sold }
            public class Car
            {
                public int Id { get; set; }
                public string PetName { get; set; } = "";
                public string? Nickname { get; set; }
                public int Mileage { get; set; }
                public CarState State { get; set; }
                public DateTime? SoldAt { get; set; }
            }
            [InMemoryFake]
            public interface ICarRepository
            {
                void Add(Car car);
                void Update(Car car);
                string GetPetName(int id);
                string GetCarPetName(int id);
                string GetPetNameById(int id);
                Task<string?> GetNicknameAsync(int id, CancellationToken cancellationToken = default);
                int GetMileage(int id);
                int? FindMileage(int carId);
                ValueTask<CarState> GetStateAsync(int id);
                DateTime? GetSoldAt(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICarRepository cars = new InMemoryCarRepository();
                    var car = new Car { PetName = "Zippy", Mileage = 1200, State = CarState.Sold, SoldAt = new DateTime(2026, 1, 2) };
                    cars.Add(car);
                    Is("Zippy", cars.GetPetName(car.Id), "the stored pet name");
                    Is("Zippy", cars.GetCarPetName(car.Id), "with the entity word before the property");
                    Is("Zippy", cars.GetPetNameById(car.Id), "with ById after it");
                    Is(null, cars.GetNicknameAsync(car.Id).GetAwaiter().GetResult(), "a null value");
                    Is(1200, cars.GetMileage(car.Id), "an int");
                    Is(1200, cars.FindMileage(car.Id), "an int read as int?");
                    Is(CarState.Sold, cars.GetStateAsync(car.Id).GetAwaiter().GetResult(), "an enum through a ValueTask");
                    Is(new DateTime(2026, 1, 2), cars.GetSoldAt(car.Id), "a nullable date");

                    cars.Update(new Car { Id = car.Id, PetName = "Rusty", Mileage = 1500 });
                    Is("Rusty", cars.GetPetName(car.Id), "the value after an update");
                    Is(1500, cars.GetMileage(car.Id), "the mileage after an update");

                    Throws<InMemoryFakes.NotFoundException>(() => cars.GetPetName(99), null, "a string result never null: a missing row is the not-found error");
                    Throws<InMemoryFakes.NotFoundException>(() => cars.GetMileage(99), null, "an int result: a missing row is the not-found error, not 0");
                    Is(null, cars.GetNicknameAsync(99).GetAwaiter().GetResult(), "string?: null for a missing row");
                    Is(null, cars.FindMileage(99), "int?: null for a missing row");
                    Is(null, cars.GetSoldAt(99), "DateTime?: null for a missing row");
                }
            }
            """);
    }

    [Fact]
    public void Under_a_unit_of_work_it_reads_what_is_saved_as_a_projection_query_does()
    {
        // EF Core's Where(...).Select(c => c.PetName) asks the database: an add or a change not yet saved is not seen.
        var run = Run("""
            namespace V;
            public class Car { public int Id { get; set; } public string PetName { get; set; } = ""; }
            [InMemoryFake]
            public interface ICarRepository
            {
                void Add(Car car);
                void Update(Car car);
                string? GetPetName(int id);
                int SaveChanges();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICarRepository cars = new InMemoryCarRepository();
                    var car = new Car { Id = 7, PetName = "Zippy" };
                    cars.Add(car);
                    Is(null, cars.GetPetName(7), "an add not saved yet is not read");
                    cars.SaveChanges();
                    Is("Zippy", cars.GetPetName(7), "saved");
                    car.PetName = "Rusty";
                    cars.Update(car);
                    Is("Zippy", cars.GetPetName(7), "a change not saved yet is not read");
                    cars.SaveChanges();
                    Is("Rusty", cars.GetPetName(7), "the saved change");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_Default_states_a_missing_row_as_the_type_default()
    {
        var run = Run("""
            namespace V;
            public class Car { public int Id { get; set; } public string PetName { get; set; } = ""; public int Mileage { get; set; } }
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface ICarRepository
            {
                void Add(Car car);
                int GetMileage(int id);
                string GetPetName(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICarRepository cars = new InMemoryCarRepository();
                    cars.Add(new Car { Id = 1, PetName = "Zippy", Mileage = 10 });
                    Is(10, cars.GetMileage(1), "stored");
                    Is(0, cars.GetMileage(2), "a missing row: 0, as FirstOrDefault answers");
                    Is(null, cars.GetPetName(2), "a missing row: default (null)");
                }
            }
            """);
    }

    [Fact]
    public void A_property_whose_value_would_be_shared_or_whose_type_differs_stays_refused()
    {
        // A list property handed out would be the caller's to change (and copies are the copy rules' business); a long
        // result for an int property, and an int result for an int? property (null has no int), say something else.
        var run = Run("""
            namespace V;
            public class Car { public int Id { get; set; } public List<string> Tags { get; set; } = new(); public int Mileage { get; set; } public int? OwnerCount { get; set; } }
            [InMemoryFake]
            public interface ICarRepository
            {
                void Add(Car car);
                List<string> GetTags(int id);
                long GetMileage(int id);
                int GetOwnerCount(int id);
            }
            """);
        Assert.Equal(new[] { "IMF0001 GetMileage", "IMF0001 GetOwnerCount", "IMF0001 GetTags" },
            run.GeneratorDiagnostics.Select(static d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]).OrderBy(static s => s, System.StringComparer.Ordinal).ToArray());
    }
}
