namespace Kinora.Script;

/// <summary>
/// The words the rule-based planner knows: roles, places, times, weather and verbs, each mapped to what the film needs.
/// Free words outside these lists fall back to generic choices; the embedding model will widen this later.
/// </summary>
internal static class StoryLexicon
{
    /// <summary>A role noun: its singular label, default ages, gender ('f', 'm' or '?'), a place it implies, and a look.</summary>
    public sealed record Role(string Label, int AgeLow, int AgeHigh, char Gender, string? ImpliedPlace, string[] Looks);

    /// <summary>A place: how a heading names it, and the settings a scene there can use (first is where it opens).</summary>
    public sealed record Place(string Kind, string Name, (string IntExt, string Setting)[] Settings, string[] Features, string[] Props, string[] Descriptions);

    public static readonly Dictionary<string, Role> Roles = Build(new (string[] Forms, Role Role)[]
    {
        (["lighthouse keeper", "lighthouse keepers", "keeper", "keepers"], new("lighthouse keeper", 60, 69, '?', "lighthouse", ["in an oilskin coat", "grey braid", "weathered hands"])),
        (["sailor", "sailors"], new("sailor", 30, 39, '?', null, ["soaked", "in a torn yellow jacket", "salt-stiff hair"])),
        (["fisherman", "fishermen", "fisher", "fishers"], new("fisher", 40, 59, '?', "harbour", ["in rubber boots", "a knitted cap"])),
        (["detective", "detectives", "inspector"], new("detective", 40, 49, '?', null, ["in a long coat", "tired eyes", "a notebook in one pocket"])),
        (["violinist", "violinists"], new("violinist", 20, 29, 'f', null, ["a violin case on her back", "in a dark concert dress"])),
        (["musician", "musicians"], new("musician", 20, 39, '?', null, ["a guitar case", "ink-stained fingers"])),
        (["chef", "chefs"], new("chef", 30, 49, '?', "kitchen", ["in kitchen whites", "a burn scar on one wrist", "a towel over the shoulder", "a shaved head", "a red bandana"])),
        (["girl", "girls"], new("girl", 10, 12, 'f', null, ["bright eyes", "scuffed boots", "a gap in her teeth"])),
        (["boy", "boys"], new("boy", 10, 12, 'm', null, ["muddy knees", "a gap-toothed grin"])),
        (["child", "children", "kid", "kids"], new("child", 8, 11, '?', null, ["a school satchel", "untied laces"])),
        (["worker", "workers"], new("worker", 30, 39, '?', null, ["in a high-visibility vest", "steel-capped boots"])),
        (["astronaut", "astronauts"], new("astronaut", 30, 39, '?', null, ["in a white pressure suit", "a scratched visor"])),
        (["friend", "friends"], new("friend", 20, 29, '?', null, ["sunglasses", "a denim jacket", "a faded band T-shirt", "a straw hat", "a camera round the neck", "a flowered shirt"])),
        (["woman", "women", "lady"], new("woman", 30, 49, 'f', null, ["a wool coat"])),
        (["man", "men"], new("man", 30, 49, 'm', null, ["a worn jacket"])),
        (["doctor", "doctors"], new("doctor", 40, 49, '?', null, ["in a white coat"])),
        (["nurse", "nurses"], new("nurse", 30, 39, '?', null, ["in scrubs"])),
        (["soldier", "soldiers"], new("soldier", 20, 29, '?', null, ["in fatigues"])),
        (["pilot", "pilots"], new("pilot", 30, 39, '?', null, ["in a flight jacket"])),
        (["teacher", "teachers"], new("teacher", 40, 49, '?', "school", ["chalk on one sleeve"])),
        (["student", "students"], new("student", 18, 22, '?', "school", ["a heavy backpack"])),
        (["farmer", "farmers"], new("farmer", 50, 59, '?', null, ["in overalls"])),
        (["painter", "painters", "artist", "artists"], new("painter", 30, 39, '?', null, ["paint on the sleeves"])),
        (["scientist", "scientists"], new("scientist", 40, 49, '?', null, ["in a lab coat"])),
        (["robot", "robots"], new("robot", 1, 1, '?', null, ["dented steel", "one blinking eye"])),
        (["stranger", "strangers", "traveller", "travellers", "traveler"], new("stranger", 30, 49, '?', null, ["a travel-worn coat"])),
        (["thief", "thieves"], new("thief", 20, 29, '?', null, ["dark gloves"])),
        (["dancer", "dancers"], new("dancer", 20, 29, '?', null, ["in soft shoes"])),
        (["singer", "singers"], new("singer", 20, 39, '?', null, ["a silk scarf"])),
        (["mother", "mum", "mom"], new("mother", 30, 49, 'f', null, ["a knitted cardigan"])),
        (["father", "dad"], new("father", 30, 49, 'm', null, ["rolled sleeves"])),
        (["grandmother", "grandma"], new("grandmother", 70, 79, 'f', null, ["silver hair"])),
        (["grandfather", "grandpa"], new("grandfather", 70, 79, 'm', null, ["a flat cap"])),
        (["captain"], new("captain", 50, 59, '?', null, ["a peaked cap"])),
        (["driver", "drivers"], new("driver", 30, 39, '?', null, ["driving gloves"])),
    });

    public static readonly Dictionary<string, Place> Places = BuildPlaces(new (string[] Forms, Place Place)[]
    {
        (["lighthouse"], new("lighthouse", "LIGHTHOUSE", [("EXT", "LIGHTHOUSE"), ("INT", "LIGHTHOUSE - LAMP ROOM"), ("INT", "LIGHTHOUSE - STAIRWELL"), ("INT", "KEEPER'S COTTAGE")],
            ["window", "great lens", "door", "spiral stair"], ["lantern", "logbook", "oil can"], ["A white lighthouse stands against the sky.", "The great lens turns, slow and patient."])),
        (["island"], new("island", "ISLAND", [("EXT", "ISLAND"), ("EXT", "ISLAND - JETTY"), ("EXT", "ISLAND - CLIFF"), ("EXT", "ISLAND - SHORE")],
            ["rock shelf", "jetty", "cliff edge", "path"], ["rope", "lantern", "flare"], ["Waves break on black rocks.", "Gulls wheel over a rock in the sea."])),
        (["city", "city street", "city streets", "street", "streets"], new("city", "CITY STREET", [("EXT", "CITY STREET"), ("EXT", "CITY STREET - ALLEY"), ("INT", "ALL-NIGHT CAFE"), ("EXT", "CITY STREET - BUS SHELTER")],
            ["streetlamp", "shop window", "corner", "doorway"], ["photograph", "umbrella", "torch"], ["Neon smears across wet asphalt.", "Traffic hisses past shuttered shops."])),
        (["pier", "jetty", "dock"], new("pier", "PIER", [("EXT", "PIER"), ("EXT", "PIER - END OF THE PIER")],
            ["railing", "bench", "mooring post"], ["coil of rope", "violin case"], ["Old boards run out over grey water.", "The pier creaks in the tide."])),
        (["restaurant kitchen", "kitchen", "restaurant"], new("kitchen", "RESTAURANT KITCHEN", [("INT", "RESTAURANT KITCHEN"), ("INT", "RESTAURANT KITCHEN - THE PASS"), ("INT", "RESTAURANT KITCHEN - WALK-IN COOLER"), ("INT", "RESTAURANT - DINING ROOM")],
            ["stove", "pass", "counter", "sink"], ["knife", "copper pan", "ladle", "plate"], ["Pans roar on the burners. Steam everywhere.", "Tickets flutter on the rail above the pass."])),
        (["forest", "woods", "wood"], new("forest", "FOREST", [("EXT", "FOREST"), ("EXT", "FOREST - CLEARING"), ("EXT", "FOREST - STREAM")],
            ["old oak", "fallen log", "path"], ["branch", "pine cone"], ["Tall trees close over a narrow path.", "Light falls in shafts between the trunks."])),
        (["meadow", "field", "fields"], new("meadow", "MEADOW", [("EXT", "MEADOW"), ("EXT", "MEADOW - STONE WALL")],
            ["long grass", "stone wall", "gate"], ["flower", "string"], ["Long grass ripples in the wind.", "Wildflowers to the horizon."])),
        (["hill", "hilltop", "hills"], new("hill", "HILL", [("EXT", "HILL"), ("EXT", "HILL - SUMMIT")],
            ["summit", "lone tree", "slope"], ["string", "stone"], ["A green hill rises against the sky.", "The wind is strong on the hillside."])),
        (["warehouse"], new("warehouse", "WAREHOUSE", [("INT", "WAREHOUSE"), ("INT", "WAREHOUSE - LOADING BAY"), ("INT", "WAREHOUSE - AISLE SEVEN"), ("INT", "WAREHOUSE - FIRE EXIT")],
            ["shelving", "pallet", "fire exit", "forklift"], ["box", "clipboard", "trolley"], ["Steel shelving runs to the roof, stacked with boxes.", "Strip lights hum over a concrete floor."])),
        (["desert"], new("desert", "DESERT", [("EXT", "DESERT"), ("EXT", "DESERT - RIDGE"), ("EXT", "DESERT - CRATER")],
            ["ridge", "boulder", "dune"], ["sample bag", "radio"], ["Red dust to every horizon.", "Rocks cast long, sharp shadows."])),
        (["diner"], new("diner", "DINER", [("INT", "DINER"), ("INT", "DINER - BOOTH"), ("EXT", "DINER - PARKING LOT")],
            ["booth", "counter", "jukebox", "door"], ["menu", "coffee cup", "milkshake"], ["Chrome and red vinyl. A jukebox glows.", "A waitress tops up coffee along the counter."])),
        (["coastal road", "coast road", "road", "highway"], new("road", "COASTAL ROAD", [("EXT", "COASTAL ROAD"), ("INT", "VINTAGE CAR - COASTAL ROAD"), ("EXT", "COASTAL ROAD - LAY-BY")],
            ["guard rail", "cliff edge", "car door"], ["map", "radio dial", "cool box"], ["The road winds along cliffs above a glittering sea.", "A vintage car crests the rise."])),
        (["harbour", "harbor", "port"], new("harbour", "HARBOUR", [("EXT", "HARBOUR"), ("EXT", "HARBOUR - QUAY")],
            ["quay", "boat", "bollard"], ["net", "crate of fish"], ["Fishing boats knock together at their moorings.", "Gulls squabble over the quay."])),
        (["market", "marketplace", "market square"], new("market", "MARKET", [("EXT", "MARKET"), ("EXT", "MARKET - FISH STALL")],
            ["stall", "awning", "weighing scale"], ["basket", "apple"], ["Stalls go up under striped awnings.", "Traders call out their prices."])),
        (["school", "schoolyard", "classroom"], new("school", "SCHOOL", [("EXT", "SCHOOL"), ("INT", "SCHOOL - CLASSROOM")],
            ["gate", "bell", "playground"], ["satchel", "book"], ["A bell rings over a small schoolyard.", "Children's coats hang by the door."])),
        (["village", "fishing village", "town"], new("village", "FISHING VILLAGE", [("EXT", "FISHING VILLAGE"), ("EXT", "FISHING VILLAGE - MAIN STREET")],
            ["cottage", "lane", "wall"], ["bicycle", "basket"], ["Whitewashed cottages climb above the sea.", "Smoke rises from a dozen chimneys."])),
        (["beach", "shore", "seashore"], new("beach", "BEACH", [("EXT", "BEACH"), ("EXT", "BEACH - DUNES")],
            ["waterline", "dune", "rock pool"], ["shell", "towel"], ["Waves run up the sand and hiss back.", "The beach is wide and empty."])),
        (["house", "cottage", "apartment"], new("house", "HOUSE", [("INT", "HOUSE - KITCHEN"), ("INT", "HOUSE - LIVING ROOM"), ("EXT", "HOUSE")],
            ["window", "table", "door"], ["cup", "letter", "photograph"], ["A quiet room, lived in.", "A clock ticks on the wall."])),
        (["park"], new("park", "PARK", [("EXT", "PARK"), ("EXT", "PARK - BANDSTAND")], ["bench", "pond", "path"], ["newspaper", "ball"], ["Trees and paths and a still pond."])),
        (["station", "train station"], new("station", "TRAIN STATION", [("INT", "TRAIN STATION"), ("EXT", "TRAIN STATION - PLATFORM")], ["platform", "clock", "bench"], ["ticket", "suitcase"], ["A departures board clicks over."])),
        (["mountain", "mountains"], new("mountain", "MOUNTAIN", [("EXT", "MOUNTAIN"), ("EXT", "MOUNTAIN - RIDGE")], ["ridge", "cairn", "ledge"], ["rope", "ice axe"], ["Snow on the peaks, scree below."])),
        (["ship"], new("ship", "BOAT", [("EXT", "BOAT - DECK"), ("INT", "BOAT - CABIN")], ["rail", "wheel", "hatch"], ["rope", "lantern"], ["The deck pitches in the swell."])),
        (["office"], new("office", "OFFICE", [("INT", "OFFICE"), ("INT", "OFFICE - MEETING ROOM")], ["desk", "window", "door"], ["file", "phone"], ["Desks in rows under hard light."])),
    });

    /// <summary>Time words in the prompt and the heading time they give, longest phrases first.</summary>
    public static readonly (string Phrase, string Time)[] Times =
    [
        ("the sun sets", "SUNSET"), ("sun sets", "SUNSET"), ("sunset", "SUNSET"), ("dusk", "DUSK"), ("evening", "DUSK"), ("twilight", "DUSK"),
        ("closing time", "NIGHT"), ("midnight", "NIGHT"), ("night", "NIGHT"), ("nightfall", "NIGHT"), ("tonight", "NIGHT"),
        ("dawn", "DAWN"), ("sunrise", "DAWN"), ("daybreak", "DAWN"), ("the sun rises", "DAWN"), ("sun rises", "DAWN"),
        ("noon", "NOON"), ("midday", "NOON"), ("morning", "MORNING"), ("afternoon", "AFTERNOON"), ("day", "DAY"),
    ];

    /// <summary>What time a story most likely had just before a named time, for scenes the prompt places earlier.</summary>
    public static string Before(string time) => time switch
    {
        "DAWN" => "NIGHT", "SUNSET" or "DUSK" => "AFTERNOON", "NIGHT" => "DUSK", "NOON" => "MORNING", "AFTERNOON" => "NOON", "MORNING" => "DAWN", _ => "DAY",
    };

    public static readonly (string Word, string Weather)[] Weathers =
    [
        ("stormy", "STORM"), ("storm", "STORM"), ("thunder", "STORM"), ("rainy", "RAIN"), ("rain", "RAIN"), ("raining", "RAIN"), ("wet", "RAIN"),
        ("snowy", "SNOW"), ("snow", "SNOW"), ("foggy", "FOG"), ("fog", "FOG"), ("misty", "FOG"), ("windy", "WIND"), ("summer", "SUN"), ("sunny", "SUN"),
    ];

    public static readonly string[] Verbs =
    [
        "rescue", "watch", "search", "find", "argue", "cook", "follow", "show", "lift", "clear", "walk", "radio", "leave", "open", "run", "drive",
        "stop", "meet", "chase", "escape", "fight", "dance", "sing", "play", "lose", "wait", "climb", "sail", "fly", "build", "repair", "fix",
        "discover", "hide", "steal", "explore", "return", "race", "cross", "carry", "help", "save", "talk", "eat", "write", "paint", "read",
        "swim", "fish", "work", "train", "teach", "learn", "prepare", "protect", "guard", "visit", "investigate", "track", "hunt", "look",
        "deliver", "celebrate", "sit", "stand", "call", "fall", "rise", "say", "tell", "bring", "take", "give", "get",
    ];

    public static readonly string[] Adjectives =
    [
        "old", "young", "elderly", "teenage", "tired", "missing", "rival", "lonely", "brave", "grumpy", "shy", "busy", "famous", "retired", "lost",
    ];

    public static readonly string[] FemaleNames = ["MARA", "LENA", "ADA", "IRIS", "NORA", "MAYA", "ELSA", "RUTH", "JUNE", "TESS", "ROSA", "ANYA", "CLARA", "HANNA", "VERA", "LUCY", "NELL", "FREYA"];
    public static readonly string[] MaleNames = ["TOM", "JACK", "ELI", "OWEN", "MARCO", "SAM", "LEO", "FINN", "RAFE", "HUGO", "DEV", "NOAH", "IVAN", "KAI", "OSCAR", "BEN", "MILO", "ARTHUR"];

    public static readonly Dictionary<string, int> Numbers = new()
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["pair"] = 2, ["couple"] = 2, ["both"] = 2, ["twin"] = 2, ["twins"] = 2,
    };

    static Dictionary<string, Role> Build((string[] Forms, Role Role)[] rows)
    {
        var d = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var (forms, role) in rows) foreach (var f in forms) d[f] = role;
        return d;
    }

    static Dictionary<string, Place> BuildPlaces((string[] Forms, Place Place)[] rows)
    {
        var d = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (forms, place) in rows) foreach (var f in forms) d[f] = place;
        return d;
    }

    public static bool IsPlural(string form) =>
        form.EndsWith('s') && !form.EndsWith("ss") || form is "children" or "men" or "women" or "fishermen" or "people";
}
