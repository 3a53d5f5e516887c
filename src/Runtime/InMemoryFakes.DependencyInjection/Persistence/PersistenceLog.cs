using System;
using Microsoft.Extensions.Logging;

namespace InMemoryFakes.DependencyInjection.Persistence;

/// <summary>The persistence's log messages (category <c>InMemoryFakes.Persistence</c>).</summary>
internal static class PersistenceLog
{
    private static readonly Action<ILogger, int, string, string, Exception?> LoadedMessage = LoggerMessage.Define<int, string, string>(
        LogLevel.Information, new EventId(1, "Loaded"), "InMemoryFakes loaded {Count} entries of {Table} from {Path}.");

    private static readonly Action<ILogger, string, string, string, Exception?> UnclaimedMessage = LoggerMessage.Define<string, string, string>(
        LogLevel.Warning, new EventId(2, "UnclaimedTable"), "{Path} holds table {Table} ({Kind}) that no fake of this app uses; it is kept in the file unchanged.");

    private static readonly Action<ILogger, string, Exception?> SaveFailedMessage = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(3, "SaveFailed"), "InMemoryFakes could not save the fakes' data to {Path}; it tries again after the next change, and when the app stops.");

    internal static void Loaded(ILogger? logger, int count, string table, string path)
    {
        if (logger is not null)
        {
            LoadedMessage(logger, count, table, path, null);
        }
    }

    internal static void Unclaimed(ILogger? logger, string path, string table, string kind)
    {
        if (logger is not null)
        {
            UnclaimedMessage(logger, path, table, kind, null);
        }
    }

    internal static void SaveFailed(ILogger? logger, string path, Exception error)
    {
        if (logger is not null)
        {
            SaveFailedMessage(logger, path, error);
        }
    }
}
