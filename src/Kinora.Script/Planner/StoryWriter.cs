using System.Collections.Immutable;
using System.Globalization;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>The planner's working state for one prompt, duration and seed: reads, casts, structures, then writes scene by scene.</summary>
internal sealed class StoryWriter(string prompt, double duration, long seed)
{
    readonly PromptReading reading = PromptReading.Read(prompt);
    readonly List<PlannedCharacter> cast = [];
    readonly Dictionary<int, PlannedCharacter> byPerson = [];
    readonly HashSet<string> usedLines = [];
    readonly HashSet<string> introduced = [];

    sealed record Segment(StoryLexicon.Place Place, string Time, string? Weather, PromptReading.Clause Clause);

    Pcg32 Dice(string what) => Pcg32.For(seed, what);

    public StoryPlan Plan()
    {
        CastPeople();
        var segments = Segments();
        int sceneCount = SceneCount(segments.Count);
        var sceneSegments = AssignScenes(segments.Count, sceneCount);
        string title = Title();
        var body = ImmutableArray.CreateBuilder<FountainNode>();
        var planned = ImmutableArray.CreateBuilder<PlannedScene>();
        body.Add(new TransitionNode(default, "FADE IN:", Forced: true));
        double total = 0;
        var settingUse = new Dictionary<string, int>();
        for (int k = 0; k < sceneCount; k++)
        {
            var seg = segments[sceneSegments[k]];
            var stage = StageOf(k, sceneCount);
            if (sceneCount >= 4)
            {
                if (k == 0) { body.Add(new SectionNode(default, 1, "ACT ONE")); body.Add(new SynopsisNode(default, string.Join(" ", prompt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))); }
                else if (stage == StoryStage.Rising && StageOf(k - 1, sceneCount) != StoryStage.Rising) body.Add(new SectionNode(default, 1, "ACT TWO"));
                else if (stage == StoryStage.Climax && StageOf(k - 1, sceneCount) != StoryStage.Climax) body.Add(new SectionNode(default, 1, "ACT THREE"));
            }
            bool firstOfSegment = k == 0 || sceneSegments[k - 1] != sceneSegments[k];
            bool lastOfSegment = k == sceneCount - 1 || sceneSegments[k + 1] != sceneSegments[k];
            int use = settingUse.GetValueOrDefault(seg.Place.Kind);
            settingUse[seg.Place.Kind] = use + 1;
            var (intExt, setting) = Setting(seg, firstOfSegment ? 0 : use, k);
            string heading = $"{intExt}. {setting} - {seg.Time}";
            body.Add(new SceneHeadingNode(default, heading, null, Forced: false));
            double budget = k == sceneCount - 1 ? Math.Max(duration - total, 4) : duration / sceneCount;
            var sceneDice = Dice($"scene/{k}");
            double spent = WriteScene(body, seg, k, stage, budget, lastOfSegment, intExt == "INT", ref sceneDice);
            total += spent;
            planned.Add(new PlannedScene(heading, stage, seg.Place.Name, seg.Time, seg.Weather, spent));
            if (k + 1 < sceneCount)
            {
                var next = segments[sceneSegments[k + 1]];
                string? transition = next.Time != seg.Time ? "DISSOLVE TO:"
                    : StageOf(k + 1, sceneCount) == StoryStage.Resolution && stage != StoryStage.Resolution ? "FADE TO:"
                    : next.Place != seg.Place || sceneDice.Chance(0.35) ? "CUT TO:" : null;
                if (transition is null && k == sceneCount - 2 && !body.Any(n => n is TransitionNode { Forced: false })) transition = "CUT TO:";
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
        return new StoryPlan(title, prompt, duration, seed, [.. cast], planned.ToImmutable(), document);
    }

    void CastPeople()
    {
        var dice = Dice("cast");
        var female = StoryLexicon.FemaleNames.ToList();
        var male = StoryLexicon.MaleNames.ToList();
        if (reading.People.Count == 0)
        {
            // A prompt with nobody in it still needs someone to watch; a traveller is the least presumptuous.
            reading.People.Add(new PromptReading.Person("traveller", StoryLexicon.Roles["traveller"], 0, 1, [], null, 0));
            foreach (var c in reading.Clauses) if (c.Subject.Count == 0) c.Subject.Add(reading.People[0]);
        }
        foreach (var p in reading.People)
        {
            char gender = p.Lexicon.Gender != '?' ? p.Lexicon.Gender : dice.Chance(0.5) ? 'f' : 'm';
            var names = gender == 'f' ? female : male;
            if (names.Count == 0) names = female.Count > 0 ? female : male;
            int pick = dice.Next(names.Count);
            string name = names[pick];
            names.RemoveAt(pick);
            int ageLow = p.Lexicon.AgeLow, ageHigh = p.Lexicon.AgeHigh;
            if (p.Adjectives.Contains("old") || p.Adjectives.Contains("elderly")) (ageLow, ageHigh) = (70, 79);
            else if (p.Adjectives.Contains("young")) (ageLow, ageHigh) = (20, 29);
            else if (p.Adjectives.Contains("teenage")) (ageLow, ageHigh) = (14, 17);
            else if (p.Adjectives.Contains("retired")) (ageLow, ageHigh) = (60, 69);
            int age = ageLow + dice.Next(ageHigh - ageLow + 1);
            string ageText = p.Lexicon.Label == "robot" ? "ageless" : age >= 10 ? $"{age / 10 * 10}s" : age.ToString(CultureInfo.InvariantCulture);
            var looks = new List<string>();
            if (p.Look is not null) looks.Add(p.Look);
            var extra = p.Lexicon.Looks.ToList();
            for (int n = 0; n < 2 && extra.Count > 0 && looks.Count < 2; n++)
            {
                int e = dice.Next(extra.Count);
                if (p.Look is null || !extra[e].StartsWith("in ", StringComparison.Ordinal) || !p.Look.StartsWith("in ", StringComparison.Ordinal)) looks.Add(extra[e]);
                extra.RemoveAt(e);
            }
            var character = new PlannedCharacter(name, p.Role, ageText, string.Join(", ", looks), gender);
            cast.Add(character);
            byPerson[p.Index] = character;
        }
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
            result.Add(new Segment(place, time, weather, c));
        }
        // Merge neighbours that add nothing new (no verb, same place and time), so every segment moves the story.
        for (int i = result.Count - 1; i > 0; i--)
            if (result[i].Clause.Verb is null && result[i].Place == result[i - 1].Place && result[i].Time == result[i - 1].Time) result.RemoveAt(i);
        return result;
    }

    static readonly StoryLexicon.Place LighthouseIsland = new("lighthouse", "LIGHTHOUSE ISLAND",
        [("EXT", "LIGHTHOUSE ISLAND"), ("INT", "LIGHTHOUSE - LAMP ROOM"), ("EXT", "LIGHTHOUSE ISLAND - JETTY"), ("INT", "KEEPER'S COTTAGE"), ("EXT", "LIGHTHOUSE ISLAND - CLIFF"), ("INT", "LIGHTHOUSE - STAIRWELL")],
        ["window", "great lens", "rocks", "door"], ["lantern", "rope", "logbook"],
        ["Waves break on black rocks. A white lighthouse stands against the sky.", "The great lens turns above the island."]);

    /// <summary>About one scene a minute (40 to 75 s each), never fewer than the story's steps when there is time for them.</summary>
    int SceneCount(int segments)
    {
        int n = (int)Math.Floor(duration / 55 + 0.5);
        int lower = duration >= 600 ? 8 : duration >= 120 ? 4 : 1;
        int upper = Math.Max(lower, (int)(duration / 7));
        n = Math.Clamp(n, lower, upper);
        return Math.Clamp(Math.Max(n, segments), 1, upper);
    }

    static int[] AssignScenes(int segments, int scenes)
    {
        var result = new int[scenes];
        for (int k = 0; k < scenes; k++)
            result[k] = scenes >= segments ? (int)((long)k * segments / scenes) : scenes == 1 ? 0 : (int)Math.Round(k * (segments - 1) / (double)(scenes - 1));
        return result;
    }

    static StoryStage StageOf(int k, int n)
    {
        if (n == 1) return StoryStage.Setup;
        double f = (k + 0.5) / n;
        return f < 0.2 ? StoryStage.Setup : f < 0.35 ? StoryStage.Inciting : f < 0.7 ? StoryStage.Rising : f < 0.85 ? StoryStage.Climax : StoryStage.Resolution;
    }

    (string IntExt, string Setting) Setting(Segment seg, int use, int k)
    {
        var settings = seg.Place.Settings;
        if (use == 0) return settings[0];
        var dice = Dice($"setting/{k}");
        return settings[(use + dice.Next(2)) % settings.Length] is var s && s != settings[0] ? s : settings[use % settings.Length];
    }

    string Title()
    {
        var dice = Dice("title");
        var lead = cast[0];
        var candidates = new List<string>();
        var group = reading.People.Where(p => p.Role == reading.People[0].Role).ToList();
        candidates.Add(group.Count > 1 ? $"{Number(group.Count)} {TitleCase(Plural(group[0].Role))}" : "The " + TitleCase(lead.Role));
        var thing = reading.Clauses.Select(c => c.Rest).Where(r => r.Count is > 0 and <= 4 && r.All(w => !w.StartsWith('@')) && (r[0] is "a" or "an" or "the")).Select(r => string.Join(" ", r.Skip(1))).FirstOrDefault();
        if (thing is not null) candidates.Add("The " + TitleCase(thing));
        var lastTime = reading.Clauses.LastOrDefault(c => c.Time is not null)?.Time;
        if (lastTime is not null) candidates.Add(TitleCase(lastTime.ToLowerInvariant()) + (lastTime is "NIGHT" ? " Watch" : " Light"));
        return candidates[dice.Next(candidates.Count)];
    }

    double WriteScene(ImmutableArray<FountainNode>.Builder body, Segment seg, int k, StoryStage stage, double budget, bool lastOfSegment, bool interior, ref Pcg32 dice)
    {
        double spent = 0;
        void Action(string text) { body.Add(new ActionNode(default, text, Forced: false)); spent += ScreenTime.Action(text); }

        Action(Establishing(seg, ref dice));
        if (k == 0 && reading.Documentary)
            spent += Say(body, "NARRATOR", "V.O.", null, $"Every {seg.Time.ToLowerInvariant()}, {PlaceWords(seg)} wakes the same way.");

        var present = PresentPeople(seg, lastOfSegment).Select(p => byPerson[p.Index]).Distinct().ToList();
        var people = present.ToList();
        var returning = new List<string>();
        foreach (var c in people)
        {
            if (introduced.Add(c.Name)) Action(Introduction(c, seg, interior, ref dice));
            else returning.Add(c.Name);
        }
        // People already met come on together in one line, so a short scene is not all entrances.
        if (returning.Count > 0)
            Action($"{Join(returning)} {(interior ? (returning.Count > 1 ? "enter" : "enters") : returning.Count > 1 ? "walk in" : "walks in")}.");
        bool eventWritten = !lastOfSegment;
        int turns = 0;
        while (spent < budget && turns < 400)
        {
            turns++;
            if (!eventWritten && (turns >= 2 || spent > budget * 0.5))
            {
                Action(EventLine(seg.Clause));
                eventWritten = true;
                continue;
            }
            if (turns % 2 == 1 && people.Count > 0) spent += Exchange(body, people, seg, stage, ref dice, budget - spent);
            else if (people.Count > 0) Action(Movement(people, seg, ref dice));
            else Action(seg.Place.Descriptions[dice.Next(seg.Place.Descriptions.Length)]);
        }
        if (!eventWritten) Action(EventLine(seg.Clause));
        return spent;
    }

    IEnumerable<PromptReading.Person> PresentPeople(Segment seg, bool lastOfSegment)
    {
        var people = new List<PromptReading.Person>(seg.Clause.Subject);
        foreach (var p in seg.Clause.Mentioned)
            if (!people.Contains(p) && (lastOfSegment || introduced.Contains(byPerson[p.Index].Name))) people.Add(p);
        if (people.Count == 0) people.AddRange(reading.People.Take(1));
        return people;
    }

    string Establishing(Segment seg, ref Pcg32 dice)
    {
        string place = seg.Place.Descriptions[dice.Next(seg.Place.Descriptions.Length)];
        string time = seg.Time switch
        {
            "NIGHT" => "Night.", "DAWN" => "First light.", "SUNSET" => "The sun hangs low and orange.", "DUSK" => "The light is going.",
            "NOON" => "High noon, no shadows.", "MORNING" => "Morning.", "AFTERNOON" => "Afternoon sun.", _ => "Day.",
        };
        string weather = seg.Weather switch
        {
            "STORM" => " A storm howls; rain comes sideways.", "RAIN" => " Rain falls steadily.", "SNOW" => " Snow drifts down.",
            "FOG" => " Fog hangs low.", "WIND" => " The wind tugs at everything.", "SUN" => " Summer heat shimmers.",
            "CLEARING" => " The storm has passed. Everything drips.", _ => "",
        };
        return $"{time}{weather} {place}";
    }

    string Introduction(PlannedCharacter c, Segment seg, bool interior, ref Pcg32 dice)
    {
        string article = c.Role.Contains(' ') || reading.People.Count(p => p.Role == c.Role) == 1 ? "the" : "a";
        string look = c.Look.Length > 0 ? $", {c.Look}" : "";
        string feature = seg.Place.Features[dice.Next(seg.Place.Features.Length)];
        string[] entries = interior
            ? [$"enters", $"stands by the {feature}", $"walks to the {feature}"]
            : [$"walks toward the {feature}", $"stands by the {feature}", $"runs along the {feature}", $"looks at the {feature}"];
        return $"{c.Name} ({c.Age}), {article} {c.Role}{look}, {entries[dice.Next(entries.Length)]}.";
    }

    string Movement(List<PlannedCharacter> people, Segment seg, ref Pcg32 dice)
    {
        var a = people[dice.Next(people.Count)];
        var others = people.Where(p => p != a).ToList();
        string feature = seg.Place.Features[dice.Next(seg.Place.Features.Length)];
        string prop = seg.Place.Props[dice.Next(seg.Place.Props.Length)];
        var options = new List<string>
        {
            $"{a.Name} walks to the {feature}.", $"{a.Name} looks at the {feature}.", $"{a.Name} picks up the {prop}.",
            $"{a.Name} stands by the {feature}.", $"{a.Name} sits by the {feature}.", $"{a.Name} runs to the {feature}.",
            $"{a.Name} gestures toward the {feature}.", $"{a.Name} turns away.",
        };
        if (others.Count > 0)
        {
            var b = others[dice.Next(others.Count)];
            options.AddRange([$"{a.Name} turns to {b.Name}.", $"{a.Name} looks at {b.Name}.", $"{a.Name} gestures at {b.Name}.", $"{b.Name} sits. {a.Name} stands.", $"{a.Name} walks to {b.Name}."]);
        }
        // A person does not repeat the same move in one film; when every move is used, any will do.
        for (int attempt = 0; attempt < 8; attempt++)
        {
            var pick = options[dice.Next(options.Count)];
            if (usedLines.Add(pick)) return pick;
        }
        return options[dice.Next(options.Count)];
    }

    string EventLine(PromptReading.Clause clause)
    {
        var subject = clause.Subject.Select(p => byPerson[p.Index].Name).Distinct().ToList();
        if (clause.Verb is null) return subject.Count > 0 ? $"{Join(subject)} {(subject.Count > 1 ? "look" : "looks")} around." : "Nobody moves.";
        var rest = string.Join(" ", clause.Rest.Select(w => w.StartsWith('@') ? Join(w[1..].Split(',').Select(i => byPerson[int.Parse(i, CultureInfo.InvariantCulture)].Name).ToList()) : w));
        if (subject.Count == 0) return Capital($"{clause.Verb} {rest}".Trim()) + ".";
        string verb = subject.Count > 1 ? clause.Verb : ThirdPerson(clause.Verb);
        return $"{Join(subject)} {verb}{(rest.Length > 0 ? " " + rest : "")}.";
    }

    string Goal(PromptReading.Clause clause)
    {
        if (clause.Verb is null) return "get through this";
        var rest = string.Join(" ", clause.Rest.Select(w => w.StartsWith('@') ? Join(w[1..].Split(',').Select(i => Capital(byPerson[int.Parse(i, CultureInfo.InvariantCulture)].Name.ToLowerInvariant())).ToList()) : w));
        return $"{clause.Verb} {rest}".Trim();
    }

    double Exchange(ImmutableArray<FountainNode>.Builder body, List<PlannedCharacter> people, Segment seg, StoryStage stage, ref Pcg32 dice, double room)
    {
        double spent = 0;
        int lines = people.Count == 1 ? 1 : 2 + dice.Next(3);
        var speaker = people[dice.Next(people.Count)];
        for (int n = 0; n < lines && (n == 0 || spent < room); n++)
        {
            var other = people.Count > 1 ? people.Where(p => p != speaker).ToList()[dice.Next(people.Count - 1)] : null;
            string text = Line(stage, seg, other, ref dice);
            string? paren = null;
            if (other is null)
                paren = reading.Training ? "to camera" : reading.Radio || speaker.Role.Contains("astronaut") ? "into the radio" : speaker.Gender == 'f' ? "to herself" : "to himself";
            else if (dice.Chance(0.15)) paren = LineBook.Parentheticals[dice.Next(LineBook.Parentheticals.Length)].Replace("her breath", speaker.Gender == 'f' ? "her breath" : "his breath");
            spent += Say(body, speaker.Name, null, paren, text);
            if (other is not null) speaker = other;
        }
        return spent;
    }

    double Say(ImmutableArray<FountainNode>.Builder body, string name, string? extension, string? parenthetical, string text)
    {
        var parts = ImmutableArray.CreateBuilder<FountainNode>();
        if (parenthetical is not null) parts.Add(new ParentheticalNode(default, parenthetical));
        parts.Add(new DialogueNode(default, text));
        body.Add(new DialogueBlockNode(default, name, extension is null ? [] : [extension], Forced: false, Dual: false, parts.ToImmutable()));
        return ScreenTime.Speech(text);
    }

    string Line(StoryStage stage, Segment seg, PlannedCharacter? other, ref Pcg32 dice)
    {
        var cores = LineBook.Cores[stage];
        for (int attempt = 0; ; attempt++)
        {
            string opener = LineBook.Openers[dice.Next(LineBook.Openers.Length)];
            if (other is null && opener.Contains("{other}")) opener = "";
            string core = cores[dice.Next(cores.Length)];
            string tail = attempt < 50 ? LineBook.Tails[dice.Next(LineBook.Tails.Length)] : $" {attempt}.";
            string line = (opener + core + tail)
                .Replace("{other}", other is null ? "" : Capital(other.Name.ToLowerInvariant()))
                .Replace("{goal}", Goal(seg.Clause))
                .Replace("{place}", "the " + PlaceWords(seg))
                .Replace("{time}", seg.Time.ToLowerInvariant())
                .Replace("{thing}", seg.Place.Props[dice.Next(seg.Place.Props.Length)]);
            line = Capital(line.Replace("the the ", "the "));
            if (usedLines.Add(line) || attempt > 200) return line;
        }
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
