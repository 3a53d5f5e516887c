// Source: https://github.com/Azure-Samples/bc-community-samples
// Commit: bf3e044ad72b
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample121 rule (/work/prompts/out/h-sample121-rule.md; the rule is quoted in Corpus/BingVisualSearchTools/
//   IImageStore.cs, the first pick). find_repos("Azure-Samples/b"): after bing-visualsearch-tools, the repositories
//   bring-your-own-agent-to-m365-accelerator and blob-storage-devguide-go have no C# file and Build2024-eShopLite-
//   Aspire-Lab no interface with the words; this is the first interface with them in this snapshot's path order (before
//   ReferenceContractFileRepository.cs's IReferenceBlobContractFileRepository, BlockchainClientRepository.cs's
//   IBlockchainClientRepository and Database/IRepository.cs). The 3rd pick is Corpus/CosmicWorks/ICosmosDataService.cs.
// Path: weather-insurance-app/stejin/Services/src/Integration/AzureStorage/Blobs/BlobContractFileRepository.cs (the
//   interface and its store; model: Blobs/BlobContractFile.cs; helper: Blobs/BlobHelper.cs; callers:
//   src/Operation/Functions/ContractFileFunctions.cs and BlockchainFunctions.cs)
// Adapted: the namespace; Newtonsoft.Json's JToken is a stand-in class here (the package is not referenced). Nullable
//   disabled, as its project (netstandard2.0, no Nullable setting) builds it.
// Real store: BlobContractFileRepository, blobs in one Azure Storage container "contracts", under a directory per owner.
//   StoreBlobContractFile(fileNameWithExtension, stream, owner) uploads the stream to "{owner}/{fileNameWithExtension}",
//   replacing a blob of that name; a contract is stored as two files, "{name}.json" (the compiler's output, a JSON
//   object with "abi" and "bytecode") and "{name}.sol" (its source). GetBlobContractFile(owner, fileName, includeAbi,
//   includeBytecode, includeSourceCode) never answers null: a new BlobContractFile { Name = fileName }, then Abi =
//   the "abi" token of "{fileName}.json" when includeAbi and that blob exists, Bytecode = its "bytecode" as text when
//   includeBytecode and it exists, SourceCode = the text of "{fileName}.sol" when includeSourceCode and that exists;
//   a part not asked for or not stored stays null (ContractType is never set). DeleteBlobContractFile(fileName, owner,
//   deleteJson, deleteSol) deletes "{fileName}.json" when deleteJson and "{fileName}.sol" when deleteSol; a blob not
//   there throws StorageException (404). Another owner's files are another directory.
// Shapes: *=core
// First try (8a14561e): incomplete: all 3 refused (IMF0001), read as a blob store keyed by the first string:
//   GetBlobContractFile ("its parameter 'fileName' has no meaning for a blob store: it must take only the key"),
//   StoreBlobContractFile ("parameter 'owner' is not a content type …, metadata …, 'bool overrideExisting', 'bool append'
//   or time to live"), DeleteBlobContractFile ("its parameter 'owner' has no meaning for a blob store") | WRONG: none
// After this round: unchanged, rightly: a contract is two blobs in the owner's directory, read back as parts of a JSON
//   document chosen by three flags and removed by two; no blob convention says that. The causes are thin: the owner is
//   part of the blob's name (its directory), and GetBlobContractFile's 'fileName' is the name itself, where the message
//   took 'owner' for the key (Left). The smoke cannot run (incomplete).
#nullable disable

using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BcCommunitySamples.IBlobContractFileRepositoryCase;

/// <summary>A stand-in for Newtonsoft.Json.Linq.JToken (the package is not referenced here).</summary>
public class JToken
{
    public string Text { get; set; }

    public override string ToString() => Text;
}

public class BlobContractFile
{
    public string Name { get; set; }

    public string ContractType { get; set; }

    public JToken Abi { get; set; }

    public string Bytecode { get; set; }

    public string SourceCode { get; set; }
}

[InMemoryFake]
public interface IBlobContractFileRepository
{
    Task<BlobContractFile> GetBlobContractFile(string owner, string fileName, bool includeAbi, bool includeBytecode, bool includeSourceCode);
    Task StoreBlobContractFile(string fileNameWithExtension, Stream fileStream, string owner);
    Task DeleteBlobContractFile(string fileName, string owner, bool deleteJson, bool deleteSol);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobContractFileRepository contracts)
    {
        const string owner = "0x5aeda56215b167893e80b4fe645ba6d5bab767de";
        using (var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"abi\":[{\"type\":\"function\",\"name\":\"buy\"}],\"bytecode\":\"0x6080\"}")))
        {
            await contracts.StoreBlobContractFile("Insurance.json", json, owner);
        }

        using (var sol = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("contract Insurance {}")))
        {
            await contracts.StoreBlobContractFile("Insurance.sol", sol, owner);
        }

        var file = await contracts.GetBlobContractFile(owner, "Insurance", true, true, true);
        Check.Equal("Insurance", file.Name, "the file is named as asked, without an extension");
        Check.True(file.Abi != null, "the abi comes from Insurance.json");
        Check.Equal("0x6080", file.Bytecode, "the bytecode comes from Insurance.json");
        Check.Equal("contract Insurance {}", file.SourceCode, "the source is Insurance.sol's text");
        Check.Null(file.ContractType, "ContractType is never set");

        var abiOnly = await contracts.GetBlobContractFile(owner, "Insurance", true, false, false);
        Check.Null(abiOnly.Bytecode, "a part not asked for stays null");
        Check.Null(abiOnly.SourceCode, "a part not asked for stays null");

        var elsewhere = await contracts.GetBlobContractFile("0xsomeoneelse", "Insurance", true, true, true);
        Check.True(elsewhere != null && elsewhere.Abi == null && elsewhere.SourceCode == null, "another owner's directory holds nothing: a file named as asked, every part null");

        await contracts.DeleteBlobContractFile("Insurance", owner, true, false);
        var solOnly = await contracts.GetBlobContractFile(owner, "Insurance", true, true, true);
        Check.Null(solOnly.Abi, "the .json is deleted");
        Check.Equal("contract Insurance {}", solOnly.SourceCode, "the .sol is kept");
        await Check.ThrowsAsync<Exception>(() => contracts.DeleteBlobContractFile("Insurance", owner, true, false), "deleting a .json that is not there throws (StorageException, 404)");
    }
}
