using System.Collections.Immutable;
using System.Globalization;

namespace Kinora.Script;

internal sealed partial class StoryWriter
{
    /// <summary>
    /// Writes one scene to its budget in seconds of film time: the place and hour, who comes in, then exchanges and
    /// business in turn, with the scene's event (the prompt's step, or the trouble or push its stage calls for) where it
    /// belongs. The last scene ends on the prompt's last step.
    /// </summary>
    double WriteScene(ImmutableArray<FountainNode>.Builder body, SceneSketch sketch, double budget, bool interior)
    {
        var seg = sketch.Segment;
        double spent = 0;
        void Action(string text) { body.Add(new ActionNode(default, text, Forced: false)); spent += ScreenTime.Action(text); }

        var people = PresentPeople(seg, sketch.EndsSegment).Select(p => byPerson[p.Index]).Distinct().ToList();
        // A lead alone in the middle of the story meets someone who belongs to the place, so the scene can talk back.
        if (people.Count == 1 && budget >= 30 && sketch.Stage is StoryStage.Inciting or StoryStage.Rising or StoryStage.Turn
            && mood is not ("instructive" or "observational" or "lonely") && sketch.Index % 2 == 1 && BitPart(seg.Place) is { } bit)
            people.Add(bit);
        string? eventLine = sketch.EndsSegment ? EventLine(seg.Clause) : StageEvent(sketch, people);
        // A scene of a few seconds is one picture: the place, the hour and what happens, in a single line.
        bool glimpse = budget < 9 && !sketch.Final && introduced.IsSupersetOf(people.Select(p => p.Name)) && eventLine is not null;
        if (glimpse)
        {
            Action(Unique(Establishing(seg) + " " + eventLine, seg));
            return spent;
        }
        bool brief = budget < 16;
        Action(Establishing(seg));
        if (reading.Documentary && !brief)
            spent += Say(body, "NARRATOR", "V.O.", null, Line(VoiceBook.Narrator, "NARRATOR", null, LineIntent.Narrate, Topic(seg), seg, sketch.Stage));

        var newcomers = people.Where(c => introduced.Add(c.Name)).ToList();
        var returning = people.Except(newcomers).ToList();
        // In a brief scene newcomers come on in one line; people already met come on together, or not at all when
        // the scene's event names them anyway.
        if (brief && newcomers.Count > 1) Action(Introduction(newcomers, seg, interior));
        else foreach (var c in newcomers) Action(Introduction([c], seg, interior));
        if (returning.Count > 0 && !(brief && eventLine is not null)) Action(Entrance(returning, seg, interior));

        double eventCost = eventLine is null ? 0 : ScreenTime.Action(eventLine);
        bool eventWritten = eventLine is null;
        int turns = 0, speakerTurn = 0;
        while (turns < 400)
        {
            double room = budget - spent - (eventWritten ? 0 : eventCost);
            if (room < 2.5) break;
            turns++;
            // The event lands a little past the middle of the scene, except the film's last, which ends on it.
            if (!eventWritten && !sketch.Final && spent >= budget * 0.55)
            {
                Action(Unique(eventLine!, seg));
                eventWritten = eventJustHappened = true;
                continue;
            }
            bool talk = people.Count > 1 ? turns % 2 == 1 || dice.Chance(0.3) : people.Count == 1 && (turns % 3 == 1 || reading.Training && turns % 2 == 1);
            if (talk) spent += Exchange(body, people, seg, sketch.Stage, room, ref speakerTurn);
            else Action(Business(people, seg));
        }
        if (!eventWritten) Action(Unique(eventLine!, seg));
        return spent;
    }

    IEnumerable<PromptReading.Person> PresentPeople(Segment seg, bool lastOfSegment)
    {
        var people = new List<PromptReading.Person>(seg.Clause.Subject);
        foreach (var p in seg.Clause.Mentioned)
            if (!people.Contains(p) && (lastOfSegment || introduced.Contains(byPerson[p.Index].Name))) people.Add(p);
        // A step with nobody doing it ("the market opens") is watched by the lead and whoever shares their role.
        if (people.Count == 0) people.AddRange(reading.People.Where(p => p.Role == reading.People[0].Role));
        return people;
    }

    /// <summary>The hour, the weather and the place, with a feature caught in that light; never the same twice in a film.</summary>
    string Establishing(Segment seg)
    {
        for (int attempt = 0; ; attempt++)
        {
            string light = dice.Pick(ActionBook.Light.GetValueOrDefault(seg.Time) ?? ActionBook.Light["DAY"]);
            string weather = seg.Weather is { } w && ActionBook.Weather.TryGetValue(w, out var ws) ? " " + dice.Pick(ws) : "";
            string place = dice.Chance(0.5)
                ? dice.Pick(seg.Place.Descriptions)
                : $"The {dice.Pick(seg.Place.Features)} {dice.Pick(ActionBook.FeatureDoes.GetValueOrDefault(seg.Time) ?? ActionBook.FeatureDoes["DAY"])}.";
            string text = $"{light}{weather} {place}";
            if (attempt > 20) text += $" The {dice.Pick(seg.Place.Features)} {dice.Pick(ActionBook.FeatureDoes["DAY"])}.";
            if (usedActions.Add(text) || attempt > 60) return text;
        }
    }

    /// <summary>First sight of one or more people: name, age, role and look, then what they are doing.</summary>
    string Introduction(List<PlannedCharacter> people, Segment seg, bool interior)
    {
        var who = people.Select(c =>
        {
            string article = c.Role.Contains(' ') || reading.People.Count(p => p.Role == c.Role) == 1 ? "the" : "a";
            string look = c.Look.Length > 0 ? $", {c.Look}" : "";
            return $"{c.Name} ({c.Age}), {article} {c.Role}{look}";
        }).ToList();
        bool many = people.Count > 1;
        string feature = dice.Pick(seg.Place.Features);
        string[] entries = interior
            ? [many ? "enter" : "enters", $"{(many ? "stand" : "stands")} by the {feature}", $"{(many ? "walk" : "walks")} to the {feature}", $"{(many ? "sit" : "sits")} by the {feature}", $"{(many ? "look" : "looks")} up from the {feature}"]
            : [$"{(many ? "walk" : "walks")} toward the {feature}", $"{(many ? "stand" : "stands")} by the {feature}", $"{(many ? "run" : "runs")} along the {feature}", $"{(many ? "look" : "looks")} at the {feature}", $"{(many ? "cross" : "crosses")} to the {feature}"];
        string entry = dice.Pick(entries);
        // Each person in a sentence of their own: Production casts a character from the sentences that name them.
        string text = many
            ? string.Concat(who.Select(w => w + ". ")) + $"{Join(people.Select(p => p.Name).ToList())} {entry}{Manner(Moving(entry))}."
            : $"{who[0]}, {entry}{Manner(Moving(entry))}.";
        usedActions.Add(text);
        return text;
    }

    string Entrance(List<PlannedCharacter> people, Segment seg, bool interior)
    {
        var names = Join(people.Select(p => p.Name).ToList());
        bool many = people.Count > 1;
        if (arriving && !interior)
        {
            string arrival = $"{names} {(many ? "pull" : "pulls")} up outside in the car and {(many ? "get" : "gets")} out.";
            usedActions.Add(arrival);
            return arrival;
        }
        for (int attempt = 0; ; attempt++)
        {
            string f = dice.Pick(seg.Place.Features);
            string[] ways = interior
                ? [many ? "enter" : "enters", $"{(many ? "come" : "comes")} in past the {f}", $"{(many ? "walk" : "walks")} in and {(many ? "cross" : "crosses")} to the {f}", $"{(many ? "enter" : "enters")} by the {f}"]
                : [many ? "walk in" : "walks in", $"{(many ? "arrive" : "arrives")} by the {f}", $"{(many ? "cross" : "crosses")} toward the {f}", $"{(many ? "head" : "heads")} for the {f}"];
            string text = $"{names} {dice.Pick(ways)}{Manner(moving: true)}.";
            if (usedActions.Add(text) || attempt > 40) return text;
        }
    }

    /// <summary>A person at work in the place, alone or with someone else present.</summary>
    string Business(List<PlannedCharacter> people, Segment seg)
    {
        for (int attempt = 0; ; attempt++)
        {
            var a = people.Count > 0 ? dice.Pick(people) : null;
            if (a is null) return Unique(dice.Pick(seg.Place.Descriptions), seg);
            var others = people.Where(p => p != a).ToList();
            bool together = others.Count > 0 && dice.Chance(0.4);
            string template = together ? dice.Pick(ActionBook.Together) : dice.Pick(ActionBook.Business);
            string text = template.Replace("{a}", a.Name).Replace("{b}", together ? dice.Pick(others).Name : "")
                .Replace("{f}", dice.Pick(seg.Place.Features)).Replace("{p}", dice.Pick(seg.Place.Props)) + Manner(Moving(template)) + ".";
            if (usedActions.Add(text) || attempt > 60) return text;
        }
    }

    /// <summary>How it is done, in the film's mood; "at a run" and "with a little skip" only for someone going somewhere.</summary>
    string Manner(bool moving)
    {
        var manners = ActionBook.Manner[mood];
        return dice.Pick(moving ? manners : manners.Where(m => !ActionBook.Gaits.Any(m.Contains)).ToArray());
    }

    static bool Moving(string phrase) => ActionBook.MovingVerbs.Any(v => phrase.Contains(v, StringComparison.Ordinal));

    /// <summary>What the stage asks of a scene that does not carry a step of the prompt: trouble at the inciting moment and the turn, the push at the climax.</summary>
    string? StageEvent(SceneSketch sketch, List<PlannedCharacter> people)
    {
        if (people.Count == 0) return null;
        var seg = sketch.Segment;
        string? template = sketch.Stage switch
        {
            StoryStage.Inciting or StoryStage.Turn => dice.Pick(ActionBook.Trouble[mood]),
            StoryStage.Climax => dice.Pick(ActionBook.Effort),
            _ => null,
        };
        return template?.Replace("{a}", dice.Pick(people).Name).Replace("{f}", dice.Pick(seg.Place.Features)).Replace("{p}", dice.Pick(seg.Place.Props));
    }

    /// <summary>The line itself if the film has not used it yet, else the same line placed in this scene's setting.</summary>
    string Unique(string line, Segment seg)
    {
        if (usedActions.Add(line)) return line;
        for (int attempt = 0; ; attempt++)
        {
            string placed = $"{line.TrimEnd('.')}, by the {dice.Pick(seg.Place.Features)}{Manner(Moving(line))}.";
            if (usedActions.Add(placed) || attempt > 40) return placed;
        }
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

    /// <summary>
    /// What the people in a scene are working toward: the next step of the prompt, from this one on, whose verb is an
    /// aim (rescue, find, cook) rather than a state (argue, walk, watch); its place words dropped, since they are there.
    /// </summary>
    string GoalFrom(Segment seg)
    {
        var clauses = reading.Clauses;
        int at = clauses.IndexOf(seg.Clause);
        var ahead = at < 0 ? [seg.Clause] : clauses.Skip(at).Where(c => c.Verb is not null).ToList();
        // No aim ahead: the story's first aim, or else its first action ("follow a red kite" rather than "run").
        var clause = ahead.FirstOrDefault(c => !NotAims.Contains(c.Verb!))
            ?? clauses.FirstOrDefault(c => c.Verb is not null && !NotAims.Contains(c.Verb))
            ?? clauses.FirstOrDefault(c => c.Verb is not null) ?? seg.Clause;
        if (clause.Verb is null) return "get through this";
        var words = clause.Rest.ToList();
        int placeAt = words.FindIndex(w => clause.PlaceWords is not null && w == clause.PlaceWords);
        if (placeAt >= 2 && words[placeAt - 1] == "the") words.RemoveRange(placeAt - 2, words.Count - (placeAt - 2));
        var rest = string.Join(" ", words.Select(w => w.StartsWith('@') ? Join(w[1..].Split(',').Select(i => Capital(byPerson[int.Parse(i, CultureInfo.InvariantCulture)].Name.ToLowerInvariant())).ToList()) : w));
        return $"{clause.Verb} {rest}".Trim();
    }

    static readonly HashSet<string> NotAims = ["argue", "talk", "walk", "sit", "stand", "look", "watch", "wait", "drive", "meet", "leave", "say", "tell", "run", "open", "search", "follow", "explore", "stop"];
}
