// Source: https://github.com/USAID-DELIVER-PROJECT/ethiopia-hcmis-warehouse
// Commit: 48c4918bffd2
// Licence: public domain ("copyright message.txt": unless a licence is indicated, the source code is in the public
//   domain; USAID | DELIVER PROJECT and John Snow, Inc. ask to be cited as its source) (an interface signature and
//   minimal models transcribed for a test)
// Sample: h-sample77 rule (the whole rule and the repositories it skipped: Corpus/HomeInventory/IScope.cs).
//   This one: the 5th pick (the 79th of find_repos("Warehouse")), the Ethiopian pharmaceutical supply agency's
//   warehouse and inventory system: the first interface of the repository in path order.
// Path: Code/Windows/Core/BLL/Finance/ICostCalculator.cs (real store: CostCalculator.cs beside it, CenterCostCalculator.cs
//   a variant; models: CostElement.cs and JournalEntry.cs beside it)
// Adapted: CostElement cut down to its public fields (its name properties, its constructors that load from the
//   database and its average-cost calculator dropped); JournalEntry to an empty class (its constructor and
//   AddNewEntry write a DataTable of journal lines). Nullable disabled, as in the source (.NET Framework, 2016).
// Real store: CostCalculator over the HCMIS database (MyGeneration dOOdads business objects: Receipt, ReceiveDoc,
//   AverageCostCalculator). LoadGRV(receiptID) loads the goods-received voucher's lines into GRVDetail (a DataTable;
//   GRVSoundDetail answers the same table) and its Insurance and Provision, and computes SubTotal (the lines'
//   TotalInvoiceCost) and GrandTotal (SubTotal + Insurance + other expenses); GetSubTotal() recomputes SubTotal from
//   the table. CalculateFinalCost() computes each line's moving-average cost and selling price against the previous
//   stock into CostElements (false when an item has more than one previous-stock row); CostAnalysis(grvNo) and
//   SRMCostAnalysis(...) build journal entries; IsItemBeingPricedElsewhere() answers the first pending line of another
//   receipt; RecordAverageCostAndSellingPrice(userID), SetFinalCostlog, VoidGRVUnitCost, VoidGRVUnitCostlog,
//   SuspendFromIssuing and ReleaseForIssue write costs, logs and issue locks to the database in transactions.
//   Insurance is a plain property until LoadGRV reads the stored one.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on all 23 members, read as a keyless key-value store (the methods: no
//   known verb, or SetFinalCostlog's Set before no noun of the store; the properties: none a convention reads) | WRONG:
//   none (nothing generated).
// After this round: unchanged, and the refusals are right: a costing calculation over a voucher loaded from the
//   database (moving averages, landed cost, journal entries, issue locks); nothing a caller gives is stored and read back,
//   and Insurance, the one settable property, is a field of that calculation.
#nullable disable

using System.Collections.Generic;
using System.Data;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HcmisWarehouse.ICostCalculatorCase;

public class CostElement
{
    public int ItemID;
    public int MovingAverageID;
    public int ManufacturerID;
    public int ItemUnitID;
    public int? ReceiptID;
    public int? ActivityID;
    public double Qty;
    public double UnitCost;
    public double AverageCost;
    public double Margin;
    public double SellingPrice;
    public DataRowView PreviousStock;
}

public class JournalEntry
{
}

[InMemoryFake]
public interface ICostCalculator
{
    bool CalculateFinalCost();
    System.Data.DataView CostAnalysis(string pGRVNo);

    double CostCoefficient { get; }

    double GetSubTotal();
    double GrandTotal { get; }
    System.Data.DataTable GRVDetail { get; }
    System.Data.DataTable GRVSoundDetail { get; }
    double Insurance { get; set; }
    DataRow IsItemBeingPricedElsewhere();
    void LoadGRV(int ReceiptID);
    System.Data.DataTable PreviousStock { get; }
    System.Collections.Generic.IList<CostElement> CostElements { get; }
    DataView SRMCostAnalysis(JournalEntry journalEntry,string commodityType,double stock,double costOfSales,int receiptID );
    void LoadCostElements();
    void RecordAverageCostAndSellingPrice(int userID);
    void ReleaseForIssue();
    void SetFinalCostlog(int Userid);
    double SubTotal { get; }
    void SuspendFromIssuing();
    void VoidGRVUnitCost();
    void VoidGRVUnitCostlog(int Userid);
}

public static class Smoke
{
    public static Task RunAsync(ICostCalculator calculator)
    {
        Check.Null(calculator.GRVDetail, "nothing is loaded before LoadGRV");
        Check.Equal(0d, calculator.SubTotal, "the subtotal starts at zero");
        Check.Equal(0d, calculator.GetSubTotal(), "and recomputes to zero with no voucher");
        calculator.Insurance = 12.5;
        Check.Equal(12.5, calculator.Insurance, "Insurance is a plain property before LoadGRV");
        return Task.CompletedTask;
    }
}
