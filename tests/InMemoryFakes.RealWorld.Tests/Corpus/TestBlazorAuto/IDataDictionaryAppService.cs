// Source: https://github.com/bxjg1987/testblazorauto
// Commit: 2acf67a70c53
// Licence: MIT (an interface signature and cut-down DTOs transcribed for a test)
// Sample: h-sample104 rule (the whole rule and the walk are in Corpus/AntDesignBlazor/IAnchor.cs): the 2nd pick (the
//   14th repository of find_repos("Blazor")). Before it in path order: src/Libs (ICommandExecutor runs processes;
//   IClock, IEnv, IWebEnvironment, ISession, IAccessTokenProvider, IValidator, ICertificateProvider, ILoginHandler,
//   IPostToWeChat, IPayNotifyHandler read the environment, a request or a remote API; IExtendableObj, IGeneralTree,
//   IHaveParentId, IHasConcurrencyStamp, IHaveFilter, IHaveKeywords, IIsActive, IOrderIndex, IReset, IHaveDelete,
//   IDynamicCondition are contracts of entities and DTOs), then IErrorCallback (a client proxy's callback, 1 member),
//   IHaveFilter, IBXJGUtilsEnumAppService (1 member, lists an enum's values) and IDataDictionaryProviderAppService (2
//   inherited members; the file's first interface).
// Path: src/Modules/Utils/BXJG.Utils.Application.Share/GeneralTree/IDataDictionaryAppService.cs (its 7 members are
//   IGeneralTreeBaseAppService<…>'s, IGeneralTreeBaseAppService.cs beside it; DTOs in the same folder and in
//   src/Libs/BXJG.Common/Contracts); real store: src/Modules/Utils/BXJG.Utils.Application/GeneralTree/
//   DataDictionaryForSelectProviderAppService.cs (DataDictionaryAppService) over GeneralTreeBaseAppService.cs and
//   src/Modules/Utils/BXJG.Utils/GeneralTree/GeneralTreeManager.cs (ABP repositories over EF Core)
// Adapted: the generic base closed as IDataDictionaryAppService closes it, its members declared on the interface (the
//   open generic base with four type parameters and variance left out); ABP's EntityDto<long> and IApplicationService
//   (an empty marker) written out (the marker dropped); DataDictionaryDto cut down to Id, ParentId, Code, DisplayName,
//   Name, IsActive, IsTree, IsSysDefine, ChildrenCount, Children and CreationTime (audit, extension data, Parent and the
//   display texts left out); DataDictionaryEditDto to Id, ParentId, DisplayName, Name, IsActive, IsTree, ExtData. The
//   namespaces (one for all). Nullable enabled, as in the source (BXJG.Utils.Application.Share.csproj).
// Real store: DataDictionaryAppService, an ABP application service over a tree table of data dictionary nodes (each
//   with a database Id, ParentId, a Code built from the parent's Code and the count of siblings, "00001.00002", and a
//   ChildrenCount), every member checking a permission first. CreateAsync(edit dto): maps it to a new entity (Id
//   ignored: the database numbers it; ParentId 0 read as none), the manager builds its Code, stamps CreationTime,
//   inserts it, recounts the parent's children, and returns the DTO read back. UpdateAsync(edit dto): loads the node by
//   Id, maps the DTO over it and updates it (a new ParentId moves the node and its subtree, re-coding it; ParentId equal
//   to its own Id throws UserFriendlyException); an Id not there: the load gives null and the mapping or the update
//   fails (an exception). DeleteAsync(EntityDto<long>): loads the node; a system-defined one (IsSysDefine) throws
//   UserFriendlyException; else deletes it with every node whose Code starts with its Code (its subtree) and re-codes its
//   siblings; an Id not there: NullReferenceException. DeleteBatchAsync: each Id in its own unit of work, as DeleteAsync;
//   the deleted Ids in Ids, a UserFriendlyException's message or "服务器内部异常" (any other, a missing Id too) in
//   ErrorMessage, never throws. MoveAsync: moves a node before, after or into a target, re-coding both subtrees.
//   GetAllAsync(input): the nodes under ParentCode (or the ParentId's code; all when neither) filtered by IsActive,
//   IsSysDefine and Keywords (DisplayName contains), ordered by Code, then only those whose ParentId is input.ParentId
//   (input.ParentId is first set to the shallowest node's ParentId when null), each with its Children filled from the
//   nodes loaded. GetAsync(EntityDto<long>): the node's DTO, or null for an Id not there.
// Shapes: CreateAsync=13,14; UpdateAsync=14; DeleteAsync=8; DeleteBatchAsync=18; MoveAsync=20; GetAllAsync=2;
//   GetAsync=8
// First try (cc7c7c0f): incomplete: IMF0001 on all 7 (the entity taken is DataDictionaryEditDto, the type the writes
//   take): CreateAsync and UpdateAsync ("it must return void, bool, DataDictionaryEditDto, the key or a result type with a
//   static Success value": they return DataDictionaryDto), DeleteAsync and GetAsync ("parameter 'input' names neither the
//   key (Id) nor a property of DataDictionaryEditDto, and as an object of type EntityDto<long> it is no value of a
//   property to compare … a filter object when every public property of it names one of DataDictionaryEditDto's"),
//   DeleteBatchAsync ("Ids of it names none"), GetAllAsync ("ParentCode, IsOnlyLoadChild, IsSysDefine of it name none"),
//   MoveAsync ("'Move' is not a known verb"); nothing generated | WRONG: none (nothing generated).
// After this round: unchanged, rightly; DeleteAsync's and GetAsync's message corrected (Sample104Tests). It said the
//   object was no filter object "when every public property of it names one of DataDictionaryEditDto's", which
//   EntityDto<long>'s one property, Id, does; it now says the object holds only the key, as ABP's EntityDto<TKey> does,
//   which marks an application service's member, and names the fixes (fake the repository the service calls, take the key
//   itself, or write the member). Unwrapping the key would have made DeleteAsync a one-row delete, where this service
//   deletes the node's whole subtree, refuses a system-defined node and fails for an Id not there. The other refusals
//   are right as they say: DTOs of other types than the writes take, a batch that collects errors, a move that re-codes
//   subtrees, a tree query.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TestBlazorAuto.IDataDictionaryAppServiceCase;

public class EntityDto<TPrimaryKey>
{
    public EntityDto()
    {
    }

    public EntityDto(TPrimaryKey id) => Id = id;

    public TPrimaryKey Id { get; set; } = default!;
}

public class DataDictionaryDto : EntityDto<long>
{
    public long? ParentId { get; set; }
    public string Code { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Name { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsTree { get; set; }
    public bool IsSysDefine { get; set; }
    public int ChildrenCount { get; set; }
    public List<DataDictionaryDto>? Children { get; set; }
    public DateTime CreationTime { get; set; }
}

public class DataDictionaryEditDto : EntityDto<long>
{
    public bool IsActive { get; set; } = true;
    public long? ParentId { get; set; }
    public string DisplayName { get; set; } = "";
    public string? Name { get; set; }
    public IDictionary<string, object>? ExtData { get; set; }
    public bool IsTree { get; set; } = false;
}

public class GeneralTreeGetTreeInput
{
    public bool? IsActive { get; set; }
    public string? ParentCode { get; set; }
    public long? ParentId { get; set; }
    public bool IsOnlyLoadChild { get; set; } = false;
}

public class DataDictionaryGetTreeInput : GeneralTreeGetTreeInput
{
    public bool? IsSysDefine { get; set; }
    public string? Keywords { get; set; }
}

public enum GeneralTreeMoveType
{
    Front = 1 << 0,
    Back = 1 << 1,
    Inner = 1 << 2,
}

public class GeneralTreeNodeMoveInput
{
    public long? TargetId { get; set; }
    public long Id { get; set; }
    public GeneralTreeMoveType MoveType { get; set; }
}

public class BatchOperationInputLong
{
    public long[] Ids { get; set; } = [];
}

public class BatchOperationErrorMessage
{
    public BatchOperationErrorMessage(object id, string? message = default, string? code = default)
    {
        Id = id;
        Message = message;
        Code = code;
    }

    public object Id { get; set; }
    public string? Code { get; set; }
    public string? Message { get; set; }
}

public class BatchOperationOutputLong
{
    public IList<long> Ids { get; set; } = new List<long>();
    public IList<BatchOperationErrorMessage> ErrorMessage { get; set; } = new List<BatchOperationErrorMessage>();
}

[InMemoryFake]
public interface IDataDictionaryAppService
{
    Task<DataDictionaryDto> CreateAsync(DataDictionaryEditDto input);
    Task<DataDictionaryDto> UpdateAsync(DataDictionaryEditDto input);
    Task DeleteAsync(EntityDto<long> input);
    Task<BatchOperationOutputLong> DeleteBatchAsync(BatchOperationInputLong input);
    Task<DataDictionaryDto> MoveAsync(GeneralTreeNodeMoveInput input);
    Task<List<DataDictionaryDto>> GetAllAsync(DataDictionaryGetTreeInput input);
    Task<DataDictionaryDto> GetAsync(EntityDto<long> input);
}

public static class Smoke
{
    public static async Task RunAsync(IDataDictionaryAppService service)
    {
        var colours = await service.CreateAsync(new DataDictionaryEditDto { DisplayName = "Colours", Name = "colour" });
        Check.True(colours.Id > 0, "CreateAsync numbers the node");
        Check.Equal("00001", colours.Code, "and codes a root node by its place among the roots");
        Check.Equal("Colours", colours.DisplayName, "with the fields given");

        var red = await service.CreateAsync(new DataDictionaryEditDto { DisplayName = "Red", ParentId = colours.Id });
        Check.Equal("00001.00001", red.Code, "a child's Code extends its parent's");

        var read = await service.GetAsync(new EntityDto<long>(red.Id));
        Check.Equal("Red", read.DisplayName, "GetAsync reads the node by Id");
        Check.Equal(colours.Id, read.ParentId, "with its parent");

        var roots = await service.GetAllAsync(new DataDictionaryGetTreeInput());
        Check.Equal(1, roots.Count, "GetAllAsync lists the top of the tree");
        Check.Equal(1, roots[0].Children!.Count, "with the children filled in");

        var renamed = await service.UpdateAsync(new DataDictionaryEditDto { Id = colours.Id, DisplayName = "Colors", Name = "colour" });
        Check.Equal("Colors", renamed.DisplayName, "UpdateAsync replaces the fields");

        await service.DeleteAsync(new EntityDto<long>(colours.Id));
        Check.Null(await service.GetAsync(new EntityDto<long>(colours.Id)), "DeleteAsync deletes the node");
        Check.Null(await service.GetAsync(new EntityDto<long>(red.Id)), "and its subtree");

        var blue = await service.CreateAsync(new DataDictionaryEditDto { DisplayName = "Blue" });
        var batch = await service.DeleteBatchAsync(new BatchOperationInputLong { Ids = [blue.Id, 999_999] });
        Check.Equal(1, batch.Ids.Count, "DeleteBatchAsync deletes the nodes there");
        Check.Equal(blue.Id, batch.Ids[0], "and lists them");
        Check.Equal(1, batch.ErrorMessage.Count, "and reports an Id not there as an error, without throwing");
    }
}
