// Source: https://github.com/SkillsFundingAgency/das-providerpayments
// Commit: f5a24037d479
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample99 rule, fixed before probing: the repositories find_repos("Payment") lists, in its order, keeping
//   those with C# files (find_repos("Order") only if that list ran out; it did not); in each, at the newest stored
//   snapshot (fetch, then git grep for interfaces in *.cs, paths sorted ordinally), the first interface outside paths
//   containing "test" (any case) whose implementation in the same repository keeps state (a database, cache, blob,
//   table, in-memory collection) and which has at least 3 members; not a corpus source already; at most 1 per
//   repository; stop after 3. In order: woowacourse/react-payments, woowacourse/spring-roomescape-payment,
//   Automattic/woocommerce-payments, next-step/react-payments, code-payments/code-android-app, MPayments/bedrock have
//   no C#; PlayLlc/PaymentSystem has no licence file of its own (only third parties' under Source/Mobile/ThirdParties):
//   skipped; PayAidPayments/PayAid-V3, woocommerce/woocommerce-paypal-payments, DFE-Digital/claim-additional-payments-
//   for-teaching no C#; SkillsFundingAgency/das-payments-V2 (MIT) gives IActorDataCache<T>; mopayment1-commits/
//   blackdark, agear13/paymentapp, code-payments/code-ios-app no C#; drewpayment/ds-example has no licence file:
//   skipped; formancehq/payments, FangYongLiu/payment-qa-knowledge, TheArchitect1111/ea-payments, Sanjay-Vishwakarma/
//   Paymentz, nuanu-ai/agent-payment-node, tools20022/tools20022-api-payments, masumi-network/masumi-payment-service,
//   SplendorAnLin/paymentSystem, chaiwatt/tisi_epayment, Paymenter/Paymenter, hyoguoo/payment-platform, Nagavenkatasai7/
//   claude-payments, AptoPayments/apto-sdk-android, kouxko/gmofg-payment-proxy, woowacourse/android-payments,
//   WynkLimited/payments-service, huggingface95/payment-service, jpmorgan-payments/embedded-finance, PineTreePayments/
//   app.pinetree-payments, joncode/giftcard_payment_rails_server, drewpayment/orbit no C#; SkillsFundingAgency/
//   das-providerpayments (MIT) gives LevyPayments' IAccountRepository; buberwa88/iLMS_Repayment no C#;
//   dodopayments/dodopayments-csharp has no such interface (its services call the remote API; its models are JSON);
//   thlws/payment-thl ... NethermindEth/stellar-private-payments (31 repositories) no C#; hasancagri/PaymentGateway has
//   no licence file: skipped; next-step/android-payments, dodopayments/dodopayments-php, IsaHaameem/cloud-native-
//   payment-processing-platform no C#; Emmanuel-Ejeagha/Payment-switch (MIT) gives Identity's IUserRepository: 3, stop.
//   This one: the 2nd pick (das-providerpayments; in path order the interfaces before it are IDependencyResolver (no
//   state) and CoInvestedPayments' four repositories, of 1 or 2 members each; 4 members).
// Path: src/PeriodEnd/LevyPayments/SFA.DAS.ProviderPayments.Calc.LevyPayments/Infrastructure/Data/IAccountRepository.cs
//   (model: Entities/AccountEntity.cs; real store: Repositories/DcfsAccountRepository.cs, with the view and stored
//   procedures of src/PeriodEnd/LevyPayments/DeployLevyPayments/sql/ddl/PeriodEnd.Transient.LevyPayments.ddl.views.sql
//   and .sprocs.sql)
// Adapted: the namespaces (one for all). Nullable disabled, as in the source (a .NET Framework project).
// Real store: DcfsAccountRepository, Dapper over SQL Server. Both reads select from the view
//   LevyPayments.vw_AccountsRequiringProcessing: the accounts of Reference.DasAccounts that have a commitment and whose
//   LevyPayments.AccountProcessStatus row is missing or HasBeenProcessed = 0, with Balance = the account's balance minus
//   its LevySpent minus what it transferred. GetNextAccountRequiringProcessing() is SELECT TOP 1 of that view, no ORDER
//   BY (null when none is left; which one comes first is SQL Server's); GetAccountById(id) is SingleOrDefault of the
//   view's row of that id (null for an unknown or processed account). UpdateLevyBalance(accountId, amount) runs
//   UpdateAccountLevySpend: LevySpent += amount on the status row (inserted when missing), so the balance read next is
//   lower by amount, and repeated calls add up. MarkAccountAsProcessed(accountId) runs MarkAccountAsProcessed:
//   HasBeenProcessed = 1 (row inserted when missing), so the account drops out of both reads. Accounts are never added
//   through this interface (the reference data are copied in before the levy run): the script seeds them.
// Shapes: *=core; GetNextAccountRequiringProcessing=6; UpdateLevyBalance=20; MarkAccountAsProcessed=20
// First try (559db242): incomplete: IMF0001 on GetNextAccountRequiringProcessing ("it starts with Get … but
//   'NextAccountRequiringProcessing' after it names neither AccountEntity, a property of it, nor By and conditions"),
//   UpdateLevyBalance ("'LevyBalance' after it names neither AccountEntity … nor a property") and MarkAccountAsProcessed
//   ("'Processed' names neither a bool property nor a member of an enum property of AccountEntity"); generated:
//   GetAccountById (the account of that key, or null) | WRONG: none (GetAccountById reads the stored account, and the
//   members that would make the real view drop or lower it are the refused ones).
// After this round: unchanged, and the refusals are right: UpdateLevyBalance adds amount to a levy spent that the view
//   subtracts from Balance, where a setter by name would store amount as the balance (or add it); MarkAccountAsProcessed
//   sets a flag of a status table that AccountEntity does not carry; GetNext… takes an unordered first of the accounts
//   not processed. None is in the signatures.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DasProviderPayments.IAccountRepositoryCase;

public class AccountEntity
{
    public long Id { get; set; }
    public string Name { get; set; }
    public decimal Balance { get; set; }
}

[InMemoryFake]
public interface IAccountRepository
{
    AccountEntity GetNextAccountRequiringProcessing();
    AccountEntity GetAccountById(long id);
    void UpdateLevyBalance(long accountId, decimal amount);
    void MarkAccountAsProcessed(long accountId);
}

public static class Smoke
{
    public static Task RunAsync(IAccountRepository accounts)
    {
        Check.Null(accounts.GetNextAccountRequiringProcessing(), "no account needs processing before the reference data are in");
        Check.Null(accounts.GetAccountById(1), "nor is any found by id");

        ((IInMemoryFake)accounts).Seed(
            new AccountEntity { Id = 1, Name = "Acme Ltd", Balance = 1000m },
            new AccountEntity { Id = 2, Name = "Widgets plc", Balance = 500m });
        Check.Equal("Acme Ltd", accounts.GetAccountById(1)?.Name, "GetAccountById finds the account of that id");
        Check.Equal(1000m, accounts.GetAccountById(1)?.Balance, "with its balance");
        Check.Null(accounts.GetAccountById(3), "and null for an id not there");

        accounts.UpdateLevyBalance(1, 100m);
        Check.Equal(900m, accounts.GetAccountById(1)?.Balance, "UpdateLevyBalance spends amount: the balance read next is lower by it");
        accounts.UpdateLevyBalance(1, 50m);
        Check.Equal(850m, accounts.GetAccountById(1)?.Balance, "and repeated calls add up");
        Check.Equal(500m, accounts.GetAccountById(2)?.Balance, "another account's balance is untouched");

        accounts.MarkAccountAsProcessed(1);
        Check.Null(accounts.GetAccountById(1), "a processed account is no longer read");
        Check.Equal(2L, accounts.GetNextAccountRequiringProcessing()?.Id, "GetNextAccountRequiringProcessing hands out an account not processed");
        accounts.MarkAccountAsProcessed(2);
        Check.Null(accounts.GetNextAccountRequiringProcessing(), "and null once every account is processed");
        return Task.CompletedTask;
    }
}
