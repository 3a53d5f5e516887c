// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Mvc/Mvc.ViewFeatures/src/ITempDataProvider.cs
// Real store: src/Mvc/Mvc.ViewFeatures/src/CookieTempDataProvider.cs (the default): SaveTempData(context, values) writes the
//   values, protected, into a cookie on context.Response; LoadTempData(context) reads the cookie of context.REQUEST (so a
//   later request of the same browser sees them) and deletes it on the response; with no cookie it returns an empty
//   dictionary. SessionStateTempDataProvider does the same through context.Session. Either way the data belongs to the
//   browser across requests, never to one HttpContext object.
// Shapes: *=core
// First try (a75b0ce): WRONG: complete, but a key-value store keyed by the HttpContext OBJECT (reference equality):
//   temp data saved in one request was never loaded by the next one, and LoadTempData returned null where the real
//   store returns an empty dictionary (NullReferenceException in the smoke script)
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Corpus.AspNetCore.ITempDataProviderCase;

[InMemoryFake(typeof(ITempDataProvider))]
public partial class TempDataProviderFake;

public static class Smoke
{
    public static Task RunAsync(ITempDataProvider provider)
    {
        var empty = new DefaultHttpContext();
        Check.Equal(0, provider.LoadTempData(empty).Count, "a request without temp data loads an empty dictionary");
        var post = new DefaultHttpContext();
        provider.SaveTempData(post, new Dictionary<string, object> { ["message"] = "saved" });
        var setCookie = post.Response.Headers.SetCookie.ToString();
        var redirected = new DefaultHttpContext();
        redirected.Request.Headers.Cookie = setCookie.Split(';')[0];
        Check.Equal("saved", provider.LoadTempData(redirected).TryGetValue("message", out var message) ? message as string : null,
            "the next request of the same browser loads what the previous one saved");
        return Task.CompletedTask;
    }
}
