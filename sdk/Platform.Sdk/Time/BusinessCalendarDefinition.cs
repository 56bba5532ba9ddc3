using System.Globalization;

namespace Platform.Sdk.Time;

/// <summary>
/// A tenant's business calendar as configuration (a setting or a module's data holds it, e.g. as JSON):
/// time zone, the weekdays that are working days, public holidays, and make-up working days that fall on
/// otherwise free weekdays (China's 调休: a Saturday worked to bridge a holiday). Nothing of any country is
/// built in; <see cref="BusinessCalendar"/> turns a valid definition into day arithmetic.
/// </summary>
public sealed record BusinessCalendarDefinition
{
    /// <summary>IANA time zone id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Weekdays that are working days unless a holiday; Monday to Friday by default.</summary>
    public IReadOnlyList<DayOfWeek> WorkingDays { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Days off although their weekday is a working day.</summary>
    public IReadOnlyList<CalendarDates> Holidays { get; init; } = [];

    /// <summary>Days worked although their weekday is not a working day.</summary>
    public IReadOnlyList<CalendarDates> MakeUpWorkingDays { get; init; } = [];

    /// <summary>Problems of the definition, each with the field it concerns; empty when valid.</summary>
    public IReadOnlyList<CalendarError> Validate()
    {
        var errors = new List<CalendarError>();
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            errors.Add(new(nameof(TimeZone), $"'{TimeZone}' is not a known time zone; use an IANA id such as Asia/Shanghai."));
        }
        var working = WorkingDays ?? [];
        if (working.Count == 0)
        {
            errors.Add(new(nameof(WorkingDays), "At least one weekday must be a working day."));
        }
        foreach (var day in working.Where(d => !Enum.IsDefined(d)))
        {
            errors.Add(new(nameof(WorkingDays), $"{(int)day} is not a day of the week (0 = Sunday … 6 = Saturday)."));
        }
        CheckEntries(Holidays, nameof(Holidays), errors);
        CheckEntries(MakeUpWorkingDays, nameof(MakeUpWorkingDays), errors);
        if (errors.Count == 0)
        {
            var holidays = (Holidays ?? []).SelectMany(h => h.EachDay()).ToHashSet();
            foreach (var day in (MakeUpWorkingDays ?? []).SelectMany(m => m.EachDay()).Where(holidays.Contains).Distinct())
            {
                errors.Add(new(nameof(MakeUpWorkingDays), Text($"{day:yyyy-MM-dd} is both a holiday and a make-up working day.")));
            }
        }
        return errors;
    }

    private static void CheckEntries(IReadOnlyList<CalendarDates>? entries, string field, List<CalendarError> errors)
    {
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            if (entries![i] is not { } entry)
            {
                errors.Add(new($"{field}[{i}]", "An entry is missing."));
            }
            else if (entry.Last < entry.From)
            {
                errors.Add(new($"{field}[{i}].To", Text($"{entry.Last:yyyy-MM-dd} is before the first day {entry.From:yyyy-MM-dd}.")));
            }
            else if (entry.Last.DayNumber - entry.From.DayNumber + 1 > CalendarDates.MaxDays)
            {
                errors.Add(new($"{field}[{i}].To", Text($"An entry spans at most {CalendarDates.MaxDays} days.")));
            }
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One problem of a <see cref="BusinessCalendarDefinition"/>.</summary>
/// <param name="Field">The field (<c>TimeZone</c>, <c>Holidays[2].To</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record CalendarError(string Field, string Message);
