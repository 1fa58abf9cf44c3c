namespace Kinora.Production;

/// <summary>
/// The words Kinora understands in action lines, scene headings and descriptions, mapped onto its own terms:
/// verbs onto the actor's actions, place words onto kinds of set, weather and time words onto the story clock.
/// Ordered lists, not dictionaries, so the first (most specific) match wins and iteration order is fixed.
/// </summary>
public static partial class Vocabulary
{
    /// <summary>
    /// Whether text holds the word or phrase as whole words (a plural "s"/"es" allowed): "sea" is not in
    /// "searches", "rain" is not in "raincoat".
    /// </summary>
    public static bool HasWord(string text, string word) => IndexOfWord(text, word) >= 0;

    public static int IndexOfWord(string text, string word)
    {
        int from = 0;
        while (true)
        {
            int i = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return -1;
            int end = i + word.Length;
            if (end < text.Length && text[end] == 's') end++;
            else if (end + 1 < text.Length && text[end] == 'e' && text[end + 1] == 's') end += 2;
            bool startOk = i == 0 || !char.IsLetter(text[i - 1]);
            bool endOk = end >= text.Length || !char.IsLetter(text[end]);
            if (startOk && endOk) return i;
            from = i + 1;
        }
    }

    /// <summary>Word stems of action lines → the action vocabulary the world animates.</summary>
    public static readonly IReadOnlyList<(string Stem, string Verb)> Verbs =
    [
        ("run", "run"), ("ran ", "run"), ("rush", "run"), ("dash", "run"), ("chase", "run"), ("sprint", "run"),
        ("walk", "walk"), ("climb", "walk"), ("stagger", "walk"), ("follow", "walk"), ("cross", "walk"),
        ("step", "walk"), ("approach", "walk"), ("head", "walk"), ("go ", "walk"), ("goes", "walk"), ("move", "walk"),
        ("wander", "walk"), ("stroll", "walk"), ("lead", "walk"),
        ("enter", "enter"), ("arrive", "enter"), ("comes in", "enter"),
        ("leave", "exit"), ("exit", "exit"), ("depart", "exit"),
        ("sit", "sit"), ("sat ", "sit"), ("kneel", "sit"),
        ("lies down", "lie"), ("lie down", "lie"), ("lay down", "lie"), ("lies on", "lie"), ("lie on", "lie"), ("lies back", "lie"),
        ("lying", "lie"), ("stretches out", "lie"), ("gets up", "stand"), ("get up", "stand"), ("got up", "stand"),
        ("turn", "turn"), ("spin", "turn"),
        ("look", "look"), ("see", "look"), ("watch", "look"), ("stare", "look"), ("gaze", "look"), ("search", "look"),
        ("notice", "look"), ("find", "look"), ("spot", "look"),
        ("pick", "pick up"), ("lift", "pick up"), ("grab", "pick up"), ("haul", "pick up"), ("take", "pick up"),
        ("carr", "pick up"), ("hold", "pick up"),
        ("point", "gesture"), ("wave", "gesture"), ("pour", "gesture"), ("trim", "gesture"), ("show", "gesture"),
        ("cook", "gesture"), ("chop", "gesture"), ("radio", "gesture"), ("shrug", "gesture"), ("nod", "gesture"),
        ("stand", "stand"), ("wait", "stand"), ("shiver", "stand"), ("cling", "stand"),
    ];

    /// <summary>
    /// Place words → the kind of set built for them. The most specific words come first. Words not here ("woods",
    /// "boulevard") go through <see cref="PlaceConcepts"/>.
    /// </summary>
    public static readonly IReadOnlyList<(string Word, LocationKind Kind)> Places =
    [
        ("kitchen", LocationKind.Kitchen), ("diner", LocationKind.Diner), ("cafe", LocationKind.Diner), ("restaurant", LocationKind.Kitchen),
        ("office", LocationKind.Office), ("warehouse", LocationKind.Warehouse), ("depot", LocationKind.Warehouse), ("factory", LocationKind.Warehouse),
        ("alley", LocationKind.Alley), ("jetty", LocationKind.Harbour), ("pier", LocationKind.Harbour), ("harbour", LocationKind.Harbour),
        ("harbor", LocationKind.Harbour), ("dock", LocationKind.Harbour), ("port", LocationKind.Harbour), ("marina", LocationKind.Harbour),
        ("market", LocationKind.Street), ("village", LocationKind.Street), ("school", LocationKind.Street),
        ("lighthouse island", LocationKind.Island), ("island", LocationKind.Island), ("cliff", LocationKind.Island), ("lighthouse", LocationKind.Island),
        ("beach", LocationKind.Beach), ("shore", LocationKind.Beach), ("coast road", LocationKind.Road), ("coastal road", LocationKind.Road),
        ("road", LocationKind.Road), ("highway", LocationKind.Road), ("car", LocationKind.Road),
        ("coast", LocationKind.Beach), ("sea", LocationKind.Beach), ("desert", LocationKind.Desert), ("dune", LocationKind.Desert), ("mars", LocationKind.Desert),
        ("forest", LocationKind.Forest), ("jungle", LocationKind.Forest),
        ("meadow", LocationKind.Meadow), ("hill", LocationKind.Meadow), ("field", LocationKind.Meadow), ("park", LocationKind.Meadow),
        ("garden", LocationKind.Meadow), ("farm", LocationKind.Meadow),
        ("street", LocationKind.Street), ("city", LocationKind.Street), ("avenue", LocationKind.Street), ("town", LocationKind.Street),
        ("square", LocationKind.Street),
    ];

    /// <summary>Scene-heading times of day → local solar hour; null means "follows the previous scene".</summary>
    public static double? HourOf(string timeOfDay, double sunrise, double sunset) => timeOfDay.Trim().ToUpperInvariant() switch
    {
        "DAWN" or "SUNRISE" or "FIRST LIGHT" => sunrise + 0.1,
        "MORNING" or "EARLY MORNING" => sunrise + 2.0,
        "DAY" or "DAYTIME" => 11.0,
        "NOON" or "MIDDAY" => 12.0,
        "AFTERNOON" or "LATE AFTERNOON" => 15.5,
        "SUNSET" or "DUSK" or "GOLDEN HOUR" => sunset - 0.25,
        "EVENING" => sunset + 0.6,
        "NIGHT" or "LATE NIGHT" => 23.0,
        "MIDNIGHT" => 0.0,
        _ => null,
    };

    /// <summary>Words that set the weather; later entries never override earlier ones in the same text.</summary>
    public static readonly IReadOnlyList<(string Word, string Weather)> Weather =
    [
        ("storm", "storm"), ("thunder", "storm"), ("gale", "storm"), ("snow", "snow"), ("blizzard", "snow"),
        ("rain", "rain"), ("drizzle", "rain"), ("downpour", "rain"), ("wet", "rain"),
        ("fog", "fog"), ("mist", "fog"), ("haze", "fog"), ("overcast", "overcast"), ("cloudy", "overcast"), ("grey sky", "overcast"),
        ("sunny", "clear"), ("clear", "clear"), ("sunshine", "clear"),
    ];

    /// <summary>Words after a weather word that say it has ended ("the storm is gone").</summary>
    public static readonly IReadOnlyList<string> WeatherEnds = ["gone", "over", "passed", "cleared", "stops", "stopped", "ends", "lifts"];

    public static readonly IReadOnlyList<(string Word, Kinora.Core.Rgb Colour)> Colours =
    [
        ("yellow", new(222, 184, 40)), ("red", new(176, 38, 36)), ("crimson", new(150, 20, 40)), ("scarlet", new(190, 30, 30)),
        ("orange", new(214, 110, 36)), ("green", new(60, 110, 60)), ("olive", new(100, 104, 56)), ("blue", new(46, 78, 150)),
        ("navy", new(30, 40, 80)), ("teal", new(40, 120, 120)), ("purple", new(100, 56, 120)), ("pink", new(214, 130, 160)),
        ("white", new(226, 224, 218)), ("black", new(28, 28, 30)), ("grey", new(128, 128, 130)), ("gray", new(128, 128, 130)),
        ("brown", new(110, 74, 46)), ("tan", new(176, 144, 100)), ("beige", new(200, 184, 150)), ("silver", new(180, 182, 188)),
        ("gold", new(200, 160, 60)), ("cream", new(230, 220, 190)),
    ];

    public static readonly IReadOnlyList<(string Word, string Top)> Garments =
    [
        ("spacesuit", "spacesuit"), ("space suit", "spacesuit"), ("astronaut", "spacesuit"), ("trench coat", "coat"), ("oilskin", "raincoat"),
        ("raincoat", "raincoat"), ("coat", "coat"), ("jacket", "jacket"), ("dress", "dress"), ("apron", "apron"), ("chef", "apron"),
        ("suit", "suit"), ("sweater", "shirt"), ("jumper", "shirt"), ("shirt", "shirt"), ("t-shirt", "shirt"), ("overalls", "jacket"),
        ("hi-vis", "jacket"), ("vest", "jacket"), ("uniform", "jacket"),
    ];

    /// <summary>Words for workwear whose colour is its purpose: a high-visibility vest or jacket is fluorescent yellow.</summary>
    public static readonly IReadOnlyList<string> HighVisibility = ["hi-vis", "hi vis", "high-visibility", "high visibility", "high-vis", "safety vest"];

    /// <summary>The fluorescent yellow-green of high-visibility workwear, as sRGB a display can show.</summary>
    public static readonly Kinora.Core.Rgb SafetyYellow = new(206, 226, 42);

    public static readonly IReadOnlyList<(string Word, string Hair)> HairStyles =
    [
        ("braid", "braid"), ("plait", "braid"), ("ponytail", "long"), ("bun", "bun"), ("bald", "bald"), ("long hair", "long"),
        ("curls", "long"), ("short hair", "short"), ("crew cut", "short"),
    ];

    public static readonly IReadOnlyList<(string Word, string Hat)> Hats =
    [
        ("helmet", "helmet"), ("hood", "hood"), ("cap", "cap"), ("fedora", "hat"), ("hat", "hat"), ("beanie", "cap"),
    ];
}
