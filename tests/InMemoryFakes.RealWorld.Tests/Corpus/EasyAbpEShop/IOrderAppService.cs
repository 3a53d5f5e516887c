// Source: https://github.com/EasyAbp/EShop
// Commit: fe21bc10a032 (base interfaces: ABP's ICrudAppService family, Volo.Abp.Ddd.Application.Contracts,
//   abpframework/abp)
// Licence: MIT (EShop; the ABP base interfaces LGPL-3.0) (an interface signature and minimal models transcribed for a
//   test)
// Sample: h-sample76 rule (the whole rule and the repositories it skipped: Corpus/AbpNextAdmin/IAuditLogManager.cs).
//   This one: the 4th pick (the 17th of find_repos("abp")). Before it in path order: IEShopDbContext and
//   IEShopMongoDbContext (no member of their own; their bases are ABP's).
// Path: modules/EasyAbp.EShop.Orders/src/EasyAbp.EShop.Orders.Application.Contracts/EasyAbp/EShop/Orders/Orders/
//   IOrderAppService.cs (real store: OrderAppService in EasyAbp.EShop.Orders.Application, a
//   MultiStoreCrudAppService<Order, OrderDto, Guid, GetOrderListDto, CreateOrderDto> over IOrderRepository)
// Adapted: ABP's ICrudAppService<OrderDto, Guid, GetOrderListDto, CreateOrderDto> chain (IReadOnlyAppService,
//   ICreateAppService, IUpdateAppService, IDeleteAppService) collapsed into one base interface with the same five
//   members, over ABP's IApplicationService and IRemoteService (empty markers, kept); PagedResultDto and
//   PagedAndSortedResultRequestDto cut to their properties. OrderDto cut to Id, StoreId, OrderNumber, CustomerUserId,
//   OrderStatus, CustomerRemark, StaffRemark, CompletionTime, CanceledTime and CancellationReason (prices, payment,
//   lines, discounts, fees and audit fields left out); CreateOrderDto to StoreId, CustomerRemark and OrderLines
//   (ProductId, ProductSkuId, Quantity). Nullable disabled, as in the source.
// Real store: OrderAppService. CreateAsync(input) loads every product of the lines through IProductAppService (an
//   unknown product is EntityNotFoundException), refuses flash-sale products, checks the creation permission, builds
//   the order with INewOrderGenerator (a new Id, an order number from the clock, Pending, the current user as
//   customer, prices from the products) and inserts it. GetAsync(id) the order (EntityNotFoundException when none; an
//   order of another customer needs the store's manage permission); GetListAsync(input) the orders of input.StoreId and
//   input.CustomerUserId when set, sorted and paged, with their total count; GetByOrderNumberAsync(orderNumber) the
//   order of that number (EntityNotFoundException when none); UpdateAsync and DeleteAsync throw
//   NotSupportedException; CompleteAsync(id) and CancelAsync(id, input) go through IOrderManager (a completed order
//   cannot complete again, a canceled one or one in payment cannot cancel: OrderIsInWrongStageException; otherwise
//   CompletionTime, or CanceledTime and CancellationReason, set and the order saved, an event published);
//   UpdateStaffRemarkAsync(id, input) sets StaffRemark and saves; CheckCreateAsync(input) runs CreateAsync in a unit of
//   work it rolls back and answers CanCreate (Reason "Unknown" when it failed).
// Shapes: *=none; GetListAsync=2,14; GetByOrderNumberAsync=4
// First try (ddd0e550): incomplete: IMF0001 GetListAsync (a GetOrderListDto is no value of a
//   property), CreateAsync and UpdateAsync (CreateOrderDto's OrderLines names no property of OrderDto), CompleteAsync,
//   CancelAsync and CheckCreateAsync (no known verb), UpdateStaffRemarkAsync (an UpdateStaffRemarkInput is no string);
//   generated: GetAsync(id), GetByOrderNumberAsync(orderNumber) and DeleteAsync(id) | WRONG: GetAsync(id) and
//   GetByOrderNumberAsync(orderNumber) answer null for a missing order (an oblivious result, no Find beside it), where
//   OrderAppService throws EntityNotFoundException (GetEntityByIdAsync; the repository's GetAsync(predicate));
//   DeleteAsync(id) removes the order, where OrderAppService overrides it to throw NotSupportedException (orders are
//   never deleted).
// After this round: unchanged. DeleteAsync(id) is ICrudAppService's delete, which ABP's CrudAppService
//   does by deleting; EShop's override refusing it is in no signature. The null for a missing order is the open case of
//   the corpus table's "missing key's read" row in docs/generator.md (an oblivious Get with no Find beside it: FreeSql's
//   answers null, MS Learn Tailspin's throws, and so do ABP's application services); this round records it and leaves
//   the rule as it is (the round's section says why). The fake is incomplete, so the smoke script does not run.
// After h-oblivious (session 29): still incomplete (other members); GetAsync, GetByOrderNumberAsync answer null for a
//   missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one,
//   and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store throws
//   EntityNotFoundException: the fake's null differs, which the Info now says; `MissingKeyReads =
//   MissingKeyRead.NotFound` states the throw in one line.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EasyAbpEShop.IOrderAppServiceCase;

public enum OrderStatus
{
    Pending = 1,
    Processing = 2,
    Completed = 4,
    Canceled = 8
}

public class OrderDto
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public string OrderNumber { get; set; }
    public Guid CustomerUserId { get; set; }
    public OrderStatus OrderStatus { get; set; }
    public string CustomerRemark { get; set; }
    public string StaffRemark { get; set; }
    public DateTime? CompletionTime { get; set; }
    public DateTime? CanceledTime { get; set; }
    public string CancellationReason { get; set; }
}

public class CreateOrderLineDto
{
    public Guid ProductId { get; set; }
    public Guid ProductSkuId { get; set; }
    public int Quantity { get; set; }
}

public class CreateOrderDto
{
    public Guid StoreId { get; set; }
    public string CustomerRemark { get; set; }
    public List<CreateOrderLineDto> OrderLines { get; set; }
}

public class CheckCreateOrderInput : CreateOrderDto
{
}

public class CheckCreateOrderResultDto
{
    public bool CanCreate { get; set; }
    public string Reason { get; set; }
}

public class CancelOrderInput
{
    public string CancellationReason { get; set; }
}

public class UpdateStaffRemarkInput
{
    public string StaffRemark { get; set; }
}

public class PagedAndSortedResultRequestDto
{
    public virtual int SkipCount { get; set; }
    public virtual int MaxResultCount { get; set; } = 10;
    public virtual string Sorting { get; set; }
}

public class GetOrderListDto : PagedAndSortedResultRequestDto
{
    public Guid? StoreId { get; set; }
    public Guid? CustomerUserId { get; set; }
}

public class PagedResultDto<T>
{
    public long TotalCount { get; set; }
    public IReadOnlyList<T> Items { get; set; }
}

public interface IRemoteService
{
}

public interface IApplicationService : IRemoteService
{
}

public interface ICrudAppService<TEntityDto, in TKey, in TGetListInput, in TCreateInput> : IApplicationService
{
    Task<TEntityDto> GetAsync(TKey id);

    Task<PagedResultDto<TEntityDto>> GetListAsync(TGetListInput input);

    Task<TEntityDto> CreateAsync(TCreateInput input);

    Task<TEntityDto> UpdateAsync(TKey id, TCreateInput input);

    Task DeleteAsync(TKey id);
}

[InMemoryFake]
public interface IOrderAppService :
    ICrudAppService< 
        OrderDto, 
        Guid, 
        GetOrderListDto,
        CreateOrderDto>
{
    Task<OrderDto> GetByOrderNumberAsync(string orderNumber);
    
    Task<OrderDto> CompleteAsync(Guid id);

    Task<OrderDto> CancelAsync(Guid id, CancelOrderInput input);

    Task<OrderDto> UpdateStaffRemarkAsync(Guid id, UpdateStaffRemarkInput input);

    Task<CheckCreateOrderResultDto> CheckCreateAsync(CheckCreateOrderInput input);
}

public static class Smoke
{
    public static async Task RunAsync(IOrderAppService orders)
    {
        // The service places orders for products IProductAppService knows; a fake of this interface alone has none,
        // so the script checks what the real service does with an empty catalogue and no orders.
        var list = await orders.GetListAsync(new GetOrderListDto { MaxResultCount = 10 });
        Check.Equal(0L, list.TotalCount, "no order placed, none counted");
        await Check.ThrowsAsync<Exception>(() => orders.GetAsync(Guid.NewGuid()), "GetAsync of an unknown id throws (EntityNotFoundException)");
        await Check.ThrowsAsync<Exception>(() => orders.GetByOrderNumberAsync("20240101000001"), "an unknown order number throws (EntityNotFoundException)");

        var input = new CreateOrderDto
        {
            StoreId = Guid.NewGuid(),
            OrderLines = new List<CreateOrderLineDto> { new() { ProductId = Guid.NewGuid(), ProductSkuId = Guid.NewGuid(), Quantity = 1 } },
        };
        await Check.ThrowsAsync<Exception>(() => orders.CreateAsync(input), "an order of an unknown product is refused");
        var check = await orders.CheckCreateAsync(new CheckCreateOrderInput { StoreId = input.StoreId, OrderLines = input.OrderLines });
        Check.False(check.CanCreate, "CheckCreateAsync answers that it cannot be created");
        Check.Equal(0L, (await orders.GetListAsync(new GetOrderListDto { MaxResultCount = 10 })).TotalCount, "and nothing was placed");

        await Check.ThrowsAsync<NotSupportedException>(() => orders.UpdateAsync(Guid.NewGuid(), input), "UpdateAsync is not supported");
        await Check.ThrowsAsync<NotSupportedException>(() => orders.DeleteAsync(Guid.NewGuid()), "DeleteAsync is not supported");
    }
}
