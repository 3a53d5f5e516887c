// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Http/Http.Features/src/ISession.cs (HttpContext.Session; the extensions GetString/SetString/GetInt32/SetInt32
//   in src/Http/Http.Extensions/src/SessionExtensions.cs are built on TryGetValue and Set)
// Real store: src/Middleware/Session/src/DistributedSession.cs: IsAvailable is true once the session loads; Id is a GUID's
//   text made once; TryGetValue is false for a missing key (keys compare ordinally: UTF-8 bytes); Set copies the array;
//   Remove and Clear; Keys lists the keys; LoadAsync reads and CommitAsync writes the backing IDistributedCache, so
//   within one session every Set is what the next TryGetValue reads.
// Shapes: *=10; Id, IsAvailable, LoadAsync, CommitAsync=core (their meaning is the framework's: Conventions.FrameworkMemberMeanings)
#nullable enable

using System;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Http;

namespace Corpus.AspNetCore.ISessionCase;

[InMemoryFake(typeof(ISession))]
public partial class HttpSessionFake;

public static class Smoke
{
    public static async Task RunAsync(ISession session)
    {
        await session.LoadAsync();
        Check.True(session.IsAvailable, "a loaded session is available");
        Check.True(Guid.TryParse(session.Id, out _) && session.Id == session.Id, "Id is a GUID's text, the same on every read");
        Check.False(session.TryGetValue("cart", out _), "a missing key is not found");
        session.SetString("cart", "apple");
        Check.Equal("apple", session.GetString("cart"), "Set then TryGetValue reads it back");
        session.SetString("cart", "pear");
        Check.Equal("pear", session.GetString("cart"), "Set replaces");
        Check.False(session.TryGetValue("CART", out _), "keys compare ordinally");
        session.SetInt32("visits", 2);
        Check.Equal("cart,visits", string.Join(",", session.Keys.Order(StringComparer.Ordinal)), "Keys lists the keys");
        session.Remove("cart");
        Check.Null(session.GetString("cart"), "Remove deletes");
        await session.CommitAsync();
        Check.Equal(2, session.GetInt32("visits"), "CommitAsync keeps what was set");
        session.Clear();
        Check.Equal(0, session.Keys.Count(), "Clear empties the session");
    }
}
