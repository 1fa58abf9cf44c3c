using System.Collections.Immutable;
using Kinora.Core;
using Kinora.Script;

namespace Kinora.Production;

/// <summary>What the user asked for beyond the screenplay: the film's length in seconds if fixed, the format, the seed.</summary>
public sealed record PlanRequest(long Seed, double? Duration, FilmFormat? Format = null, string? Title = null);

/// <summary>
/// Turns a screenplay and its bible into a production: fills the bible's gaps from the seed, places every scene
/// on the story clock and the film clock, and breaks scenes into beats through the action vocabulary.
/// </summary>
public static class ProductionPlanner
{
    /// <summary>Longest film Kinora makes, in seconds (three hours).</summary>
    public const double MaxDuration = 3 * 3600;

    /// <summary>Most scenes in one film (a feature has about 150; a three-hour film with very short scenes, under 1,000).</summary>
    public const int MaxScenes = 2000;

    /// <summary>Most characters in one film.</summary>
    public const int MaxCast = 200;

    public static Production Plan(Screenplay screenplay, Bible? bible, PlanRequest request)
    {
        if (screenplay.Scenes.IsEmpty)
            throw new InputException(new SourceLocation(screenplay.File, 1, 1), "the screenplay has no scenes: add a scene heading such as INT. KITCHEN - DAY");
        if (screenplay.Scenes.Length > MaxScenes)
            throw new InputException(screenplay.Scenes[MaxScenes].Where, $"the screenplay has {screenplay.Scenes.Length:N0} scenes, more than the {MaxScenes:N0} Kinora films (a feature has about 150): split it into several films");
        var names = Casting.Names(screenplay);
        if (names.Length > MaxCast)
            throw new InputException(new SourceLocation(screenplay.File, 1, 1), $"the screenplay has {names.Length:N0} characters, more than the {MaxCast} Kinora casts: check that character cues are names (a cue is a line in capitals before dialogue)");
        var filled = FillBible(screenplay, bible, request);
        var scenes = LayOut(screenplay, filled, filled.Duration);
        return new Production(screenplay, filled, scenes);
    }

    public static Bible FillBible(Screenplay screenplay, Bible? bible, PlanRequest request)
    {
        long seed = request.Seed;
        if (bible is not null) CheckCast(screenplay, bible);
        var style = bible?.Style ?? new Style(LookFor(screenplay), 0.15);
        if (style.Palette.IsDefaultOrEmpty) style = style with { Palette = Style.DefaultPalette };
        var cast = Casting.Cast(screenplay, bible?.Cast ?? [], seed, style.Palette);
        var locations = Locations.Resolve(screenplay, bible?.Locations ?? [], seed);
        var format = request.Format ?? bible?.Format ?? new FilmFormat(1920, 1080, 24);
        string title = request.Title ?? (bible is { Title: not "Untitled" } ? bible.Title : screenplay.Title);
        return new Bible(title, seed, format, style, cast, locations)
        {
            Duration = request.Duration ?? bible?.Duration,
            CastSources = bible?.CastSources ?? ImmutableDictionary<string, SourceLocation>.Empty,
        };
    }

    /// <summary>
    /// Every cast member a bible file names must be in the screenplay (speaking, or introduced in an action line): an
    /// entry for nobody is a typo or a leftover, and would silently dress no one.
    /// </summary>
    static void CheckCast(Screenplay screenplay, Bible bible)
    {
        if (bible.CastSources.IsEmpty) return;
        var names = new HashSet<string>(Casting.Names(screenplay), StringComparer.OrdinalIgnoreCase);
        var errors = new List<Diagnostic>();
        foreach (var c in bible.Cast)
            if (!names.Contains(c.Name) && bible.CastSources.TryGetValue(c.Name, out var at))
                errors.Add(new Diagnostic(at, $"the bible casts '{c.Name}', who is not in the screenplay: remove the entry, or fix the name to one of {(names.Count == 0 ? "(none)" : string.Join(", ", names.Order(StringComparer.Ordinal)))}"));
        if (errors.Count > 0) throw new InputException(errors);
    }

    static string LookFor(Screenplay screenplay)
    {
        string t = string.Join(" ", screenplay.Scenes.SelectMany(s => s.Elements.OfType<ActionElement>().Select(a => a.Text))).ToLowerInvariant();
        if (t.Contains("detective") || t.Contains("noir")) return "noir";
        if (t.Contains("documentary") || t.Contains("training")) return "documentary";
        if (t.Contains("sunset") || t.Contains("summer")) return "warm";
        return "natural";
    }

    static ImmutableArray<ScenePlan> LayOut(Screenplay screenplay, Bible bible, double? duration)
    {
        // First pass: every beat at its natural length.
        var drafts = new List<(Scene Scene, LocationSpec Location, List<DraftBeat> Beats, string TransitionIn)>();
        var seenLocations = new HashSet<string>();
        string transition = "CUT";
        foreach (var scene in screenplay.Scenes)
        {
            var location = bible.Location(Locations.NameOf(scene))!;
            var beats = BeatsOf(scene, screenplay, bible, firstVisit: seenLocations.Add(location.Name));
            drafts.Add((scene, location, beats, transition));
            transition = "CUT";
            foreach (var t in scene.Elements.OfType<TransitionElement>())
                transition = t.Text.ToUpperInvariant() switch
                {
                    var s when s.Contains("DISSOLVE") => "DISSOLVE",
                    var s when s.Contains("FADE") => "FADE",
                    _ => "CUT",
                };
        }

        // Second pass: fit the requested length. Dialogue keeps close to its spoken length; the rest breathes.
        double dialogue = drafts.Sum(d => d.Beats.Where(b => b.Kind == BeatKind.Dialogue).Sum(b => b.Natural));
        double other = drafts.Sum(d => d.Beats.Where(b => b.Kind != BeatKind.Dialogue).Sum(b => b.Natural));
        double total = dialogue + other;
        double dialogueScale = 1, otherScale = 1;
        if (duration is { } d)
        {
            double factor = d / total;
            if (factor >= 1)
            {
                dialogueScale = Math.Min(factor, 1.25);
                otherScale = other > 0 ? (d - dialogue * dialogueScale) / other : 1;
                if (other <= 0) dialogueScale = factor;
            }
            else dialogueScale = otherScale = factor;
        }

        int fps = bible.Format.Fps;
        double targetEnd = duration ?? total * 1.0;
        long totalFrames = Math.Max(1, (long)Math.Round(targetEnd * fps));
        double scaledTotal = dialogue * dialogueScale + other * otherScale;

        var plans = ImmutableArray.CreateBuilder<ScenePlan>();
        double cursor = 0;      // unrounded film time
        StoryTime? clock = null;
        string weather = "clear";
        foreach (var (scene, location, beats, transitionIn) in drafts)
        {
            var clockStart = StoryClock.Next(clock, scene.TimeOfDay, location);
            weather = WeatherOf(scene, previous: weather, sameDay: clock is { } c && clockStart.DayOfYear == c.DayOfYear && clockStart.Hour - c.Hour < 6);
            double sceneStart = Snap(cursor, scaledTotal, totalFrames, fps);
            var placed = ImmutableArray.CreateBuilder<Beat>();
            foreach (var b in beats)
            {
                double len = b.Natural * (b.Kind == BeatKind.Dialogue ? dialogueScale : otherScale);
                double start = Snap(cursor, scaledTotal, totalFrames, fps);
                cursor += len;
                double end = Snap(cursor, scaledTotal, totalFrames, fps);
                if (end <= start) continue;   // a beat squeezed below one frame is dropped, never negative
                placed.Add(new Beat(placed.Count, start, end, b.Kind, b.Subject, b.Target, b.Verb, b.Text, b.Parenthetical, b.Where));
            }
            double sceneEnd = Snap(cursor, scaledTotal, totalFrames, fps);
            if (sceneEnd <= sceneStart || placed.Count == 0) continue;
            var cast = beats.SelectMany(b => b.VoiceOnly ? [b.Target] : new[] { b.Subject, b.Target }).OfType<string>().Distinct().ToImmutableArray();
            plans.Add(new ScenePlan(plans.Count, scene.Heading, location, Locations.IsInterior(scene), clockStart, weather,
                sceneStart, sceneEnd, cast, placed.ToImmutable(), transitionIn, scene.Where));
            clock = clockStart.Plus((sceneEnd - sceneStart) / 3600);
        }
        if (plans.Count == 0)
            throw new InputException(new SourceLocation(screenplay.File, 1, 1), "the screenplay has nothing to film: give its scenes some action or dialogue");
        // A transition after the last scene ("FADE OUT.") ends the film.
        if (transition != "CUT") plans[^1] = plans[^1] with { TransitionOut = transition };
        return plans.ToImmutable();
    }

    /// <summary>Maps the running natural time onto whole frames of the requested length, so cuts fall on frames.</summary>
    static double Snap(double cursor, double scaledTotal, long totalFrames, int fps)
    {
        double share = scaledTotal <= 0 ? 0 : Math.Clamp(cursor / scaledTotal, 0, 1);
        return Math.Round(share * totalFrames) / fps;
    }

    /// <summary>VoiceOnly: a line heard over the scene (V.O., O.S.) from someone who is not on the set.</summary>
    sealed record DraftBeat(BeatKind Kind, string? Subject, string? Target, string Verb, string Text, string? Parenthetical, SourceLocation Where, double Natural, bool VoiceOnly = false);


    static List<DraftBeat> BeatsOf(Scene scene, Screenplay screenplay, Bible bible, bool firstVisit)
    {
        var beats = new List<DraftBeat>
        {
            new(BeatKind.Establish, null, null, "establish", scene.Heading, null, scene.Where, firstVisit ? 5.0 : 3.0),
        };
        var names = Casting.Names(screenplay);
        string? lastSubject = null;
        string? lastSpeaker = null;
        var present = new List<string>();
        foreach (var element in scene.Elements)
        {
            switch (element)
            {
                case ActionElement a:
                    foreach (var sentence in Casting.SplitSentences(a.Text))
                    {
                        var named = names.Where(n => Casting.NamePattern(n).IsMatch(sentence))
                            .OrderBy(n => Casting.NamePattern(n).Match(sentence).Index).ToList();
                        string lower = " " + sentence.ToLowerInvariant() + " ";
                        string? subject = named.FirstOrDefault();
                        if (subject is null && (lower.StartsWith(" she ") || lower.StartsWith(" he ") || lower.StartsWith(" they "))) subject = lastSubject;
                        string? target = named.Skip(1).FirstOrDefault();
                        if (subject is not null && target is null && lower.StartsWith(" they ")) target = present.FirstOrDefault(p => p != subject);
                        foreach (var n in named) if (!present.Contains(n)) present.Add(n);
                        if (subject is not null && !present.Contains(subject)) present.Add(subject);
                        string verb = VerbOf(lower);
                        int words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                        double natural = Math.Clamp(1.4 + 0.26 * words, 2.5, 7.0);
                        beats.Add(new DraftBeat(BeatKind.Action, subject, target, verb, sentence, null, a.Where, natural));
                        if (subject is not null) lastSubject = subject;
                    }
                    break;
                case DialogueElement d when d.Unseen && !present.Contains(d.Character):
                    {
                        // Heard over whoever is on the set; the next line still answers the last person seen speaking.
                        double natural = SpokenLength(d, bible);
                        beats.Add(new DraftBeat(BeatKind.Dialogue, d.Character, null, "talk", d.Text, d.Parenthetical, d.Where, natural, VoiceOnly: true));
                    }
                    break;
                case DialogueElement d:
                    {
                        if (!present.Contains(d.Character)) present.Add(d.Character);
                        string? target = lastSpeaker != null && lastSpeaker != d.Character ? lastSpeaker : present.FirstOrDefault(p => p != d.Character);
                        double natural = SpokenLength(d, bible);
                        beats.Add(new DraftBeat(BeatKind.Dialogue, d.Character, target, "talk", d.Text, d.Parenthetical, d.Where, natural));
                        lastSpeaker = d.Character;
                        lastSubject = d.Character;
                    }
                    break;
                case LyricsElement l:
                    beats.Add(new DraftBeat(BeatKind.Action, lastSpeaker, null, "stand", l.Text, null, l.Where, 3.0));
                    break;
            }
        }
        return beats;
    }

    /// <summary>Seconds a line takes at its speaker's rate, with a breath before it.</summary>
    static double SpokenLength(DialogueElement d, Bible bible)
    {
        int words = d.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        int rate = bible.Member(d.Character)?.Voice.Rate ?? 160;
        return 0.9 + words * 60.0 / rate * 1.12;
    }

    static string VerbOf(string lowerSentence)
    {
        int best = int.MaxValue;
        string verb = "stand";
        foreach (var (stem, v) in Vocabulary.Verbs)
        {
            int i = lowerSentence.IndexOf(" " + stem, StringComparison.Ordinal);
            if (i >= 0 && i < best) { best = i; verb = v; }
        }
        return verb;
    }

    static string WeatherOf(Scene scene, string previous, bool sameDay)
    {
        string text = " " + (scene.Heading + " " + string.Join(" ", scene.Elements.OfType<ActionElement>().Select(a => a.Text))).ToLowerInvariant() + " ";
        foreach (var (word, weather) in Vocabulary.Weather)
        {
            int i = Vocabulary.IndexOfWord(text, word);
            if (i < 0) continue;
            string after = text.Substring(i, Math.Min(40, text.Length - i));
            if (Vocabulary.WeatherEnds.Any(e => after.Contains(" " + e))) return "clear";
            return weather;
        }
        // The heading may name weather the word list does not know ("EXT. MOOR - DOWNPOUR"): its parts go to the model.
        // Parts that already mean a place or a time of day are not weather, and never wake the model.
        var parts = scene.Location.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !Vocabulary.Places.Any(pl => Vocabulary.HasWord(p, pl.Word)));
        string tod = scene.TimeOfDay.Trim();
        if (Vocabulary.HourOf(tod, 6, 18) is null && !StoryClock.Continuity.Contains(tod.ToUpperInvariant())) parts = parts.Append(tod);
        foreach (var part in parts)
            if (part.Length > 2 && Vocabulary.WeatherOfWord(part) is { } near) return near;
        return sameDay ? previous : "clear";
    }
}
