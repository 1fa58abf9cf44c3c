namespace Kinora.Script;

/// <summary>
/// The people a place has in it besides the story's own: a waitress in an all-night cafe, a harbourmaster on the quay.
/// A lone lead in the middle of a story meets one, so a scene has someone to answer back. Each speaks in the voice of
/// their trade (<see cref="VoiceBook.For"/> reads the last word of the role).
/// </summary>
internal static class BitParts
{
    /// <summary>A bit part: its role (the voice comes from its last word), ages, gender ('f', 'm' or '?') and a look.</summary>
    public sealed record Part(string Role, int AgeLow, int AgeHigh, char Gender, string Look);

    public static readonly Dictionary<string, Part> ByPlace = new(StringComparer.Ordinal)
    {
        ["city"] = new("night waitress", 50, 59, 'f', "a pencil behind one ear"),
        ["pier"] = new("old fisher", 60, 69, '?', "a knitted cap"),
        ["kitchen"] = new("head waiter", 40, 49, '?', "a black waistcoat"),
        ["forest"] = new("forester", 40, 59, '?', "a green jacket"),
        ["meadow"] = new("farmer", 50, 59, '?', "in overalls"),
        ["hill"] = new("hill walker", 30, 49, '?', "a red rucksack"),
        ["warehouse"] = new("shift supervisor", 40, 49, '?', "a clipboard"),
        ["diner"] = new("diner waitress", 30, 49, 'f', "a striped apron"),
        ["road"] = new("tow truck driver", 40, 59, '?', "oil-stained overalls"),
        ["harbour"] = new("harbour captain", 50, 59, '?', "a peaked cap"),
        ["market"] = new("market worker", 30, 49, '?', "a canvas apron"),
        ["school"] = new("teacher", 40, 49, '?', "chalk on one sleeve"),
        ["village"] = new("village friend", 60, 69, '?', "a wool shawl"),
        ["beach"] = new("beach walker", 60, 69, '?', "a dog lead in one hand"),
        ["park"] = new("park warden", 50, 59, '?', "a litter picker"),
        ["station"] = new("station guard", 40, 59, '?', "a whistle on a cord"),
        ["house"] = new("neighbour friend", 60, 69, '?', "slippers"),
    };
}
