using System.Collections.Immutable;
using Kinora.Core;
using Kinora.Script;

namespace Kinora.Production;

/// <summary>
/// Resolves each scene heading's location to a place in the bible: a kind of set from the place words,
/// a layout seed from the film's seed and the name, and the film's date and latitude.
/// </summary>
public static class Locations
{
    public static ImmutableArray<LocationSpec> Resolve(Screenplay screenplay, IReadOnlyList<LocationSpec> existing, long seed)
    {
        var result = ImmutableArray.CreateBuilder<LocationSpec>();
        string allText = string.Join(" ", screenplay.Scenes.SelectMany(s => s.Elements.OfType<ActionElement>().Select(a => a.Text))).ToLowerInvariant();
        int day = DayOfYear(allText, seed);
        double latitude = Latitude(screenplay, seed);
        foreach (var scene in screenplay.Scenes)
        {
            string name = NameOf(scene);
            if (result.Any(l => l.Name == name)) continue;
            var kept = existing.FirstOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (kept is not null) { result.Add(kept); continue; }
            result.Add(new LocationSpec(name, KindOf(scene), (long)(StableHash.Combine((ulong)seed, StableHash.Of(name)) % 1_000_000), latitude, day));
        }
        foreach (var l in existing)
            if (!result.Any(r => r.Name == l.Name)) result.Add(l);
        return result.ToImmutable();
    }

    /// <summary>The bible's name for a scene's place: the heading's location in capitals.</summary>
    public static string NameOf(Scene scene) => (scene.Location.Length > 0 ? scene.Location : scene.Heading).Trim().ToUpperInvariant();

    public static bool IsInterior(Scene scene) => scene.IntExt.StartsWith("INT", StringComparison.OrdinalIgnoreCase) && !scene.IntExt.Contains("EXT", StringComparison.OrdinalIgnoreCase);

    public static LocationKind KindOf(Scene scene)
    {
        // The most specific part of "LIGHTHOUSE ISLAND - JETTY" is the last one; try it first.
        var parts = NameOf(scene).Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse().ToList();
        bool interior = IsInterior(scene);
        foreach (var part in parts)
        {
            string p = " " + part.ToLowerInvariant() + " ";
            foreach (var (word, kind) in Vocabulary.Places)
            {
                if (!Vocabulary.HasWord(p, word)) continue;
                if (interior && kind is not (LocationKind.Kitchen or LocationKind.Diner or LocationKind.Office or LocationKind.Warehouse)) break;
                return kind;
            }
        }
        // Words the place list does not know ("THE WOODS", "BOULEVARD"): the nearest kind of set in meaning.
        foreach (var part in parts)
        {
            if (Vocabulary.KindOfPlace(part) is not { } kind) continue;
            if (interior && kind is not (LocationKind.Kitchen or LocationKind.Diner or LocationKind.Office or LocationKind.Warehouse or LocationKind.Interior)) break;
            return kind;
        }
        if (interior) return LocationKind.Interior;
        string text = string.Join(" ", scene.Elements.OfType<ActionElement>().Select(a => a.Text)).ToLowerInvariant();
        foreach (var (word, kind) in Vocabulary.Places)
            if (Vocabulary.HasWord(text, word) && kind is not (LocationKind.Kitchen or LocationKind.Diner or LocationKind.Office or LocationKind.Warehouse or LocationKind.Interior))
                return kind;
        return LocationKind.Street;
    }

    static int DayOfYear(string text, long seed)
    {
        if (text.Contains("summer")) return 190;
        if (text.Contains("winter") || text.Contains("snow")) return 15;
        if (text.Contains("autumn") || text.Contains("fall ")) return 290;
        if (text.Contains("spring")) return 110;
        var rng = Pcg32.For(seed, "story/date");
        return 100 + rng.Next(180);
    }

    static double Latitude(Screenplay screenplay, long seed)
    {
        var rng = Pcg32.For(seed, "story/latitude");
        bool desert = screenplay.Scenes.Any(s => KindOf(s) == LocationKind.Desert);
        return Math.Round(desert ? 20 + rng.Range(0, 12) : 38 + rng.Range(0, 18), 1);
    }
}
