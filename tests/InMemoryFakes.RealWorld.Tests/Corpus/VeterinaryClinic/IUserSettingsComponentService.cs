// Source: https://github.com/f-nunez/VeterinaryClinic
// Commit: 2daedda22d03
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample103 rule, fixed before any interface was looked at: the repositories find_repos("Clinic") lists, in
//   its order, keeping those with C# files (find_files(repo, ext="cs") with rows; then find_repos("Hospital") only if
//   that list ran out: it did, at 2 picks); a repository with no licence file of its own is skipped; in each, at its
//   newest stored snapshot (fetch, then git grep for interfaces in *.cs, paths sorted ordinally; the file index's path
//   order where no snapshot could be had), the first interface outside paths containing "test" (any case) whose
//   implementation in the same repository keeps state (a database, cache, blob, table, file, in-memory collection) and
//   which has at least 3 members (inherited ones of the same repository count); not a corpus source already; at most 1
//   per repository; stop after 3. The walk, find_repos("Clinic") (100 listed): concept2cure/ClinicalSageAI-2-replit,
//   Historia-Clinica-La-Rioja/historia_clinica_LR, axisvitor/clinica-oncologica-v02, Clinical-Genomics/cg,
//   alelisdev/case-clinical, l2v-hub/ClinicOS, MISHHF93/CareDroid-Clinical-AI, officefloor/spring-petclinic-rest,
//   haythamosama95/AiClinic, cbrown564-alt/clinical_extraction, webclinic017/fa-absa-py3 no C#; cgerard321/
//   champlain_petclinic (MIT) has C# only in old commits: its snapshot holds one Program.cs, no interface;
//   oumayma-404/clinic-management no snapshot and no licence file in the index: skipped; cqframework/
//   clinical_quality_language (Apache-2.0) no C# interface (a grammar's generated visitor); hangilc/myclinic-spring
//   no C# in its snapshot; em-clinic, AltraClinic, ClinicoPathJamoviModule, clinical-reasoning, brunoto02028/clinic,
//   HAVENHub, bangkokbotoxclinic, clinic-rivo, clinic-management-platform, Lover-Clinic-OPD no C#; AleMicky/clinica no
//   licence file: skipped; Thera-cloud/Clinical-Sovereignty-Lab no snapshot, no licence file in the index: skipped;
//   Clinic-AI-MacMini no C#; SherifOthman/clinic-api no licence file: skipped; OpenClinica, AhmedNasrElhariri/CLINIC,
//   Gesclinic-Web, hyprnote, drmanoj-clinic-automation, spring-petclinic, Clinicos-by-Zumi, clinicadl,
//   clinical-assistant, scout, ClinicalSageAI, ClinicaDefinitiva2, cadence-clinical, rani-beauty-clinic no C#;
//   techwithfemi/AestheticClinic-Backup- no snapshot, no licence file in the index: skipped; clinicflow-crm,
//   sapphire-clinics-east no C#; jiroftsoft/ClinicApp only third parties' licences (fonts): skipped; HRM-Linh-Anh-
//   Aesthetic-Clinic, YmidOrtega/Clinica, LibreClinicaMUW, clinic-appointment, dental-clinic-manager, myclinic-ts,
//   clinical-ontology-normalizer, clinic-management-system, wa-clinic-bot, clinical-emergency-app, clinicai-v2,
//   clinical-reasoning-language, Doctorato-Polyclinic-SaS, victorrentea/petclinic, prij-clinic, K-Clinics,
//   veterinary-clinic-api, dbt_dental_clinic, ch-clinic-admin no C#; lucaszaous-creator/Clinica no licence file:
//   skipped; MIP no C#; saeedshamc/Teaching-Clinic no snapshot, no licence file in the index: skipped; protempa,
//   clinic-bot, openclinicga-old, clinicnest, Clinical-Decision-Support-System-, psyclinicai, Clinica-Salud-Vital,
//   marvingbh/clinica no C#; f-nunez/VeterinaryClinic (MIT) gives this IUserSettingsComponentService; DILIGENT-
//   Clinical-Copilot no C#; 0Crazy-0/ClinicFlow (MIT) gives IUnitOfWork; meso-clinic no C#; phuoctran12345/
//   Dental_Clinic no licence file of its own: skipped; rajanverma1987/clinic, Gestion-de-clinicas-juridicas,
//   New-Life-clinic no C#; ZiyadMehmoodDBA/clinical only third parties' licences: skipped; Agentclinic-Tree-Dx-Spec,
//   ClinicProNZ no C#; ClinicalTools/SimEncounters only Unity packages' licences: skipped; clinical-lab, aramis-lab/
//   clinica, myclinic-scala no C#; mrduck58/dental-clinic no licence file: skipped; HIMS-Clinical, dental-clinic-ai,
//   proyecto_clinica, the-polyclinic, medflow-clinic, clinicya no C#; Aurelian1974/ValyanClinic no licence file:
//   skipped. The list ran out at 2 picks; find_repos("Hospital"): ajaytiwari79/HospitalManagement, hoainamdang10/
//   hospital-management, virtual-hospitals-africa, HospitalSaarthi, hospital_form_platform, hospitalrun-frontend no
//   C#; opensource-emr/hospital-management-emr (MIT) gives DanpheEMR's IAdmissionMasterService: 3, stop.
//   This one: the 1st pick (the 78th repository listed). Before it in path order (ClinicManagement/src/...):
//   ICurrentUserService, IServiceBus, IMapFrom, IFileSystem{Deleter,Reader,Writer}Service, IIntegrationEvent…,
//   INotificationRequest…, the settings interfaces: 1 or 2 members each; the Blazor client's IAppNotificationService,
//   IAppointmentTypeService, IClientService, IClinicService, IDoctorService, IPatientService, IRoomService and the two
//   Http services call the back end over HTTP (no state of their own); ISecurityService keeps the signed-in user in a
//   field and navigates (a session, no store); ISpinnerService 2 members; IUserSettingsService a facade over the
//   component services; IAppNotificationComponentService raises events and calls IAppNotificationService;
//   ILanguageComponentService reads a language catalogue filled from configuration (no write reaches anything read).
// Path: ClinicManagement/src/Presentation/BlazorClient/Fnunez.VeterinaryClinic.ClinicManagement.BlazorClient.Client/
//   Shared/Components/UserSettings/IUserSettingsComponentService.cs and UserSettings.cs (real store:
//   UserSettingsComponentService.cs beside them, over Blazored.LocalStorage's ILocalStorageService)
// Adapted: the namespaces (one for all). Nullable enabled, as in the source (the BlazorClient.Client csproj).
// Real store: UserSettingsComponentService: one UserSettings value kept in the browser's local storage under the
//   configured key (CookieSetting.UserSettingsKey, "userSettings" in every appsettings), written as JSON.
//   GetSettingsAsync() reads the item (GetItemAsync<UserSettings>: a new object deserialised on each read, so changing
//   the one returned changes nothing stored); when there is none it makes the defaults (LanguageCultureCode "en-US",
//   TimeZoneId "Pacific Standard Time (Mexico)"), saves them (SetItemAsync) and returns them. SaveSettingsAsync(
//   userSettings) replaces the stored item (SetItemAsync, JSON: a copy). ResetSettingsAsync() throws
//   NotImplementedException (it is not written yet).
// Shapes: *=none
// First try (cc7c7c0f): incomplete: IMF0009 on the interface ("Entity type 'UserSettings' used by
//   IUserSettingsComponentService has no key … if no property identifies a stored UserSettings (the store keeps repeats,
//   holds one value, or computes what it returns), no key fits: write IUserSettingsComponentService by hand"); nothing
//   generated | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: the store holds one value, and what its read answers when
//   nothing is stored is its own (this one makes, saves and returns defaults; others answer null or a new object), as
//   is a Reset that throws; IMF0009's message already names the one-value case.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VeterinaryClinic.IUserSettingsComponentServiceCase;

public class UserSettings
{
    public string LanguageCultureCode { get; set; } = null!;
    public string TimeZoneId { get; set; } = null!;
}

[InMemoryFake]
public interface IUserSettingsComponentService
{
    public Task<UserSettings> GetSettingsAsync();
    public Task ResetSettingsAsync();
    public Task SaveSettingsAsync(UserSettings userSettings);
}

public static class Smoke
{
    public static async Task RunAsync(IUserSettingsComponentService settings)
    {
        var first = await settings.GetSettingsAsync();
        Check.Equal("en-US", first.LanguageCultureCode, "no settings stored: GetSettingsAsync makes the default language");
        Check.Equal("Pacific Standard Time (Mexico)", first.TimeZoneId, "and the default time zone");

        await settings.SaveSettingsAsync(new UserSettings { LanguageCultureCode = "es-MX", TimeZoneId = "Central Standard Time" });
        var saved = await settings.GetSettingsAsync();
        Check.Equal("es-MX", saved.LanguageCultureCode, "SaveSettingsAsync replaces the stored settings");
        Check.Equal("Central Standard Time", saved.TimeZoneId, "every property of them");

        saved.LanguageCultureCode = "fr-FR";
        Check.Equal("es-MX", (await settings.GetSettingsAsync()).LanguageCultureCode, "a read is a copy: changing it stores nothing");

        await Check.ThrowsAsync<NotImplementedException>(() => settings.ResetSettingsAsync(), "ResetSettingsAsync is not implemented");
    }
}
