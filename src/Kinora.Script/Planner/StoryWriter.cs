using System.Collections.Immutable;
using System.Globalization;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// The planner's working state for one prompt, duration and seed. It reads the prompt, casts it, builds the structure
/// (acts, sequences, scenes with a stage of the arc and a length each), then writes scene by scene: action from the
/// <see cref="ActionBook"/>, dialogue from the <see cref="DialogueGrammar"/> in each speaker's <see cref="Voice"/>.
/// Nothing is written twice: every action line and every spoken line in a film is distinct.
/// </summary>
internal sealed partial class StoryWriter(string prompt, double duration, long seed)
{
    readonly PromptReading reading = PromptReading.Read(prompt);
    readonly List<PlannedCharacter> cast = [];
    readonly Dictionary<int, PlannedCharacter> byPerson = [];
    readonly Dictionary<string, Voice> voices = [];
    readonly HashSet<string> usedLines = new(StringComparer.Ordinal);
    readonly HashSet<string> usedActions = new(StringComparer.Ordinal);
    readonly HashSet<string> introduced = [];
    readonly HashSet<string> spoken = [];
    string? lastSpeaker;
    bool eventJustHappened;

    /// <summary>Whether the scene being written is an arrival by car: the step before drove, this one stops somewhere.</summary>
    bool arriving;

    static readonly string[] DrivingVerbs = ["drive", "ride", "motor", "cruise"];
    static readonly string[] StoppingVerbs = ["stop", "arrive", "pull", "park", "reach"];
    readonly HashSet<string> usedSentences = new(StringComparer.Ordinal);
    readonly Dictionary<string, PlannedCharacter> bitParts = [];
    readonly List<string> femaleNames = [.. StoryLexicon.FemaleNames], maleNames = [.. StoryLexicon.MaleNames];
    string mood = "warm";
    Pcg32 dice;

    sealed record Segment(StoryLexicon.Place Place, string Time, string? Weather, PromptReading.Clause Clause, int Index);

    /// <summary>A scene before it is written: its place in the structure, what it must carry, and its share of the film.</summary>
    sealed record SceneSketch(int Index, int Act, int Sequence, StoryStage Stage, Segment Segment, bool EndsSegment, bool Final, double Weight);

    Pcg32 Dice(string what) => Pcg32.For(seed, what);

    // Names and the title are drawn for this prompt: two prompts with the same seed get different people.
    Pcg32 PromptDice(string what) => Pcg32.For(seed, what + "/" + string.Join(" ", prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());

    public StoryPlan Plan()
    {
        CastPeople();
        mood = Mood();
        var segments = Segments();
        var sketches = Structure(segments);
        string title = Title();
        var body = ImmutableArray.CreateBuilder<FountainNode>();
        var planned = ImmutableArray.CreateBuilder<PlannedScene>();
        body.Add(new TransitionNode(default, "FADE IN:", Forced: true));
        double total = 0;
        var settingUse = new Dictionary<string, int>();
        int act = 0, sequence = 0;
        string? lastSetting = null;
        for (int k = 0; k < sketches.Count; k++)
        {
            var sketch = sketches[k];
            var seg = sketch.Segment;
            if (sketches.Count >= 4 && sketch.Act != act)
            {
                body.Add(new SectionNode(default, 1, "ACT " + (sketch.Act switch { 1 => "ONE", 2 => "TWO", _ => "THREE" })));
                if (k == 0) body.Add(new SynopsisNode(default, string.Join(" ", prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
            }
            if (sketches.Count >= 4 && (sketch.Sequence != sequence || sketch.Act != act))
                body.Add(new SectionNode(default, 2, SequenceTitle(sketch)));
            act = sketch.Act;
            sequence = sketch.Sequence;
            bool firstOfSegment = k == 0 || sketches[k - 1].Segment != seg;
            int use = settingUse.GetValueOrDefault(seg.Place.Kind);
            settingUse[seg.Place.Kind] = use + 1;
            var (intExt, setting) = Setting(seg, firstOfSegment ? 0 : use, k, lastSetting);
            // After a drive, a stop begins outside, where the car pulls up and everyone gets out.
            arriving = firstOfSegment && k > 0 && DrivingVerbs.Contains(sketches[k - 1].Segment.Clause.Verb) && StoppingVerbs.Contains(seg.Clause.Verb)
                && seg.Place.Settings.Any(s => s.IntExt == "EXT");
            if (arriving) (intExt, setting) = seg.Place.Settings.First(s => s.IntExt == "EXT");
            lastSetting = setting;
            string heading = $"{intExt}. {setting} - {seg.Time}";
            if (sketches.Count >= 4) body.Add(new SynopsisNode(default, Synopsis(sketch)));
            body.Add(new SceneHeadingNode(default, heading, null, Forced: false));
            // The remaining film is shared among the remaining scenes by weight, so an overlong scene is paid back by the next.
            double remainingWeight = sketches.Skip(k).Sum(s => s.Weight);
            double budget = sketch.Final ? duration - total : (duration - total) * sketch.Weight / remainingWeight;
            dice = Dice($"scene/{k}");
            eventJustHappened = false;
            double spent = WriteScene(body, sketch, Math.Max(budget, 3), intExt == "INT");
            total += spent;
            planned.Add(new PlannedScene(heading, sketch.Stage, seg.Place.Name, seg.Time, seg.Weather, spent) { Act = sketch.Act, Sequence = sketch.Sequence });
            if (k + 1 < sketches.Count)
            {
                var next = sketches[k + 1];
                string? transition = next.Segment.Time != seg.Time ? "DISSOLVE TO:"
                    : next.Stage == StoryStage.Resolution && sketch.Stage != StoryStage.Resolution ? "FADE TO:"
                    : next.Segment.Place != seg.Place || dice.Chance(0.35) ? "CUT TO:" : null;
                if (transition is null && k == sketches.Count - 2 && !body.Any(n => n is TransitionNode { Forced: false })) transition = "CUT TO:";
                if (transition is not null) body.Add(new TransitionNode(default, transition, Forced: false));
            }
        }
        body.Add(new TransitionNode(default, "FADE OUT.", Forced: true));
        var titlePage = ImmutableArray.Create(
            new TitlePageField(default, "Title", [title]),
            new TitlePageField(default, "Credit", ["Written by"]),
            new TitlePageField(default, "Author", ["Kinora story planner"]),
            new TitlePageField(default, "Source", [.. prompt.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)]),
            new TitlePageField(default, "Notes", [$"seed {seed.ToString(CultureInfo.InvariantCulture)}, about {Math.Round(duration).ToString(CultureInfo.InvariantCulture)} s"]));
        var document = new Document("prompt", titlePage, body.ToImmutable());
        return new StoryPlan(title, prompt, duration, seed, [.. cast], planned.ToImmutable(), document) { BitParts = [.. bitParts.Values] };
    }

    void CastPeople()
    {
        var dice = PromptDice("cast");
        var female = femaleNames;
        var male = maleNames;
        var usedLooks = new HashSet<string>();
        if (reading.People.Count == 0)
        {
            // A prompt with nobody in it still needs someone to watch; a traveller is the least presumptuous.
            reading.People.Add(new PromptReading.Person("traveller", StoryLexicon.Roles["traveller"], 0, 1, [], null, 0));
            foreach (var c in reading.Clauses) if (c.Subject.Count == 0) c.Subject.Add(reading.People[0]);
        }
        foreach (var p in reading.People)
        {
            char gender = p.Gender ?? (p.Lexicon.Gender != '?' ? p.Lexicon.Gender : dice.Chance(0.5) ? 'f' : 'm');
            string name;
            if (p.Name is not null)
            {
                name = p.Name;
                female.Remove(name);
                male.Remove(name);
            }
            else
            {
                var names = gender == 'f' ? female : male;
                if (names.Count == 0) names = female.Count > 0 ? female : male;
                int pick = dice.Next(names.Count);
                name = names[pick];
                names.RemoveAt(pick);
            }
            int ageLow = p.Lexicon.AgeLow, ageHigh = p.Lexicon.AgeHigh;
            if (p.Adjectives.Contains("old") || p.Adjectives.Contains("elderly")) (ageLow, ageHigh) = (70, 79);
            else if (p.Adjectives.Contains("young")) (ageLow, ageHigh) = (20, 29);
            else if (p.Adjectives.Contains("teenage")) (ageLow, ageHigh) = (14, 17);
            else if (p.Adjectives.Contains("retired")) (ageLow, ageHigh) = (60, 69);
            int age = ageLow + dice.Next(ageHigh - ageLow + 1);
            string ageText = p.Lexicon.Label == "robot" ? "ageless" : age >= 10 ? $"{age / 10 * 10}s" : age.ToString(CultureInfo.InvariantCulture);
            var looks = new List<string>();
            if (p.Look is not null) looks.Add(p.Look);
            // A second person of the same role is told apart by what the first one does not wear.
            var extra = p.Lexicon.Looks.Where(l => !usedLooks.Contains(l)).ToList();
            if (extra.Count == 0) extra = [.. p.Lexicon.Looks];
            for (int n = 0; n < 2 && extra.Count > 0 && looks.Count < 2; n++)
            {
                int e = dice.Next(extra.Count);
                if (p.Look is null || !extra[e].StartsWith("in ", StringComparison.Ordinal) || !p.Look.StartsWith("in ", StringComparison.Ordinal)) looks.Add(extra[e]);
                extra.RemoveAt(e);
                if (extra.Count == 0 && looks.Count < 2) extra = p.Lexicon.Looks.Where(l => !looks.Contains(l)).ToList();
            }
            usedLooks.UnionWith(looks);
            var character = new PlannedCharacter(name, p.Role, ageText, string.Join(", ", looks), gender);
            cast.Add(character);
            byPerson[p.Index] = character;
            var voiceDice = Dice("voice/" + name);
            voices[name] = VoiceBook.For(p.Lexicon.Label).PersonalFor(ref voiceDice);
        }
    }

    /// <summary>The place's bit part, cast the first time a lone lead needs someone to talk to there; null where the place has none.</summary>
    PlannedCharacter? BitPart(StoryLexicon.Place place)
    {
        if (bitParts.TryGetValue(place.Kind, out var known)) return known;
        if (!BitParts.ByPlace.TryGetValue(place.Kind, out var part)) return null;
        var dice = Dice("bit part/" + place.Kind);
        char gender = part.Gender != '?' ? part.Gender : dice.Chance(0.5) ? 'f' : 'm';
        var names = gender == 'f' ? femaleNames : maleNames;
        if (names.Count == 0) return null;
        int pick = dice.Next(names.Count);
        string name = names[pick];
        names.RemoveAt(pick);
        int age = part.AgeLow + dice.Next(part.AgeHigh - part.AgeLow + 1);
        var character = new PlannedCharacter(name, part.Role, $"{age / 10 * 10}s", part.Look, gender);
        bitParts[place.Kind] = character;
        var voiceDice = Dice("voice/" + name);
        voices[name] = VoiceBook.For(part.Role).PersonalFor(ref voiceDice);
        return character;
    }

    /// <summary>The film's mood, from what kind of film the prompt asks for and who is in it.</summary>
    string Mood()
    {
        if (reading.Training) return "instructive";
        if (reading.Documentary) return "observational";
        var roles = reading.People.Select(p => p.Lexicon.Label).ToList();
        var verbs = reading.Clauses.Select(c => c.Verb).OfType<string>().ToList();
        if (roles.Any(r => r is "detective" or "thief" or "soldier") || verbs.Any(v => v is "rescue" or "chase" or "escape" or "fight" or "hunt" or "steal")
            || reading.Clauses.Any(c => c.Weather is "STORM")) return "tense";
        if (roles.All(r => r is "astronaut" or "robot" or "scientist") && reading.People.Count == 1) return "lonely";
        if (roles.Any(r => r is "girl" or "boy" or "child" or "friend")) return "playful";
        return "warm";
    }

    List<Segment> Segments()
    {
        var clauses = reading.Clauses.Count > 0 ? reading.Clauses : [new PromptReading.Clause()];
        var protagonist = reading.People[0];
        StoryLexicon.Place defaultPlace = StoryLexicon.Places.GetValueOrDefault(protagonist.Lexicon.ImpliedPlace ?? "") ?? StoryLexicon.Places["house"];
        var firstPlace = clauses.FirstOrDefault(c => c.Place is not null)?.Place ?? defaultPlace;
        bool lighthouseIsland = clauses.Any(c => c.Place?.Kind == "island") && (clauses.Any(c => c.Place?.Kind == "lighthouse") || protagonist.Lexicon.ImpliedPlace == "lighthouse");
        int firstTimeAt = clauses.FindIndex(c => c.Time is not null);
        string? firstTime = firstTimeAt >= 0 ? clauses[firstTimeAt].Time : null;
        var result = new List<Segment>();
        StoryLexicon.Place place = firstPlace;
        string time = firstTime is null ? "DAY" : firstTimeAt == 0 || clauses.Take(firstTimeAt).All(c => c.Place is null || c.Place == clauses[firstTimeAt].Place) ? firstTime : StoryLexicon.Before(firstTime);
        string? weather = null;
        foreach (var c in clauses)
        {
            if (c.Place is not null) place = c.Place;
            if (lighthouseIsland && place.Kind is "island" or "lighthouse") place = LighthouseIsland;
            bool timeChanged = c.Time is not null && c.Time != time;
            if (c.Time is not null) time = c.Time;
            if (c.Weather is not null) weather = c.Weather;
            else if (timeChanged && weather is "STORM" or "RAIN") weather = "CLEARING";
            result.Add(new Segment(place, time, weather, c, result.Count));
        }
        // Merge neighbours that add nothing new (no verb, same place and time), so every segment moves the story.
        for (int i = result.Count - 1; i > 0; i--)
            if (result[i].Clause.Verb is null && result[i].Place == result[i - 1].Place && result[i].Time == result[i - 1].Time) result.RemoveAt(i);
        // "Ada, a lighthouse keeper, rescues …": an opening that only names someone leads into the step that follows.
        while (result.Count > 1 && result[0].Clause.Verb is null && result[1].Place == result[0].Place && result[1].Time == result[0].Time) result.RemoveAt(0);
        return [.. result.Select((s, i) => s with { Index = i })];
    }

    static readonly StoryLexicon.Place LighthouseIsland = new("lighthouse", "LIGHTHOUSE ISLAND",
        [("EXT", "LIGHTHOUSE ISLAND"), ("INT", "LIGHTHOUSE - LAMP ROOM"), ("EXT", "LIGHTHOUSE ISLAND - JETTY"), ("INT", "KEEPER'S COTTAGE"), ("EXT", "LIGHTHOUSE ISLAND - CLIFF"), ("INT", "LIGHTHOUSE - STAIRWELL")],
        ["window", "great lens", "rock shelf", "door", "jetty", "cliff edge"], ["lantern", "rope", "logbook", "flare", "oil can"],
        ["Waves break on black rocks. A white lighthouse stands against the sky.", "The great lens turns above the island.", "Spray bursts over the jetty.", "The lighthouse stands alone on its rock."]);

    /// <summary>
    /// The structure: how many scenes, which stage of the arc each carries, which step of the prompt, which act and
    /// sequence, and its weight (a longer climax, shorter setup scenes, each varied by the seed).
    /// </summary>
    List<SceneSketch> Structure(List<Segment> segments)
    {
        int n = SceneCount(segments.Count);
        var map = AssignScenes(segments.Count, n);
        var stages = Stages(n);
        var weights = Dice("weights");
        var result = new List<SceneSketch>();
        int sequence = 0;
        for (int k = 0; k < n; k++)
        {
            var stage = stages[k];
            int act = stage is StoryStage.Setup or StoryStage.Inciting ? 1 : stage is StoryStage.Rising or StoryStage.Turn ? 2 : 3;
            if (k == 0 || map[k] != map[k - 1] || result[^1].Act != act) sequence++;
            double weight = stage switch
            {
                StoryStage.Setup => 0.8, StoryStage.Inciting => 0.9, StoryStage.Rising => 1.0, StoryStage.Turn => 1.15, StoryStage.Climax => 1.3, _ => 0.85,
            } * weights.Range(0.65, 1.35);
            result.Add(new SceneSketch(k, act, sequence, stage, segments[map[k]], k == n - 1 || map[k + 1] != map[k], k == n - 1, weight));
        }
        return result;
    }

    static StoryStage[] Stages(int n)
    {
        var s = new StoryStage[n];
        if (n == 1) return [StoryStage.Setup];
        if (n == 2) return [StoryStage.Setup, StoryStage.Resolution];
        if (n == 3) return [StoryStage.Setup, StoryStage.Climax, StoryStage.Resolution];
        if (n == 4) return [StoryStage.Setup, StoryStage.Rising, StoryStage.Climax, StoryStage.Resolution];
        for (int k = 0; k < n; k++)
        {
            double f = (k + 0.5) / n;
            s[k] = k == 0 || f < 0.12 ? StoryStage.Setup : k == 1 || f < 0.28 ? StoryStage.Inciting : StoryStage.Rising;
        }
        if (n >= 6) s[Math.Clamp((int)Math.Round(n * 0.55), 2, n - 3)] = StoryStage.Turn;
        s[n - 2] = StoryStage.Climax;
        if (n >= 9) s[n - 3] = StoryStage.Climax;
        s[n - 1] = StoryStage.Resolution;
        return s;
    }

    /// <summary>About one scene a minute, never fewer than the story's steps when there is time for them.</summary>
    int SceneCount(int segments)
    {
        int n = (int)Math.Floor(duration / 55 + 0.5);
        int lower = duration >= 600 ? 8 : duration >= 120 ? 4 : 1;
        int upper = Math.Max(lower, (int)(duration / 7));
        n = Math.Clamp(n, lower, upper);
        return Math.Clamp(Math.Max(n, segments), 1, upper);
    }

    /// <summary>
    /// Which step of the prompt each scene tells. The last step is the ending and gets the last scene to itself; the
    /// scenes before share the earlier steps in order, so the step before the ending is what the climax is about.
    /// </summary>
    static int[] AssignScenes(int segments, int scenes)
    {
        var result = new int[scenes];
        if (segments == 1) return result;
        for (int k = 0; k < scenes; k++)
            result[k] = scenes >= segments ? (k == scenes - 1 ? segments - 1 : (int)((long)k * (segments - 1) / (scenes - 1)))
                : scenes == 1 ? 0 : (int)Math.Round(k * (segments - 1) / (double)(scenes - 1));
        result[scenes - 1] = segments - 1;
        return result;
    }

    (string IntExt, string Setting) Setting(Segment seg, int use, int k, string? last)
    {
        var settings = seg.Place.Settings;
        if (use == 0) return settings[0];
        var dice = Dice($"setting/{k}");
        var pick = settings[(use + dice.Next(2)) % settings.Length];
        // Two scenes in a row do not share a setting when the place has another to offer.
        if (pick.Setting == last && settings.Length > 1) pick = settings[(Array.IndexOf(settings, pick) + 1) % settings.Length];
        return pick;
    }

    string SequenceTitle(SceneSketch s)
    {
        var c = s.Segment.Clause;
        return c.Verb is null ? TitleCase(PlaceWords(s.Segment)) : Capital(EventLine(c).TrimEnd('.'));
    }

    string Synopsis(SceneSketch s) => s.Stage switch
    {
        StoryStage.Setup => $"Setup: {PlaceWords(s.Segment)} {s.Segment.Time switch { "DAY" => "by day", "MORNING" => "in the morning", "AFTERNOON" => "in the afternoon", var t => "at " + t.ToLowerInvariant() }}, as it is every day.",
        StoryStage.Inciting => "The inciting incident: something breaks the routine.",
        StoryStage.Rising => $"Rising action: the push to {GoalFrom(s.Segment)}; it gets harder.",
        StoryStage.Turn => "The turn: a truth comes out and the plan changes.",
        StoryStage.Climax => $"Climax: everything on one try to {GoalFrom(s.Segment)}.",
        _ => "Resolution: " + EventLine(s.Segment.Clause).TrimEnd('.') + ".",
    };

    string Title()
    {
        var dice = PromptDice("title");
        var lead = cast[0];
        var candidates = new List<string>();
        var group = reading.People.Where(p => p.Role == reading.People[0].Role).ToList();
        candidates.Add(group.Count > 1 ? $"{Number(group.Count)} {TitleCase(Plural(group[0].Role))}" : "The " + TitleCase(lead.Role));
        var thing = reading.Clauses.Select(c => c.Rest).Where(r => r.Count is > 0 and <= 4 && r.All(w => !w.StartsWith('@')) && (r[0] is "a" or "an" or "the")).Select(r => string.Join(" ", r.Skip(1))).FirstOrDefault();
        if (thing is not null) candidates.Add("The " + TitleCase(thing));
        var lastTime = reading.Clauses.LastOrDefault(c => c.Time is not null)?.Time;
        if (lastTime is not null && thing is null) candidates.Add(TitleCase(lastTime.ToLowerInvariant()) + (lastTime is "NIGHT" ? " Watch" : " Light"));
        return candidates[dice.Next(candidates.Count)];
    }

    static string PlaceWords(Segment seg) => seg.Place.Name.ToLowerInvariant() switch { var s when s.Contains(" - ") => s[..s.IndexOf(" - ", StringComparison.Ordinal)], var s => s };

    static string Join(List<string> names) => names.Count switch { 0 => "", 1 => names[0], _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1] };

    static string ThirdPerson(string verb) =>
        verb.EndsWith('y') && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ies"
        : verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('o') && verb != "radio" ? verb + "es"
        : verb + "s";

    static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    static string TitleCase(string s) => string.Join(" ", s.Split(' ').Select((w, i) => i == 0 || w.Length > 3 ? Capital(w) : w));

    static string Number(int n) => n switch { 2 => "Two", 3 => "Three", 4 => "Four", _ => n.ToString(CultureInfo.InvariantCulture) };

    static string Plural(string role) => role.EndsWith("child") ? role + "ren" : role.EndsWith("man") ? role[..^3] + "men" : role + "s";
}
