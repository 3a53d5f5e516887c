using InMemoryFakes;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;

namespace InMemoryFakes.Framework.Tests;

// The framework's store interfaces, faked with nothing written by hand: each class body is empty.

/// <summary>The session middleware's (and everyone's) distributed cache.</summary>
[InMemoryFake(typeof(IDistributedCache))]
public sealed partial class DistributedCacheFake;

/// <summary>Cookie authentication's server-side session store (<c>CookieAuthenticationOptions.SessionStore</c>).</summary>
[InMemoryFake(typeof(ITicketStore))]
public sealed partial class TicketStoreFake;

/// <summary>Data protection's key ring storage.</summary>
[InMemoryFake(typeof(IXmlRepository))]
public sealed partial class XmlRepositoryFake;

/// <summary>The output caching middleware's store.</summary>
[InMemoryFake(typeof(IOutputCacheStore))]
public sealed partial class OutputCacheStoreFake;

/// <summary>HybridCache's preferred L2: the distributed cache with its buffer members (TryGet into an IBufferWriter, Set from a ReadOnlySequence).</summary>
[InMemoryFake(typeof(IBufferDistributedCache))]
public sealed partial class BufferDistributedCacheFake;

/// <summary>The output caching middleware's preferred store: the output cache store with its buffer members.</summary>
[InMemoryFake(typeof(IOutputCacheBufferStore))]
public sealed partial class OutputCacheBufferStoreFake;

/// <summary>The in-process cache (HybridCache's L1, and everyone's <c>IMemoryCache</c>): entries are stored when disposed.</summary>
[InMemoryFake(typeof(IMemoryCache))]
public sealed partial class MemoryCacheFake;

/// <summary><c>HttpContext.Session</c> itself: the session a controller or endpoint reads and writes.</summary>
[InMemoryFake(typeof(Microsoft.AspNetCore.Http.ISession))]
public sealed partial class HttpSessionFake;

/// <summary>Blazor's persisted component state: what one render persists, the next restores.</summary>
[InMemoryFake(typeof(Microsoft.AspNetCore.Components.IPersistentComponentStateStore))]
public sealed partial class ComponentStateStoreFake;

/// <summary>Orleans' grain storage: a silo's named storage provider, behind every <c>[PersistentState]</c> that names it.</summary>
[InMemoryFake(typeof(Orleans.Storage.IGrainStorage))]
public sealed partial class GrainStorageFake;

/// <summary>Orleans' reminder table: a silo's reminder service keeps every grain's reminders in it.</summary>
[InMemoryFake(typeof(Orleans.IReminderTable))]
public sealed partial class ReminderTableFake;
