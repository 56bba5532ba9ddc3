using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Sdk.Time;

namespace Platform.Sdk.Tests.Time;

/// <summary>
/// China 2026 from <c>Calendars/china-2026.json</c>: the holidays and make-up working days (调休) of the State
/// Council's notice on the 2026 holidays, entered as tenant configuration. The SDK knows nothing of them.
/// </summary>
public sealed class BusinessCalendarTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static BusinessCalendarDefinition China2026Definition() =>
        JsonSerializer.Deserialize<BusinessCalendarDefinition>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Calendars", "china-2026.json")), Json)!;

    private static readonly BusinessCalendar China2026 = new(China2026Definition());

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Theory]
    [InlineData(1, 1, false)]   // Thursday, New Year
    [InlineData(1, 4, true)]    // Sunday, make-up day
    [InlineData(2, 13, true)]   // Friday before the Spring Festival
    [InlineData(2, 14, true)]   // Saturday, make-up day
    [InlineData(2, 16, false)]  // Monday, Spring Festival
    [InlineData(2, 23, false)]  // Monday, last day of the Spring Festival holiday
    [InlineData(2, 24, true)]
    [InlineData(2, 28, true)]   // Saturday, make-up day
    [InlineData(3, 7, false)]   // an ordinary Saturday
    [InlineData(3, 10, true)]   // an ordinary Tuesday
    [InlineData(5, 9, true)]    // Saturday, make-up day
    [InlineData(9, 20, true)]   // Sunday, make-up day
    [InlineData(10, 7, false)]  // Wednesday, National Day
    [InlineData(10, 10, true)]  // Saturday, make-up day
    public void IsWorkingDay_HonoursHolidaysAndMakeUpDays(int month, int day, bool working)
    {
        Assert.Equal(working, China2026.IsWorkingDay(D(month, day)));
    }

    [Fact]
    public void WorkingDaysIn2026_Are248()
    {
        // 261 weekdays (2026 starts on a Thursday: 52 weeks + 1); 19 of them are holidays (New Year 2, Spring
        // Festival 6, Qingming 1, Labour Day 3, Dragon Boat 1, Mid-Autumn 1, National Day 5); 6 make-up days.
        Assert.Equal(261 - 19 + 6, China2026.CountWorkingDays(D(1, 1), new DateOnly(2027, 1, 1)));
        Assert.Equal(0, China2026.CountWorkingDays(D(2, 15), D(2, 24)));
        Assert.Equal(0, China2026.CountWorkingDays(D(3, 1), D(2, 1)));
    }

    [Fact]
    public void AddWorkingDays_StepsOverHolidaysAndOntoMakeUpDays()
    {
        Assert.Equal(D(2, 14), China2026.AddWorkingDays(D(2, 13), 1));
        Assert.Equal(D(2, 24), China2026.AddWorkingDays(D(2, 14), 1));
        Assert.Equal(D(2, 14), China2026.AddWorkingDays(D(2, 24), -1));
        Assert.Equal(D(10, 8), China2026.AddWorkingDays(D(9, 30), 1));
        Assert.Equal(D(10, 10), China2026.AddWorkingDays(D(9, 30), 3)); // 8 (Thu), 9 (Fri), 10 (Saturday, make-up day)
        Assert.Equal(D(10, 12), China2026.AddWorkingDays(D(9, 30), 4));
        Assert.Equal(D(10, 3), China2026.AddWorkingDays(D(10, 3), 0));
    }

    [Fact]
    public void NextWorkingDay_IsTheDayItselfOrTheFirstAfter()
    {
        Assert.Equal(D(10, 8), China2026.NextWorkingDay(D(10, 3)));
        Assert.Equal(D(3, 10), China2026.NextWorkingDay(D(3, 10)));
    }

    [Fact]
    public void Instants_AreJudgedInTheCalendarsZone()
    {
        // 2026-01-03T16:30Z is Saturday 3 January in UTC (a holiday) but Sunday 4 January in Shanghai (a make-up day).
        var instant = new DateTimeOffset(2026, 1, 3, 16, 30, 0, TimeSpan.Zero);

        Assert.True(China2026.IsWorkingDay(instant));
        Assert.Equal(D(1, 4), China2026.LocalDate(instant));
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 16, 0, 0, TimeSpan.Zero), China2026.StartOfDayUtc(D(1, 4)));
    }

    [Fact]
    public void HolidaysAndMakeUpDays_CarryTheirNames()
    {
        Assert.True(China2026.IsHoliday(D(2, 17), out var holiday));
        Assert.Equal("Spring Festival (春节)", holiday);
        Assert.True(China2026.IsMakeUpWorkingDay(D(2, 28), out var makeUp));
        Assert.Equal("Spring Festival make-up (调休)", makeUp);
        Assert.False(China2026.IsHoliday(D(3, 10), out _));
    }

    [Fact]
    public void Definition_RoundTripsThroughJson()
    {
        var definition = China2026Definition();

        var again = JsonSerializer.Deserialize<BusinessCalendarDefinition>(JsonSerializer.Serialize(definition, Json), Json)!;

        Assert.Equal("Asia/Shanghai", again.TimeZone);
        Assert.Equal(definition.Holidays, again.Holidays);
        Assert.Equal(definition.MakeUpWorkingDays, again.MakeUpWorkingDays);
        Assert.Equal(China2026.CountWorkingDays(D(1, 1), new DateOnly(2027, 1, 1)), new BusinessCalendar(again).CountWorkingDays(D(1, 1), new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void DefaultDefinition_IsMondayToFridayInUtc()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarDefinition());

        Assert.Equal(TimeZoneInfo.Utc.BaseUtcOffset, calendar.Zone.BaseUtcOffset);
        Assert.Equal(5, calendar.CountWorkingDays(D(3, 2), D(3, 9)));
    }

    [Fact]
    public void InvalidDefinitions_AreRefusedNamingTheField()
    {
        var definition = China2026Definition();

        Assert.Equal("TimeZone", Assert.Single((definition with { TimeZone = "Mars/Olympus" }).Validate()).Field);
        Assert.Equal("WorkingDays", Assert.Single((definition with { WorkingDays = [] }).Validate()).Field);
        Assert.Equal("WorkingDays", Assert.Single((definition with { WorkingDays = [(DayOfWeek)9] }).Validate()).Field);
        Assert.Equal("Holidays[0].To", Assert.Single((definition with { Holidays = [new("backwards", D(5, 5), D(5, 1))] }).Validate()).Field);
        Assert.Equal("Holidays[0].To", Assert.Single((definition with { Holidays = [new("too long", D(1, 1), new DateOnly(2028, 1, 1))] }).Validate()).Field);
        var both = Assert.Single((definition with { MakeUpWorkingDays = [new("clash", D(2, 16))] }).Validate());
        Assert.Equal(("MakeUpWorkingDays", "2026-02-16 is both a holiday and a make-up working day."), (both.Field, both.Message));
    }

    [Fact]
    public void Constructor_ThrowsOnAnInvalidDefinition()
    {
        var error = Assert.Throws<InvalidCalendarException>(() => new BusinessCalendar(new BusinessCalendarDefinition { TimeZone = "Nowhere/Else" }));

        Assert.Equal("TimeZone", Assert.Single(error.Errors).Field);
        Assert.Contains("'Nowhere/Else'", error.Message, StringComparison.Ordinal);
    }
}
