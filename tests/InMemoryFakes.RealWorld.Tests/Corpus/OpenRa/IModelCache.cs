// Source: https://github.com/OpenRA/OpenRA
// Commit: b62c8839
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample21 rule, fixed before probing: in these repositories, in this order (NuGet/Insights,
//   ONLYOFFICE/CommunityServer, dotnetcore/Util, fullstackhero/blazor-starter-kit, OpenRA/OpenRA,
//   bitfoundation/bitplatform, Lombiq/Helpful-Libraries, elsa-workflows/elsa-core, dotnet/try,
//   microsoft/semantic-kernel, Particular/ServiceControl, OrchardCMS/OrchardCore.Commerce), skipping any the tools do
//   not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally):
//   the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does
//   not count), outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 10; each transcribed whole.
//   elsa-workflows/elsa-core (Corpus/Elsa) and microsoft/semantic-kernel are in the corpus; blazor-starter-kit's four
//   (IBrandRepository, IDocumentTypeRepository: 0 members; IDocumentRepository: 2; IProductRepository: 1), Lombiq and
//   dotnet/try have none; the rule stops before OrchardCore.Commerce. So it picks 10, in order: NuGet.Insights
//   IEntityUpsertStorage<TItem, TEntity>, IAdminViewModelCache; CommunityServer ICache, IBackupRepository; Util ICache,
//   ILocalCache (ICache's 46 members, inherited); OpenRA IModelCache (its only one); bitplatform IBitBesqlStorage (its
//   only one); ServiceControl ILicensingDataStore, IAuditDataStore.
//   This one: the 1st and only one of OpenRA/OpenRA (4 members).
// Path: OpenRA.Game/Graphics/Model.cs (models: IModel and ModelRenderData there, IVertexBuffer<T> in
//   PlatformInterfaces.cs, ModelVertex.cs)
// Adapted: IModel keeps Frames and Sections and drops its Rectangle/Sheet-typed members; ModelVertex keeps its fields.
//   OpenRA builds with <Nullable>disable</Nullable>.
// Real store: OpenRA.Mods.Cnc/Traits/World/VoxelCache.cs: the constructor loads every model sequence of the map's
//   rules (model -> sequence -> IModel) from voxel files; GetModel(model) loads the model's .vxl/.hva files through the
//   VoxelLoader (whatever was cached here; a missing file throws); GetModelSequence(model, sequence) the loaded model,
//   InvalidOperationException when the model or the sequence is unknown; HasModelSequence(model, sequence) whether the
//   model has that sequence, InvalidOperationException when the model has none; VertexBuffer the loader's GPU buffer.
//   Nothing in the interface writes: its contents come from the map's rules and the game's files.
// Shapes: *=cache
// First try (cb20e85): incomplete: IMF0001 GetModel, GetModelSequence, HasModelSequence, VertexBuffer | WRONG: none
//   (nothing generated).
// After this round: unchanged; refusing is right: the models come from game files the interface does not write.

#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenRa.IModelCacheCase;

public interface IModel
{
	uint Frames { get; }
	uint Sections { get; }
}

public readonly struct ModelVertex
{
	public readonly float X, Y, Z;
	public readonly float S, T, U, V;
	public readonly float P, C;
}

public interface IVertexBuffer<T> : IDisposable where T : struct
{
	void Bind();
	void SetData(T[] vertices, int length);
	void SetData(ref T[] vertices, int length);
	void SetData(T[] vertices, int offset, int start, int length);
}

[InMemoryFake]
public interface IModelCache
{
	IModel GetModel(string model);
	IModel GetModelSequence(string model, string sequence);
	bool HasModelSequence(string model, string sequence);
	IVertexBuffer<ModelVertex> VertexBuffer { get; }
}

public static class Smoke
{
	public static Task RunAsync(IModelCache cache)
	{
		Check.Throws<InvalidOperationException>(() => cache.HasModelSequence("unknown", "idle"), "HasModelSequence of a model with no sequences throws");
		Check.Throws<InvalidOperationException>(() => cache.GetModelSequence("unknown", "idle"), "GetModelSequence of an unknown model throws");
		return Task.CompletedTask;
	}
}
