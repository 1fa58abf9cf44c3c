using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Light from the story clock: the sun where NOAA puts it (the moon when the sun is down), sky and ambient
/// colours that follow the sun's elevation and the cloud, practicals switched on as the light fails, and an
/// exposure that keeps night dark but readable.
/// </summary>
public static class Daylight
{
    /// <summary>Elevation (degrees) and azimuth offset the moon is given; it only has to light the night plausibly.</summary>
    const double MoonElevationDegrees = 38;

    /// <summary>The share of the open sky's fill that reaches a room's interior.</summary>
    public const float InteriorSkyShare = 0.35f;

    /// <summary>Exposed incident light at a room's stage: a white card there reads light grey, a pale wall below clipping.</summary>
    public const float InteriorKey = 0.85f;

    /// <summary>The most a night exterior is exposed up: moonlight reads dim and blue, lamps read bright.</summary>
    public const float NightExposure = 2.0f;

    public static Lighting For(double latitude, int dayOfYear, double hour, string weather, SetGeometry? set)
    {
        var sun = SunPosition.At(latitude, dayOfYear, hour);
        double e = sun.ElevationDegrees;
        float cloud = Weather.Cloud(weather);
        float day = Smooth(-6, 6, e);
        float high = Smooth(0, 25, e);

        // Low sun is warm because its light crosses more air; above ~25° it is near white.
        var warm = new Vector3(1f, 0.5f, 0.22f);
        var white = new Vector3(1f, 0.96f, 0.9f);
        float sunStrength = 3.2f * Smooth(-1, 8, e) * (1 - 0.85f * cloud);
        var sunColour = Vector3.Lerp(warm, white, high) * sunStrength;

        var moonColour = new Vector3(0.55f, 0.65f, 0.9f) * 0.35f * (1 - 0.5f * cloud) * (1 - Smooth(-4, 2, e));
        bool moonLights = Lum(moonColour) > Lum(sunColour);
        var direction = moonLights
            ? SunPosition.Toward(MoonElevationDegrees * Math.PI / 180, sun.Azimuth + Math.PI)
            : sun.Direction;
        if (!moonLights && direction.Y < 0.02f) direction = Vector3.Normalize(direction with { Y = 0.02f });

        var zenithDay = new Vector3(0.16f, 0.32f, 0.75f);
        var zenithDusk = new Vector3(0.1f, 0.1f, 0.28f);
        var zenithNight = new Vector3(0.004f, 0.006f, 0.018f);
        var horizonDay = new Vector3(0.6f, 0.7f, 0.85f);
        var horizonDusk = new Vector3(0.95f, 0.45f, 0.2f);
        var horizonNight = new Vector3(0.01f, 0.013f, 0.03f);
        var zenith = Vector3.Lerp(zenithNight, Vector3.Lerp(zenithDusk, zenithDay, high), day);
        var horizon = Vector3.Lerp(horizonNight, Vector3.Lerp(horizonDusk, horizonDay, high), day);
        // Cloud greys the sky and takes away part of its light.
        float dim = 1 - 0.45f * cloud;
        zenith = Vector3.Lerp(zenith, Grey(zenith) * 1.2f, cloud) * dim;
        horizon = Vector3.Lerp(horizon, Grey(horizon), cloud) * dim;
        var ambient = (zenith * 0.6f + horizon * 0.4f) * 0.8f;
        bool interior = set?.Interior ?? false;
        // Indoors the sky's fill arrives only through the openings and off the walls: a fraction of the open sky's.
        if (interior) ambient *= InteriorSkyShare;

        var lamps = ImmutableArray.CreateBuilder<PointLight>();
        float level = LampLevel(e, cloud, interior);
        if (set is not null)
        {
            if (level > 0)
                foreach (var p in set.Practicals) lamps.Add(p with { Colour = p.Colour * level });
            // Daylight spills in through each window as a soft fill, tinted by the sky it comes from.
            if (interior && day > 0)
                foreach (var w in set.Windows)
                    lamps.Add(new PointLight(w + new Vector3(0, 0, 0.8f), (horizon * 0.5f + sunColour * 0.3f) * 2.5f * day, 7f));
        }

        float exposure;
        if (interior && set is not null)
        {
            // A cinematographer exposes a room for the light that falls where the actors stand (window and
            // practicals, the fill off the walls), so a pale wall sits light but below clipping, whatever the
            // sky outside does.
            float incident = StageIncident(set, lamps, ambient);
            exposure = Math.Clamp(InteriorKey / incident, 0.3f, 12f);
        }
        else
        {
            float key = Lum(sunColour) * MathF.Max((float)Math.Sin(Math.Max(sun.Elevation, 0.1)), 0.3f)
                        + Lum(moonColour) * 0.6f + Lum(ambient) * 3f;
            exposure = Math.Clamp(2f / MathF.Pow(key + 0.02f, 0.6f), 0.5f, 12f);
            // Night is exposed up a little so faces read, but a cinematographer exposes night for the practicals:
            // moonlit ground sits well under a day-lit one and the lamps make the pools of light. Between the two
            // the exposure blends with the daylight, so dusk still reads.
            exposure = day * exposure + (1 - day) * MathF.Min(exposure, NightExposure);
        }
        return new Lighting(direction, moonLights ? moonColour : sunColour, zenith, horizon, ambient,
            sun.Elevation, sun.Azimuth, lamps.ToImmutable(), exposure) { Beams = Beams(set, hour, level) };
    }

    /// <summary>
    /// Each beacon's two beams at this hour: the lens turns with the story clock (a whole number of turns a day need
    /// not hold; the angle is the fraction of the current turn), and burns as the practicals do.
    /// </summary>
    public static ImmutableArray<LightBeam> Beams(SetGeometry? set, double hour, float level)
    {
        if (set is null || set.Beacons.IsDefaultOrEmpty || level <= 0) return [];
        var beams = ImmutableArray.CreateBuilder<LightBeam>(set.Beacons.Length * 2);
        foreach (var b in set.Beacons)
        {
            double turns = hour * 3600.0 / Math.Max(b.Period, 0.1f);
            float angle = (float)((turns - Math.Floor(turns)) * 2 * Math.PI);
            foreach (float side in new[] { 0f, MathF.PI })
            {
                float a = angle + side;
                var direction = Vector3.Normalize(new Vector3(MathF.Sin(a), -MathF.Tan(b.Tilt), -MathF.Cos(a)));
                beams.Add(new LightBeam(b.Position, direction, b.Colour * level, b.HalfAngle, b.Range));
            }
        }
        return beams.MoveToImmutable();
    }

    /// <summary>How strongly practicals burn, 0..1: on as daylight fails (earlier under cloud), half on indoors by day.</summary>
    public static float LampLevel(double elevationDegrees, float cloud, bool interior)
    {
        float night = 1 - Smooth(-4, 6 + 10 * cloud, elevationDegrees);
        return interior ? MathF.Max(night, 0.4f) : night;
    }

    /// <summary>
    /// The light (luminance, as a white card turned up toward the lamps would reflect it) falling about the stage:
    /// the mean over a three-by-three grid across it at waist height of the fill plus each lamp with the renderer's
    /// fall-off. Averaging over the stage keeps one lamp hanging over its middle from setting the whole room's stop.
    /// </summary>
    public static float StageIncident(SetGeometry set, IReadOnlyList<PointLight> lamps, Vector3 ambient)
    {
        var stage = set.Stage;
        float sum = 0;
        for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
        {
            var at = new Vector3(
                float.Lerp(stage.Min.X, stage.Max.X, 0.2f + 0.3f * i), 1f,
                float.Lerp(stage.Min.Z, stage.Max.Z, 0.2f + 0.3f * j));
            sum += Lum(ambient);
            foreach (var p in lamps)
            {
                float d2 = Vector3.DistanceSquared(p.Position, at);
                float q = d2 / (p.Range * p.Range);
                float window = Math.Clamp(1 - q * q, 0, 1);
                sum += Lum(p.Colour) * window * window / (d2 + 1f) * 0.7f;
            }
        }
        return MathF.Max(sum / 9, 0.02f);
    }

    static float Smooth(double a, double b, double x)
    {
        double t = Math.Clamp((x - a) / (b - a), 0, 1);
        return (float)(t * t * (3 - 2 * t));
    }

    static float Lum(Vector3 c) => Lighting.Luminance(c);

    static Vector3 Grey(Vector3 c) => new(Lum(c));
}
