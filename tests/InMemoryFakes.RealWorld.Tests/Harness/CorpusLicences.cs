using System;
using System.Collections.Generic;
using System.Linq;

namespace InMemoryFakes.RealWorld.Tests.Harness;

/// <summary>
/// The corpus's licence rule (docs/real-world-corpus.md, "Licences"): a file transcribes an interface's signature from a
/// repository whose licence allows it, and says which in its <c>Licence</c> field. Files transcribed before the rule from
/// repositories with no licence file (<c>// Licence: none stated …</c>) are the recorded ones below and no others: a new
/// file without a licence is a corpus defect, and so is a recorded one that is gone or now states a licence (the list
/// only shrinks).
/// </summary>
internal static class CorpusLicences
{
    /// <summary>How a file that names no licence starts its <c>Licence</c> field.</summary>
    public const string NoneStated = "none stated";

    /// <summary>The files from repositories with no licence, transcribed before the rule (sessions 9–31); never grow it.</summary>
    public static readonly IReadOnlySet<string> RecordedWithoutLicence = new HashSet<string>(StringComparer.Ordinal)
    {
        "Auction/IStateRepository.cs",
        "Autoshop/IVehicleRepository.cs",
        "Avancira/IUserSessionService.cs",
        "BeeHappy/IAuditLogRepository.cs",
        "BestRecruitment/IAddressRepository.cs",
        "Bha/IEmployeeRepository.cs",
        "BlogApi/IPostRepository.cs",
        "BookStore/ITenantRepository.cs",
        "CarsDR/ICommentRepository.cs",
        "CaydautoWeb/ICategoryRepository.cs",
        "Ceng382/IReservationRepository.cs",
        "ChatService503E/IConversationStore.cs",
        "ClassesBot/ISubscriptionRepository.cs",
        "CleanArchitectureStudy/ICacheService.cs",
        "CodeTest/IEmployeeRepository.cs",
        "CodeWithMukesh/IUnitOfWork.cs",
        "ConsoleEcom/ICartRepository.cs",
        "ConstructionTransaction/IProjectRepository.cs",
        "Costumer/IOrderRepository.cs",
        "CropYields/ILocationRepository.cs",
        "CsiHsmCore/ICommentRepository.cs",
        "Databases/ICourseRepository.cs",
        "DnDCharCtor/IDatabaseService.cs",
        "DotNetCrudWithMongoDb/IMongoRepository.cs",
        "DotnetBookVercel/IRepository.cs",
        "EventStorage/IOutboxRepository.cs",
        "ExaltBankAccount/ITransactionRepository.cs",
        "F360Task/IInboxMessageRepository.cs",
        "FileSharing/IUserRepository.cs",
        "FinancialDailyControl/IExpenseRepository.cs",
        "FormulaSaeInventory/IItemRepository.cs",
        "FundooNotes/INoteRepository.cs",
        "GistCsharpfritz/IRepository.cs",
        "GistMizrael/IDbContext.cs",
        "GistMizrael/IRepository.cs",
        "GistVkobel/IRepository.cs",
        "GoParty/IEventRepository.cs",
        "GrinTaskManagement/INotificationRepository.cs",
        "HealthManager/IAppointmentRepository.cs",
        "HotelPms/ICredentialStorageService.cs",
        "HotelPos/IAttendanceRepository.cs",
        "Hotella/IOperaDataSource.cs",
        "Imdb/IMovieRepository.cs",
        "InfoTecsTasks/IFileStorage.cs",
        "InnoClinic/IBlobStorageService.cs",
        "InventoryManager/IProductRepository.cs",
        "JoyjkCleanArchitectureDapper/IDapperRepository.cs",
        "MaheshInfinite/IContactRepository.cs",
        "ManagerTasks/ITaskRepository.cs",
        "MediHelp/IPatientRepository.cs",
        "MercurialRepository/IAlarmManager.cs",
        "MesaMagica/IRedisService.cs",
        "MessageHandlerRuntime/IStoreLeases.cs",
        "Mindmap/IDocumentStore.cs",
        "MvcStorageAccountDemo/IBlobStorageService.cs",
        "MyRepository/IRepository.cs",
        "MyTask/IGroupRepository.cs",
        "MzlHotel/ICache.cs",
        "OldStudy/ICacheService.cs",
        "OutBoxPattern/IInboxStore.cs",
        "PastebinStronk8s/IRepository.cs",
        "PatrickDesjardinsBlog/ICache.cs",
        "Perron/IRepositoryBase.cs",
        "PetCity/IAccountRepository.cs",
        "PropertyManagement/ISessionStorage.cs",
        "Psp/ICacheStorage.cs",
        "QueuingSystem/AppointmentRepository.cs",
        "RbtmeneghelliWebApi/IRepositoryDapper.cs",
        "RepositoryOfProjects/IBehaviourTriggable.cs",
        "RepositoryService/IRetailDbService.cs",
        "RotaOeste/IUsuarioRepository.cs",
        "Sgia/IMenuRepository.cs",
        "SignSage/ICustomerRepository.cs",
        "SistemaCliente/IClienteRepositorio.cs",
        "StudentForum/IReviewRepository.cs",
        "TaskManagementApp/IAttachmentRepository.cs",
        "TheDateApp/IMessageRepository.cs",
        "TicketSystem/ITicketRepository.cs",
        "TicketTita/IUserPreferencesRepository.cs",
        "Tl2Tp7/IProductoRepository.cs",
        "TrainingRepository/IAppointmentRepository.cs",
        "UnityHub/IRefreshTokenRepository.cs",
        "UsersMicroservicesRabbitMq/INotificationRepository.cs",
        "VictoryRestaurant/IBookingRepositoryService.cs",
        "WebApiProcessPayment/IPaymentRepository.cs",
        "WebApplicationTask/IStudentRepository.cs",
    };

    /// <summary>Whether the file's <c>Licence</c> field names a licence.</summary>
    public static bool IsStated(CorpusFile file) => !file.Licence.StartsWith(NoneStated, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The licence's name for the report: the field up to its first parenthesis or semicolon (<c>MIT</c>,
    /// <c>Apache-2.0</c>, <c>none stated</c>).
    /// </summary>
    public static string ShortName(CorpusFile file)
    {
        var text = file.Licence;
        var end = text.IndexOfAny(['(', ';']);
        return (end < 0 ? text : text[..end]).Trim().TrimEnd(',', '.');
    }

    /// <summary>Files that break the rule, and recorded files that no longer need the exception.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<CorpusFile> files)
    {
        foreach (var file in files.Where(static f => !IsStated(f) && !RecordedWithoutLicence.Contains(f.RelativePath)))
        {
            yield return $"{file.RelativePath}: transcribed from a repository with no licence; a new corpus file needs a licence that allows transcribing a signature (docs/real-world-corpus.md, Licences)";
        }

        var present = files.ToDictionary(static f => f.RelativePath, StringComparer.Ordinal);
        foreach (var path in RecordedWithoutLicence.Order(StringComparer.Ordinal))
        {
            if (!present.TryGetValue(path, out var file))
            {
                yield return $"{path}: listed in CorpusLicences.RecordedWithoutLicence but not in the corpus; remove it from the list";
            }
            else if (IsStated(file))
            {
                yield return $"{path}: now states a licence; remove it from CorpusLicences.RecordedWithoutLicence";
            }
        }
    }
}
