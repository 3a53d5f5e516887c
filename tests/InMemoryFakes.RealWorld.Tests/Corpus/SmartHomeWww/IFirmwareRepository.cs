// Source: https://github.com/GreenOlvi/smart-home-www
// Commit: 13e34e551359 (2021-09-29, "Split logic classes from www": the version the search result shows, 3 members;
//   read_file reads 06ce50ba, which adds bool TryGetCurrentVersion(out Version version), and the snapshot's HEAD has
//   moved the file to Core/Firmwares/ with default members; DiskFirmwareRepository.cs, Firmware.cs,
//   FunctionalExtensions.cs, UpdateController.cs and Startup.cs read at 13e34e5)
// Licence: MIT (LICENSE at the root, there at 13e34e5; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample133 rule (/work/prompts/out/h-sample133-rule.md; the full rule is in Corpus/Plato/IMetricsStore.cs).
//   This one: query (9), rank 2 (3 members; rank 1, wojciechN9/Szpek's IFirmwareRepository, declares 1).
// Path: SmartHomeCore/Firmware/IFirmwareRepository.cs (real store: SmartHomeCore/Firmware/DiskFirmwareRepository.cs;
//   model: SmartHomeCore/Domain/Firmware.cs; caller: SmartHomeWWW/Controllers/UpdateController.cs, the ESP8266
//   over-the-air update endpoint; registered in SmartHomeWWW/Startup.cs over the configured FirmwarePath)
// Adapted: the namespace (the source's SmartHomeCore.Firmwares and SmartHomeCore.Domain in one). Nullable disabled, as in
//   the source (net5.0, not enabled).
// Real store: DiskFirmwareRepository, a read-only view of a folder of firmware images (nothing in the app writes one:
//   they are copied there by hand). GetAllFirmwares(): one Firmware per file of the folder whose name matches
//   firmware.{version}.bin with a version Version.TryParse reads (Version from the name, Size the file's length), in
//   Directory.GetFiles order; other files are skipped; a missing folder gives no firmware. GetCurrentVersion(): the
//   highest Version of GetAllFirmwares() (Enumerable.Max over a reference type: null when there is none).
//   GetCurrentFirmware(): a read-only FileStream over the file firmware.{GetCurrentVersion()}.bin, the image's bytes
//   (FileNotFoundException when there is no firmware: the name is then "firmware..bin"). UpdateController answers 304
//   when the device's x-ESP8266-version header equals GetCurrentVersion(), else streams GetCurrentFirmware().
// Shapes: *=core; GetCurrentVersion=1; GetCurrentFirmware=11
// First try (ffa26680): incomplete, read as a blob store (GetCurrentFirmware returns a Stream): generated GetAllFirmwares
//   (a blob listing, each blob's properties filled into a Firmware by name: Size from the blob's length); IMF0001
//   GetCurrentVersion and GetCurrentFirmware ("'CurrentVersion' / 'CurrentFirmware' after it is no noun of a blob store
//   (File, Blob, Object, Media…, or the interface's subject)": for GetCurrentFirmware a wrong cause, its noun Firmware is
//   the interface's subject; what no convention reads is the word in front of it, Current) | WRONG: GetAllFirmwares
//   lists every blob with Version null, where the real store reads Version out of each file's name (firmware.{version}.bin)
//   and skips the files not so named: no blob property fills Version, and nothing said so. The probe does not reach it
//   (nothing in the interface writes a blob: the script starts on an empty folder) and stops at GetCurrentVersion.
// After this round: GetAllFirmwares is refused (IMF0001: Firmware has a settable property, Version, that no blob property
//   fills; h-sample133). GetCurrentFirmware's message still says 'CurrentFirmware' is no noun of a blob store (a fix that
//   named "its noun Firmware with 'Current' in front" was reverted: without the compilation's type names it also split
//   type names such as ServiceIdentity). Nothing is generated: the three members are the store's own (a version read out
//   of a file name, the highest one, its file's stream), written by hand over the fake's Store; no setting states them.
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SmartHomeWww.IFirmwareRepositoryCase;

public record Firmware
{
    public Version Version { get; init; }

    public long Size { get; init; }
}

[InMemoryFake]
public interface IFirmwareRepository
{
    IEnumerable<Firmware> GetAllFirmwares();

    Version GetCurrentVersion();

    Stream GetCurrentFirmware();
}

public static class Smoke
{
    public static Task RunAsync(IFirmwareRepository repository)
    {
        // The real store reads a folder that nothing in the app writes (the images are copied there by hand), and nothing
        // in the interface writes one either: the script checks the empty folder, what every store of the interface starts as.
        Check.Equal(0, repository.GetAllFirmwares().Count(), "an empty folder has no firmware");
        Check.Null(repository.GetCurrentVersion(), "with no firmware the current version is null (Enumerable.Max over no Version)");
        Check.Throws<FileNotFoundException>(() => repository.GetCurrentFirmware(), "with no firmware there is no image to stream (the file firmware..bin is not there)");
        return Task.CompletedTask;
    }
}
