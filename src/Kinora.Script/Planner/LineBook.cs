namespace Kinora.Script;

/// <summary>
/// What people say, by arc stage: an opener, a core tied to the goal and the place, and a tail, so a long film
/// has thousands of distinct lines and none repeats. Slots: {goal} {place} {time} {other} {thing}.
/// </summary>
internal static class LineBook
{
    public static readonly string[] Openers = ["", "", "", "{other}. ", "Listen. ", "Wait. ", "Look. ", "Hey. ", "Okay. ", "No. ", "Well. ", "So. ", "Right. ", "Easy. "];

    public static readonly string[] Tails = ["", "", "", " Now.", " Trust me.", " Please.", " I mean it.", " Believe me.", " Come on.", " Not yet.", " Not again.", " Quietly."];

    public static readonly Dictionary<StoryStage, string[]> Cores = new()
    {
        [StoryStage.Setup] =
        [
            "Another {time} on {place}.", "Nothing ever happens here.", "Same as always.", "You can set a clock by this place.",
            "I know every corner of {place}.", "Hand me the {thing}.", "It's quiet. Too quiet.", "I like it like this.",
            "Have you seen the {thing}?", "We should start.", "Is it always like this at {time}?", "First time here?",
        ],
        [StoryStage.Inciting] =
        [
            "Did you see that?", "Something's wrong.", "That wasn't there before.", "We have to {goal}.", "Who else knows?",
            "Tell me what happened.", "This changes everything.", "You're sure?", "Then there's no time to waste.", "Where did it come from?",
            "I've got a bad feeling.", "Show me.",
        ],
        [StoryStage.Rising] =
        [
            "Keep going.", "We're close.", "Not that way. This way.", "Stay with me.", "We'll {goal}, I promise.", "Give me the {thing}.",
            "How much further?", "Watch your step.", "I can't do this alone.", "It's harder than it looks.", "Don't stop now.",
            "We need a better plan.", "Follow me.", "One more try.",
        ],
        [StoryStage.Climax] =
        [
            "Now! Do it now!", "Hold on!", "It's now or never.", "I've got you!", "Don't let go!", "We {goal} or we lose everything.",
            "Together. On three.", "Almost there!", "Trust me!", "Everything we've got!", "Just one more!", "Look out!",
        ],
        [StoryStage.Resolution] =
        [
            "We did it.", "Look at that.", "I didn't think we'd make it.", "Thank you.", "It's over.", "Stay a while.",
            "I'll remember this {time}.", "So this is {place}.", "Same time tomorrow?", "Let's go home.", "Worth it.", "Breathe.",
        ],
    };

    public static readonly string[] Parentheticals = ["quietly", "beat", "smiling", "under her breath", "firmly", "softly", "not looking up", "grinning"];
}
