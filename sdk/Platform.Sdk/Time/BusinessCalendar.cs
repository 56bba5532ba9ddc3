namespace Platform.Sdk.Time;

/// <summary>
/// Working-day arithmetic on a tenant's <see cref="BusinessCalendarDefinition"/>. A day is a working day
/// when it is a make-up working day, or when its weekday is a working day and it is not a holiday.
/// Days are local calendar days of the calendar's <see cref="Zone"/>; instants are converted there first.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly bool[] _workingWeekday = new bool[7];
    private readonly Dictionary<DateOnly, string?> _holidays = [];
    private readonly Dictionary<DateOnly, string?> _makeUpDays = [];

    /// <summary>Creates the calendar.</summary>
    /// <exception cref="InvalidCalendarException">The definition is not valid (see <see cref="BusinessCalendarDefinition.Validate"/>).</exception>
    public BusinessCalendar(BusinessCalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = definition.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidCalendarException(errors);
        }
        Definition = definition;
        Zone = ZonedDates.Find(definition.TimeZone);
        foreach (var day in definition.WorkingDays)
        {
            _workingWeekday[(int)day] = true;
        }
        foreach (var entry in definition.Holidays)
        {
            foreach (var day in entry.EachDay())
            {
                _holidays[day] = entry.Name;
            }
        }
        foreach (var entry in definition.MakeUpWorkingDays)
        {
            foreach (var day in entry.EachDay())
            {
                _makeUpDays[day] = entry.Name;
            }
        }
    }

    /// <summary>The definition the calendar was built from.</summary>
    public BusinessCalendarDefinition Definition { get; }

    /// <summary>The calendar's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Whether local day <paramref name="day"/> is a working day.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        _makeUpDays.ContainsKey(day) || (_workingWeekday[(int)day.DayOfWeek] && !_holidays.ContainsKey(day));

    /// <summary>Whether <paramref name="instant"/> falls on a working day in the calendar's zone.</summary>
    public bool IsWorkingDay(DateTimeOffset instant) => IsWorkingDay(LocalDate(instant));

    /// <summary>Whether <paramref name="day"/> is a configured holiday, and its name.</summary>
    public bool IsHoliday(DateOnly day, out string? name) => _holidays.TryGetValue(day, out name);

    /// <summary>Whether <paramref name="day"/> is a configured make-up working day, and its name.</summary>
    public bool IsMakeUpWorkingDay(DateOnly day, out string? name) => _makeUpDays.TryGetValue(day, out name);

    /// <summary>The local day of <paramref name="instant"/> in the calendar's zone.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => ZonedDates.LocalDate(instant, Zone);

    /// <summary>The UTC instant local day <paramref name="day"/> begins.</summary>
    public DateTimeOffset StartOfDayUtc(DateOnly day) => ZonedDates.StartOfDayUtc(day, Zone);

    /// <summary>
    /// The working day <paramref name="workingDays"/> working days after <paramref name="day"/> (before it when
    /// negative); <paramref name="day"/> itself is not counted. Zero returns <paramref name="day"/> unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }
        return day;
    }

    /// <summary><paramref name="day"/> when it is a working day, otherwise the first working day after it.</summary>
    public DateOnly NextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>Working days from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive); zero when <paramref name="to"/> is not after it.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Working days in <paramref name="range"/>.</summary>
    public int CountWorkingDays(DateRange range) => CountWorkingDays(range.Start, range.End);
}
