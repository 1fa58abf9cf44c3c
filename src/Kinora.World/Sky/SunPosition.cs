namespace Kinora.World;

/// <summary>
/// Where the sun stands, by NOAA's solar calculator (the Meeus-based spreadsheet): declination, equation of time,
/// hour angle, then elevation corrected for atmospheric refraction. The story clock's hour is local mean solar
/// time (a clock on the location's own meridian), so the equation of time moves noon by up to ±16 minutes.
/// </summary>
public readonly record struct SunPosition(double Elevation, double Azimuth, double Declination, double EquationOfTime)
{
    /// <summary>The year the calendar is taken from; the sun's path differs by well under 0.1° between years.</summary>
    const double JulianDayOfJanuaryFirst = 2460676.5; // 2025-01-01 00:00 UT

    static double Rad(double deg) => deg * Math.PI / 180.0;
    static double Deg(double rad) => rad * 180.0 / Math.PI;

    /// <summary>Elevation above the horizon in degrees.</summary>
    public double ElevationDegrees => Deg(Elevation);

    /// <summary>Azimuth clockwise from north in degrees.</summary>
    public double AzimuthDegrees => Deg(Azimuth);

    /// <summary>
    /// The sun at a latitude (degrees, north positive), a day of the year (1..365) and local mean solar time in hours.
    /// Elevation and azimuth in radians; declination in radians; equation of time in minutes.
    /// </summary>
    public static SunPosition At(double latitude, int dayOfYear, double hour)
    {
        double jd = JulianDayOfJanuaryFirst + (dayOfYear - 1) + hour / 24.0;
        double jc = (jd - 2451545.0) / 36525.0;
        double meanLong = Mod(280.46646 + jc * (36000.76983 + jc * 0.0003032), 360);
        double meanAnom = 357.52911 + jc * (35999.05029 - 0.0001537 * jc);
        double eccent = 0.016708634 - jc * (0.000042037 + 0.0000001267 * jc);
        double centre = Math.Sin(Rad(meanAnom)) * (1.914602 - jc * (0.004817 + 0.000014 * jc))
                        + Math.Sin(Rad(2 * meanAnom)) * (0.019993 - 0.000101 * jc)
                        + Math.Sin(Rad(3 * meanAnom)) * 0.000289;
        double trueLong = meanLong + centre;
        double omega = 125.04 - 1934.136 * jc;
        double appLong = trueLong - 0.00569 - 0.00478 * Math.Sin(Rad(omega));
        double meanObliq = 23 + (26 + (21.448 - jc * (46.815 + jc * (0.00059 - jc * 0.001813))) / 60) / 60;
        double obliq = meanObliq + 0.00256 * Math.Cos(Rad(omega));
        double decl = Deg(Math.Asin(Math.Sin(Rad(obliq)) * Math.Sin(Rad(appLong))));
        double y = Math.Pow(Math.Tan(Rad(obliq / 2)), 2);
        double eqTime = 4 * Deg(y * Math.Sin(2 * Rad(meanLong))
                                - 2 * eccent * Math.Sin(Rad(meanAnom))
                                + 4 * eccent * y * Math.Sin(Rad(meanAnom)) * Math.Cos(2 * Rad(meanLong))
                                - 0.5 * y * y * Math.Sin(4 * Rad(meanLong))
                                - 1.25 * eccent * eccent * Math.Sin(2 * Rad(meanAnom)));
        double trueSolarMinutes = Mod(hour * 60 + eqTime, 1440);
        double hourAngle = trueSolarMinutes / 4 < 0 ? trueSolarMinutes / 4 + 180 : trueSolarMinutes / 4 - 180;
        double lat = Rad(latitude), d = Rad(decl);
        double cosZenith = Math.Clamp(Math.Sin(lat) * Math.Sin(d) + Math.Cos(lat) * Math.Cos(d) * Math.Cos(Rad(hourAngle)), -1, 1);
        double zenith = Deg(Math.Acos(cosZenith));
        double elevation = 90 - zenith;
        elevation += Refraction(elevation);

        double sinZ = Math.Sin(Rad(zenith));
        double azimuth;
        if (Math.Abs(sinZ) < 1e-9 || Math.Abs(Math.Cos(lat)) < 1e-9) azimuth = 180;
        else
        {
            double a = Deg(Math.Acos(Math.Clamp((Math.Sin(lat) * cosZenith - Math.Sin(d)) / (Math.Cos(lat) * sinZ), -1, 1)));
            azimuth = hourAngle > 0 ? Mod(a + 180, 360) : Mod(540 - a, 360);
        }
        return new SunPosition(Rad(elevation), Rad(azimuth), d, eqTime);
    }

    /// <summary>Local mean solar time (hours) at which the sun crosses the meridian on a day.</summary>
    public static double SolarNoon(int dayOfYear)
    {
        double noon = 12;
        for (int i = 0; i < 3; i++) noon = 12 - At(0, dayOfYear, noon).EquationOfTime / 60;
        return noon;
    }

    /// <summary>Unit vector from the ground toward the sun: north = −Z, east = +X, up = +Y.</summary>
    public System.Numerics.Vector3 Direction => Toward(Elevation, Azimuth);

    public static System.Numerics.Vector3 Toward(double elevation, double azimuth) => new(
        (float)(Math.Cos(elevation) * Math.Sin(azimuth)),
        (float)Math.Sin(elevation),
        (float)(-Math.Cos(elevation) * Math.Cos(azimuth)));

    /// <summary>NOAA's approximation of atmospheric refraction, in degrees, for a true elevation in degrees.</summary>
    static double Refraction(double e)
    {
        if (e > 85) return 0;
        double t = Math.Tan(Rad(e));
        double seconds = e > 5 ? 58.1 / t - 0.07 / (t * t * t) + 0.000086 / Math.Pow(t, 5)
            : e > -0.575 ? 1735 + e * (-518.2 + e * (103.4 + e * (-12.79 + e * 0.711)))
            : -20.772 / t;
        return seconds / 3600;
    }

    static double Mod(double x, double m) => ((x % m) + m) % m;
}
