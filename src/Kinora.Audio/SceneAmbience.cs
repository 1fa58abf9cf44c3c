using Kinora.Core;
using Kinora.Production;

namespace Kinora.Audio;

/// <summary>
/// One scene's ambience: the layers its place, weather and hour call for, each on its own seeded stream
/// (seed, "ambience/scene{index}/{layer}"), so adding a layer never changes another's sound.
/// Renders continuously: successive calls carry on where the last one stopped.
/// </summary>
internal sealed class SceneAmbience
{
    readonly List<IAmbienceLayer> layers = [];

    /// <summary>Names of the layers chosen, in order (for tests and logs).</summary>
    public IReadOnlyList<string> LayerNames => names;
    readonly List<string> names = [];

    SceneAmbience() { }

    public static SceneAmbience For(ScenePlan scene, long seed)
    {
        var bed = new SceneAmbience();
        var kind = scene.Location.Kind;
        string weather = scene.Weather.ToLowerInvariant();
        bool rain = weather is "rain" or "storm";
        bool storm = weather == "storm";
        double hour = scene.Clock.Hour;
        bool night = hour < 5 || hour >= 20.5;
        bool morning = hour >= 4.5 && hour < 10.5;
        Pcg32 Stream(string layer) => Pcg32.For(seed, $"ambience/scene{scene.Index}/{layer}");

        if (scene.Interior)
        {
            bed.Add("room", new RoomToneLayer(Stream("room"), kind is LocationKind.Warehouse ? -24 : -28, 50, -6));
            if (kind is LocationKind.Kitchen or LocationKind.Diner)
                bed.Add("clatter", new ClatterLayer(Stream("clatter"), kind == LocationKind.Diner ? -16 : -18, kind == LocationKind.Diner ? 40 : 25));
            if (kind is LocationKind.Street or LocationKind.Alley or LocationKind.Road or LocationKind.Diner or LocationKind.Office)
                bed.Add("traffic", new TrafficLayer(Stream("traffic"), -32, 4, 0.5));
            if (rain) bed.Add("rain", new RainLayer(Stream("rain"), storm ? -14 : -18, storm ? 1 : 0.5, muffled: true));
            if (storm) bed.Add("wind", new WindLayer(Stream("wind"), -24, 250, 0.9, 0.3, 0));
            return bed;
        }

        switch (kind)
        {
            case LocationKind.Island or LocationKind.Beach:
                bed.Add("surf", new SurfLayer(Stream("surf"), storm ? -8 : -13, 0));
                break;
            case LocationKind.Harbour:
                bed.Add("surf", new SurfLayer(Stream("surf"), storm ? -12 : -18, 0.8));
                break;
            case LocationKind.Street or LocationKind.Alley or LocationKind.Road:
                double traffic = kind == LocationKind.Alley ? -22 : kind == LocationKind.Road ? -16 : -15;
                bed.Add("traffic", new TrafficLayer(Stream("traffic"), night ? traffic - 6 : traffic,
                    kind == LocationKind.Road ? 10 : 6, kind == LocationKind.Road ? 0.5 : night ? 1 : 3));
                break;
            case LocationKind.Office or LocationKind.Warehouse or LocationKind.Kitchen or LocationKind.Diner or LocationKind.Interior:
                // The outside of a building: the city is further off.
                bed.Add("traffic", new TrafficLayer(Stream("traffic"), -24, 3, 1));
                break;
        }

        if (kind == LocationKind.Desert)
            bed.Add("wind", new WindLayer(Stream("wind"), storm ? -10 : -15, 320, 0.9, storm ? 0.4 : 0.15, 1));
        else
        {
            // Wind is under everything outdoors; how much depends on the weather.
            double windDb = weather switch { "storm" => -12, "rain" => -22, "snow" => -22, "overcast" => -22, "fog" => -30, _ => -25 };
            double centre = kind is LocationKind.Forest or LocationKind.Meadow ? 900 : 500;
            bed.Add("wind", new WindLayer(Stream("wind"), windDb, centre, storm ? 1 : 0.7, storm ? 0.6 : 0, 0));
        }

        if (rain) bed.Add("rain", new RainLayer(Stream("rain"), storm ? -8 : -12, storm ? 1 : 0.55, muffled: false));

        bool wild = kind is LocationKind.Forest or LocationKind.Meadow;
        if (morning && !rain && weather != "snow" && kind != LocationKind.Desert)
            bed.Add("birds", new BirdsLayer(Stream("birds"), wild ? -10 : -18, wild ? 5 : 2));
        bool quietNight = kind is not (LocationKind.Street or LocationKind.Alley or LocationKind.Harbour);
        if (night && !rain && weather != "snow" && quietNight)
            bed.Add("crickets", new CricketsLayer(Stream("crickets"), wild ? -12 : -16, wild ? 6 : 4));
        return bed;
    }

    void Add(string name, IAmbienceLayer layer)
    {
        names.Add(name);
        layers.Add(layer);
    }

    /// <summary>Writes (not adds) the next left.Length samples of the bed into both channels.</summary>
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        right.Clear();
        foreach (var layer in layers) layer.AddTo(left, right);
    }
}
