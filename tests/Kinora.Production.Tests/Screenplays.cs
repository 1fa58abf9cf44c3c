using System.Collections.Immutable;
using Kinora.Core;
using Kinora.Script;

namespace Kinora.Production.Tests;

/// <summary>Screenplays built by hand, so these tests do not depend on the parser.</summary>
static class Screenplays
{
    static SourceLocation L(int line) => new("test.fountain", line, 1);

    public static Screenplay Keeper() => new("test.fountain", [new("Title", "The Keeper")],
    [
        new Scene("EXT. LIGHTHOUSE ISLAND - DUSK", "EXT", "LIGHTHOUSE ISLAND", "DUSK", null, L(1),
        [
            new ActionElement(L(3), "Waves break on black rocks."),
            new ActionElement(L(5), "ADA (60s), oilskin coat, grey braid, climbs the path with a lantern."),
        ]),
        new Scene("INT. LIGHTHOUSE - LAMP ROOM - NIGHT", "INT", "LIGHTHOUSE - LAMP ROOM", "NIGHT", null, L(7),
        [
            new ActionElement(L(9), "Ada trims the wick. Rain hammers the glass."),
            new DialogueElement(L(11), "ADA", null, "to herself", "Forty years and you still wake me."),
        ]),
        new Scene("EXT. LIGHTHOUSE ISLAND - JETTY - NIGHT", "EXT", "LIGHTHOUSE ISLAND - JETTY", "NIGHT", null, L(14),
        [
            new ActionElement(L(16), "Ada runs down the jetty."),
            new ActionElement(L(18), "TOM (30s), soaked, in a torn yellow jacket, clings to the rope."),
            new DialogueElement(L(20), "TOM", null, null, "Help me!"),
            new DialogueElement(L(23), "ADA", null, null, "Give me your hand!"),
            new TransitionElement(L(25), "FADE TO:"),
        ]),
        new Scene("EXT. LIGHTHOUSE ISLAND - CLIFF - DAWN", "EXT", "LIGHTHOUSE ISLAND - CLIFF", "DAWN", null, L(27),
        [
            new ActionElement(L(29), "The storm is gone. Ada and Tom sit on the grass above the sea."),
            new DialogueElement(L(31), "TOM", null, null, "Does it always look like this after?"),
            new DialogueElement(L(34), "ADA", null, "smiling", "Only when you stay to see it."),
        ]),
    ]) { Cast = ["ADA", "TOM"] };
}
