// Source: https://github.com/Azure-Samples/Azure-Information-Protection-Samples
// Commit: 349fb7d9af30
// Licence: MIT (an interface signature and its enums transcribed for a test)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 6th pick (the first of
//   find_repos("Azure-Samples/a") past the first listing; its first interface in path order, outside AzureIP_Test: the
//   COM ILockBytes as the sample declares it for msipc.dll, 7 members).
// Path: FormFileEncrypt/IpcManagedAPI/UnsafeFileApiNativeMethods.cs (the declaration, with STATFLAG, STGTY and
//   LOCKTYPE; real store: FormFileEncrypt/IpcManagedAPI/ILockBytesOverStream.cs, which SafeFileApiNativeMethods hands
//   to msipc.dll over the caller's input and output streams)
// Adapted: the namespace; the enums' XML comments dropped. Nullable disabled, as in the source (a .NET Framework
//   project). The interface is internal, as in the source, so the smoke script's entry point takes the fake as object;
//   the script runs it over an empty stream, as the encryption's output stream starts.
// Real store: ILockBytesOverStream over a seekable Stream. ReadAt(offset, buffer, count, pBytesRead): throws
//   ArgumentException ("count") when the buffer is smaller than count; seeks to offset and reads until count bytes or
//   the end, writing how many through pBytesRead when it is not IntPtr.Zero. WriteAt(offset, buffer, count,
//   pBytesWritten): seeks and writes count bytes (a write past the end extends the stream, the gap reads as zeros, on a
//   MemoryStream), writing count through pBytesWritten. Flush flushes the stream; SetSize sets its length; LockRegion and
//   UnlockRegion do nothing; Stat answers a STATSTG of type Stream, cbSize = the stream's length, grfLocksSupported =
//   Exclusive.
// Shapes: *=none
// First try (f923f300): incomplete, nothing generated: read as a blob store (byte[] content), IMF0001 on all seven
//   ('ReadAt', 'WriteAt' and 'SetSize' are a known verb and then no noun of a blob store; 'Flush', 'LockRegion' and
//   'UnlockRegion' are not known verbs; Stat's 'pstatstg' is passed out) | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: one byte array read and written at offsets through native
//   pointers, with a length of its own, which is no store of named entries; the whole fake is a MemoryStream and the
//   source's own seven lines over it.
#nullable disable

using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureInformationProtection.ILockBytesCase;

public enum STATFLAG
{
    Default = 0,

    NoName = 1,

    NoOpen = 2
}

public enum STGTY
{
    Storage = 1,

    Stream = 2,

    LockBytes = 3,

    Property = 4
}

public enum LOCKTYPE
{
    Write = 1,

    Exclusive = 2,

    OnlyOnce = 4
}

[ComImport]
[Guid("0000000A-0000-0000-C000-000000000046")]
[InterfaceTypeAttribute(ComInterfaceType.InterfaceIsIUnknown)]
[InMemoryFake]
internal interface ILockBytes
{
    void ReadAt(
            UInt64 offset,
            [MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 2), Out] Byte[] buffer,
            int count,
            IntPtr pBytesRead);

    void WriteAt(
        UInt64 offset,
        [MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 2)] Byte[] buffer,
        int count,
        IntPtr pBytesWritten);

    void Flush();

    void SetSize(UInt64 cb);

    void LockRegion(
        UInt64 libOffset,
        UInt64 cb,
        int dwLockType);

    void UnlockRegion(
        UInt64 libOffset,
        UInt64 cb,
        int dwLockType);

    void Stat(
        out System.Runtime.InteropServices.ComTypes.STATSTG pstatstg,
        [In, MarshalAs(UnmanagedType.I4)] STATFLAG grfStatFlag);
}

public static class Smoke
{
    public static Task RunAsync(object store) => RunCoreAsync((ILockBytes)store);

    private static Task RunCoreAsync(ILockBytes bytes)
    {
        bytes.Stat(out var empty, STATFLAG.NoName);
        Check.Equal(0L, empty.cbSize, "over a new (empty) output stream, Stat's cbSize is 0");
        Check.Equal((int)STGTY.Stream, empty.type, "Stat says it is a stream");
        Check.Equal((int)LOCKTYPE.Exclusive, empty.grfLocksSupported, "that supports exclusive locks");

        var counter = Marshal.AllocHGlobal(sizeof(int));
        try
        {
            bytes.WriteAt(0, Encoding.ASCII.GetBytes("hello"), 5, counter);
            Check.Equal(5, Marshal.ReadInt32(counter), "WriteAt writes count bytes at the offset and says how many through pBytesWritten");
            bytes.Stat(out var written, STATFLAG.NoName);
            Check.Equal(5L, written.cbSize, "the stream grows to hold them");

            var three = new byte[3];
            bytes.ReadAt(1, three, 3, counter);
            Check.Equal("ell", Encoding.ASCII.GetString(three), "ReadAt reads count bytes from the offset into the buffer");
            Check.Equal(3, Marshal.ReadInt32(counter), "and says how many through pBytesRead");

            bytes.WriteAt(8, Encoding.ASCII.GetBytes("x"), 1, IntPtr.Zero);
            bytes.Stat(out var extended, STATFLAG.NoName);
            Check.Equal(9L, extended.cbSize, "WriteAt past the end extends the stream");
            var tail = new byte[4];
            bytes.ReadAt(6, tail, 4, counter);
            Check.Equal(3, Marshal.ReadInt32(counter), "ReadAt near the end reads what is there (fewer bytes than asked)");
            Check.Equal("0,0,120,0", string.Join(",", tail), "the gap a write past the end leaves reads as zeros");

            Check.Throws<ArgumentException>(() => bytes.ReadAt(0, new byte[2], 3, IntPtr.Zero), "ReadAt of more bytes than the buffer holds is ArgumentException");

            bytes.SetSize(3);
            bytes.Stat(out var cut, STATFLAG.NoName);
            Check.Equal(3L, cut.cbSize, "SetSize sets the stream's length");
            var all = new byte[5];
            bytes.ReadAt(0, all, 5, counter);
            Check.Equal(3, Marshal.ReadInt32(counter), "and a read after it ends there");
            Check.Equal("hel", Encoding.ASCII.GetString(all, 0, 3), "keeping the bytes before it");

            bytes.LockRegion(0, 3, (int)LOCKTYPE.Exclusive);
            bytes.UnlockRegion(0, 3, (int)LOCKTYPE.Exclusive);
            bytes.Flush();
        }
        finally
        {
            Marshal.FreeHGlobal(counter);
        }

        return Task.CompletedTask;
    }
}
