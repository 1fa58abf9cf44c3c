namespace Kinora.World.Tests;

public sealed class SunPositionTests
{
    [Fact]
    public void At_solar_noon_on_the_equinox_at_latitude_40_the_sun_stands_50_degrees_high()
    {
        var sun = SunPosition.At(40, 80, SunPosition.SolarNoon(80));
        Assert.InRange(sun.ElevationDegrees, 49.5, 50.5);
        Assert.InRange(sun.AzimuthDegrees, 178, 182);
    }

    [Fact]
    public void At_six_in_the_morning_on_the_equinox_the_sun_is_near_the_horizon_in_the_east()
    {
        var sun = SunPosition.At(40, 80, 6);
        Assert.InRange(sun.ElevationDegrees, -2, 2);
        Assert.InRange(sun.AzimuthDegrees, 80, 100);
    }

    [Theory]
    // Noon elevations from NOAA's calculator: 90° − latitude + declination (+23.44° June, −23.44° December).
    [InlineData(40, 172, 73.44)]
    [InlineData(40, 355, 26.57)]
    [InlineData(51.5, 172, 61.94)]
    [InlineData(-33.9, 172, 32.7)]
    [InlineData(23.44, 172, 90.0)]
    public void Noon_elevations_match_NOAA(double latitude, int day, double expected)
    {
        var sun = SunPosition.At(latitude, day, SunPosition.SolarNoon(day));
        Assert.InRange(sun.ElevationDegrees, expected - 0.5, expected + 0.5);
    }

    [Theory]
    // References from NOAA's general solar position equations (fractional year), longitude 0, UT = local mean time;
    // NOAA's refraction adds 0.06–0.2° at these heights, inside the tolerance.
    [InlineData(51.5, 172, 15.0, 45.86, 247.82)]
    [InlineData(40, 355, 9.0, 14.26, 138.47)]
    [InlineData(-20, 250, 17.5, 4.43, 278.34)]
    [InlineData(60, 30, 10.0, 7.57, 148.29)]
    public void Elevation_and_azimuth_match_NOAA_references(double latitude, int day, double hour, double elevation, double azimuth)
    {
        var sun = SunPosition.At(latitude, day, hour);
        Assert.InRange(sun.ElevationDegrees, elevation - 0.5, elevation + 0.5);
        Assert.InRange(sun.AzimuthDegrees, azimuth - 1, azimuth + 1);
    }

    [Fact]
    public void The_equation_of_time_moves_noon_as_NOAA_says()
    {
        // Early November the sun is about 16 minutes fast; mid-February about 14 minutes slow.
        Assert.InRange(SunPosition.SolarNoon(307) * 60, 720 - 17, 720 - 15.5);
        Assert.InRange(SunPosition.SolarNoon(42) * 60, 720 + 13.5, 720 + 15);
    }
}
