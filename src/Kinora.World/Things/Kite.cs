using System.Numerics;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// A kite the screenplay gives someone ("JUNE follows a red kite through the forest"): who flies it (the subject
/// of the first action line that names a kite) and its colour (the colour word just before "kite", red when none).
/// It is their kite for the whole film: it flies on its line over them in every exterior scene they are in.
/// </summary>
public sealed record Kite(string Holder, Rgb Colour)
{
    /// <summary>The name the camera crew frames the kite by, as a subject of a shot.</summary>
    public const string SubjectName = "KITE";

    /// <summary>Words that name a kite in an action line.</summary>
    public static readonly IReadOnlyList<string> Words = ["kite", "kites"];

    /// <summary>The kite the screenplay's action lines give someone, or null when no line names a kite with a subject.</summary>
    public static Kite? Read(Kinora.Production.Production production)
    {
        ArgumentNullException.ThrowIfNull(production);
        foreach (var scene in production.Scenes)
            foreach (var beat in scene.Beats)
            {
                if (beat.Kind != BeatKind.Action || beat.Subject is not { } who || !Names(beat.Text)) continue;
                return new Kite(who, ColourIn(beat.Text) ?? new Rgb(176, 38, 36));
            }
        return null;
    }

    /// <summary>Whether a line of text names a kite.</summary>
    public static bool Names(string text)
    {
        string lower = " " + text.ToLowerInvariant() + " ";
        return Words.Any(w => Vocabulary.HasWord(lower, w));
    }

    /// <summary>The colour of the word right before "kite" ("a red kite", "a bright yellow kite"), from the exact colour list.</summary>
    static Rgb? ColourIn(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', '.', '!', '?', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] is not ("kite" or "kites")) continue;
            for (int j = i - 1; j >= Math.Max(0, i - 2); j--)
                foreach (var (name, colour) in Vocabulary.Colours)
                    if (words[j] == name) return colour;
        }
        return null;
    }
}
