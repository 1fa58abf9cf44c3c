namespace Kinora.Script;

/// <summary>
/// Fragments action lines are built from: the light of each hour, the weather, what a place's features do, what a
/// person does with them and how, and what goes wrong, by mood. Verbs come from the action vocabulary Production reads
/// (walks, crosses, looks, picks up, stands, sits, turns, runs, points, waits), so every line can be staged.
/// Slots: {a} and {b} are names, {f} a feature, {p} a prop.
/// </summary>
internal static class ActionBook
{
    public static readonly Dictionary<string, string[]> Light = new()
    {
        ["NIGHT"] = ["Night.", "Deep night.", "Past midnight.", "Night, and no moon to speak of.", "The dark is total beyond the lamps."],
        ["DAWN"] = ["First light.", "Dawn, grey turning gold.", "The sky pales in the east.", "Dawn. The world holds its breath."],
        ["SUNSET"] = ["The sun hangs low and orange.", "Sunset. Long shadows.", "Golden light, going fast.", "The sun touches the horizon."],
        ["DUSK"] = ["The light is going.", "Dusk. Blue shadows.", "Evening comes on.", "The last of the daylight."],
        ["NOON"] = ["High noon, no shadows.", "Noon. The light is hard and white.", "Midday glare."],
        ["MORNING"] = ["Morning.", "Early morning, the air still cool.", "Morning light, low and clean.", "A bright, young morning."],
        ["AFTERNOON"] = ["Afternoon sun.", "A slow afternoon.", "Late afternoon, warm and still."],
        ["DAY"] = ["Day.", "Broad daylight.", "A clear, ordinary day.", "Daylight, flat and bright."],
    };

    public static readonly Dictionary<string, string[]> Weather = new()
    {
        ["STORM"] = ["A storm howls; rain comes sideways.", "Thunder rolls. The rain does not let up.", "The gale screams and the rain drives in sheets.", "Lightning, then rain like gravel."],
        ["RAIN"] = ["Rain falls steadily.", "A thin rain, endless.", "Rain drums on every surface.", "Puddles shiver in the rain."],
        ["SNOW"] = ["Snow drifts down.", "Snow muffles every sound.", "Fresh snow, untrodden."],
        ["FOG"] = ["Fog hangs low.", "Fog swallows everything past ten paces.", "Mist beads on every surface."],
        ["WIND"] = ["The wind tugs at everything.", "Gusts rattle and moan.", "A hard wind, gusting."],
        ["SUN"] = ["Summer heat shimmers.", "Cloudless, and hot already.", "The heat comes up off the ground."],
        ["CLEARING"] = ["The storm has passed. Everything drips.", "The rain has stopped; the air is washed clean.", "Clouds break apart. The wet ground shines."],
    };

    /// <summary>What a feature does in the picture, by hour: "The jetty {is a black line against the water}."</summary>
    public static readonly Dictionary<string, string[]> FeatureDoes = new()
    {
        ["NIGHT"] = ["is a black shape against the sky", "catches a thin line of light", "creaks somewhere in the dark", "is only an outline now", "glistens under a single lamp"],
        ["DAWN"] = ["comes slowly out of the dark", "is touched with the first pink", "drips with the night's wet", "throws a long, pale shadow"],
        ["SUNSET"] = ["glows copper", "throws a shadow twice its length", "burns gold at the edges", "stands black against the orange"],
        ["DUSK"] = ["fades into blue", "is losing its colour", "stands darker than the sky behind it"],
        ["NOON"] = ["shimmers in the heat", "throws no shadow at all", "is bleached almost white"],
        ["MORNING"] = ["is still wet with dew", "catches the low sun", "stands sharp in the clean light"],
        ["AFTERNOON"] = ["bakes in the sun", "throws a lazy shadow", "is warm to the touch"],
        ["DAY"] = ["stands plain in the daylight", "looks smaller than it should", "is exactly where it has always been", "is scuffed by years of use"],
    };

    /// <summary>What a person does alone with the place: "{a} walks to the {f}".</summary>
    public static readonly string[] Business =
    [
        "{a} walks to the {f}", "{a} crosses to the {f}", "{a} looks at the {f}", "{a} studies the {p}", "{a} picks up the {p}",
        "{a} lifts the {p}", "{a} stands at the {f}", "{a} sits by the {f}", "{a} kneels by the {f}", "{a} runs to the {f}",
        "{a} points at the {f}", "{a} turns toward the {f}", "{a} holds the {p} up to the light", "{a} waits by the {f}",
        "{a} watches the {f}", "{a} steps around the {p}", "{a} takes the {p} from beside the {f}", "{a} searches the {f}",
        "{a} checks the {p}", "{a} heads for the {f}",
    ];

    /// <summary>What two people do with each other.</summary>
    public static readonly string[] Together =
    [
        "{a} turns to {b}", "{a} looks at {b}", "{a} follows {b} to the {f}", "{a} hands {b} the {p}", "{a} watches {b} cross to the {f}",
        "{a} points {b} toward the {f}", "{a} steps between {b} and the {f}", "{a} waits for {b} at the {f}", "{a} takes the {p} from {b}",
        "{a} walks beside {b} toward the {f}", "{a} stands close to {b}", "{a} sits down next to {b}",
    ];

    /// <summary>How it is done, by mood; the empty string is the plainest and most common.</summary>
    public static readonly Dictionary<string, string[]> Manner = new()
    {
        ["tense"] = ["", "", " slowly", ", breathing hard", ", jaw set", " without a word", ", listening", ", then stops dead", " and does not look back", ", one careful step at a time"],
        ["warm"] = ["", "", " slowly", ", smiling despite everything", " without a word", ", unhurried", ", humming under the noise", ", and for once says nothing"],
        ["playful"] = ["", "", " at a run", ", grinning", ", pretending not to care", " with a little skip", ", then spins round", ", arms out like wings"],
        ["lonely"] = ["", "", " slowly", ", alone with the sound of it", " without hurry", ", and looks back once", ", counting the steps"],
        ["instructive"] = ["", "", " carefully", ", back straight", ", feet apart", " and checks twice", ", eyes on the path ahead"],
        ["observational"] = ["", "", " without fuss", ", as every day", ", as they always have", ", the way it has always been done"],
    };

    /// <summary>Manners that only fit someone on the move, and the verbs that move.</summary>
    public static readonly string[] Gaits = ["run", "skip", "spins", "wings", "step", "steps", "look back", "looks back"];

    public static readonly string[] MovingVerbs = ["walk", "cross", "run", "head", "follow", "enter", "come", "arrive", "step"];

    /// <summary>What goes wrong at the turn or the inciting moment, by mood.</summary>
    public static readonly Dictionary<string, string[]> Trouble = new()
    {
        ["tense"] =
        [
            "The {p} slips from {a}'s grip and is gone.", "The lights die. Only the weather now. {a} stands very still.", "A shape moves by the {f}, then is gone. {a} turns.",
            "A crack from the {f}. {a} looks up.", "{a} finds the {p} broken by the {f}.", "Somewhere beyond the {f}, a voice. {a} runs toward it.",
        ],
        ["warm"] =
        [
            "The {p} falls with a clang. {a} stands frozen.", "{a} looks at the {f} and goes quiet.", "A door bangs somewhere. {a} turns.",
            "{a} picks up the {p} and finds it cracked.", "Something is missing from the {f}. {a} searches.",
        ],
        ["playful"] =
        [
            "A gust snatches the {p}. {a} runs after it.", "The {p} tumbles past the {f}. {a} chases it.", "{a} trips over the {p} and sits down hard.",
            "Something rustles by the {f}. {a} looks, wide-eyed.", "The {p} snags on the {f}. {a} stands on tiptoe.",
        ],
        ["lonely"] =
        [
            "A warning light blinks on the {p}. {a} stands still.", "{a} finds tracks by the {f}. Not {a}'s own.", "The {p} goes silent. {a} turns in a slow circle.",
            "Something glints beyond the {f}. {a} walks toward it.",
        ],
        ["instructive"] =
        [
            "A stack of boxes leans over the {f}. {a} points at it.", "A {p} sits right across the {f}. {a} stops.", "{a} finds the {f} blocked.",
            "{a} lifts the {p} the wrong way, back bent, then stops and sets it down.",
        ],
        ["observational"] =
        [
            "A gull steals from the {p}. Nobody chases it.", "The {f} has needed mending for years. {a} looks at it anyway.", "{a} stops by the {f} for the same talk as yesterday.",
        ],
    };

    /// <summary>The push toward the goal in the climax, with the clause's goal as {g}.</summary>
    public static readonly string[] Effort =
    [
        "{a} runs for the {f}.", "{a} grabs the {p} and holds on.", "{a} crosses to the {f}, fast, and does not stop.", "{a} lifts the {p} with everything left.",
        "{a} stands at the {f}, soaked, and will not give an inch.", "{a} turns, sees the {f}, and runs.",
    ];
}
