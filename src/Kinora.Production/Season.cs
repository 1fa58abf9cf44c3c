namespace Kinora.Production;

/// <summary>The four seasons of the temperate year; the world dresses its foliage by them.</summary>
public enum Season { Spring, Summer, Autumn, Winter }

/// <summary>Seasons and days of the year, either hemisphere (meteorological seasons: spring is March to May in the north).</summary>
public static class Seasons
{
    /// <summary>The season on a day of the year (1..365) at a latitude in degrees (south of the equator the seasons are turned round).</summary>
    public static Season Of(int dayOfYear, double latitude)
    {
        var north = dayOfYear switch
        {
            < 60 => Season.Winter,     // January, February
            < 152 => Season.Spring,    // March to May
            < 244 => Season.Summer,    // June to August
            < 335 => Season.Autumn,    // September to November
            _ => Season.Winter,
        };
        return latitude >= 0 ? north : Opposite(north);
    }

    /// <summary>A day in the middle of the season at a latitude: the date a bible gets when it gives a season and no day.</summary>
    public static int MiddleDay(Season season, double latitude)
    {
        var north = latitude >= 0 ? season : Opposite(season);
        return north switch
        {
            Season.Spring => 105,   // 15 April
            Season.Summer => 196,   // 15 July
            Season.Autumn => 288,   // 15 October
            _ => 15,                // 15 January
        };
    }

    static Season Opposite(Season s) => s switch
    {
        Season.Spring => Season.Autumn,
        Season.Summer => Season.Winter,
        Season.Autumn => Season.Spring,
        _ => Season.Summer,
    };
}
