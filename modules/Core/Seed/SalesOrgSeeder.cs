using System.Globalization;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Builds six sales teams (two for East China, one for each other region) of five reps each. The first
/// rep of a team is its manager. Monthly base salaries: managers 18,000–26,000, reps 7,000–15,000.
/// </summary>
internal static class SalesOrgSeeder
{
    public const int RepsPerTeam = 5;

    private static readonly (string Code, string Name, string RegionCode)[] TeamPlan =
    [
        ("T-EAST-1", "华东一部", "HUADONG"),
        ("T-EAST-2", "华东二部", "HUADONG"),
        ("T-NORTH", "华北部", "HUABEI"),
        ("T-SOUTH", "华南部", "HUANAN"),
        ("T-CENTRAL", "华中部", "HUAZHONG"),
        ("T-WEST", "西部", "XIBU"),
    ];

    public static void Build(DemoData data)
    {
        var random = data.Random;
        var employeeNo = 10001;
        foreach (var (code, name, regionCode) in TeamPlan)
        {
            var team = new TeamRow
            {
                Id = random.NextGuid(),
                Code = code,
                Name = name,
                RegionId = data.Regions.Single(r => r.Code == regionCode).Id,
            };
            data.Teams.Add(team);
            for (var i = 0; i < RepsPerTeam; i++, employeeNo++)
            {
                var manager = i == 0;
                var rep = new SalesRepRow
                {
                    Id = random.NextGuid(),
                    EmployeeNo = string.Create(CultureInfo.InvariantCulture, $"E{employeeNo}"),
                    Name = random.PersonName(),
                    TeamId = team.Id,
                    BaseSalary = manager ? random.Between(180, 260) * 100m : random.Between(70, 150) * 100m,
                    Currency = data.Settings.DefaultCurrency,
                    Email = string.Create(CultureInfo.InvariantCulture, $"e{employeeNo}@sales.example.cn"),
                    Phone = random.MobilePhone(),
                    HiredOn = data.DaysAgo(manager ? 1500 : 120, 2900),
                    Active = manager || !random.Chance(0.08),
                };
                data.Reps.Add(rep);
                if (manager)
                {
                    team.ManagerRepId = rep.Id;
                }
            }
        }
    }
}
