using Kinora.Core;

namespace Kinora.Production;

/// <summary>
/// The vocabulary's categories as concepts for the sentence-embedding model: a word the exact lists do not know
/// ("woods", "boulevard", "crimson", "twilight") goes to the nearest concept above the category's threshold.
/// Exact words always win; these are asked only after them. Thresholds were set from measured similarities of
/// synonyms and of unrelated words (VocabularyEmbeddingTests), between the two.
/// </summary>
public static partial class Vocabulary
{
    /// <summary>Kinds of set. The anchors are the place words of <see cref="Places"/> and a few plain descriptions.</summary>
    public static readonly ConceptSet<LocationKind> PlaceConcepts = new("place", 0.5, "{0}",
    [
        (LocationKind.Street, ["street", "city street", "avenue", "town square", "city", "town"]),
        (LocationKind.Alley, ["alley", "back alley"]),
        (LocationKind.Interior, ["room", "inside a house", "hallway"]),
        (LocationKind.Office, ["office"]),
        (LocationKind.Kitchen, ["kitchen", "restaurant kitchen"]),
        (LocationKind.Diner, ["diner", "cafe", "coffee shop"]),
        (LocationKind.Warehouse, ["warehouse", "factory"]),
        (LocationKind.Forest, ["forest", "jungle", "trees"]),
        (LocationKind.Meadow, ["meadow", "field", "park", "farm", "garden", "grassy hill"]),
        (LocationKind.Beach, ["beach", "coast", "sea"]),
        (LocationKind.Harbour, ["harbour", "dock", "pier", "port"]),
        (LocationKind.Desert, ["desert", "sand"]),
        (LocationKind.Road, ["road", "highway"]),
        (LocationKind.Island, ["island", "cliff", "lighthouse"]),
    ]);

    /// <summary>Colours, by the names of <see cref="Colours"/> and a few shades of each.</summary>
    public static readonly ConceptSet<string> ColourConcepts = new("colour", 0.5, "{0}",
    [
        ("red", ["red", "deep red", "dark red", "blood red", "cherry red", "brick red"]),
        ("orange", ["orange"]),
        ("yellow", ["yellow", "bright yellow"]),
        ("green", ["green", "dark green", "grass green"]),
        ("olive", ["olive"]),
        ("blue", ["blue", "sky blue", "dark blue", "light blue"]),
        ("navy", ["navy blue"]),
        ("teal", ["teal"]),
        ("purple", ["purple"]),
        ("pink", ["pink", "pale pink"]),
        ("white", ["white", "snow white"]),
        ("black", ["black", "pitch black"]),
        ("grey", ["grey", "gray", "dark grey", "ash grey"]),
        ("brown", ["brown", "dark brown", "chestnut brown"]),
        ("tan", ["tan"]),
        ("beige", ["beige"]),
        ("silver", ["silver"]),
        ("gold", ["gold"]),
        ("cream", ["cream"]),
    ]);

    /// <summary>Times of day as scene headings write them; each word is put as "at …" ("at twilight"), which the model reads best.</summary>
    public static readonly ConceptSet<string> TimeOfDayConcepts = new("time of day", 0.6, "at {0}",
    [
        ("DAWN", ["dawn", "sunrise"]),
        ("MORNING", ["morning"]),
        ("DAY", ["day", "daytime"]),
        ("NOON", ["noon", "midday"]),
        ("AFTERNOON", ["afternoon"]),
        ("DUSK", ["dusk", "sunset", "evening dusk"]),
        ("EVENING", ["evening"]),
        ("NIGHT", ["night"]),
        ("MIDNIGHT", ["midnight"]),
    ]);

    /// <summary>Weather, by the words of <see cref="Weather"/>.</summary>
    public static readonly ConceptSet<string> WeatherConcepts = new("weather", 0.6, "{0}",
    [
        ("storm", ["storm", "thunder"]),
        ("snow", ["snow"]),
        ("rain", ["rain", "rainfall"]),
        ("fog", ["fog", "mist"]),
        ("overcast", ["overcast", "cloudy sky"]),
        ("clear", ["sunny", "clear sky"]),
    ]);

    /// <summary>What a character wears on top, by the garments of <see cref="Garments"/>.</summary>
    public static readonly ConceptSet<string> GarmentConcepts = new("garment", 0.42, "{0}",
    [
        ("spacesuit", ["spacesuit"]),
        ("raincoat", ["raincoat"]),
        ("coat", ["coat", "overcoat"]),
        ("jacket", ["jacket"]),
        ("dress", ["dress"]),
        ("apron", ["apron"]),
        ("suit", ["suit and tie"]),
        ("shirt", ["shirt", "sweater"]),
    ]);

    /// <summary>A kind of set for a place name the exact list does not know ("THE WOODS", "BOULEVARD"), or null.</summary>
    public static LocationKind? KindOfPlace(string phrase) => PlaceConcepts.Nearest(StripArticle(phrase))?.Value;

    /// <summary>A colour for a colour word: the exact list first, then the nearest colour concept ("crimson" is red), or null.</summary>
    public static Rgb? ColourOf(string word)
    {
        string w = word.Trim().ToLowerInvariant();
        if (w.Length == 0 || !w.All(c => char.IsLetter(c) || c == '-')) return null;
        foreach (var (name, colour) in Colours) if (name == w) return colour;
        if (ColourConcepts.Nearest(w) is not { } m) return null;
        foreach (var (name, colour) in Colours) if (name == m.Value) return colour;
        return null;
    }

    /// <summary>The heading time of day ("DUSK", "NIGHT") a free time word means ("TWILIGHT" is DUSK), or null.</summary>
    public static string? TimeOfDayOf(string phrase) => TimeOfDayConcepts.Nearest(phrase)?.Value;

    /// <summary>The weather ("rain", "fog"…) a free weather word means ("downpour" is rain), or null.</summary>
    public static string? WeatherOfWord(string word) => WeatherConcepts.Nearest(word)?.Value;

    /// <summary>The top ("coat", "shirt"…) a free garment word means ("cardigan" is a shirt), or null.</summary>
    public static string? GarmentOf(string word) => GarmentConcepts.Nearest(word)?.Value;

    static string StripArticle(string phrase)
    {
        string p = phrase.Trim();
        foreach (var article in (string[])["THE ", "A ", "AN "])
            if (p.StartsWith(article, StringComparison.OrdinalIgnoreCase)) return p[article.Length..];
        return p;
    }
}
