// Source: https://github.com/microsoftgraph/xamarin-csharp-propertymanager-sample
// Commit: ac3c3797ac97
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample113 rule (the whole rule and the repositories it skipped: Corpus/GroupMembershipManagement/
//   IAzureMaintenanceService.cs). This one: the 3rd pick (the 45th repository listed; the path says no sample, the
//   repository's name does). Before it in path order: XamarinNativePropertyManager/Services/IAuthenticationService
//   (2 members, MSAL token acquisition).
// Path: XamarinNativePropertyManager/Services/IConfigService.cs (real store: Services/Implementations/ConfigService.cs,
//   registered as a singleton in App.cs; models: Models/UserModel.cs, GroupModel.cs, DataFileModel.cs)
// Adapted: the namespaces (one for all); the models cut to a few properties (DataFileModel to a list of rows standing
//   for its PropertyTable). Nullable disabled, as in the source (a Xamarin project of 2016, no Nullable).
// Real store: ConfigService, the app's session state: four auto-properties, null until set, each keeping the instance
//   it was given. LoginViewModel sets all four after sign-in; the view models then change them through the instances
//   they read: DetailsViewModel does _configService.Groups.Add(propertyGroup) and
//   _configService.DataFile.PropertyTable.AddRow(details), and GroupsViewModel lists _configService.Groups, which then
//   holds the new group.
// Shapes: *=12
// First try (fa08f2db): incomplete: all 4 refused (IMF0001), read as a repository of two entity types (GroupModel,
//   UserModel): User, AppGroup and Groups ("properties with a setter are not supported … an auto-property in the
//   partial class … keeps what the test sets"), DataFile ("its signature proves no entity type and its name names none
//   of the types IConfigService stores (GroupModel, UserModel)": a cause it does not have, the setter is) | WRONG: none
//   (nothing generated). Written by hand as four auto-properties, the fake is the real one.
// After this round: DataFile is refused for its setter, as the other three (Sample113Tests); outcome unchanged. The
//   session-26 decision stands: what setting a property changes is the store's own, and an auto-property (null until set,
//   the instance kept, as ConfigService) is one line in the partial class.
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GraphPropertyManager.IConfigServiceCase;

public class UserModel
{
    public string Id { get; set; }
    public string DisplayName { get; set; }
    public string Mail { get; set; }
}

public class GroupModel
{
    public string Id { get; set; }
    public string DisplayName { get; set; }
    public string Description { get; set; }
}

public class DataFileModel
{
    public string DriveItemId { get; set; }
    public List<string> PropertyRows { get; set; } = new List<string>();
}

[InMemoryFake]
public interface IConfigService
{
    UserModel User { get; set; }

    GroupModel AppGroup { get; set; }

    List<GroupModel> Groups { get; set; }

    DataFileModel DataFile { get; set; }
}

public static class Smoke
{
    public static Task RunAsync(IConfigService config)
    {
        Check.Null(config.User, "User is null until set");
        Check.Null(config.Groups, "Groups is null until set");

        var user = new UserModel { Id = "u1", DisplayName = "Adele" };
        config.User = user;
        Check.Equal("Adele", config.User.DisplayName, "User keeps what was set");

        config.Groups = new List<GroupModel> { new GroupModel { Id = "g1", DisplayName = "Seattle" } };
        config.Groups.Add(new GroupModel { Id = "g2", DisplayName = "Redmond" });
        Check.Equal(2, config.Groups.Count, "a group added to the list read back is kept (the service keeps the instance)");

        config.DataFile = new DataFileModel { DriveItemId = "d1" };
        config.DataFile.PropertyRows.Add("row 1");
        Check.Equal(1, config.DataFile.PropertyRows.Count, "a row added through the data file read back is kept");

        config.User.DisplayName = "Adele V.";
        Check.Equal("Adele V.", config.User.DisplayName, "a change made to the user read back is kept");
        return Task.CompletedTask;
    }
}
