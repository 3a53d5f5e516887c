namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A session token with an <c>Id</c> of its own, identified in its cache by the session and the key generation (CoreWCF's
/// <c>SecurityContextSecurityToken</c> in <c>SecurityContextTokenCache</c>), with the lookup's parameters named after those
/// properties and the members after the entity: the pair <c>GetSessionToken</c>/<c>RemoveSessionToken</c> proves them an
/// identity the fake checks on every add.
/// </summary>
public class SessionToken
{
    public string Id { get; set; } = "";

    public string SessionId { get; set; } = "";

    public int Generation { get; set; }

    public string? Owner { get; set; }
}

// A cache's add of a taken identity is its own (CoreWCF's throws InvalidOperationException): stated.
[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]
public interface ISessionTokenCache
{
    void AddToken(SessionToken token);

    SessionToken? GetSessionToken(string sessionId, int generation);

    void RemoveSessionToken(string sessionId, int generation);
}
