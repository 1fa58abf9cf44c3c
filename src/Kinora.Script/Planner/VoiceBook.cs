namespace Kinora.Script;

/// <summary>
/// The voices the planner writes in, one per family of roles (the sea, the law, the arts, the kitchen, children,
/// trades, space, friends), and the role each family speaks for. Openers and closers are empty strings as often as not:
/// most people do not decorate most lines.
/// </summary>
internal static class VoiceBook
{
    public static Voice For(string role) => role.Split(' ').Last() switch
    {
        "keeper" or "sailor" or "fisher" or "captain" => Sea,
        "detective" or "soldier" or "pilot" or "thief" => Law,
        "violinist" or "musician" or "painter" or "singer" or "dancer" => Art,
        "chef" or "waiter" => Kitchen,
        "girl" or "boy" or "child" or "student" => Child,
        "worker" or "farmer" or "driver" or "teacher" or "doctor" or "nurse" or "supervisor" or "forester" or "guard" or "warden" => Trade,
        "astronaut" or "scientist" or "robot" => Space,
        "narrator" => Narrator,
        _ => Friend,
    };

    public static readonly Voice Sea = new("sea",
        Open: ["", "", "", "Aye. ", "Steady. ", "Mind yourself. ", "Easy now. ", "Hear that? ", "Right then. ", "Hold fast. "],
        Close: ["", "", "", " Mark me.", " That's the sea for you.", " Always has been.", " No sense fighting it.", " Not tonight.", " Tide won't wait."],
        Address: ["{name}", "friend", "{name}", "mate", "{name}"],
        Wrong: ["won't hold", "is giving way", "has seen better days", "is no good in this", "is taking water", "is not where I left it", "is rattling loose"],
        Good: ["holds steady", "is sound", "will hold", "is lashed tight", "has never failed me", "is dry, at least"],
        Hurry: ["Haul, now.", "Move yourself.", "Sharp about it.", "Before the next wave.", "No dawdling.", "Heave!"],
        Calm: ["I've got you.", "Breathe with the swell.", "You're ashore now.", "Nothing out there can reach you here.", "Let it blow."],
        Doubt: ["The sea doesn't owe us anything.", "I've seen worse. Not much worse.", "Hard to say with this wind.", "Forty years and I still can't tell."],
        Sayings: ["My father said the sea gives back what it's given.", "A light is only a promise somebody keeps.", "You don't fight weather, you wait it out.", "Every wreck was somebody's good idea.", "Keep the lamp and the lamp keeps you."],
        Oaths: ["Hell's teeth.", "Blast it.", "God's sake.", "Devil take it."],
        Like: ["like a gull in a gale", "like a hull on the rocks", "like the tide coming in", "like an old rope"]);

    public static readonly Voice Law = new("law",
        Open: ["", "", "", "Look. ", "Okay. ", "Listen to me. ", "Here's the thing. ", "Stop. ", "Focus. ", "Between us? "],
        Close: ["", "", "", " Think about it.", " That's what bothers me.", " Write that down.", " Nobody does that by accident.", " I've seen it before.", " Don't make me ask twice."],
        Address: ["{name}", "{name}", "pal", "kid", "{name}"],
        Wrong: ["doesn't add up", "was moved", "is too clean", "tells me somebody lied", "wasn't there yesterday", "is the wrong kind of quiet"],
        Good: ["checks out", "is solid", "is exactly what I needed", "fits", "finally makes sense"],
        Hurry: ["Clock's running.", "We go now.", "Move.", "No time for this.", "Every minute counts."],
        Calm: ["You're safe. I mean that.", "Nobody's going to hurt you.", "Take your time. Start at the beginning.", "I'm not going anywhere."],
        Doubt: ["Maybe. Maybe not.", "I've been wrong before.", "Twenty years and it still surprises me.", "Could be nothing. It's never nothing."],
        Sayings: ["Everybody leaves something behind.", "People lie. Rooms don't.", "The first story is never the true one.", "If it's too easy, it's a trap.", "Follow the small things."],
        Oaths: ["Damn it.", "Great.", "Of course.", "Perfect."],
        Like: ["like a confession", "like somebody wanted it found", "like a bad alibi", "like a cold trail"]);

    public static readonly Voice Art = new("art",
        Open: ["", "", "", "Oh. ", "Listen. ", "Hush. ", "Wait. ", "Hm. ", "Honestly? ", "You know what? "],
        Close: ["", "", "", " It's almost music.", " Can you hear it?", " I could play that.", " Like a held note.", " Don't laugh.", " I mean it."],
        Address: ["{name}", "{name}", "love", "darling", "{name}"],
        Wrong: ["is out of tune", "sounds wrong", "has lost its colour", "is falling apart", "is too loud", "makes my hands shake"],
        Good: ["sings", "is beautiful, actually", "has a rhythm to it", "is perfect like that", "sounds like home"],
        Hurry: ["Now, before I lose my nerve.", "Quick, quick.", "Don't think. Go.", "On the beat. Now."],
        Calm: ["It's only a wrong note. We start again.", "Breathe. In for four.", "I'm here. I'm right here.", "Let it be quiet for a moment."],
        Doubt: ["I don't know if I can.", "Maybe I'm hearing things.", "Some nights it's all noise.", "I stopped trusting my ears."],
        Sayings: ["My teacher said the rest is part of the music.", "You play the room you're in.", "Nothing sounds the same twice.", "The hands remember what the head forgets."],
        Oaths: ["God.", "Oh no.", "Merde.", "Oh, come on."],
        Like: ["like a cello in an empty hall", "like the last bar of something", "like rain on a skylight", "like a song I used to know"]);

    public static readonly Voice Kitchen = new("kitchen",
        Open: ["", "", "", "Behind! ", "Heard. ", "Yes, chef. ", "Hands! ", "Corner! ", "Listen. ", "Oi. "],
        Close: ["", "", "", " Taste it.", " Service in ten.", " Again.", " Clean it as you go.", " That's the pass.", " Not in my kitchen."],
        Address: ["Chef", "{name}", "Chef", "{name}", "mate"],
        Wrong: ["is dying on the pass", "needs salt", "is a disgrace", "is burning", "is cold in the middle", "went out wrong", "is overworked"],
        Good: ["is perfect", "is seasoned right", "sings", "is plated clean", "is exactly how my mother made it"],
        Hurry: ["Fire it.", "Plates up. Now.", "Move, move.", "Tickets are stacking.", "Walking in!"],
        Calm: ["Breathe. It's just dinner.", "We've plated worse.", "One plate at a time.", "Nobody's walking out."],
        Doubt: ["Could work. Could kill somebody.", "I've never cooked it that way.", "Ask me after service.", "Maybe. If the stock holds."],
        Sayings: ["Salt, fat, acid, heat. Everything else is ego.", "You're only as good as your last plate.", "My first chef threw a pan at me for less.", "A clean station is a clear head."],
        Oaths: ["Bloody hell.", "Christ.", "Unbelievable.", "Come on."],
        Like: ["like a Saturday rush", "like a split sauce", "like a burnt roux", "like my first service"]);

    public static readonly Voice Child = new("child",
        Open: ["", "", "", "Look! ", "Wait, wait. ", "Whoa. ", "Hey! ", "Okay, okay. ", "Guess what? ", "Psst. "],
        Close: ["", "", "", " Promise.", " Cross my heart.", " It's true!", " I'm not scared.", " That's the rule.", " Race you!"],
        Address: ["{name}", "{name}", "silly", "{name}"],
        Wrong: ["is stuck", "is broken", "ran away", "is too high", "went all wobbly", "is being silly"],
        Good: ["is the best", "is so cool", "is flying", "is mine now", "looks like a dragon"],
        Hurry: ["Come on, come on!", "Faster!", "Don't stop!", "Last one there's a snail!"],
        Calm: ["It's okay. I've got it.", "I'm not crying.", "We can do it. Easy-peasy.", "Hold my hand."],
        Doubt: ["I don't know.", "Maybe it's magic.", "Grown-ups always say that.", "Is that allowed?"],
        Sayings: ["Grandpa says the wind is just the sky breathing.", "If you wish hard enough it counts.", "My teacher says always look up.", "Mum says never let go of the string."],
        Oaths: ["Oh no!", "Uh-oh.", "Nooo.", "Oops."],
        Like: ["like a bird", "like a big red fish", "like it wants to play", "like in my book"]);

    public static readonly Voice Trade = new("trade",
        Open: ["", "", "", "Right. ", "Okay, so. ", "First thing. ", "Watch this. ", "Careful. ", "Here's how. ", "Listen up. "],
        Close: ["", "", "", " Every time.", " No shortcuts.", " That's the job.", " Check it twice.", " Then you're done.", " Simple as that."],
        Address: ["{name}", "mate", "everyone", "{name}"],
        Wrong: ["isn't safe", "is blocking the way out", "is stacked too high", "is a hazard", "shouldn't be there", "is loose"],
        Good: ["is clear", "is safe now", "is by the book", "is stacked right", "passes inspection"],
        Hurry: ["Let's get it done.", "Don't rush it, but don't stop.", "Next one.", "Keep it moving."],
        Calm: ["Nobody's hurt. That's what matters.", "We'll do it properly.", "Take a second. Then lift.", "You've got this."],
        Doubt: ["Not sure that's rated for it.", "Ask the supervisor.", "Looks fine. Looks aren't enough.", "I wouldn't bet my back on it."],
        Sayings: ["Bend the knees, save the back.", "A clear exit is a clear conscience.", "Twenty years, no accidents. That's not luck.", "If you wouldn't do it with the boss watching, don't do it."],
        Oaths: ["Oh, for crying out loud.", "Honestly.", "Here we go.", "Typical."],
        Like: ["like it was never meant to be there", "like a trap waiting", "like the manual says", "like my first week"]);

    public static readonly Voice Space = new("space",
        Open: ["", "", "", "Copy. ", "Control. ", "Reading you. ", "Stand by. ", "Confirm. ", "Okay. ", "Note this. "],
        Close: ["", "", "", " Over.", " Logging it.", " Nominal otherwise.", " Say again?", " Out.", " Mark the time."],
        Address: ["Control", "{name}", "base", "{name}"],
        Wrong: ["is reading off nominal", "is not responding", "shows a fault", "has lost pressure", "is outside tolerance", "went dark"],
        Good: ["is nominal", "is green across the board", "is holding", "looks clean", "checks out"],
        Hurry: ["Go now.", "Window's closing.", "Execute.", "Thirty seconds.", "We proceed."],
        Calm: ["Suit's holding. So am I.", "One step at a time. That's the procedure.", "Heart rate's fine. Mostly.", "I'm okay. Really."],
        Doubt: ["Data's thin.", "Can't confirm from here.", "Might be the sensor.", "Negative on that, for now."],
        Sayings: ["Trust the checklist.", "Nobody gets lost who keeps talking.", "Home is just a very long way back.", "Everything up here wants to kill you slowly."],
        Oaths: ["Great.", "Oh, come on.", "Not now.", "Damn."],
        Like: ["like nothing alive has touched it", "like a message in a bottle", "like home, almost", "like the first day of the world"]);

    public static readonly Voice Friend = new("friend",
        Open: ["", "", "", "Dude. ", "Okay. ", "Honestly? ", "Come on. ", "No, wait. ", "See? ", "Listen. "],
        Close: ["", "", "", " Admit it.", " You know I'm right.", " Seriously.", " Just saying.", " Don't start.", " Classic."],
        Address: ["{name}", "man", "{name}", "buddy", "mate", "{name}"],
        Wrong: ["is a disaster", "is making that noise again", "is so wrong", "is not okay", "is falling apart", "is ruining everything"],
        Good: ["is perfect", "is the best thing ever", "is kind of great", "actually works", "is exactly right"],
        Hurry: ["Let's go, let's go.", "Move it.", "Come on, hurry.", "Before it gets weird."],
        Calm: ["Hey. It's fine.", "We're good. We're always good.", "Breathe. It's just us.", "No one's mad. Okay, a bit."],
        Doubt: ["I don't know, man.", "That's what you said last time.", "Big if.", "Sure. Totally. Maybe."],
        Sayings: ["Road trips are just arguments with scenery.", "My gran said never trust a man who skips the chorus.", "If it's not fun, why are we doing it?", "You only get so many summers."],
        Oaths: ["Oh my god.", "Unbelievable.", "Here we go.", "Are you kidding me?"],
        Like: ["like an old song", "like last summer", "like a bad movie", "like we planned it"]);

    public static readonly Voice Narrator = new("narrator",
        Open: ["", "", "", "Here, ", "Every day, ", "Before long, ", "For now, "],
        Close: ["", "", "", " It has always been so.", " Nobody remembers otherwise.", " The day begins."],
        Address: [""],
        Wrong: ["is older than anyone here", "is not what it was"],
        Good: ["still works", "is how it has always been done"],
        Hurry: [""], Calm: [""], Doubt: [""],
        Sayings: ["A village is a clock with a hundred hands.", "The sea sets the hours here, not the church.", "Nothing here is wasted, not even the gulls' share."],
        Oaths: [""],
        Like: ["like a clock", "like a held breath", "like the tide"]);
}
