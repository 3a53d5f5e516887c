// Source: https://github.com/gitextensions/gitextensions
// Commit: 95a329766
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample18 rule, fixed before probing: in these repositories, in this order (NethermindEth/nethermind,
//   neo-project/neo, EventStore/EventStore, ravendb/ravendb, KSP-CKAN/CKAN, Flow-Launcher/Flow.Launcher, dotnet/docfx,
//   gitextensions/gitextensions, Sustainsys/Saml2, projectkudu/kudu, GitTools/GitVersion, EasyNetQ/EasyNetQ), skipping
//   any the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths
//   sorted ordinally): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one
//   already taken does not count), outside paths containing "test" (any case), whose name ends in Repository, Repo,
//   Store, Storage or Cache, that declare at least 3 members (inherited ones count if the base interface is in the same
//   repository) and are not already in the corpus; stop after 10; each transcribed whole.
//   nethermind (651 MB) and ravendb (735 MB) are larger than fetch brings, and find_files lists the union of their
//   crawled history, not one snapshot, so neither newest snapshot can be put in order: both skipped as not held.
//   CKAN, Flow.Launcher, docfx, Saml2 and EasyNetQ have no such interface. gitextensions' IExternalLinksStorage and
//   both IRepositoryStorage declare 2 members, GitVersion's IBranchRepository 2; neo's IReadOnlyStore<TKey, TValue>,
//   closed as a user closes it (over StorageKey, StorageItem), is neo's IReadOnlyStore, already taken. So the rule picks
//   10, in order: neo IReadOnlyStore, IStore; EventStore IDynamicCache, ILRUCache; gitextensions IConfigValueStore,
//   IPersistentConfigValueStore; kudu IRepository, IGitRepository; GitVersion IRepositoryStore,
//   ITaggedSemanticVersionRepository.
//   This one: the 1st of gitextensions/gitextensions (1 member of its own plus ISettingsValueGetter's 3 from the same
//   repository, two of them default interface members).
// Path: src/app/GitExtensions.Extensibility/Configurations/IConfigValueStore.cs (model:
//   src/app/GitExtensions.Extensibility/Settings/ISettingsValueGetter.cs)
// Adapted: GitConfigFormatException (GitExtensions.Extensibility) reduced to its message constructor. The doc comments
//   are dropped. gitextensions builds with nullable enabled.
// Real store: src/app/GitCommands/Settings/GitConfigSettings.cs (a git config file of one level, read through
//   "git config list", written by "git config"; EffectiveGitConfigSettings, the read-only merged view, throws
//   InvalidOperationException from SetValue): GetValue(name) the value set since the last Save, else the file's, else
//   null; the last one when a name has several. SetValue(name, value) keeps the change in memory (Save writes it):
//   "" is taken as null, and null unsets the name, so GetValue then returns null; setting a name that has several
//   values throws. Names are normalized: the section and the variable are case-insensitive (lower-cased), a
//   subsection keeps its case. GetValue<T> and Invalidate are default interface members (GetValue<T>: null for a
//   blank value, an enum by name ignoring case, else Convert.ChangeType, GitConfigFormatException when that fails;
//   Invalidate drops the cache so the next read re-runs git).
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 SetValue (its value is string?: whether null unsets the name, is kept or is
//   an error is the store's choice). GetValue was generated right (null for a name never set); GetValue<T> and
//   Invalidate are the interface's own default members.
// After this round: unchanged. SetValue's null (unset) and "" (taken as null) are GitConfigSettings' own; only a setting
//   could state them, and one codebase (this one; Kiota's backing store keeps a null) is not the two a setting needs.
// Still wrong: names compare ordinally, where git lower-cases the section and the variable (Core.Editor is
//   core.editor); the smoke script uses lower-case names only.

#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GitExtensions.IConfigValueStoreCase;

public class GitConfigFormatException(string message) : Exception(message);

public interface ISettingsValueGetter
{
    string? GetValue(string setting);

    T? GetValue<T>(string setting) where T : struct
    {
        string? value = GetValue(setting);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Type targetType = typeof(T);

        if (targetType.IsEnum && Enum.TryParse(value, true, out T result))
        {
            return result;
        }

        try
        {
            return (T)Convert.ChangeType(value, targetType);
        }
        catch (Exception)
        {
            throw new GitConfigFormatException($"Git setting '{setting}': failed to convert value '{value}' into type '{targetType}'");
        }
    }

    void Invalidate()
    {
    }
}

[InMemoryFake]
public interface IConfigValueStore : ISettingsValueGetter
{
    void SetValue(string setting, string? value);
}

public static class Smoke
{
    public static Task RunAsync(IConfigValueStore store)
    {
        Check.Null(store.GetValue("core.editor"), "GetValue of a name never set returns null");
        store.SetValue("core.editor", "vim");
        Check.Equal("vim", store.GetValue("core.editor"), "GetValue returns the value SetValue gave");
        store.SetValue("core.editor", "code --wait");
        Check.Equal("code --wait", store.GetValue("core.editor"), "SetValue replaces the value");
        store.SetValue("core.editor", null);
        Check.Null(store.GetValue("core.editor"), "SetValue(name, null) unsets the name");
        store.SetValue("core.autocrlf", "true");
        Check.Equal(true, store.GetValue<bool>("core.autocrlf"), "GetValue<bool> converts the stored text");
        store.SetValue("core.autocrlf", "");
        Check.Null(store.GetValue("core.autocrlf"), "SetValue(name, \"\") is taken as null: the name is unset");
        return Task.CompletedTask;
    }
}
