// Source: https://github.com/Azure-Samples/Legacy-Modernization-Agents
// Commit: 0a2770394ae8
// Licence: MIT (README.md's License section; an interface signature and minimal models transcribed for a test)
// Sample: h-sample63 rule (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 4th pick (Legacy-Modernization-Agents; in
//   path order the five Agents/Interfaces (IChunkAwareConverter, ICobolAnalyzerAgent, ICodeConverterAgent,
//   IDependencyMapperAgent, IJavaConverterAgent) call a model and keep nothing, Chunking/Interfaces/IChunker computes
//   chunk boundaries, then this one, 5 members; IMigrationRepository, later in path order, is in the corpus).
// Path: Chunking/Interfaces/IContextManager.cs (the interface and its models in one file; real store:
//   Chunking/Context/ChunkContextManager.cs over SQLite (Microsoft.Data.Sqlite), with ISignatureRegistry and
//   ITypeMappingTable)
// Adapted: the namespace. ChunkResult cut to its scalar properties, SemanticUnitNames and OutboundDependencies
//   (SemanticUnits, the variable and dependency lists and the computed properties dropped); ChunkContext to its
//   strings, UnconvertedDependencies and counts (the signature, type-mapping, forward-reference and variable summaries
//   dropped); ChunkConversionResult to its scalars (DefinedMethods, TypeMappings, ForwardReferences dropped);
//   FileConversionHistory to SourceFile, RunId and ChunkResults. XML comments dropped. Nullable enabled, as in the
//   source (CobolToQuarkusMigration.csproj).
// Real store: ChunkContextManager over the migration's SQLite database. RecordChunkResultAsync(runId, chunk, result) in
//   one transaction: INSERT … ON CONFLICT(run_id, source_file, chunk_index) DO UPDATE of the chunk's row (status
//   "Completed" or "Failed", the converted code, tokens, time, error), registers the result's method signatures and
//   type mappings, records its forward references and resolves the ones this chunk defines.
//   GetLastCompletedChunkIndexAsync(runId, sourceFile): MAX(chunk_index) of the completed rows, -1 when none.
//   GetFileHistoryAsync(runId, sourceFile): the file's chunk results in chunk order (success, code, tokens, time,
//   error), its signatures, type mappings and unresolved forward references. ClearRunContextAsync(runId): deletes the
//   run's rows of the four tables. BuildContextForChunkAsync(runId, chunk): a context built for the chunk (its index
//   and count, a file summary, the previous signatures and mappings, pending forward references, a compressed history
//   of earlier chunks, its unconverted dependencies, a token estimate).
// Shapes: *=none
// First try (71d37bc): incomplete, nothing generated: IMF0001 on all five, read as a key-value store:
//   BuildContextForChunkAsync and RecordChunkResultAsync (not known verbs), GetFileHistoryAsync,
//   GetLastCompletedChunkIndexAsync and ClearRunContextAsync (a known verb, then a noun that is not the store's) |
//   WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: a run's chunk log keyed by (run, file, chunk) whose reads aggregate
//   it (the highest completed index, a history assembled from three tables) and whose context is built by the
//   migration's own rules; no name or signature describes them.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LegacyModernizationAgents.IContextManagerCase;

public class ChunkResult
{
    public string ChunkId { get; set; } = string.Empty;
    public int ChunkIndex { get; set; }
    public int TotalChunks { get; set; }
    public string SourceFile { get; set; } = string.Empty;
    public int StartLine { get; set; }
    public int EndLine { get; set; }
    public string Content { get; set; } = string.Empty;
    public List<string> SemanticUnitNames { get; set; } = new();
    public List<string> OutboundDependencies { get; set; } = new();
}

public class ChunkContext
{
    public string FileSummary { get; set; } = string.Empty;
    public string CompressedHistory { get; set; } = string.Empty;
    public List<string> UnconvertedDependencies { get; set; } = new();
    public int CurrentChunkIndex { get; set; }
    public int TotalChunks { get; set; }
    public int EstimatedTokens { get; set; }
}

public class ChunkConversionResult
{
    public int ChunkIndex { get; set; }
    public string SourceFile { get; set; } = string.Empty;
    public string ConvertedCode { get; set; } = string.Empty;
    public bool Success { get; set; }
    public string? ErrorMessage { get; set; }
    public long ProcessingTimeMs { get; set; }
    public int TokensUsed { get; set; }
}

public class FileConversionHistory
{
    public string SourceFile { get; set; } = string.Empty;
    public int RunId { get; set; }
    public List<ChunkConversionResult> ChunkResults { get; set; } = new();
}

[InMemoryFake]
public interface IContextManager
{
    Task<ChunkContext> BuildContextForChunkAsync(
        int runId,
        ChunkResult chunk,
        CancellationToken cancellationToken = default);

    Task RecordChunkResultAsync(
        int runId,
        ChunkResult chunk,
        ChunkConversionResult conversionResult,
        CancellationToken cancellationToken = default);

    Task<FileConversionHistory> GetFileHistoryAsync(
        int runId,
        string sourceFile,
        CancellationToken cancellationToken = default);

    Task ClearRunContextAsync(int runId, CancellationToken cancellationToken = default);

    Task<int> GetLastCompletedChunkIndexAsync(
        int runId,
        string sourceFile,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IContextManager context)
    {
        Check.Equal(-1, await context.GetLastCompletedChunkIndexAsync(1, "PAYROLL.cbl"), "GetLastCompletedChunkIndexAsync of a file with no chunk recorded is -1");
        var chunk0 = new ChunkResult { ChunkId = "c0", ChunkIndex = 0, TotalChunks = 2, SourceFile = "PAYROLL.cbl", StartLine = 1, EndLine = 400 };
        var chunk1 = new ChunkResult { ChunkId = "c1", ChunkIndex = 1, TotalChunks = 2, SourceFile = "PAYROLL.cbl", StartLine = 390, EndLine = 800 };
        await context.RecordChunkResultAsync(1, chunk0, new ChunkConversionResult { ChunkIndex = 0, SourceFile = "PAYROLL.cbl", ConvertedCode = "class A {}", Success = true, TokensUsed = 900 });
        Check.Equal(0, await context.GetLastCompletedChunkIndexAsync(1, "PAYROLL.cbl"), "a completed chunk counts");
        await context.RecordChunkResultAsync(1, chunk1, new ChunkConversionResult { ChunkIndex = 1, SourceFile = "PAYROLL.cbl", Success = false, ErrorMessage = "timeout" });
        Check.Equal(0, await context.GetLastCompletedChunkIndexAsync(1, "PAYROLL.cbl"), "a failed one does not");

        var history = await context.GetFileHistoryAsync(1, "PAYROLL.cbl");
        Check.Equal("True,False", string.Join(",", history.ChunkResults.Select(r => r.Success)), "GetFileHistoryAsync lists the file's chunk results in chunk order");
        Check.Equal("class A {}", history.ChunkResults[0].ConvertedCode, "with their converted code");
        Check.Equal("timeout", history.ChunkResults[1].ErrorMessage, "and error");

        await context.RecordChunkResultAsync(1, chunk1, new ChunkConversionResult { ChunkIndex = 1, SourceFile = "PAYROLL.cbl", ConvertedCode = "class B {}", Success = true });
        Check.Equal(1, await context.GetLastCompletedChunkIndexAsync(1, "PAYROLL.cbl"), "recording a chunk again replaces its result (ON CONFLICT ... DO UPDATE)");
        Check.Equal(2, (await context.GetFileHistoryAsync(1, "PAYROLL.cbl")).ChunkResults.Count, "and does not add one");
        Check.Equal(0, (await context.GetFileHistoryAsync(2, "PAYROLL.cbl")).ChunkResults.Count, "another run has its own chunks");

        var built = await context.BuildContextForChunkAsync(1, chunk1);
        Check.Equal(1, built.CurrentChunkIndex, "BuildContextForChunkAsync describes the chunk it is given");
        Check.Equal(2, built.TotalChunks, "and its file's chunk count");

        await context.ClearRunContextAsync(1);
        Check.Equal(-1, await context.GetLastCompletedChunkIndexAsync(1, "PAYROLL.cbl"), "ClearRunContextAsync forgets the run's chunks");
        Check.Equal(0, (await context.GetFileHistoryAsync(1, "PAYROLL.cbl")).ChunkResults.Count, "and their results");
    }
}
