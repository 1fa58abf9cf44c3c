namespace Kinora.Production;

/// <summary>A moment on the story clock: day of the year (1..365) and local solar time in hours (0..24).</summary>
public readonly record struct StoryTime(int DayOfYear, double Hour)
{
    public StoryTime Plus(double hours)
    {
        double h = Hour + hours;
        int d = DayOfYear;
        while (h >= 24) { h -= 24; d = d % 365 + 1; }
        return new StoryTime(d, h);
    }

    public override string ToString() => $"day {DayOfYear} {(int)Hour:00}:{(int)((Hour % 1) * 60):00}";
}
