using System;
using System.Collections.Generic;
using System.Linq;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>How the generator did on one corpus interface.</summary>
internal enum CorpusStatus
{
    /// <summary>No IMF diagnostic, and the fake compiles with zero errors and zero warnings (nullable on, warnings as errors).</summary>
    Complete,

    /// <summary>The generator reported IMF diagnostics: the user would have to write members by hand.</summary>
    Incomplete,

    /// <summary>The generator failed (IMF9999, or an exception that took the generator run down).</summary>
    Crash,

    /// <summary>A compiler error or warning inside generated code, or one the IMF diagnostics do not explain.</summary>
    GeneratedCodeError,
}

/// <summary>An IMF diagnostic of one corpus interface.</summary>
/// <param name="Id">The diagnostic id.</param>
/// <param name="Member">The member (or type) it is about: the first quoted name of its message.</param>
/// <param name="Shape">The numbered shape(s) of issue 10 the corpus file assigns to that member, or empty.</param>
/// <param name="Message">The message.</param>
internal sealed record ImfDiagnostic(string Id, string Member, string Shape, string Message);

/// <summary>The result for one corpus interface.</summary>
/// <param name="File">The corpus file.</param>
/// <param name="Status">The classification.</param>
/// <param name="Imf">The generator's IMF diagnostics (warnings and errors).</param>
/// <param name="Problems">For a crash or generated-code error: the diagnostics that make it one.</param>
internal sealed record CorpusOutcome(CorpusFile File, CorpusStatus Status, IReadOnlyList<ImfDiagnostic> Imf, IReadOnlyList<string> Problems)
{
    /// <summary>For a complete fake, what its smoke script did: null when it passed, else the failure; unset for the others.</summary>
    public string? SmokeFailure { get; set; }

    /// <summary>Whether the smoke script was run (complete fakes only).</summary>
    public bool SmokeRan { get; set; }

    /// <summary>For an incomplete fake: what its smoke script did with the missing members stubbed out (see ProbeStubWriter).</summary>
    public ProbeResult? Probe { get; set; }

    /// <summary>How many IMF0025 (Info: an audit-stamp property no setting names) the fake got.</summary>
    public int UnstatedStamps { get; set; }

    /// <summary>How many IMF0029 (Info: a bool or count update or removal by entity whose false for a missing entity no setting states) the fake got.</summary>
    public int UnstatedMissingRows { get; set; }

    /// <summary>How many IMF0030 (Info: a list, page or count read by a text property whose equality no name or setting states) the fake got.</summary>
    public int UnstatedTextLookups { get; set; }

    /// <summary>How many IMF0031 (Info: an average, minimum or maximum that throws over no rows where a MongoDB store answers default) the fake got.</summary>
    public int EmptyAggregatesThrow { get; set; }
}

/// <summary>Everything one harness run found.</summary>
/// <param name="Files">The corpus files.</param>
/// <param name="CorpusDefects">Problems of the corpus itself (form, or code that does not compile without the generator).</param>
/// <param name="Outcomes">One outcome per file, in file order.</param>
internal sealed record CorpusRun(IReadOnlyList<CorpusFile> Files, IReadOnlyList<string> CorpusDefects, IReadOnlyList<CorpusOutcome> Outcomes)
{
    public int Count(CorpusStatus status) => Outcomes.Count(o => o.Status == status);

    /// <summary>Complete fakes over all interfaces.</summary>
    public double CompletionRatio => Outcomes.Count == 0 ? 0 : (double)Count(CorpusStatus.Complete) / Outcomes.Count;

    public int Repositories => Files.Select(static f => f.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

/// <summary>What the smoke script of an incomplete fake did on its generated members, up to the first missing one.</summary>
internal enum ProbeKind
{
    /// <summary>The probe could not be built (no generated class, or the stubs did not compile).</summary>
    Unavailable,

    /// <summary>The script reached a member the generator left out; every check before it passed.</summary>
    ReachedMissingMember,

    /// <summary>The whole script passed (it never called a missing member).</summary>
    Passed,

    /// <summary>A check failed before any missing member was reached: a generated member does not do what the real store does.</summary>
    WrongMeaning,

    /// <summary>A generated member threw something the real store would not.</summary>
    Error,

    /// <summary>A generated member refused, at run time, a call whose meaning only its argument shows and the fake cannot
    /// prove (the runtime marks such exceptions in <see cref="System.Exception.Data"/>): reported, not silent.</summary>
    Refused,
}

/// <summary>The probe's result and its detail (the missing member, or the failure).</summary>
internal sealed record ProbeResult(ProbeKind Kind, string Detail);
