// Source: https://github.com/dotnetcore/WTM
// Commit: f397e290416f
// Licence: MIT (LICENSE at the repository's root; an interface signature and cut-down models transcribed for a test)
// Sample: h-sample105 rule (the whole rule and the repositories it walked: Corpus/DotnetSpider/IAgentStore.cs). This
//   one: the 2nd pick (the 4th repository listed). Before it in path order only src/WalkingTec.Mvvm.Core/BaseBatchVM.cs's
//   IBaseBatchVM (4 properties of a batch view model, held as BaseBatchVM's own fields: no member reaches a store).
// Path: src/WalkingTec.Mvvm.Core/BaseCRUDVM.cs (the interface and its implementation BaseCRUDVM<TModel> in one file,
//   over the framework's IDataContext, an EF Core DbContext; TopBasePoco in Models/TopBasePoco.cs, IModelStateService in
//   MSD.cs, ApproveTimeLine in WorkFlow/ApproveTimeLine.cs)
// Adapted: the namespaces (one for all); the XML comments shortened; TopBasePoco cut to its [Key] ID (Checked,
//   BatchError, ExcelIndex and the reflection helpers left out); BaseVM (the view-model base class, which holds the
//   data context, session, login user, localizer…) cut to an empty class; ApproveTimeLine cut to its properties;
//   Elsa's RunWorkflowResult and WorkflowInstance (Elsa.Services.Models, Elsa.Models) as empty classes of the same
//   names. School stands in for an application's entity (the framework's own are TopBasePoco/BasePoco subclasses).
//   Nullable disabled, as in the source (no Nullable in the csproj or common.props).
// Real store: BaseCRUDVM<TModel>, the base of every single-table create/edit/delete view model of a WTM application,
//   over the request's DbContext (DC). Entity is the view model's current entity (a new TModel() at construction).
//   SetEntityById(id) loads the row with that ID (AsNoTracking, with the includes set by SetInclude and the linked
//   file attachments) into Entity, and throws Exception("数据不存在", "the data does not exist") when there is none;
//   SetEntity(entity) sets Entity to it (as TModel: null for another type). DoAdd()/DoAddAsync() prepare Entity (nulls
//   its navigation properties, stamps CreateTime/CreateBy for an IBasePoco and the tenant for an ITenant, sets IsValid
//   for an IPersistPoco, links child lists), DC.Set<TModel>().Add(Entity), deletes the files marked deleted, and
//   SaveChanges (EF Core generates the Guid ID of an entity added with none; a taken ID fails the save with
//   DbUpdateException). DoEdit(updateAllFields)/DoEditAsync stamp UpdateTime/UpdateBy, attach Entity and mark all
//   fields, or only the ones the request posted, modified, and save; a failed save adds a model error ("Sys.EditFailed")
//   to MSD instead of throwing. DoDelete()/DoDeleteAsync(): for an IPersistPoco set IsValid = false and save (a soft
//   delete); for any other TopBasePoco DoRealDelete(). DoRealDelete()/DoRealDeleteAsync() remove Entity's row, its
//   workflow instances and its attached files; a failure adds a model error ("Sys.DeleteFailed"). StartWorkflowAsync and
//   ContinueWorkflowAsync drive Elsa workflows of the entity; GetWorkflowTimeLineAsync and GetWorkflowInstanceAsync ask
//   the application's own workflow API (Wtm.CallAPI, HTTP) for the current entity's timeline and instance of a flow;
//   CopyContext(vm) copies another view model's DbContext, session, login user, model state and cache into this one;
//   Validate() checks the data annotations and the duplicate-field rules (SetDuplicatedCheck) into MSD, unless
//   ByPassBaseValidation; MSD is the model state (IModelStateService) the errors go to.
// Shapes: *=3; SetEntityById=4; DoEdit=7; DoEditAsync=7; StartWorkflowAsync=none; ContinueWorkflowAsync=none;
//   GetWorkflowTimeLineAsync=none; GetWorkflowInstanceAsync=none; CopyContext=none; Validate=none; MSD=none;
//   ByPassBaseValidation=none
// First try (6587633c): incomplete: IMF0001 on all 19, the interface read as a key-value store whose values are
//   WorkflowInstance (GetWorkflowInstanceAsync's result), each message adding that it was not read as a repository of
//   ApproveTimeLine (the element of GetWorkflowTimeLineAsync's list, which has an Id): DoAdd, DoEdit, DoDelete,
//   DoRealDelete (and their async forms), StartWorkflowAsync, ContinueWorkflowAsync, CopyContext, Validate "not a known
//   verb"; SetEntity, SetEntityById, GetWorkflowTimeLineAsync "no noun of this store"; Entity and MSD unsupported
//   properties; ByPassBaseValidation a property with a setter; GetWorkflowInstanceAsync refused because the interface
//   has the switch ByPassBaseValidation | WRONG: none (nothing generated).
// After this round: unchanged, rightly: every write acts on the view model's current Entity (no parameter names a
//   row), and SetEntityById loads a row into that state and throws a plain Exception for a missing one; the workflow
//   members drive Elsa. Two parts of the messages are beside the point (Left in docs/generator-rounds.md): the note
//   offering Kind = EntityRepository for ApproveTimeLine (the interface's subject is its type parameter T, which no
//   member takes or lists), and GetWorkflowInstanceAsync's reason (the switch), where the read is of the current
//   entity's workflow and its flowName may be left out.
// After session 35 (h-refusals35): no refusal offers Kind = StoreKind.EntityRepository any more: read under that
//   setting none of the 19 members is generated, and a refusal names a setting only where it would generate the member
//   (Refusals35Tests). Unchanged in outcome; GetWorkflowInstanceAsync's reason (the switch) is still left.
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Wtm.IBaseCRUDVMCase;

public class TopBasePoco
{
    [Key]
    public Guid ID { get; set; }
}

public class School : TopBasePoco
{
    public string SchoolName { get; set; }
}

public class BaseVM
{
}

public class RunWorkflowResult
{
}

public class WorkflowInstance
{
}

public class ApproveTimeLine
{
    public string Id { get; set; }
    public string Time { get; set; }
    public string Action { get; set; }
    public string Remark { get; set; }
    public string Approvers { get; set; }
    public string Approved { get; set; }
}

public class MsdError
{
    public string ErrorMessage { get; set; }
    public Exception Exception { get; set; }
}

/// <summary>
/// 模型状态接口
/// </summary>
public interface IModelStateService
{
    List<MsdError> this[string name] { get; }
    void AddModelError(string key, string errorMessage);
    void RemoveModelError(string key);
    int Count { get; }
    IEnumerable<string> Keys { get; }
    void Clear();
    string GetFirstError();
    bool IsValid { get; }
}

/// <summary>
/// 单表增删改查VM的接口
/// </summary>
/// <typeparam name="T">继承TopBasePoco的类</typeparam>
[InMemoryFake]
public interface IBaseCRUDVM<out T> where T : TopBasePoco, new()
{
    T Entity { get; }

    /// <summary>
    /// 根据主键Id获取Entity
    /// </summary>
    void SetEntityById(object id);

    /// <summary>
    /// 设置Entity
    /// </summary>
    void SetEntity(object entity);

    /// <summary>
    /// 添加
    /// </summary>
    void DoAdd();

    Task DoAddAsync();

    /// <summary>
    /// 修改
    /// </summary>
    void DoEdit(bool updateAllFields);
    Task DoEditAsync(bool updateAllFields);

    /// <summary>
    /// 删除，对于TopBasePoco进行物理删除，对于PersistPoco把IsValid修改为false
    /// </summary>
    void DoDelete();
    Task DoDeleteAsync();

    Task<RunWorkflowResult> StartWorkflowAsync(string flowName=null);
    Task<RunWorkflowResult> ContinueWorkflowAsync(string actionName, string remark, string flowName=null, string tag = null);
    Task<List<ApproveTimeLine>> GetWorkflowTimeLineAsync(string flowName = null);
    Task<WorkflowInstance> GetWorkflowInstanceAsync(string flowName = null);

    /// <summary>
    /// 彻底删除，对PersistPoco进行物理删除
    /// </summary>
    void DoRealDelete();
    Task DoRealDeleteAsync();

    /// <summary>
    /// 将源VM的上数据库上下文，Session，登录用户信息，模型状态信息，缓存信息等内容复制到本VM中
    /// </summary>
    void CopyContext(BaseVM vm);

    /// <summary>
    /// 是否跳过基类的唯一性验证
    /// </summary>
    bool ByPassBaseValidation { get; set; }

    void Validate();
    IModelStateService MSD { get; }
}

public static class Smoke
{
    public static async Task RunAsync(IBaseCRUDVM<School> vm)
    {
        Check.NotNull(vm.Entity, "a new view model holds a new entity");

        var school = new School { SchoolName = "North" };
        vm.SetEntity(school);
        Check.True(ReferenceEquals(school, vm.Entity), "SetEntity makes the entity given the current one");
        vm.DoAdd();
        var id = vm.Entity.ID;
        Check.True(id != Guid.Empty, "DoAdd stores the entity, and EF Core gives it a new Guid ID");
        Check.True(vm.MSD.IsValid, "a successful add leaves no model error");

        vm.SetEntity(new School());
        vm.SetEntityById(id);
        Check.Equal("North", vm.Entity.SchoolName, "SetEntityById loads the stored row into Entity");

        vm.Entity.SchoolName = "North Campus";
        vm.DoEdit(true);
        vm.SetEntity(new School());
        vm.SetEntityById(id);
        Check.Equal("North Campus", vm.Entity.SchoolName, "DoEdit(true) saves every field of Entity");

        var second = new School { SchoolName = "South" };
        vm.SetEntity(second);
        await vm.DoAddAsync();
        var secondId = vm.Entity.ID;
        Check.True(secondId != Guid.Empty && secondId != id, "DoAddAsync stores a second entity under a new ID");

        vm.SetEntityById(id);
        vm.DoDelete();
        Check.Throws<Exception>(() => vm.SetEntityById(id), "DoDelete of a TopBasePoco removes the row: loading it throws 'the data does not exist'");

        vm.SetEntityById(secondId);
        await vm.DoRealDeleteAsync();
        Check.Throws<Exception>(() => vm.SetEntityById(secondId), "DoRealDeleteAsync removes the row");
    }
}
