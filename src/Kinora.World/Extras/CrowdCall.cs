using System.Text.RegularExpressions;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The assistant director's call for background: how many extras a scene wants, adults and children, read from
/// the kind of place (a diner has customers, a kitchen its staff, a forest no one), the hour (streets thin out
/// at night; kitchens and diners keep working), the weather (rain empties the outdoors) and the words of the
/// scene and of the film's premise ("busy", "crowded", "market" fill it; "children", "school" bring children;
/// "empty", "deserted", "alone" clear it). Bounded by <see cref="Most"/> so a crowd stays cheap to draw.
/// </summary>
public sealed partial record CrowdCall(int Adults, int Children, bool Busy)
{
    /// <summary>The most extras a scene is given.</summary>
    public const int Most = 8;

    public static readonly CrowdCall None = new(0, 0, false);

    public int Count => Adults + Children;

    /// <summary>The call for one scene of a production.</summary>
    public static CrowdCall For(ScenePlan scene, Kinora.Production.Production production)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var words = string.Join(' ', new[] { scene.Heading, scene.Location.Name }
            .Concat(scene.Beats.Where(b => b.Kind is BeatKind.Action or BeatKind.Establish).Select(b => b.Text))).ToLowerInvariant();
        var premise = production.Screenplay.TitlePage.FirstOrDefault(p => p.Key.Equals("Source", StringComparison.OrdinalIgnoreCase)).Value?.ToLowerInvariant() ?? "";
        return For(scene.Location.Kind, scene.Clock.Hour, scene.Weather, words, premise);
    }

    /// <summary>The call from its inputs: the set's kind, the hour (0..24), the weather, the scene's words and the premise's.</summary>
    public static CrowdCall For(LocationKind kind, double hour, string weather, string sceneWords, string premise = "")
    {
        if (EmptyWords().IsMatch(sceneWords)) return None;
        double adults = kind switch
        {
            LocationKind.Street => 5,
            LocationKind.Harbour => 4,
            LocationKind.Diner => 4,
            LocationKind.Kitchen => 3,
            LocationKind.Office => 3,
            LocationKind.Beach => 3,
            LocationKind.Warehouse => 2,
            LocationKind.Alley => 1,
            _ => 0,
        };
        bool indoors = kind is LocationKind.Diner or LocationKind.Kitchen or LocationKind.Office or LocationKind.Warehouse or LocationKind.Interior;
        bool night = hour < 6 || hour >= 21.5;
        if (!indoors)
        {
            if (night) adults *= 0.4;
            adults *= weather switch { "rain" or "storm" or "snow" => 0.5, "fog" => 0.7, _ => 1 };
        }
        else if (night && kind is LocationKind.Office or LocationKind.Warehouse) adults *= 0.3;

        bool busy = BusyWords().IsMatch(sceneWords) || (BusyWords().IsMatch(premise) && adults > 0);
        if (busy && adults > 0) adults = adults * 1.4 + 2;
        int children = 0;
        bool outdoorsPlace = kind is LocationKind.Street or LocationKind.Harbour or LocationKind.Beach or LocationKind.Meadow;
        if (ChildWords().IsMatch(sceneWords) && !night) children = 3;
        else if (ChildWords().IsMatch(premise) && outdoorsPlace && !night) children = 2;
        int a = (int)Math.Round(adults, MidpointRounding.AwayFromZero);
        a = Math.Min(a, Most - children);
        return a + children == 0 ? None : new CrowdCall(a, children, busy);
    }

    [GeneratedRegex(@"\b(empty|deserted|abandoned|alone|desolate)\b")]
    private static partial Regex EmptyWords();

    [GeneratedRegex(@"\b(busy|crowded|crowds?|bustl\w*|packed|market\w*|rush hour|full house|lunch rush|staff)\b")]
    private static partial Regex BusyWords();

    [GeneratedRegex(@"\b(child|children|kids?|school\w*|playground|pupils)\b")]
    private static partial Regex ChildWords();
}
