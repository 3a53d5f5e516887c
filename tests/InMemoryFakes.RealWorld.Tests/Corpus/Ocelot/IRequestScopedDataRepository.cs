// Source: https://github.com/ThreeMammals/Ocelot
// Commit: 30c2e08e20c0
// Licence: MIT
// Path: src/Infrastructure/RequestData/IRequestScopedDataRepository.cs (results: src/Responses/{Response,OkResponse,ErrorResponse}.cs)
// Adapted: Error is a minimal stand-in with its message.
// Real store: src/Infrastructure/RequestData/HttpDataRepository.cs over HttpContext.Items (object values):
//   Add<T> adds and returns OkResponse, or an ErrorResponse (CannotAddDataError) when the key exists; Update<T> sets
//   (adds or replaces) and returns OkResponse; Get<T> returns OkResponse<T>(value) or, for a missing key,
//   ErrorResponse<T> (CannotFindDataError, IsError = true, Data = default).
// Shapes: *=5,14; Add=5,14,19
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ocelot.IRequestScopedDataRepositoryCase;

public class Error
{
    public Error(string message)
    {
        Message = message;
    }

    public string Message { get; }
}

public abstract class Response
{
    protected Response()
    {
        Errors = new List<Error>();
    }

    protected Response(List<Error> errors)
    {
        Errors = errors ?? new List<Error>();
    }

    public List<Error> Errors { get; }
    public bool IsError => Errors.Count > 0;
}

public abstract class Response<T> : Response
{
    protected Response(T data)
    {
        Data = data;
    }

    protected Response(List<Error> errors) : base(errors)
    { }

    public T Data { get; }
}

public class OkResponse : Response
{
    public OkResponse() { }
}

public class OkResponse<T> : Response<T>
{
    public OkResponse(T data) : base(data) { }
}

public class ErrorResponse : Response
{
    public ErrorResponse(Error error) : base(new List<Error> { error }) { }
}

public class ErrorResponse<T> : Response<T>
{
    public ErrorResponse(Error error) : base(new List<Error> { error }) { }
}

[InMemoryFake]
public interface IRequestScopedDataRepository
{
    Response Add<T>(string key, T value);
    Response Update<T>(string key, T value);
    Response<T> Get<T>(string key);
}

public static class Smoke
{
    public static Task RunAsync(IRequestScopedDataRepository store)
    {
        Check.True(store.Get<string>("RequestId").IsError, "Get of a missing key is an error response");
        Check.False(store.Add("RequestId", "abc").IsError, "Add of a new key succeeds");
        Check.True(store.Add("RequestId", "def").IsError, "Add of an existing key is an error response");
        Check.Equal("abc", store.Get<string>("RequestId").Data, "Get returns the value added");
        Check.False(store.Update("RequestId", "xyz").IsError, "Update succeeds");
        Check.Equal("xyz", store.Get<string>("RequestId").Data, "Update replaced the value");
        Check.False(store.Update("Other", 42).IsError, "Update of a missing key adds it");
        Check.Equal(42, store.Get<int>("Other").Data, "values of another type are kept as they are");
        return Task.CompletedTask;
    }
}
