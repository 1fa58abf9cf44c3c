using Kinora.Production;

namespace Kinora.Audio;

/// <summary>What is underfoot: each sounds its own way when a foot comes down on it.</summary>
public enum Surface { Wood, Stone, Carpet, Sand, Grass, Snow, Wet }

/// <summary>The ground of a scene, from its set's kind, whether it plays inside, and its weather.</summary>
public static class Underfoot
{
    public static Surface For(ScenePlan scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        string weather = scene.Weather.ToLowerInvariant();
        var kind = scene.Location.Kind;
        if (scene.Interior)
            return kind switch
            {
                LocationKind.Office => Surface.Carpet,
                LocationKind.Kitchen or LocationKind.Diner or LocationKind.Warehouse => Surface.Stone,   // tiles, concrete
                _ => Surface.Wood,
            };
        if (weather == "snow") return Surface.Snow;
        bool wet = weather is "rain" or "storm";
        return kind switch
        {
            LocationKind.Beach or LocationKind.Island or LocationKind.Desert => Surface.Sand,
            LocationKind.Forest or LocationKind.Meadow => wet ? Surface.Wet : Surface.Grass,
            _ => wet ? Surface.Wet : Surface.Stone,   // pavement, asphalt, quays, yards
        };
    }
}
