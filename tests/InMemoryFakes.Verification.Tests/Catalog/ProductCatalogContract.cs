using System;
using System.Threading;
using InMemoryFakes;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Tests.Catalog;

/// <summary>
/// The contract descriptor of <see cref="IProductCatalog"/>, written by hand exactly as the generator will emit it
/// (docs/verified-fakes.md, "What the generator emits"). Delete it when the generator emits
/// <c>InMemoryProductCatalog__Contract</c>.
/// </summary>
internal static class ProductCatalogContract
{
    private static readonly ContractParameter Token = new("cancellationToken", typeof(CancellationToken), ContractParameterRole.CancellationToken);

    public static ContractDescriptor<IProductCatalog> Descriptor { get; } = new(
        "IProductCatalog",
        StoreKind.EntityRepository,
        static options => new InMemoryProductCatalog(options),
        new ContractOperation[]
        {
            new("AddAsync", ContractOperationKind.EntityAdd,
                new ContractParameter[] { new("product", typeof(Product), ContractParameterRole.Entity), Token },
                ContractResult.None,
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).AddAsync((Product)args[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task AddAsync(Product product, CancellationToken cancellationToken = default)" },
            new("FindAsync", ContractOperationKind.EntityFind,
                new ContractParameter[] { new("sku", typeof(string), ContractParameterRole.Key), Token },
                new ContractResult(ContractResultShape.Entity, typeof(Product)) { IsNullable = true },
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).FindAsync((string)args[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<Product?> FindAsync(string sku, CancellationToken cancellationToken = default)" },
            new("Get", ContractOperationKind.EntityGet,
                new ContractParameter[] { new("sku", typeof(string), ContractParameterRole.Key) },
                new ContractResult(ContractResultShape.Entity, typeof(Product)),
                static (instance, args, ct) => ContractOperation.Done(((IProductCatalog)instance).Get((string)args[0]!)))
            { Style = ContractInvocationStyle.Sync, Signature = "Product Get(string sku)" },
            new("UpdateAsync", ContractOperationKind.EntityUpdate,
                new ContractParameter[] { new("product", typeof(Product), ContractParameterRole.Entity), Token },
                new ContractResult(ContractResultShape.Value, typeof(bool)),
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).UpdateAsync((Product)args[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<bool> UpdateAsync(Product product, CancellationToken cancellationToken = default)" },
            new("DeleteAsync", ContractOperationKind.EntityDeleteByKey,
                new ContractParameter[] { new("sku", typeof(string), ContractParameterRole.Key), Token },
                new ContractResult(ContractResultShape.Value, typeof(bool)),
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).DeleteAsync((string)args[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<bool> DeleteAsync(string sku, CancellationToken cancellationToken = default)" },
            new("Exists", ContractOperationKind.EntityExists,
                new ContractParameter[] { new("sku", typeof(string), ContractParameterRole.Key) },
                new ContractResult(ContractResultShape.Value, typeof(bool)),
                static (instance, args, ct) => ContractOperation.Done(((IProductCatalog)instance).Exists((string)args[0]!)))
            { Style = ContractInvocationStyle.Sync, Signature = "bool Exists(string sku)" },
            new("CountAsync", ContractOperationKind.EntityCount,
                new ContractParameter[] { Token },
                new ContractResult(ContractResultShape.Value, typeof(int)),
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).CountAsync(ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<int> CountAsync(CancellationToken cancellationToken = default)" },
            new("ListAsync", ContractOperationKind.EntityList,
                new ContractParameter[] { Token },
                new ContractResult(ContractResultShape.EntityList, typeof(System.Collections.Generic.IReadOnlyList<Product>)) { Order = ContractResultOrder.Unordered },
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).ListAsync(ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken = default)" },
            new("FindByCategoryOrderByPriceCentsAsync", ContractOperationKind.EntityQuery,
                new ContractParameter[] { new("category", typeof(string), ContractParameterRole.QueryArgument) { Property = "Category" }, Token },
                new ContractResult(ContractResultShape.EntityList, typeof(System.Collections.Generic.IReadOnlyList<Product>))
                {
                    Order = ContractResultOrder.OrderedBy,
                    OrderBy = new[] { new ContractOrdering("PriceCents", Descending: false) },
                },
                static (instance, args, ct) => ContractOperation.Await(((IProductCatalog)instance).FindByCategoryOrderByPriceCentsAsync((string)args[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<IReadOnlyList<Product>> FindByCategoryOrderByPriceCentsAsync(string category, CancellationToken cancellationToken = default)" },
        })
    {
        Entity = new ContractEntityShape(
            typeof(Product),
            "Product",
            new ContractProperty[]
            {
                new("Sku", typeof(string), static e => ((Product)e).Sku) { IsKey = true },
                new("Name", typeof(string), static e => ((Product)e).Name),
                new("PriceCents", typeof(int), static e => ((Product)e).PriceCents),
                new("Category", typeof(string), static e => ((Product)e).Category) { IsNullable = true },
            },
            static values => new Product { Sku = (string)values[0]!, Name = (string)values[1]!, PriceCents = (int)values[2]!, Category = (string?)values[3] },
            static e => ((Product)e).Sku)
        {
            KeyType = typeof(string),
            KeyAssignment = ContractKeyAssignment.Caller,
            Construction = ContractConstruction.ObjectInitializer,
        },
    };
}
