using InMemoryFakes;
using QuickStart;

// Every store below is a class the InMemoryFakes generator wrote from the interface in Stores.cs.

Console.WriteLine("1. Key-value store with TTL and counters (ManualClock drives time)");
var clock = new ManualClock();
IGuardStorage guard = new InMemoryGuardStorage(clock);
guard.Set("ip:10.0.0.1:blocked", true, ttl: 60);
Console.WriteLine($"   blocked now?           {guard.Exists("ip:10.0.0.1:blocked")}");
clock.Advance(TimeSpan.FromSeconds(59));
Console.WriteLine($"   after 59 s?            {guard.Exists("ip:10.0.0.1:blocked")}");
clock.Advance(TimeSpan.FromSeconds(1));
Console.WriteLine($"   after 60 s?            {guard.Exists("ip:10.0.0.1:blocked")}");
guard.Increment("requests:10.0.0.1");
guard.Increment("requests:10.0.0.1");
Console.WriteLine($"   requests counted       {guard.Get("requests:10.0.0.1")}");

IAsyncGuardStorage asyncGuard = new InMemoryAsyncGuardStorage(clock);
await asyncGuard.SetAsync("token", "abc", ttl: 5);
Console.WriteLine($"   async get              {await asyncGuard.GetAsync("token")}");
await asyncGuard.ClearAsync();
Console.WriteLine($"   after clear            {await asyncGuard.ExistsAsync("token")}");

Console.WriteLine();
Console.WriteLine("2. File store with a 1 MB quota and memory:// URLs");
IFileStorage files = new InMemoryFileStorage();
var stored = await files.PutAsync("documents/readme.txt", "Hello, World!"u8.ToArray(), "text/plain");
Console.WriteLine($"   stored {stored.Size} bytes as {stored.ContentType}, url {await files.UrlAsync(stored.Key)}");
Console.WriteLine($"   read back              {System.Text.Encoding.UTF8.GetString(await files.GetBytesAsync("documents/readme.txt"))}");
try
{
    await files.PutAsync("large-file.bin", new byte[1024 * 1024]);
}
catch (StorageException e)
{
    Console.WriteLine($"   storage full:          {e.GetType().Name}");
}

try
{
    await files.GetBytesAsync("nonexistent.txt");
}
catch (StorageFileNotFoundException e)
{
    Console.WriteLine($"   missing file:          {e.GetType().Name}");
}

Console.WriteLine();
Console.WriteLine("3. Session store: 100 concurrent read-modify-write updates, none lost");
ISessionStore sessions = new InMemorySessionStore();
await sessions.SetAsync("session123", new Session { UserId = 1, Username = "Alice" });
var hooks = Fakes.Of(sessions);
await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
{
    await using var held = await hooks.LockAsync("session123");
    var session = await sessions.GetAsync("session123");
    session!.Visits++;
    await sessions.SetAsync("session123", session);
}));
Console.WriteLine($"   visits                 {(await sessions.GetAsync("session123"))!.Visits}");
await sessions.DeleteAsync("session123");
Console.WriteLine($"   after delete           {(await sessions.GetAsync("session123")) is null}");

Console.WriteLine();
Console.WriteLine("4. ORM-style backends: shared vs isolated, clear one entity type or all");
var shared = new InMemoryBackend();
IUserRepository users = new InMemoryUserRepository(shared);
ITodoRepository todos = new InMemoryTodoRepository(shared);
users.Create(new User { Id = "user-1", Email = "alice@example.com", Name = "Alice" });
users.Create(new User { Id = "user-2", Email = "bob@example.com", Name = "Bob" });
todos.Create(new TodoItem { Id = "todo-1", Title = "Task" });
IUserRepository otherView = new InMemoryUserRepository(shared);
IUserRepository isolated = new InMemoryUserRepository();
Console.WriteLine($"   users seen through a second repository on the shared backend: {otherView.Count()}");
Console.WriteLine($"   users seen through an isolated repository:                   {isolated.Count()}");
shared.Clear<User>();
Console.WriteLine($"   after backend.Clear<User>(): users {users.Count()}, todos {todos.Count()}");
shared.Clear();
Console.WriteLine($"   after backend.Clear():       users {users.Count()}, todos {todos.Count()}");
