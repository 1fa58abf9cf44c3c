using System.Numerics;
using Kinora.Core;

namespace Kinora.World;

/// <summary>What a scene's weather word means for cloud, fog, precipitation and wind.</summary>
public static class Weather
{
    /// <summary>Cloud cover 0..1: how much of the sun the sky lets through and how grey it turns.</summary>
    public static float Cloud(string weather) => weather switch
    {
        "overcast" => 0.8f,
        "rain" => 0.85f,
        "storm" => 0.95f,
        "snow" => 0.8f,
        "fog" => 0.6f,
        _ => 0.05f,
    };

    /// <summary>
    /// Fog density per metre (more at dawn, when mist lies), fog colour from the sky horizon, rain and snow
    /// amounts 0..1 and wind in m/s. Indoors there is no weather, only a faint haze.
    /// </summary>
    public static Atmosphere For(string weather, double hour, Vector3 skyHorizon, bool interior, long seed)
    {
        float density = weather switch
        {
            "overcast" => 0.004f,
            "rain" => 0.012f,
            "storm" => 0.02f,
            "snow" => 0.015f,
            "fog" => 0.06f,
            _ => 0.0015f,
        };
        // Morning mist: a bell around 06:00 that is gone by mid-morning.
        double dawn = Math.Exp(-Math.Pow((hour - 6.0) / 1.8, 2));
        density += (float)(0.006 * dawn);
        float rain = weather switch { "rain" => 0.6f, "storm" => 1f, _ => 0f };
        float snow = weather == "snow" ? 0.7f : 0f;
        var dice = Pcg32.For(seed, "wind:" + weather);
        float wind = weather switch { "storm" => 14f, "rain" => 5f, "snow" => 4f, "overcast" => 4f, "fog" => 1f, _ => 2f } * dice.RangeF(0.8f, 1.2f);
        var grey = new Vector3(0.5f, 0.52f, 0.55f) * (skyHorizon.X + skyHorizon.Y + skyHorizon.Z) / 3f;
        var colour = Vector3.Lerp(skyHorizon, grey, Cloud(weather));
        // Indoors the haze is lit by the room, not the open sky: as dim as the sky's share of the fill in there.
        if (interior) return new Atmosphere(0.002f, colour * Daylight.InteriorSkyShare, 0, 0, 0);
        return new Atmosphere(density, colour, rain, snow, wind);
    }
}
