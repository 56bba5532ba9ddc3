namespace Platform.Modules.Pricing.Analytics;

/// <summary>Calendar days from <paramref name="Start"/> to <paramref name="End"/>, both included.</summary>
internal sealed record DateWindow(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
