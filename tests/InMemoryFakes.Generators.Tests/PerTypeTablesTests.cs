using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-pertype41 (session 41): a repository whose members are generic over the entity type, the 2018 shape of Ardalis' Clean
/// Architecture template (<c>T GetById&lt;T&gt;(int id) where T : BaseEntity</c>, <c>List&lt;T&gt;()</c>, <c>Add&lt;T&gt;</c>,
/// <c>Update&lt;T&gt;</c>, <c>Delete&lt;T&gt;</c>, one repository over every set of a DbContext). Refused until session 40
/// ("one table per type argument… while a fake's tables are planned when it is generated"); now a table per type argument,
/// made on first use as EF Core's <c>Set&lt;T&gt;()</c> of a mapped type is, keyed by the constraint's key, each member read by
/// the entity conventions as the same member of a repository of T (Parsing/PerTypePlanner.cs).
/// </summary>
public class PerTypeTablesTests
{
    private const string Ardalis = Sources.Usings + """
        #nullable enable
        namespace V;

        public abstract class BaseEntity
        {
            public int Id { get; set; }
        }

        public class ImageEvent : BaseEntity
        {
            public string Name { get; set; } = "";
            public string EdgeDeviceName { get; set; } = "";
        }

        public class EdgeDevice : BaseEntity
        {
            public string EdgeDeviceName { get; set; } = "";
            public List<string> Tags { get; set; } = new();
            public Location? Location { get; set; }
        }

        public class Camera : EdgeDevice
        {
            public string Lens { get; set; } = "";
            public List<int> Zooms { get; set; } = new();
        }

        public class Location
        {
            public string Site { get; set; } = "";
        }

        public interface IRepository
        {
            T? GetById<T>(int id) where T : BaseEntity;
            List<T> List<T>() where T : BaseEntity;
            T Add<T>(T entity) where T : BaseEntity;
            void Update<T>(T entity) where T : BaseEntity;
            void Delete<T>(T entity) where T : BaseEntity;
        }

        [InMemoryFake(MissingDelete = MissingDelete.NotFound)]
        public interface IImageEventRepository : IRepository
        {
        }
        """;

    [Fact]
    public void The_Ardalis_shape_is_generated_with_a_table_per_type_argument_and_ids_numbered_per_table()
    {
        var run = GeneratorHarness.Run(Ardalis);

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IImageEventRepository repository = new InMemoryImageEventRepository();
                    Is(0, repository.List<ImageEvent>().Count, "a table no one has used is empty");
                    var first = repository.Add(new ImageEvent { Name = "shelf-1", EdgeDeviceName = "edge-01" });
                    var second = repository.Add(new ImageEvent { Name = "shelf-2", EdgeDeviceName = "edge-02" });
                    var device = repository.Add(new EdgeDevice { EdgeDeviceName = "edge-01" });
                    Is(1, first.Id, "Add numbers the first image event 1 (an identity column)");
                    Is(2, second.Id, "and the second 2");
                    Is(1, device.Id, "an edge device is numbered in its own table: 1 too");
                    Is("shelf-1", repository.GetById<ImageEvent>(1)!.Name, "GetById<ImageEvent>(1) reads the image events' table");
                    Is("edge-01", repository.GetById<EdgeDevice>(1)!.EdgeDeviceName, "GetById<EdgeDevice>(1) the edge devices', the same id another row");
                    Is(null, repository.GetById<ImageEvent>(3), "an id not stored is null");
                    Is(2, repository.List<ImageEvent>().Count, "List<ImageEvent> lists the image events");
                    Is(1, repository.List<EdgeDevice>().Count, "and List<EdgeDevice> the edge devices");

                    first.Name = "changed";
                    Is("shelf-1", repository.GetById<ImageEvent>(1)!.Name, "the store keeps its own copy: a change to the instance added is not written back");
                    repository.Update(first);
                    Is("changed", repository.GetById<ImageEvent>(1)!.Name, "Update writes it");
                    Throws<KeyNotFoundException>(() => repository.Update(new ImageEvent { Id = 9 }), null, "Update of a row not stored throws not-found");

                    repository.Delete(second);
                    Is(null, repository.GetById<ImageEvent>(2), "Delete removes the row");
                    Is(1, repository.List<ImageEvent>().Count, "and List no longer lists it");
                    Is(1, repository.List<EdgeDevice>().Count, "the other table is untouched");
                    Throws<KeyNotFoundException>(() => repository.Delete(second), null, "Delete of a row not stored throws not-found (MissingDelete = NotFound, as EF Core's Remove + SaveChanges)");
                    Throws<DuplicateKeyException>(() => repository.Add(new EdgeDevice { Id = 1 }), null, "Add of a stored id is a duplicate, table by table");
                }
            }
            """);
    }

    [Fact]
    public void A_derived_type_is_copied_whole_and_a_base_typed_call_has_its_own_table()
    {
        var run = GeneratorHarness.Run(Ardalis);

        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IImageEventRepository repository = new InMemoryImageEventRepository();
                    var camera = new Camera { EdgeDeviceName = "cam", Lens = "wide", Tags = { "a" }, Zooms = { 2 }, Location = new Location { Site = "north" } };
                    repository.Add<EdgeDevice>(camera);
                    camera.Lens = "tele";
                    camera.Zooms.Add(4);
                    camera.Tags.Add("b");
                    camera.Location!.Site = "south";
                    var stored = repository.GetById<EdgeDevice>(camera.Id);
                    Is(true, stored is Camera, "a Camera added as an EdgeDevice comes back a Camera (its run-time type, copied whole)");
                    var read = (Camera)stored!;
                    Is("wide", read.Lens, "with the derived type's own property as added");
                    Is(1, read.Zooms.Count, "its own collection copied, not shared");
                    Is(1, read.Tags.Count, "and the base type's");
                    Is("north", read.Location!.Site, "and the object it holds");
                    read.Zooms.Add(8);
                    Is(1, ((Camera)repository.GetById<EdgeDevice>(camera.Id)!).Zooms.Count, "a change to what a read returned is not written back");
                    Is(0, repository.List<Camera>().Count, "Camera is a table of its own: the row added through EdgeDevice is in EdgeDevice's");
                    Is(0, repository.List<BaseEntity>().Count, "a base-typed call reads BaseEntity's own table, not a union of the derived ones");
                }
            }
            """);
    }

    [Fact]
    public void Reset_clear_snapshots_and_restore_cover_every_table_made_so_far()
    {
        var run = GeneratorHarness.Run(Ardalis);

        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IImageEventRepository repository = new InMemoryImageEventRepository();
                    var core = ((IInMemoryFake)repository).Core;
                    repository.Add(new ImageEvent { Name = "before" });
                    var snapshot = core.Snapshot();
                    repository.Add(new ImageEvent { Name = "after" });
                    repository.Add(new EdgeDevice { EdgeDeviceName = "made after the snapshot" });
                    Is(3, core.Count, "the fake counts the rows of both tables");
                    core.Restore(snapshot);
                    Is(1, repository.List<ImageEvent>().Count, "Restore puts back the table captured");
                    Is(0, repository.List<EdgeDevice>().Count, "and empties the table made after the snapshot");
                    Is(2, repository.Add(new ImageEvent()).Id, "the sequence restored too");

                    repository.Add(new EdgeDevice());
                    core.Clear();
                    Is(0, repository.List<ImageEvent>().Count + repository.List<EdgeDevice>().Count, "Clear empties every table");

                    repository.Add(new ImageEvent());
                    repository.Add(new EdgeDevice());
                    core.Reset();
                    Is(0, core.Count, "Reset empties every table");
                    Is(1, repository.Add(new EdgeDevice()).Id, "and restarts each table's sequence");
                    Is(1, repository.Add(new ImageEvent()).Id, "the other's too");
                }
            }
            """);
    }

    [Fact]
    public void Calls_are_logged_and_faults_injected_by_member_name()
    {
        var run = GeneratorHarness.Run(Ardalis);

        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IImageEventRepository repository = new InMemoryImageEventRepository(new InMemoryFakeOptions { RecordCalls = true });
                    var core = ((IInMemoryFake)repository).Core;
                    repository.Add(new ImageEvent { Name = "x" });
                    repository.GetById<EdgeDevice>(5);
                    Is(1, core.Calls.Count("Add"), "Add is logged");
                    Is(5, core.Calls.Of("GetById")[0].Arguments[0], "with its arguments");
                    core.Faults.Throw("List", new InvalidOperationException("down"), times: 1);
                    Throws<InvalidOperationException>(() => repository.List<ImageEvent>(), null, "a fault injected into List throws");
                    Is(1, repository.List<ImageEvent>().Count, "once");
                }
            }
            """);
    }

    [Fact]
    public void A_member_that_is_not_generic_reads_the_table_the_generic_members_keep_for_its_type()
    {
        var run = GeneratorHarness.Run(Ardalis.Replace("""
            public interface IImageEventRepository : IRepository
            {
            }
            """, """
            public interface IImageEventRepository : IRepository
            {
                List<ImageEvent> FindByEdgeDeviceName(string edgeDeviceName);
                int CountEdgeDevices();
            }
            """, StringComparison.Ordinal));

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IImageEventRepository repository = new InMemoryImageEventRepository();
                    repository.Add(new ImageEvent { Name = "a", EdgeDeviceName = "edge-01" });
                    repository.Add(new ImageEvent { Name = "b", EdgeDeviceName = "edge-02" });
                    Is("a", System.Linq.Enumerable.Single(repository.FindByEdgeDeviceName("edge-01")).Name, "the derived query reads the rows Add<ImageEvent> wrote");
                    Is(0, repository.CountEdgeDevices(), "a count named after a type reads its table");
                    repository.Add(new EdgeDevice());
                    Is(1, repository.CountEdgeDevices(), "the one Add<EdgeDevice> writes");
                }
            }
            """);
    }

    [Fact]
    public void A_removal_by_entity_returning_nothing_needs_MissingDelete_stated_as_on_a_repository_of_one_type()
    {
        var run = GeneratorHarness.Run(Ardalis.Replace("[InMemoryFake(MissingDelete = MissingDelete.NotFound)]", "[InMemoryFake]", StringComparison.Ordinal));

        Refusals.Exactly(run,
            ("Delete", "a removal by entity that returns nothing cannot say what it does when the entity is not stored: EF Core's Remove + SaveChanges throws DbUpdateConcurrencyException (0 rows affected), "
                + "while Dapper, MongoDB's DeleteOne and a SQL DELETE do nothing. State it on [InMemoryFake]: MissingDelete = MissingDelete.NotFound"));
    }

    [Fact]
    public void A_unit_of_work_beside_them_keeps_them_refused_with_that_cause()
    {
        var run = GeneratorHarness.Run(Ardalis.Replace("""
            public interface IImageEventRepository : IRepository
            {
            }
            """, """
            public interface IImageEventRepository : IRepository
            {
                int SaveChanges();
            }
            """, StringComparison.Ordinal));

        var cause = "is generic over the entity type (T : BaseEntity, keyed by Id): a member generic over the entity type gets a table per type argument, made on first use (as a DbContext's Set<T>() is), "
            + "but not beside a unit of work ('SaveChanges'): what a save writes back is tracked over the tables planned when the fake is generated, and tables made per type argument at run time joining "
            + "that change tracker is not built, so whether a write here is saved at once or waits for the save cannot be kept";
        Assert.Contains("'Add<T>' " + cause, Refusals.Message(run, "Add"), StringComparison.Ordinal);
        Assert.Contains("'GetById<T>' " + cause, Refusals.Message(run, "GetById"), StringComparison.Ordinal);
        Assert.Contains("'List<T>' " + cause, Refusals.Message(run, "List"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_type_parameter_and_a_member_about_no_stored_type_are_refused_with_their_causes()
    {
        var run = GeneratorHarness.Run(Ardalis.Replace("""
            public interface IImageEventRepository : IRepository
            {
            }
            """, """
            public interface IImageEventRepository : IRepository
            {
                TResult? GetProjected<T, TResult>(int id, Func<T, TResult> selector) where T : BaseEntity;
                TResult? GetShaped<T, TResult>(int id) where T : BaseEntity;
                ImageEvent? GetLast(string edgeDeviceName);
                int Ping();
            }
            """, StringComparison.Ordinal));

        Refusals.Exactly(run,
            ("GetProjected", "'GetProjected<T, TResult>' is generic over the entity type (T : BaseEntity, keyed by Id), and over TResult too: a table per type argument is generated for a member generic in the entity type alone "
                + "(one type parameter, the entity), and what TResult is to that table (a key type, a projection, a criteria type) is not said"),
            ("GetShaped", "it is generic ('GetShaped<T, TResult>'), and neither a type parameter it takes or returns is constrained to a type with a key nor its signature proves a type deriving from BaseEntity, "
                + "so which of the tables made per type argument it acts on, and what its type parameters are to it, cannot be told"),
            ("GetLast", "'Last' in 'GetLast' names neither the entity (ImageEvent), the interface nor a parameter, so which ImageEvent it selects, or in which order, cannot be proven"),
            ("Ping", "it is not generic over the entity type, and its signature proves no type deriving from BaseEntity (a parameter of such a type or a collection of it, or its result), "
                + "so which of the tables made per type argument it acts on cannot be told"));
    }

    [Fact]
    public void A_member_about_a_type_keyed_otherwise_is_refused()
    {
        var run = GeneratorHarness.Run(Ardalis.Replace("""
            public interface IImageEventRepository : IRepository
            {
            }
            """, """
            public interface IImageEventRepository : IRepository
            {
                Badge? FindByCode(string code);
            }
            """, StringComparison.Ordinal).Replace("public class Location", """
            public class Badge : BaseEntity
            {
                [System.ComponentModel.DataAnnotations.Key]
                public string Code { get; set; } = "";
            }

            public class Location
            """, StringComparison.Ordinal));

        Refusals.Exactly(run,
            ("FindByCode", "it is about Badge, whose rows the members generic over the entity type keep in its table per type argument keyed by BaseEntity's Id, while Badge is keyed by Code, so which key finds its rows is not said"));
    }

    [Fact]
    public void A_soft_delete_generic_over_the_entity_type_puts_the_reads_in_doubt_as_on_a_repository_of_one_type()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public abstract class Entity
            {
                public Guid Id { get; set; }
                public bool IsDeleted { get; set; }
            }

            public sealed class Order : Entity
            {
                public string Number { get; set; } = "";
            }

            [InMemoryFake]
            public interface IStore
            {
                Task<T?> GetAsync<T>(Guid id) where T : Entity;
                Task AddAsync<T>(T entity) where T : Entity;
                Task SoftDeleteAsync<T>(Guid id) where T : Entity;
            }
            """);

        Assert.Contains("keeps the T rows it deletes and marks them (the deletion flag 'IsDeleted')", Refusals.Message(run, "GetAsync"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "AddAsync");
    }
}
