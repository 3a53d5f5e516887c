using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample118 (session 36), job, schedule and workflow codebases. workflowr-workflows' <c>IWorkflowRepository</c> reads and
/// removes a <c>Workflow</c> by <c>(Guid guid)</c>, and SchoolManager's generic <c>IBaseAsyncRepository&lt;T&gt;</c> removes a
/// <c>T</c> by <c>(Guid guid)</c>: a parameter named after its own type, which names no property. Both were refused as
/// "names neither the key (Id) nor a property", and the workflow's create and update with them (its reads then seemed to
/// identify a workflow by something else). Such a parameter is now the key when nothing else can be meant: its type is the
/// key's own and no other public property of the entity has that type, or the member is declared on a generic interface over
/// the entity (written for any T, it can name no other property of one). Where the entity's own interface declares it and
/// another property has that type, it is refused saying so.
/// </summary>
public class Sample118Tests
{
    private const string Workflows = Sources.Usings + """
        namespace V;

        public enum Status { None, New, Completed }

        /// <summary>The domain's task, which is why the interface spells System.Threading.Tasks.Task.</summary>
        public class Task
        {
            public Guid Id { get; set; }
        }

        public class Workflow
        {
            public Guid Id { get; set; }

            private Guid OwnerId { get; set; }

            private Status WorkflowStatus { get; set; }

            public void Own(Guid owner) { OwnerId = owner; WorkflowStatus = Status.New; }

            public Guid OwnerOf() => OwnerId;
        }

        [InMemoryFake]
        public interface IWorkflowRepository
        {
            System.Threading.Tasks.Task CreateAsync(Workflow workflow);
            System.Threading.Tasks.Task UpdateAsync(Workflow workflow);
            System.Threading.Tasks.Task<Workflow?> ReadAsync(Guid guid);
            System.Threading.Tasks.Task DeleteAsync(Guid guid);
        }
        """;

    [Fact]
    public void A_read_and_a_removal_by_a_parameter_named_after_its_type_are_by_the_key_when_no_other_property_has_that_type()
    {
        var run = GeneratorHarness.Run(Workflows);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IWorkflowRepository repository = new InMemoryWorkflowRepository();
                    var workflow = new Workflow();
                    var owner = Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
                    workflow.Own(owner);
                    repository.CreateAsync(workflow).GetAwaiter().GetResult();
                    Is(true, workflow.Id != Guid.Empty, "an empty Guid key is made up and written back");

                    var read = repository.ReadAsync(workflow.Id).GetAwaiter().GetResult();
                    Is(workflow.Id, read!.Id, "ReadAsync(guid) reads by the key");
                    Is(owner, read.OwnerOf(), "with its private state");
                    Is(null, repository.ReadAsync(owner).GetAwaiter().GetResult(), "a Guid that is no key finds nothing (the private OwnerId is not compared)");

                    Throws<Exception>(() => repository.CreateAsync(new Workflow { Id = workflow.Id }).GetAwaiter().GetResult(), null, "a taken key is the duplicate-key error");
                    Throws<Exception>(() => repository.UpdateAsync(new Workflow { Id = Guid.NewGuid() }).GetAwaiter().GetResult(), null, "an update of a workflow not stored is the not-found error");

                    repository.DeleteAsync(owner).GetAwaiter().GetResult();
                    Is(workflow.Id, repository.ReadAsync(workflow.Id).GetAwaiter().GetResult()!.Id, "DeleteAsync of a Guid that is no key removes nothing");
                    repository.DeleteAsync(workflow.Id).GetAwaiter().GetResult();
                    Is(null, repository.ReadAsync(workflow.Id).GetAwaiter().GetResult(), "DeleteAsync(guid) removes by the key");
                }
            }
            """);
    }

    private const string Schedules = Sources.Usings + """
        #nullable disable
        namespace V;

        public class Entity
        {
            public Guid Id { get; set; }
        }

        public class Schedule : Entity
        {
            public Guid SchoolId { get; set; }
        }

        public interface IBaseAsyncRepository<T>
        {
            Task CreateAsync(T newObject);
            Task DeleteAsync(Guid guid);
            Task<IEnumerable<T>> GetAllAsync();
        }

        [InMemoryFake]
        public interface IScheduleRepository : IBaseAsyncRepository<Schedule>
        {
        }
        """;

    [Fact]
    public void A_generic_base_interfaces_parameter_named_after_its_type_is_the_key_though_the_entity_has_another_of_that_type()
    {
        var run = GeneratorHarness.Run(Schedules);
        Refusals.Exactly(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IScheduleRepository repository = new InMemoryScheduleRepository();
                    var school = Guid.Parse("5d0f3c1e-2b7a-4c8e-9f10-1a2b3c4d5e6f");
                    var schedule = new Schedule { SchoolId = school };
                    repository.CreateAsync(schedule).GetAwaiter().GetResult();

                    repository.DeleteAsync(school).GetAwaiter().GetResult();
                    Is(1, System.Linq.Enumerable.Count(repository.GetAllAsync().GetAwaiter().GetResult()), "the SchoolId is no key: nothing removed");
                    repository.DeleteAsync(schedule.Id).GetAwaiter().GetResult();
                    Is(0, System.Linq.Enumerable.Count(repository.GetAllAsync().GetAwaiter().GetResult()), "DeleteAsync(guid) of IBaseAsyncRepository<T> removes by the key");
                }
            }
            """);
    }

    [Fact]
    public void On_the_entitys_own_interface_a_parameter_named_after_its_type_is_refused_when_another_property_has_that_type()
    {
        var run = GeneratorHarness.Run(Schedules.Replace(
            "public interface IScheduleRepository : IBaseAsyncRepository<Schedule>\n{\n}",
            "public interface IScheduleRepository\n{\n    Task CreateAsync(Schedule newObject);\n    Task DeleteAsync(Guid guid);\n    Task<IEnumerable<Schedule>> GetAllAsync();\n}",
            StringComparison.Ordinal));
        Assert.Equal(
            "'DeleteAsync' of IScheduleRepository matches no entity repository convention: parameter 'guid' is named after its type, Guid, which names no property, and Schedule has more than one property of that type (Id, the key; SchoolId), "
            + "so which one it is compared with is not said; name it after that property (id, schoolId), or write the member. "
            + "Implement it in the partial class InMemoryScheduleRepository, where its Store property reaches the fake's table in one line: Store.Call(nameof(DeleteAsync), guid) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "DeleteAsync"));
    }

    [Fact]
    public void A_generic_base_whose_type_parameter_is_constrained_to_show_another_property_of_that_type_is_refused()
    {
        var run = GeneratorHarness.Run(Schedules
            .Replace("public class Schedule : Entity\n{", "public interface IOwned\n{\n    Guid SchoolId { get; }\n}\n\npublic class Schedule : Entity, IOwned\n{", StringComparison.Ordinal)
            .Replace("public interface IBaseAsyncRepository<T>\n{", "public interface IBaseAsyncRepository<T> where T : IOwned\n{", StringComparison.Ordinal));
        Assert.Contains("parameter 'guid' is named after its type, Guid, which names no property, and Schedule has more than one property of that type (Id, the key; SchoolId)", Refusals.Message(run, "DeleteAsync"), StringComparison.Ordinal);
    }
}
