namespace Kinora.Script;

/// <summary>What a line does in an exchange: asks, answers, proposes, objects, warns, reassures, and so on.</summary>
internal enum LineIntent
{
    Observe, Tease, Ask, Answer, Alarm, Explain, Propose, Object, Insist, Concede, Confess, React, Command, Acknowledge,
    Warn, Reassure, Thank, Deflect, Reflect, Agree, Instruct, Narrate, Witness,
}

/// <summary>
/// Sentence templates for each intent and the exchanges each stage of the arc is built from. A template's slots are
/// filled from the speaker's <see cref="Voice"/> ({open} {close} {addr} {wrong} {good} {hurry} {calm} {doubt} {saying}
/// {oath} {like}) and from the scene ({topic} {Topic} {goal} {place} {time} {weather} {feature} {other} {thing}).
/// An exchange is a chain of intents in which every line answers the one before it and they share a topic.
/// </summary>
internal static class DialogueGrammar
{
    public static readonly Dictionary<LineIntent, string[]> Templates = new()
    {
        [LineIntent.Observe] =
        [
            "{open}{Topic} {wrong}.", "{open}Look at {topic}{addr}. {Like}.", "{open}Never seen {place} like this at {time}.",
            "{open}Listen to that {weather}.{close}", "{open}{Topic} again. Every {time}, {topic}.", "{open}The {feature} {good}, at least.",
            "{open}Funny. {Topic} {good} earlier.", "{open}You feel that{addr}? The {weather}.", "{open}Somebody's been at {topic}.",
        ],
        [LineIntent.Tease] =
        [
            "{open}You call that {good}?{close}", "{open}Still can't leave {topic} alone{addr}?", "{open}You look {like}.",
            "{open}Is that how they taught you? {Saying}", "{open}Careful{addr}. {Topic} bites.", "{open}First {time} on {place} and already an expert.",
        ],
        [LineIntent.Ask] =
        [
            "{open}Where's {topic}{addr}?", "{open}What happened to {topic}?", "{open}Have you checked {topic}?", "{open}How long has {topic} been like this?",
            "{open}Who touched {topic}?", "{open}Can we still {goal}?", "{open}What do you see by the {feature}?", "{open}Why here{addr}? Why {place}?",
            "{open}Did you hear that, by the {feature}?", "{open}You really think we can {goal}?",
        ],
        [LineIntent.Answer] =
        [
            "{open}By the {feature}. Where it always is.", "{open}I checked {topic} an hour ago. It {good} then.", "{open}Since the {weather} started.",
            "{open}Nobody. {Doubt}", "{open}Ask me again after we {goal}.", "{open}The {feature}. Same as last time.{close}",
            "{open}Long enough. {Saying}", "{open}Because it's {place}. Where else?", "{open}I heard it. {Topic} {wrong}.",
        ],
        [LineIntent.Alarm] =
        [
            "{oath} {Topic} {wrong}!", "{open}{addr2}The {feature}! Look at the {feature}!", "{oath} Did you see that?", "{open}Something's wrong with {topic}.",
            "{oath} It's gone. {Topic}'s gone.", "{open}Get back from the {feature}!", "{oath} That wasn't there before.",
        ],
        [LineIntent.Explain] =
        [
            "{open}The {weather} did it. {Topic} {wrong}.", "{open}If {topic} goes, we can't {goal}.", "{open}It means one thing. We {goal} tonight or never.",
            "{open}Whoever did this knew {place}.{close}", "{open}It's {topic}. It's always {topic}.", "{open}Short version? {Topic} {wrong}, and we're out of time.",
        ],
        [LineIntent.Propose] =
        [
            "{open}We {goal}. {Hurry}", "{open}If we're going to {goal}, it's now.", "{open}Take {topic}. I'll cover the {feature}.",
            "{open}The {feature}. We try the {feature} first.", "{open}You and me{addr}. We {goal} together.", "{open}Give me {topic} and five minutes.",
            "{open}We wait for the {weather} to turn, then we {goal}.",
        ],
        [LineIntent.Object] =
        [
            "{open}Not with {topic} like that.", "{open}In this {weather}? {Doubt}", "{open}That's your plan{addr}? {Oath}",
            "{open}We tried the {feature}. Remember?", "{open}No. {Topic} {wrong}.{close}", "{open}You'll get us both killed{addr}.",
            "{open}And if it fails? {Doubt}",
        ],
        [LineIntent.Insist] =
        [
            "{open}Then we fix {topic} first. {Hurry}", "{open}There's no other way off {place}.", "{open}I'm going. With or without you{addr}.",
            "{open}{Saying} Come on.", "{open}Trust me. Once.{close}", "{open}We don't get another {time} like this.",
        ],
        [LineIntent.Concede] =
        [
            "{open}Fine. {Hurry}", "{open}All right{addr}. Your way.", "{open}I hate this. Go.", "{open}Okay. But I take {topic}.",
            "{open}You win. This time.{close}", "{open}Fine. {Doubt}",
        ],
        [LineIntent.Confess] =
        [
            "{open}I should have told you about {topic}.", "{open}It was me{addr}. I moved {topic}.", "{open}I came to {place} to forget. It didn't work.",
            "{open}I've been scared since the {weather} started.", "{open}I almost didn't come back this {time}.", "{open}I lied about the {feature}.",
        ],
        [LineIntent.React] =
        [
            "{open}You what?", "{open}All this time{addr}?", "{oath} Why now?", "{open}I knew. I think I always knew.",
            "{open}That's why {topic} {wrong}.", "{open}Don't. Not now.{close}",
        ],
        [LineIntent.Command] =
        [
            "{open}Now! {Hurry}", "{open}Grab {topic}!", "{open}The {feature}! Go!", "{open}Hold it{addr}! Hold it!", "{open}Pull!",
            "{open}Don't let go of {topic}!", "{open}On three. One, two...", "{open}Left! Go left!",
        ],
        [LineIntent.Acknowledge] =
        [
            "{open}Got it!", "{open}I've got it!", "{open}Going!", "{open}Almost... almost!", "{open}It's slipping!", "{open}On you{addr}!",
        ],
        [LineIntent.Warn] =
        [
            "{open}Watch the {feature}!", "{open}Behind you!", "{open}It won't hold{addr}!", "{open}Mind {topic}!", "{open}Don't look down.",
            "{open}Careful. The {feature} {wrong}.",
        ],
        [LineIntent.Reassure] =
        [
            "{open}{Calm}", "{open}I've got you{addr}. {Calm}", "{open}We're nearly there.", "{open}Look at me. Just at me.{close}",
            "{open}It's done. It's done.", "{open}{Calm} {Topic} {good}.",
        ],
        [LineIntent.Thank] =
        [
            "{open}Thank you{addr}. I mean it.", "{open}I owe you for {topic}.", "{open}You didn't have to come back for me.",
            "{open}If you hadn't been by the {feature}...", "{open}Thanks. For all of it.{close}",
        ],
        [LineIntent.Deflect] =
        [
            "{open}Anyone would have.", "{open}Don't. You'd have done the same.", "{open}Just doing the job{addr}.", "{open}Thank {topic}, not me.",
            "{open}Buy me a drink and we're even.", "{open}{Saying}",
        ],
        [LineIntent.Reflect] =
        [
            "{open}I'll remember this {time}.", "{open}{Place} looks different now.", "{open}{Saying}", "{open}Funny. {Topic} {good} after all.",
            "{open}{Place} hasn't changed. We have.{close}", "{open}I thought I knew {place}. I didn't.", "{open}Look at it. {Like}.",
        ],
        [LineIntent.Agree] =
        [
            "{open}Yeah.", "{open}Me too{addr}.", "{open}It does. It really does.", "{open}Let's stay a minute.", "{open}Same time tomorrow?",
            "{open}I'd like that.{close}", "{open}Worth it.",
        ],
        [LineIntent.Instruct] =
        [
            "{open}Keep {topic} close to your body.", "{open}Feet apart. Bend at the knees, not the back.", "{open}Check the {feature} before you start.",
            "{open}Never block the {feature}. Not for a minute.", "{open}Test the weight first. Tip one corner.", "{open}Clear the path, then lift.{close}",
            "{open}If it's too heavy, get help. Always.", "{open}Look where you're going, not at {topic}.",
            "{open}Grip {topic} at opposite corners.", "{open}Turn with your feet. Never twist.", "{open}Nothing stacked in front of the {feature}. Ever.",
            "{open}See the {feature}? That stays clear.", "{open}Two hands on {topic}, every time.", "{open}Set it down the way you picked it up.",
            "{open}Report it before you move it.", "{open}Walk the route first. Then carry.{close}", "{open}Push, don't pull, when you can.",
        ],
        [LineIntent.Witness] =
        [
            "{open}Did that just happen?", "{open}Well. That's that{addr}.", "{open}You saw it too. Tell me you saw it.", "{open}After that? {Doubt}",
            "{open}That's it, then. We {goal}.", "{oath} I didn't think it would happen like that.", "{open}Say something{addr}.", "{open}So. Now what?",
            "{open}Don't look at me like that{addr}.", "{open}I'll be telling that one for years.{close}",
        ],
        [LineIntent.Narrate] =
        [
            "{open}{Place} wakes before the sun does.", "{open}By {time}, {place} has been at work for hours.", "{open}{Topic} has stood here longer than anyone can say.",
            "{open}{Saying}", "{open}Nobody here remembers a {time} without the {feature}.", "{open}The {weather} decides more than the people do.",
        ],
    };

    /// <summary>The chains of intents a scene's exchanges are drawn from, by stage; each line answers the one before it.</summary>
    public static readonly Dictionary<StoryStage, LineIntent[][]> Exchanges = new()
    {
        [StoryStage.Setup] =
        [
            [LineIntent.Observe, LineIntent.Tease, LineIntent.Answer], [LineIntent.Ask, LineIntent.Answer, LineIntent.Observe, LineIntent.Agree],
            [LineIntent.Observe, LineIntent.Ask, LineIntent.Answer], [LineIntent.Tease, LineIntent.Deflect, LineIntent.Reflect],
        ],
        [StoryStage.Inciting] =
        [
            [LineIntent.Alarm, LineIntent.Ask, LineIntent.Explain, LineIntent.Propose], [LineIntent.Observe, LineIntent.Ask, LineIntent.Answer, LineIntent.Alarm],
            [LineIntent.Alarm, LineIntent.React, LineIntent.Explain],
        ],
        [StoryStage.Rising] =
        [
            [LineIntent.Propose, LineIntent.Object, LineIntent.Insist, LineIntent.Concede], [LineIntent.Ask, LineIntent.Explain, LineIntent.Propose, LineIntent.Object],
            [LineIntent.Warn, LineIntent.Reassure, LineIntent.Propose], [LineIntent.Object, LineIntent.Insist, LineIntent.Concede],
        ],
        [StoryStage.Turn] =
        [
            [LineIntent.Confess, LineIntent.React, LineIntent.Ask, LineIntent.Answer], [LineIntent.Alarm, LineIntent.Confess, LineIntent.React],
            [LineIntent.Ask, LineIntent.Confess, LineIntent.Reassure],
        ],
        [StoryStage.Climax] =
        [
            [LineIntent.Command, LineIntent.Acknowledge, LineIntent.Warn, LineIntent.Reassure], [LineIntent.Warn, LineIntent.Acknowledge, LineIntent.Command],
            [LineIntent.Command, LineIntent.Object, LineIntent.Insist, LineIntent.Acknowledge],
        ],
        [StoryStage.Resolution] =
        [
            [LineIntent.Thank, LineIntent.Deflect, LineIntent.Reflect, LineIntent.Agree], [LineIntent.Reflect, LineIntent.Agree, LineIntent.Thank],
            [LineIntent.Observe, LineIntent.Reflect, LineIntent.Agree],
        ],
    };

    /// <summary>What one person alone says, by stage: to themselves, to camera or into a radio.</summary>
    public static readonly Dictionary<StoryStage, LineIntent[]> Alone = new()
    {
        [StoryStage.Setup] = [LineIntent.Observe, LineIntent.Reflect],
        [StoryStage.Inciting] = [LineIntent.Alarm, LineIntent.Explain],
        [StoryStage.Rising] = [LineIntent.Insist, LineIntent.Observe, LineIntent.Explain],
        [StoryStage.Turn] = [LineIntent.Confess, LineIntent.Explain],
        [StoryStage.Climax] = [LineIntent.Alarm, LineIntent.Insist, LineIntent.Observe],
        [StoryStage.Resolution] = [LineIntent.Reflect, LineIntent.Thank],
    };
}
