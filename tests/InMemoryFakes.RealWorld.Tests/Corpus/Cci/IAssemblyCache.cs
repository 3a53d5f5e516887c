// Source: https://github.com/microsoft/cci
// Commit: 659f31f9736a (GlobalAssemblyCache.cs last changed in 2f2f8cbe8d3b)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 3rd pick (cci; 5 members). Before it in path order: CoreObjectModel/CodeModel/Contracts.cs's
//   IContractProvider (6 reads of contracts a provider extracts from code or metadata; nothing written through it:
//   skipped as h-sample49 skipped mcp's ILanguageMetadataProvider).
// Path: CoreObjectModel/MetadataHelper/GlobalAssemblyCache.cs (a COM interop declaration of Fusion's IAssemblyCache, with
//   ASSEMBLY_INFO beside it; the caller: AssemblyName.GetLocation in the same file, on the object fusion.dll's
//   CreateAssemblyCache hands out; real store: the .NET Framework's global assembly cache on Windows)
// Adapted: the namespaces (one for all); the enclosing class (GlobalAssemblyCache) dropped, so the interface and the
//   struct are top-level; the COM attributes (ComImport, Guid, InterfaceType, PreserveSig, MarshalAs) kept. Nullable
//   disabled, as in the source.
// Real store: Fusion's assembly cache, the machine's GAC. Every method answers an HRESULT (0 is S_OK) instead of
//   throwing. InstallAssembly(flags, manifestPath, reserved) copies the strong-named assembly at that path into the
//   cache (E_ACCESSDENIED without administrator rights; an assembly that is not strong-named fails with
//   FUSION_E_INVALID_NAME...). QueryAssemblyInfo(flags, displayName, ref info) fills info for an assembly in the cache
//   (its size, and with a buffer the path of its file in the cache; with VALIDATE it checks the file) and answers
//   0x80070002 (file not found) when the display name matches none; the caller asks once for the buffer size and again
//   for the path. UninstallAssembly(flags, displayName, reserved, disposition) removes it (a reference count of installer
//   references may keep it) and reports the disposition. CreateAssemblyCacheItem and CreateAssemblyScavenger hand out
//   COM objects (an item to stream an assembly into the cache; a scavenger of the download cache).
// Shapes: *=core
// First try (71d37bc): incomplete: IMF0001 on all 5, read as a key-value store: UninstallAssembly, InstallAssembly
//   ('not a known verb'), QueryAssemblyInfo (a ref parameter), CreateAssemblyCacheItem and CreateAssemblyScavenger
//   (out parameters) | WRONG: none (nothing generated).
// After this round: unchanged, and rightly refused: a COM interface whose methods answer HRESULTs, fill a struct by
//   ref through a caller's path buffer, hand out COM objects, and install by copying the file at a path into the
//   machine's cache.
#nullable disable

using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cci.IAssemblyCacheCase;

[StructLayout(LayoutKind.Sequential)]
public struct ASSEMBLY_INFO
{
    public uint cbAssemblyInfo;
    public uint dwAssemblyFlags;
    public ulong uliAssemblySizeInKB;
    [MarshalAs(UnmanagedType.LPWStr)]
    public string pszCurrentAssemblyPathBuf;
    public uint cchBuf;
}

[InMemoryFake]
[ComImport(), Guid("E707DCDE-D1CD-11D2-BAB9-00C04F8ECEAE"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
public interface IAssemblyCache
{
    [PreserveSig()]
    int UninstallAssembly(uint dwFlags, [MarshalAs(UnmanagedType.LPWStr)] string pszAssemblyName, IntPtr pvReserved, int pulDisposition);
    [PreserveSig()]
    int QueryAssemblyInfo(uint dwFlags, [MarshalAs(UnmanagedType.LPWStr)] string pszAssemblyName, ref ASSEMBLY_INFO pAsmInfo);
    [PreserveSig()]
    int CreateAssemblyCacheItem(uint dwFlags, IntPtr pvReserved, out object ppAsmItem, [MarshalAs(UnmanagedType.LPWStr)] string pszAssemblyName);
    [PreserveSig()]
    int CreateAssemblyScavenger(out object ppAsmScavenger);
    [PreserveSig()]
    int InstallAssembly(uint dwFlags, [MarshalAs(UnmanagedType.LPWStr)] string pszManifestFilePath, IntPtr pvReserved);
}

public static class Smoke
{
    private const uint Validate = 1;
    private const uint GetSize = 2;

    public static Task RunAsync(IAssemblyCache cache)
    {
        var info = new ASSEMBLY_INFO { cbAssemblyInfo = (uint)Marshal.SizeOf(typeof(ASSEMBLY_INFO)) };
        var missing = cache.QueryAssemblyInfo(Validate | GetSize, "NoSuchAssembly, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef", ref info);
        Check.Equal(unchecked((int)0x80070002), missing, "an assembly the cache does not hold answers HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)");

        var system = "System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089, processorArchitecture=MSIL";
        info = new ASSEMBLY_INFO { cbAssemblyInfo = (uint)Marshal.SizeOf(typeof(ASSEMBLY_INFO)) };
        Check.True(cache.QueryAssemblyInfo(Validate | GetSize, system, ref info) != 0, "without a buffer for the path the query answers a failure HRESULT");
        Check.True(info.cchBuf > 0, "and says how long the path is");
        info.pszCurrentAssemblyPathBuf = new string('\0', (int)info.cchBuf);
        Check.Equal(0, cache.QueryAssemblyInfo(Validate | GetSize, system, ref info), "with the buffer it answers S_OK");
        Check.True(info.pszCurrentAssemblyPathBuf.TrimEnd('\0').EndsWith("System.dll", StringComparison.OrdinalIgnoreCase), "and fills in the path of the assembly's file in the GAC");
        return Task.CompletedTask;
    }
}
