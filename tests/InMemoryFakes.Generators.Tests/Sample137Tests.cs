using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample137 (session 42), education codebases. The UK Course Directory's <c>IBinaryStorageProvider</c>
/// (SkillsFundingAgency/dfc-coursedirectory) downloads into the caller's stream with
/// <c>Task&lt;bool&gt; TryDownloadFile(string path, Stream destination)</c>, which was "not a known verb" though its name and
/// its bool say what a download into a stream returning bool does: it is generated now.
/// </summary>
public class Sample137Tests
{
    private const string Storage = Sources.Usings + """
        #nullable disable
        namespace V;

        [InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse)]
        public interface IBinaryStorageProvider
        {
            Task<bool> TryDownloadFile(string path, Stream destination);
            Task UploadFile(string path, Stream source);
        }
        """;

    [Fact]
    public void A_TryDownload_into_the_callers_stream_answers_whether_the_blob_was_found()
    {
        var run = GeneratorHarness.Run(Storage);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

                public static void Run()
                {
                    IBinaryStorageProvider storage = new InMemoryBinaryStorageProvider();
                    var empty = new MemoryStream();
                    Is(false, storage.TryDownloadFile("uploads/1.csv", empty).GetAwaiter().GetResult(), "a missing blob: false, no error");
                    Is(0L, empty.Length, "and nothing written");
                    storage.UploadFile("uploads/1.csv", Bytes("name")).GetAwaiter().GetResult();
                    var destination = new MemoryStream();
                    destination.WriteByte((byte)'>');
                    Is(true, storage.TryDownloadFile("uploads/1.csv", destination).GetAwaiter().GetResult(), "found");
                    Is(">name", System.Text.Encoding.UTF8.GetString(destination.ToArray()), "the bytes written at the destination's position");
                    Throws<DuplicateKeyException>(() => storage.UploadFile("uploads/1.csv", Bytes("other")).GetAwaiter().GetResult(), null, "ExistingBlobWrites = Refuse: a taken name (Azure's UploadAsync(Stream), 409)");
                    Throws<ArgumentNullException>(() => storage.TryDownloadFile("uploads/1.csv", null).GetAwaiter().GetResult(), "destination", "a null destination");
                    Throws<ArgumentException>(() => storage.TryDownloadFile(" ", new MemoryStream()).GetAwaiter().GetResult(), "path", "a blank name");
                }
            }
            """);
    }

    [Fact]
    public void A_TryDownload_that_returns_nothing_or_the_content_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IFiles
            {
                Task TryDownloadFile(string path, Stream destination);
                Task<byte[]?> TryDownload(string path);
                Task UploadFile(string path, Stream source);
            }
            """);
        Refusals.Exactly(run,
            ("TryDownloadFile", "its name ('TryDownloadFile') says a missing blob is no error, and it returns nothing, so a missing blob would be neither an error nor an answer: return bool (whether it was found)"),
            ("TryDownload", "'TryDownload' is a read named to report a missing blob, and only a download into the caller's stream returning bool (whether it was found) says how: take the destination (Stream) after the key and return bool, or write the member"));
    }
}
