using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// One thing an action line does to a thing: at film time At (seconds), Who (a character, or null when the
/// thing acts alone: "the box falls") does Verb to the prop named by Noun, aiming at Target if any.
/// </summary>
public sealed record PropCue(double At, double End, PropVerb Verb, string? Who, string? Target, PropDesign? Design, bool Plural, string Noun, int BeatIndex)
{
    /// <summary>Verb stems of action lines → what they do to a thing; the earliest in the sentence wins.</summary>
    public static readonly IReadOnlyList<(string Stem, PropVerb Verb)> Stems =
    [
        ("knock", PropVerb.KnockOver), ("topple", PropVerb.KnockOver), ("tip over", PropVerb.KnockOver), ("tips over", PropVerb.KnockOver),
        ("kick", PropVerb.KnockOver), ("overturn", PropVerb.KnockOver), ("push over", PropVerb.KnockOver), ("pushes over", PropVerb.KnockOver),
        ("throw", PropVerb.Throw), ("threw", PropVerb.Throw), ("toss", PropVerb.Throw), ("hurl", PropVerb.Throw), ("fling", PropVerb.Throw), ("flung", PropVerb.Throw), ("lob", PropVerb.Throw),
        ("drop", PropVerb.Drop), ("lets go", PropVerb.Drop), ("let go", PropVerb.Drop),
        ("fall", PropVerb.Fall), ("fell", PropVerb.Fall), ("tumble", PropVerb.Fall), ("slip", PropVerb.Fall),
        ("put down", PropVerb.PutDown), ("puts down", PropVerb.PutDown), ("puts the", PropVerb.PutDown), ("put the", PropVerb.PutDown),
        ("set down", PropVerb.PutDown), ("sets down", PropVerb.PutDown), ("sets the", PropVerb.PutDown), ("place", PropVerb.PutDown),
        ("lays", PropVerb.PutDown), ("stack", PropVerb.PutDown), ("lower", PropVerb.PutDown),
        ("pick", PropVerb.PickUp), ("lift", PropVerb.PickUp), ("grab", PropVerb.PickUp), ("take", PropVerb.PickUp), ("took", PropVerb.PickUp),
        ("carr", PropVerb.PickUp), ("hold", PropVerb.PickUp), ("haul", PropVerb.PickUp), ("raise", PropVerb.PickUp),
        ("get in", PropVerb.GetIn), ("gets in", PropVerb.GetIn), ("got in", PropVerb.GetIn), ("climb in", PropVerb.GetIn), ("climbs in", PropVerb.GetIn),
        ("board", PropVerb.GetIn), ("step into", PropVerb.GetIn), ("steps into", PropVerb.GetIn), ("pile into", PropVerb.GetIn), ("piles into", PropVerb.GetIn),
        ("get out", PropVerb.GetOut), ("gets out", PropVerb.GetOut), ("got out", PropVerb.GetOut), ("climb out", PropVerb.GetOut), ("climbs out", PropVerb.GetOut),
        ("step out", PropVerb.GetOut), ("steps out", PropVerb.GetOut), ("pile out", PropVerb.GetOut), ("piles out", PropVerb.GetOut), ("stop at", PropVerb.GetOut),
        ("stops at", PropVerb.GetOut), ("pull up", PropVerb.GetOut), ("pulls up", PropVerb.GetOut), ("park", PropVerb.GetOut),
        ("drive", PropVerb.Drive), ("drove", PropVerb.Drive), ("sail", PropVerb.Drive), ("rows the", PropVerb.Drive), ("row the", PropVerb.Drive), ("rowing", PropVerb.Drive), ("rowed", PropVerb.Drive),
        ("rows out", PropVerb.Drive), ("row out", PropVerb.Drive), ("motor", PropVerb.Drive),
        ("cruise", PropVerb.Drive), ("steer", PropVerb.Drive), ("speed", PropVerb.Drive), ("leave the harbour", PropVerb.Drive), ("leaves the harbour", PropVerb.Drive),
        ("open", PropVerb.OpenDoor), ("close", PropVerb.CloseDoor), ("shut", PropVerb.CloseDoor), ("slam", PropVerb.CloseDoor),
    ];

    /// <summary>The nouns that name vehicles: cars and boats.</summary>
    public static readonly IReadOnlyList<(string Word, VehicleKind Kind)> Vehicles =
    [
        ("car", VehicleKind.Car), ("van", VehicleKind.Car), ("truck", VehicleKind.Car), ("jeep", VehicleKind.Car), ("convertible", VehicleKind.Car), ("taxi", VehicleKind.Car),
        ("boat", VehicleKind.Boat), ("dinghy", VehicleKind.Boat), ("trawler", VehicleKind.Boat), ("rowboat", VehicleKind.Boat), ("skiff", VehicleKind.Boat), ("ferry", VehicleKind.Boat),
    ];

    static readonly string[] StowedWords = [" pocket", " under his arm", " under her arm", " under their arm", " in his belt", " in her belt", " on a strap", " round his neck", " round her neck"];

    /// <summary>Whether the thing named at nounAt is described as carried on the person, within the next few words.</summary>
    static bool Stowed(string text, int nounAt)
    {
        string after = text.Substring(nounAt, Math.Min(32, text.Length - nounAt));
        return StowedWords.Any(w => after.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The cues of every action beat in a scene, in film order.</summary>
    public static IReadOnlyList<PropCue> Read(ScenePlan scene)
    {
        var cues = new List<PropCue>();
        foreach (var beat in scene.Beats)
        {
            if (beat.Kind != BeatKind.Action) continue;
            string text = " " + beat.Text.ToLowerInvariant() + " ";
            int verbAt = int.MaxValue;
            PropVerb? verb = null;
            foreach (var (stem, v) in Stems)
            {
                int i = text.IndexOf(" " + stem, StringComparison.Ordinal);
                if (i >= 0 && i < verbAt) { verbAt = i; verb = v; }
            }
            var named = PropCatalogue.Named(text, out int nounAt);
            VehicleKind? vehicle = null;
            foreach (var (word, kind) in Vehicles)
                if (Vocabulary.HasWord(text, word)) { vehicle = kind; break; }
            if (verb is PropVerb.GetIn or PropVerb.GetOut or PropVerb.Drive)
            {
                // Sailing or rowing needs no "boat" in the line; driving needs no "car".
                vehicle ??= text.Contains(" sail", StringComparison.Ordinal) || text.Contains(" row", StringComparison.Ordinal) || text.Contains("harbour", StringComparison.Ordinal) ? VehicleKind.Boat
                    : text.Contains(" driv", StringComparison.Ordinal) || text.Contains(" drove", StringComparison.Ordinal) ? VehicleKind.Car : null;
                if (vehicle is { } k)
                {
                    cues.Add(new PropCue(beat.Start, beat.End, verb.Value, beat.Subject, beat.Target, null, beat.Subject is null || text.StartsWith(" they ", StringComparison.Ordinal), k.ToString().ToLowerInvariant(), beat.Index));
                    continue;
                }
                verb = null;
            }
            if (verb is PropVerb.OpenDoor or PropVerb.CloseDoor)
            {
                if (Vocabulary.HasWord(text, "door"))
                {
                    cues.Add(new PropCue(beat.Start, beat.End, verb.Value, beat.Subject, null, null, false, "door", beat.Index));
                    continue;
                }
                verb = null;   // "opens the box": the box is just there
            }
            if (named is not { } prop) continue;
            // "a notebook in one pocket", "a map under her arm": worn with the costume, not set on the floor.
            if (verb is null && Stowed(text, nounAt)) continue;
            // A prop named with no verb we know is just there: brought into the scene where its subject stands.
            var what = verb ?? PropVerb.Bring;
            // "The box falls": the prop is the subject when it is named before the verb and no one is.
            string? who = beat.Subject;
            if (what == PropVerb.Fall && nounAt < verbAt && (beat.Subject is null || text.IndexOf(beat.Subject.ToLowerInvariant(), StringComparison.Ordinal) > nounAt)) who = null;
            cues.Add(new PropCue(beat.Start, beat.End, what, who, beat.Target, prop.Design, prop.Plural, prop.Design.Name, beat.Index));
        }
        return cues;
    }
}
