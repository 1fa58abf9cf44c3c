using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// Casts the background of a location: a fixed roster of adults and children per place, drawn from a stream
/// seeded by (film seed, location name, place in the roster), so the third extra at the harbour is the same person
/// in every scene there. Wardrobe follows the place (aprons in a kitchen, oilskins at the harbour, coats in the
/// street) in the film's palette; children are 6 to 12, between 1.15 and 1.5 m tall, slim.
/// </summary>
public static class ExtraCasting
{
    /// <summary>The name of an extra (never a cast name: cast names have no '#').</summary>
    public static string NameOf(LocationSpec location, int k, bool child) =>
        $"#{location.Name.ToUpperInvariant()} {(child ? "CHILD" : "EXTRA")} {k + 1}";

    /// <summary>The k-th adult or child of a location's background, always the same for the same film seed.</summary>
    public static CastMember Cast(LocationSpec location, int k, bool child, long seed, IReadOnlyList<Rgb> palette)
    {
        ArgumentNullException.ThrowIfNull(location);
        string name = NameOf(location, k, child);
        var rng = Pcg32.For(seed, "extra/" + name);
        string wardrobe = child ? rng.Pick(["a jacket", "a shirt", "a dress", "a raincoat"]) : location.Kind switch
        {
            LocationKind.Kitchen => "a white apron",
            LocationKind.Diner => rng.Pick(["a jacket", "a shirt", "a coat", "a dress", "an apron"]),
            LocationKind.Harbour or LocationKind.Beach => rng.Pick(["an oilskin", "a sweater", "a jacket", "a coat"]),
            LocationKind.Office => rng.Pick(["a suit", "a shirt", "a jacket", "a dress"]),
            LocationKind.Warehouse => rng.Pick(["overalls", "hi-vis", "a jacket"]),
            _ => rng.Pick(["a coat", "a jacket", "a shirt", "a dress", "a raincoat", "a suit"]),
        };
        string hat = location.Kind switch
        {
            LocationKind.Harbour => rng.Pick([" a cap", "", " a hat"]),
            LocationKind.Street or LocationKind.Alley => rng.Pick(["", "", " a hat", " a cap"]),
            _ => "",
        };
        string build = child ? " slight" : rng.Pick([" thin", "", "", " stout"]);
        var member = Casting.Describe(name, $"{name},{build}, {wardrobe}{hat}.", seed, 1000 + k, palette);
        if (child)
        {
            int age = 6 + rng.Next(7);
            double height = 1.15 + (age - 6) * 0.05 + rng.Range(-0.03, 0.03);
            member = member with { Age = age, Height = Math.Round(height, 2), Build = "slim", Hat = "none" };
        }
        else if (location.Kind == LocationKind.Kitchen && rng.Next(2) == 0) member = member with { Hat = "cap" };
        return member;
    }
}
