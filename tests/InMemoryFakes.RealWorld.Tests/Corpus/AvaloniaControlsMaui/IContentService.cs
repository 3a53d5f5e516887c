// Source: https://github.com/AvaloniaUI/Avalonia.Controls.Maui
// Commit: 44a62adc7d9b
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample80 rule, fixed before probing (written out whole, with the skipped repositories, in
//   Corpus/DCCPanelController/IUndoService.cs): the repositories find_repos("Maui") lists, in its order, keeping those
//   with C# files; in each, at its newest stored snapshot, the first C# interface in ordinal path order, outside test
//   paths, with at least 3 members and an implementation in the same repository that keeps state; not a corpus source
//   already; a licence that allows transcribing a signature; at most 1 per repository; stop after 5.
//   This one: the 4th pick. Before it in path order: samples/ControlGallery's IWeatherService (1 member, a REST call or
//   fixed data) and samples/Controls.Sample's ITextService (1 member).
// Path: showcase/AlohaAI/AlohaAI/Services/IContentService.cs (its one implementation: Services/ContentService.cs, the
//   learning app's course content; models: Models/LearningPath.cs, Module.cs, Quiz.cs)
// Adapted: the members name their types without the source's Models. qualifier (Models.LearningPath → LearningPath:
//   a corpus file declares one namespace); LearningPath keeps Id, Title, Description and ModuleCount; Module keeps Id,
//   Title, Lessons and Quiz; LessonInfo keeps Id, Title and File; Quiz keeps ModuleId, Title and PassingScore (its
//   questions are dropped); the JSON attributes are dropped. Nullable enabled, as in the source project.
// Real store: ContentService reads JSON and Markdown files packaged with the app (FileSystem.OpenAppPackageFileAsync)
//   and caches what it parsed. GetPathsAsync answers paths.json's paths in file order. GetPathAsync(pathId) answers
//   the first of them whose Id is pathId, else null. GetModulesAsync(pathId) answers the modules that {pathId}/path.json
//   lists, each read from {pathId}/modules/{moduleId}/module.json, in that order (a path with no such file throws
//   FileNotFoundException); GetModuleAsync(pathId, moduleId) the first of them with that Id, else null.
//   GetLessonContentAsync(pathId, moduleId, lessonFile) answers the text of
//   {pathId}/modules/{moduleId}/lessons/{lessonFile} (missing: FileNotFoundException). GetQuizAsync(pathId, moduleId)
//   answers {pathId}/modules/{moduleId}/quiz.json, null when it is missing or unreadable. Nothing writes: the content
//   ships with the app. A module belongs to a path only by being listed in the path's file: Module has no path id.
// Shapes: *=4
// First try (2df64237): incomplete: IMF0001 on GetModulesAsync and GetModuleAsync ('pathId' names neither Module's key
//   nor a property of it), GetLessonContentAsync and GetQuizAsync (no type the interface stores: LearningPath, Module);
//   generated: GetPathsAsync (every LearningPath, in the order stored) and GetPathAsync (the LearningPath whose Id is
//   pathId, null when none), both right | WRONG: none.
// After this round: unchanged, and the refusals are right: a module belongs to a path only by being listed in the
//   path's file (Module has no path id), a lesson's content is a file's text, and a quiz is found by its place in the
//   package (Quiz has a ModuleId but no path). The two generated reads mean what ContentService does: paths.json's
//   paths in its order (a seeded fake's order of seeding) and the first path of that Id.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AvaloniaControlsMaui.IContentServiceCase;

public class LearningPath
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public int ModuleCount { get; set; }
}

public class Module
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public List<LessonInfo> Lessons { get; set; } = [];

    public string Quiz { get; set; } = string.Empty;
}

public class LessonInfo
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;
}

public class Quiz
{
    public string ModuleId { get; set; } = string.Empty;

    public string Title { get; set; } = "Quiz";

    public int PassingScore { get; set; } = 70;
}

[InMemoryFake]
public interface IContentService
{
    Task<List<LearningPath>> GetPathsAsync();
    Task<LearningPath?> GetPathAsync(string pathId);
    Task<List<Module>> GetModulesAsync(string pathId);
    Task<Module?> GetModuleAsync(string pathId, string moduleId);
    Task<string> GetLessonContentAsync(string pathId, string moduleId, string lessonFile);
    Task<Quiz?> GetQuizAsync(string pathId, string moduleId);
}

public static class Smoke
{
    public static async Task RunAsync(IContentService content)
    {
        Check.Null(await content.GetQuizAsync("ai-basics", "missing"), "GetQuizAsync answers null for a quiz the app does not ship");
        await Check.ThrowsAsync<System.IO.FileNotFoundException>(() => content.GetModulesAsync("missing"), "GetModulesAsync of a path the app does not ship finds no path.json");
        await Check.ThrowsAsync<System.IO.FileNotFoundException>(() => content.GetLessonContentAsync("ai-basics", "intro", "missing.md"), "GetLessonContentAsync of a lesson the app does not ship finds no file");
    }
}
