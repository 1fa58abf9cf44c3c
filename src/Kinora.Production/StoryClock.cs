namespace Kinora.Production;

/// <summary>
/// Places scenes on the story clock. A heading's time of day sets the hour (dawn and dusk follow the sun at the
/// location's latitude and date); CONTINUOUS and headings without a time carry on from the previous scene;
/// LATER and MOMENTS LATER move the clock on; an hour earlier than the last one means the next day.
/// </summary>
public static class StoryClock
{
    /// <summary>Heading times that carry on from the scene before rather than name an hour.</summary>
    public static readonly IReadOnlySet<string> Continuity = new HashSet<string>(StringComparer.Ordinal)
        { "", "LATER", "MOMENTS LATER", "SECONDS LATER", "CONTINUOUS", "SAME", "SAME TIME", "CONT'D" };

    /// <summary>Approximate local solar hours of sunrise and sunset (good to a few minutes; the world computes the sun exactly).</summary>
    public static (double Sunrise, double Sunset) SunriseSunset(double latitudeDegrees, int dayOfYear)
    {
        double decl = 23.44 * Math.PI / 180 * Math.Sin(2 * Math.PI * (284 + dayOfYear) / 365.0);
        double lat = latitudeDegrees * Math.PI / 180;
        double x = Math.Clamp(-Math.Tan(lat) * Math.Tan(decl), -1, 1);
        double halfDay = Math.Acos(x) * 180 / Math.PI / 15.0;
        return (12 - halfDay, 12 + halfDay);
    }

    /// <summary>The clock at the start of a scene, given the previous scene's clock at its end.</summary>
    public static StoryTime Next(StoryTime? previousEnd, string timeOfDay, LocationSpec location)
    {
        var (rise, set) = SunriseSunset(location.Latitude, location.DayOfYear);
        string tod = timeOfDay.Trim().ToUpperInvariant();
        if (previousEnd is { } prev)
        {
            if (tod is "LATER") return prev.Plus(1.0);
            if (tod is "MOMENTS LATER" or "SECONDS LATER") return prev.Plus(2.0 / 60);
            if (tod is "" or "CONTINUOUS" or "SAME" or "SAME TIME" or "CONT'D") return prev;
        }
        if (Continuity.Contains(tod)) return new StoryTime(location.DayOfYear, 11.0);
        // A time the heading list does not know ("TWILIGHT", "NIGHTFALL") is read as the nearest one in meaning.
        double hour = Vocabulary.HourOf(tod, rise, set)
            ?? (tod.Length > 0 && Vocabulary.TimeOfDayOf(tod) is { } near ? Vocabulary.HourOf(near, rise, set) : null)
            ?? 11.0;
        if (previousEnd is not { } p) return new StoryTime(location.DayOfYear, hour);
        // The same part of the day again ("NIGHT" after "NIGHT") carries on from where the last scene ended;
        // the clock never runs backwards by a little, and only a much earlier hour means the next day.
        bool stillLastNight = p.Hour < 5 && hour >= 19;
        if (stillLastNight || (hour < p.Hour && p.Hour - hour < 3)) return p;
        if (hour >= p.Hour) return new StoryTime(p.DayOfYear, hour);
        return new StoryTime(p.DayOfYear % 365 + 1, hour);
    }
}
