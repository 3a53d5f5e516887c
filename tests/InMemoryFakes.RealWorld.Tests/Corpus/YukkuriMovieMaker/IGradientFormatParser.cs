// Source: https://github.com/manju-summoner/YukkuriMovieMaker.Plugin.Community
// Commit: 1f465dc901a8 (the snapshot's HEAD, 2026-08-16; IGradientFormatParser.cs, GrdFormatParser.cs, GrdParser.cs,
//   ImageFormatParser.cs, GradientTextureFactory.cs, GrdManifest.cs and GrdGradientEntry.cs read at the same commit)
// Licence: LGPL-3.0 (LICENSE.txt at the root: GNU Lesser General Public License version 3; an interface signature and
//   a minimal model transcribed for a test)
// Sample: h-sample135 rule (/work/prompts/out/h-sample135-rule.md; the full rule is in
//   Corpus/MovieTheater/IPosterImageRepository.cs). This one: the "Movie" list's 44th repository; the snapshot's
//   second interface (the first, IPersistentPluginScanCacheStorage<TPlugin>, declares two members).
// Path: YukkuriMovieMaker.Plugin.Community/Effect/Video/GradientMap/Interfaces/IGradientFormatParser.cs (real store:
//   Effect/Video/GradientMap/Services/GrdFormatParser.cs over GrdParser.cs; models: Models/GrdManifest.cs,
//   Models/GrdGradientEntry.cs; callers: Services/GradientTextureFactory.cs, which asks each of its two parsers,
//   GrdFormatParser and ImageFormatParser, whether it CanParse a path)
// Adapted: one namespace for the source's three (…GradientMap.Interfaces, .Models, .Services). Vortice.Direct2D1's
//   ID2D1DeviceContext and ID2D1Bitmap (COM wrapper classes, not interfaces, despite their names) are empty classes
//   here. GrdGradientEntry drops its Thumbnail (a WPF BitmapSource loaded lazily) and INotifyPropertyChanged; GrdManifest
//   is as in the source. Nullable enabled, as in the source (net10.0-windows).
// Real store: GrdFormatParser, a reader of Photoshop gradient files (.grd) with an in-memory cache of their manifests.
//   CanParse(filePath): whether the path's extension is ".grd", any case (nothing is read). ReadManifest(filePath):
//   GrdManifest.Empty for a blank path or a file that does not exist; else the manifest is served from a 32-entry LRU
//   cache keyed by the path (case-insensitive), or read from the file (one GrdGradientEntry per gradient of a version-5
//   file, each named by its "Nm  " or "Gradient n"; GrdManifest.Empty for any other content or a read error) and, when
//   not empty, cached. CreateBitmap(deviceContext, filePath, gradientIndex): parses the file's gradient at the index
//   into 256 pixels and makes a Direct2D bitmap of them on the device context; null when the content is not a
//   gradient; FileNotFoundException when the file is not there (File.OpenRead, not guarded). Nothing in the interface
//   writes a file: the files are the user's.
// Shapes: *=core
// First try (68ce44f4): incomplete, nothing generated, read by the key-value conventions (the default: "nothing in
//   IGradientFormatParser says which kind of store it is"): IMF0001 CanParse "'CanParse' is not a known verb" (right: it
//   tests the path's extension and reads nothing); CreateBitmap and ReadManifest "'Bitmap' / 'Manifest' in '…' names
//   ID2D1Bitmap / GrdManifest, a type its interface takes or returns, but the store's values are string (the type most of
//   its value positions share), so … entries are data this fake's one table does not hold": a wrong cause, since no
//   member reads or writes a string value; the "string" is CreateBitmap's filePath, read as the value of a Create write
//   keyed by the device context. The refusals themselves are right: a manifest read from a file nothing in the interface
//   writes (GrdManifest.Empty when missing) and a bitmap made on a device context are the parser's own | WRONG: none
//   (nothing generated)
// After this round: unchanged (the wrong cause of CreateBitmap's and ReadManifest's messages is left: h-sample135's Left).
#nullable enable

using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.YukkuriMovieMaker.IGradientFormatParserCase;

public class ID2D1DeviceContext
{
}

public class ID2D1Bitmap
{
}

public sealed class GrdGradientEntry(int index, string name, string filePath)
{
    public int Index { get; } = index;
    public string Name { get; } = name;
    public string FilePath { get; } = filePath;
}

public sealed record GrdManifest(string FilePath, ImmutableArray<GrdGradientEntry> Gradients)
{
    public static readonly GrdManifest Empty = new(string.Empty, []);
    public bool IsMultiple => Gradients.Length > 1;
    public int Count => Gradients.Length;
}

[InMemoryFake]
public interface IGradientFormatParser
{
    bool CanParse(string filePath);

    ID2D1Bitmap? CreateBitmap(
        ID2D1DeviceContext deviceContext,
        string filePath,
        int gradientIndex);

    GrdManifest ReadManifest(string filePath);
}

public static class Smoke
{
    public static Task RunAsync(IGradientFormatParser parser)
    {
        // Nothing in the interface writes a gradient file (they are the user's), so the script checks what the real
        // parser answers with no such file: the names it accepts, and the empty manifest of a file that is not there.
        Check.True(parser.CanParse("presets.grd"), "a .grd path can be parsed (the extension decides; nothing is read)");
        Check.True(parser.CanParse(@"C:\Gradients\PRESETS.GRD"), "the extension is compared ignoring case");
        Check.False(parser.CanParse("presets.png"), "another extension is not this parser's (ImageFormatParser's)");
        Check.False(parser.CanParse("grd"), "a name without the extension is not a .grd path");

        var manifest = parser.ReadManifest("missing.grd");
        Check.True(ReferenceEquals(GrdManifest.Empty, manifest) || manifest == GrdManifest.Empty, "the manifest of a file that is not there is GrdManifest.Empty");
        Check.Equal(0, manifest.Count, "the empty manifest lists no gradient");
        Check.Equal(0, parser.ReadManifest("").Count, "a blank path's manifest is GrdManifest.Empty");

        Check.Throws<FileNotFoundException>(() => parser.CreateBitmap(new ID2D1DeviceContext(), "missing.grd", 0), "a bitmap of a file that is not there is FileNotFoundException (File.OpenRead)");
        return Task.CompletedTask;
    }
}
