// Source: https://github.com/Azure-Samples/Cognitive-Services-Voice-Assistant
// Commit: 5e1530ad485c
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample63 rule (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 6th pick
//   (Cognitive-Services-Voice-Assistant; in path order IDialogAudioInputProvider<T>, IDialogAudioOutputAdapter,
//   IAgentSessionManager (2 members), IAgentSessionWrapper, IDialogBackend<T> and IDialogManager, audio and dialog
//   runtime objects that keep no store, then this one, 15 members, whose implementation keeps its settings in the app's
//   local settings).
// Path: clients/csharp-uwp/UWPVoiceAssistantSample/IKeywordRegistration.cs (real store: KeywordRegistration.cs over
//   Settings/LocalSettingsHelper.cs (ApplicationData local settings) and the system's activation signal detectors)
// Adapted: the namespace. The Windows types cut to empty stand-ins of the file's own:
//   ActivationSignalDetectionConfiguration (SignalId, ModelId, DisplayName), StorageFile (Path), and
//   KeywordRegistration, the implementing class CreateFromFileAsync returns (empty here). Nullable disabled, as in the
//   source (a UWP project without Nullable).
// Real store: KeywordRegistration. KeywordDisplayName, KeywordId, KeywordModelId, KeywordActivationModelDataFormat,
//   KeywordActivationModelFilePath and ConfirmationKeywordModelPath read the app's local settings (filled from its
//   configuration file). AvailableActivationKeywordModelVersion: given to the constructor.
//   LastUpdatedActivationKeywordModelVersion: the local setting "lastKwModelVer_{KeywordId}:{KeywordModelId}",
//   "0.0.0.0" until set. KeywordEnabledByApp: the local setting "keywordEnabledByApp", true until set; setting it also
//   enables or disables the detector configurations. UpdateKeyword and GetOrCreateKeywordConfigurationsAsync ask the
//   system's software and hardware detectors for this keyword's configurations (creating the software one) and answer
//   those found; UpdateModelData writes the model file into the software configuration; CreateFromFileAsync throws
//   NotImplementedException; the two Get…FileAsync open the model files at the configured paths.
// Shapes: *=none
// First try (71d37bc): incomplete, nothing generated: IMF0001 on all fifteen, read as a key-value store: the six string
//   properties ("a string the real store is configured with"), AvailableActivationKeywordModelVersion, the two
//   properties with a setter ("not supported"), and the six methods (a known verb, then a noun that is not the store's,
//   or not a known verb) | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: one registration's settings whose values and defaults come from the
//   app's configuration, and methods that drive the operating system's keyword detectors; neither is a store the
//   signatures describe.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CognitiveServicesVoiceAssistant.IKeywordRegistrationCase;

public class ActivationSignalDetectionConfiguration
{
    public string SignalId { get; set; }
    public string ModelId { get; set; }
    public string DisplayName { get; set; }
}

public class StorageFile
{
    public string Path { get; set; }
}

public class KeywordRegistration
{
}

[InMemoryFake]
public interface IKeywordRegistration
{
    string KeywordDisplayName { get; }

    string KeywordId { get; }

    string KeywordModelId { get; }

    string KeywordActivationModelDataFormat { get; }

    string KeywordActivationModelFilePath { get; }

    Version AvailableActivationKeywordModelVersion { get; }

    Version LastUpdatedActivationKeywordModelVersion
    {
        get; set;
    }

    bool KeywordEnabledByApp
    {
        get; set;
    }

    string ConfirmationKeywordModelPath { get; }

    Task<List<ActivationSignalDetectionConfiguration>> UpdateKeyword();

    Task UpdateModelData();

    Task<List<ActivationSignalDetectionConfiguration>> GetOrCreateKeywordConfigurationsAsync();

    KeywordRegistration CreateFromFileAsync();

    Task<StorageFile> GetActivationKeywordFileAsync();

    Task<StorageFile> GetConfirmationKeywordFileAsync();
}

public static class Smoke
{
    public static Task RunAsync(IKeywordRegistration registration)
    {
        Check.Equal(new Version(0, 0, 0, 0), registration.LastUpdatedActivationKeywordModelVersion, "LastUpdatedActivationKeywordModelVersion of a keyword never updated is 0.0.0.0 (the local setting's default)");
        registration.LastUpdatedActivationKeywordModelVersion = new Version(1, 2, 0, 0);
        Check.Equal(new Version(1, 2, 0, 0), registration.LastUpdatedActivationKeywordModelVersion, "and reads back what was set (a local setting under the keyword's id and model id)");
        Check.True(registration.KeywordEnabledByApp, "KeywordEnabledByApp is true until set (the local setting's default)");
        registration.KeywordEnabledByApp = false;
        Check.False(registration.KeywordEnabledByApp, "and reads back what was set");
        Check.Throws<NotImplementedException>(() => registration.CreateFromFileAsync(), "CreateFromFileAsync is not implemented");
        return Task.CompletedTask;
    }
}
