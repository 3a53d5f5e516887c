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
//   This one: the 2nd of gitextensions/gitextensions (1 member of its own plus IConfigValueStore's 1 and
//   ISettingsValueGetter's 3 from the same repository, two of them default interface members).
// Path: src/app/GitExtensions.Extensibility/Configurations/IPersistentConfigValueStore.cs (models:
//   Configurations/IConfigValueStore.cs, Settings/ISettingsValueGetter.cs)
// Adapted: GitConfigFormatException (GitExtensions.Extensibility) reduced to its message constructor. The doc comments
//   are dropped. gitextensions builds with nullable enabled.
// Real store: src/app/GitCommands/Settings/GitConfigSettings.cs (a git config file of one level, read through
//   "git config list", written by "git config"; EffectiveGitConfigSettings, the read-only merged view, throws
//   InvalidOperationException from SetValue; GitConfigSettings is the one
//   implementation of this interface): GetValue(name) the value set since the last Save, else the file's, else
//   null; the last one when a name has several. SetValue(name, value) keeps the change in memory (Save writes it):
//   "" is taken as null, and null unsets the name, so GetValue then returns null; setting a name that has several
//   values throws. Names are normalized: the section and the variable are case-insensitive (lower-cased), a
//   subsection keeps its case. GetValue<T> and Invalidate are default interface members (GetValue<T>: null for a
//   blank value, an enum by name ignoring case, else Convert.ChangeType, GitConfigFormatException when that fails;
//   Invalidate drops the cache so the next read re-runs git).
//   Save() writes every change to the file ("git config", or "--unset" for null) and clears the pending changes:
//   reads before and after it answer the same.
// Shapes: *=core; Save=3
// First try (977d604): incomplete: IMF0001 SetValue (as in IConfigValueStore.cs), Save (no entity or unit of work
//   tells what it writes). GetValue was generated right.
// After this round: unchanged (as IConfigValueStore.cs).
// After h-sample32 (2026-12-04): unchanged; Save's message now names its cause: "it takes neither a key nor a value, so
//   it writes nothing the caller gives: a parameterless write sets the store up … or saves changes made before" (it
//   writes the pending changes with git config).
// Still wrong: names compare ordinally, where git lower-cases the section and the variable (not in the smoke script).

#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GitExtensions.IPersistentConfigValueStoreCase;

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

public interface IConfigValueStore : ISettingsValueGetter
{
    void SetValue(string setting, string? value);
}

[InMemoryFake]
public interface IPersistentConfigValueStore : IConfigValueStore
{
    void Save();
}

public static class Smoke
{
    public static Task RunAsync(IPersistentConfigValueStore store)
    {
        Check.Null(store.GetValue("user.name"), "GetValue of a name never set returns null");
        store.SetValue("user.name", "Ada");
        Check.Equal("Ada", store.GetValue("user.name"), "GetValue sees a change before Save");
        store.Save();
        Check.Equal("Ada", store.GetValue("user.name"), "and after it");
        store.SetValue("user.name", "");
        store.Save();
        Check.Null(store.GetValue("user.name"), "SetValue(name, \"\") unsets the name");
        return Task.CompletedTask;
    }
}
