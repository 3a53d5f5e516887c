using InMemoryFakes;
using InMemoryFakes.Contracts;

namespace VerifiedFakes.Users;

/// <summary>
/// The contract descriptor of <see cref="IUserRepository"/>. The generator will emit this for every [InMemoryFake]
/// (docs/verified-fakes.md, "What the generator emits"); until it does, it is written by hand in exactly that shape.
/// </summary>
public static class UserRepositoryContract
{
    private static readonly ContractParameter Token = new("cancellationToken", typeof(CancellationToken), ContractParameterRole.CancellationToken);
    private static readonly ContractParameter UserArgument = new("user", typeof(User), ContractParameterRole.Entity);
    private static readonly ContractParameter Id = new("id", typeof(int), ContractParameterRole.Key);
    private static readonly ContractResult OneUser = new(ContractResultShape.Entity, typeof(User));
    private static readonly ContractResult UserOrNull = new(ContractResultShape.Entity, typeof(User)) { IsNullable = true };

    public static ContractDescriptor<IUserRepository> Descriptor { get; } = new(
        "IUserRepository",
        StoreKind.EntityRepository,
        static options => new InMemoryUserRepository(options),
        new ContractOperation[]
        {
            new("AddAsync", ContractOperationKind.EntityAdd, new[] { UserArgument, Token }, OneUser,
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).AddAsync((User)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<User> AddAsync(User user, CancellationToken cancellationToken = default)" },
            new("FindAsync", ContractOperationKind.EntityFind, new[] { Id, Token }, UserOrNull,
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).FindAsync((int)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<User?> FindAsync(int id, CancellationToken cancellationToken = default)" },
            new("FindByEmailAsync", ContractOperationKind.EntityQuery,
                new[] { new ContractParameter("email", typeof(string), ContractParameterRole.QueryArgument) { Property = "Email" }, Token }, UserOrNull,
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).FindByEmailAsync((string)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)" },
            new("UpdateAsync", ContractOperationKind.EntityUpdate, new[] { UserArgument, Token }, OneUser,
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).UpdateAsync((User)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<User> UpdateAsync(User user, CancellationToken cancellationToken = default)" },
            new("DeleteAsync", ContractOperationKind.EntityDeleteByKey, new[] { Id, Token }, new ContractResult(ContractResultShape.Value, typeof(bool)),
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).DeleteAsync((int)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)" },
            new("CountAsync", ContractOperationKind.EntityCount, new[] { Token }, new ContractResult(ContractResultShape.Value, typeof(int)),
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).CountAsync(ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<int> CountAsync(CancellationToken cancellationToken = default)" },
            new("ListAsync", ContractOperationKind.EntityList, new[] { Token },
                new ContractResult(ContractResultShape.EntityList, typeof(IReadOnlyList<User>)) { Order = ContractResultOrder.Unordered },
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).ListAsync(ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken = default)" },
            new("FindByAgeGreaterThanOrderByNicknameAsync", ContractOperationKind.EntityQuery,
                new[] { new ContractParameter("age", typeof(int), ContractParameterRole.QueryArgument) { Property = "Age" }, Token },
                new ContractResult(ContractResultShape.EntityList, typeof(IReadOnlyList<User>))
                {
                    Order = ContractResultOrder.OrderedBy,
                    OrderBy = new[] { new ContractOrdering("Nickname", Descending: false) },
                },
                static (i, a, ct) => ContractOperation.Await(((IUserRepository)i).FindByAgeGreaterThanOrderByNicknameAsync((int)a[0]!, ct)))
            { Style = ContractInvocationStyle.Await, Signature = "Task<IReadOnlyList<User>> FindByAgeGreaterThanOrderByNicknameAsync(int age, CancellationToken cancellationToken = default)" },
        })
    {
        Entity = new ContractEntityShape(
            typeof(User),
            "User",
            new ContractProperty[]
            {
                new("Id", typeof(int), static e => ((User)e).Id) { IsKey = true },
                new("Email", typeof(string), static e => ((User)e).Email) { UniqueGroup = "Email" },
                new("Name", typeof(string), static e => ((User)e).Name),
                new("Nickname", typeof(string), static e => ((User)e).Nickname) { IsNullable = true },
                new("Age", typeof(int), static e => ((User)e).Age),
            },
            static v => new User { Id = (int)v[0]!, Email = (string)v[1]!, Name = (string)v[2]!, Nickname = (string?)v[3], Age = (int)v[4]! },
            static e => ((User)e).Id)
        {
            KeyType = typeof(int),
            KeyAssignment = ContractKeyAssignment.Store,
            Construction = ContractConstruction.ObjectInitializer,
        },
    };
}
