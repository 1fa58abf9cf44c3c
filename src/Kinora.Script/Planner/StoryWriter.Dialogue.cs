using System.Collections.Immutable;
using System.Text;

namespace Kinora.Script;

internal sealed partial class StoryWriter
{
    /// <summary>
    /// One exchange: a chain of intents for the stage (a question and its answer, a proposal and the objection to it),
    /// between two of the people present, turn about, on one topic. Speakers rotate across a scene so everyone talks.
    /// Returns the seconds it takes.
    /// </summary>
    double Exchange(ImmutableArray<FountainNode>.Builder body, List<PlannedCharacter> people, Segment seg, StoryStage stage, double room, ref int speakerTurn)
    {
        double spent = 0;
        string topic = Topic(seg);
        if (people.Count == 1 || reading.Training && people.Count > 0 && dice.Chance(0.7))
        {
            var alone = people[speakerTurn++ % people.Count];
            LineIntent[] intents = reading.Training ? [LineIntent.Instruct, LineIntent.Instruct, LineIntent.Instruct, LineIntent.Warn, LineIntent.Explain] : DialogueGrammar.Alone[stage];
            int count = 1 + (room > 12 ? dice.Next(2) : 0);
            for (int n = 0; n < count && spent < room; n++)
            {
                string text = Line(voices[alone.Name], alone.Name, null, eventJustHappened ? LineIntent.Witness : dice.Pick(intents), topic, seg, stage);
                eventJustHappened = false;
                string paren = reading.Training ? "to camera" : reading.Radio || alone.Role.Contains("astronaut") ? "into the radio" : alone.Gender == 'f' ? "to herself" : "to himself";
                spent += Say(body, alone.Name, null, n == 0 ? paren : null, text);
            }
            return spent;
        }
        var chain = dice.Pick(DialogueGrammar.Exchanges[stage]);
        // Right after the scene's event, the first thing anyone says is about what just happened.
        if (eventJustHappened) chain = [LineIntent.Witness, .. chain[1..]];
        eventJustHappened = false;
        // Whoever has not spoken yet in the film speaks first, or answers; then turn about.
        var speaker = people.FirstOrDefault(p => !spoken.Contains(p.Name)) ?? people[speakerTurn++ % people.Count];
        // Nobody answers themselves: a new exchange does not open with whoever spoke last.
        if (speaker.Name == lastSpeaker) speaker = people.First(p => p.Name != lastSpeaker);
        var others = people.Where(p => p != speaker).ToList();
        var listener = others.FirstOrDefault(p => !spoken.Contains(p.Name)) ?? others[dice.Next(others.Count)];
        int length = Math.Min(chain.Length, 2 + (int)(room / 5));
        for (int n = 0; n < length && (n == 0 || spent + 2 < room); n++)
        {
            var intent = chain[n];
            string text = Line(voices[speaker.Name], speaker.Name, listener, intent, topic, seg, stage);
            spent += Say(body, speaker.Name, null, Parenthetical(intent, speaker), text);
            (speaker, listener) = (listener, speaker);
        }
        return spent;
    }

    string? Parenthetical(LineIntent intent, PlannedCharacter speaker)
    {
        if (!dice.Chance(0.18)) return null;
        string[] options = intent switch
        {
            LineIntent.Confess => ["quietly", "not looking up", "beat"],
            LineIntent.Tease => ["dry", "grinning", "deadpan"],
            LineIntent.Command or LineIntent.Warn or LineIntent.Alarm => ["shouting", "over the noise"],
            LineIntent.Reassure or LineIntent.Thank => ["softly", speaker.Gender == 'f' ? "under her breath" : "under his breath"],
            LineIntent.Object => ["firmly", "beat"],
            _ => ["beat", "smiling", "half to " + (speaker.Gender == 'f' ? "herself" : "himself")],
        };
        return dice.Pick(options);
    }

    double Say(ImmutableArray<FountainNode>.Builder body, string name, string? extension, string? parenthetical, string text)
    {
        var parts = ImmutableArray.CreateBuilder<FountainNode>();
        if (parenthetical is not null) parts.Add(new ParentheticalNode(default, parenthetical));
        parts.Add(new DialogueNode(default, text));
        spoken.Add(name);
        lastSpeaker = name;
        body.Add(new DialogueBlockNode(default, name, extension is null ? [] : [extension], Forced: false, Dual: false, parts.ToImmutable()));
        return ScreenTime.Speech(text);
    }

    /// <summary>What an exchange is about: a thing in the place, or what the scene is working toward.</summary>
    string Topic(Segment seg)
    {
        var things = seg.Clause.Rest.Count is > 1 and <= 5 && seg.Clause.Rest[0] is "the" or "a" or "an" && seg.Clause.Rest.All(w => !w.StartsWith('@'))
            ? "the " + string.Join(" ", seg.Clause.Rest.Skip(1)) : null;
        if (things is not null && dice.Chance(0.3)) return things;
        return "the " + (dice.Chance(0.6) ? dice.Pick(seg.Place.Props) : dice.Pick(seg.Place.Features));
    }

    /// <summary>
    /// A line with this intent in this voice, never one the film has used. When a voice runs short of new combinations
    /// the line grows a second sentence from the same voice, which multiplies what is left.
    /// </summary>
    string Line(Voice voice, string speaker, PlannedCharacter? listener, LineIntent intent, string topic, Segment seg, StoryStage stage)
    {
        for (int attempt = 0; ; attempt++)
        {
            string text = Fill(dice.Pick(DialogueGrammar.Templates[intent]), voice, speaker, listener, topic, seg);
            if (attempt >= 12) text += " " + Fill(dice.Pick(DialogueGrammar.Templates[dice.Pick(DialogueGrammar.Alone[stage])]), voice, speaker, listener, topic, seg);
            if (attempt >= 40) text += " " + Fill(dice.Pick(DialogueGrammar.Templates[LineIntent.Observe]), voice, speaker, listener, "the " + dice.Pick(seg.Place.Features), seg);
            text = Tidy(text);
            if (usedLines.Add(text) || attempt > 400) return text;
        }
    }

    string Fill(string template, Voice voice, string speaker, PlannedCharacter? listener, string topic, Segment seg)
    {
        string Name(PlannedCharacter c) => Capital(c.Name.ToLowerInvariant());
        string address = listener is null ? "" : dice.Pick(voice.Address).Replace("{name}", Name(listener));
        string goal = GoalFrom(seg);
        // Nobody talks about themselves in the third person: "we rescue Tom" in Tom's mouth is "we rescue me".
        goal = goal.Replace(Capital(speaker.ToLowerInvariant()), "me");
        if (listener is not null) goal = goal.Replace(Name(listener), "you");
        string place = "the " + PlaceWords(seg);
        // With no weather to speak of, people speak of what the place sounds like.
        string weather = seg.Weather switch
        {
            "STORM" => "storm", "RAIN" => "rain", "SNOW" => "snow", "FOG" => "fog", "WIND" => "wind", "SUN" => "heat", "CLEARING" => "calm",
            _ => seg.Place.Kind switch
            {
                "kitchen" or "diner" => "rush", "warehouse" or "office" or "school" or "market" or "station" => "noise", "city" => "traffic",
                "desert" => "dust", "house" => "quiet", _ => "wind",
            },
        };
        var sb = new StringBuilder(template);
        sb.Replace("{open}", dice.Chance(0.45) ? dice.Pick(voice.Open) : "")
            .Replace("{close}", dice.Pick(voice.Close))
            .Replace("{addr2}", address.Length > 0 && address[0] != 'y' && dice.Chance(0.4) ? Capital(address) + "! " : "")
            .Replace("{addr}", address.Length > 0 && dice.Chance(0.45) ? ", " + address : "")
            .Replace("{wrong}", dice.Pick(voice.Wrong)).Replace("{good}", dice.Pick(voice.Good))
            .Replace("{Hurry}", Fresh(voice.Hurry)).Replace("{Calm}", Fresh(voice.Calm)).Replace("{Doubt}", Fresh(voice.Doubt))
            .Replace("{Saying}", Fresh(voice.Sayings)).Replace("{saying}", Fresh(voice.Sayings))
            .Replace("{Oath}", dice.Pick(voice.Oaths)).Replace("{oath}", dice.Pick(voice.Oaths))
            .Replace("{Like}", Capital(dice.Pick(voice.Like))).Replace("{like}", dice.Pick(voice.Like))
            .Replace("{Topic}", Capital(topic)).Replace("{topic}", topic)
            .Replace("{goal}", goal).Replace("{Place}", Capital(place)).Replace("{place}", place)
            .Replace("{time}", seg.Time.ToLowerInvariant()).Replace("{weather}", weather)
            .Replace("{feature}", dice.Pick(seg.Place.Features)).Replace("{thing}", dice.Pick(seg.Place.Props))
            .Replace("{other}", listener is null ? "" : Name(listener));
        return sb.ToString();
    }

    /// <summary>
    /// A whole sentence from a voice (a saying, a reassurance) that the film has not heard yet, while there are any:
    /// people repeat their words, but a film that repeats its lines sounds like a machine.
    /// </summary>
    string Fresh(string[] sentences)
    {
        var unused = sentences.Where(x => !usedSentences.Contains(x)).ToList();
        string pick = unused.Count > 0 ? dice.Pick(unused) : dice.Pick(sentences);
        usedSentences.Add(pick);
        return pick;
    }

    /// <summary>Spaces, doubled stops and capitals after a sentence ends, as a person would type them.</summary>
    static string Tidy(string text)
    {
        var s = text.Replace("  ", " ").Replace("together together", "together").Replace(".!", "!").Replace(".?", "?").Replace("?.", "?").Replace("!.", "!").Trim();
        while (s.Contains("  ", StringComparison.Ordinal)) s = s.Replace("  ", " ");
        var chars = s.ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i])) { chars[i] = char.ToUpperInvariant(chars[i]); start = false; }
            else if (chars[i] is '.' or '!' or '?') start = i + 1 < chars.Length && chars[i + 1] == ' ' && !(i >= 2 && chars[i - 1] == '.' && chars[i - 2] == '.');
            else if (!char.IsWhiteSpace(chars[i])) start = false;
        }
        return new string(chars);
    }
}
