namespace Kinora.Direction;

/// <summary>The words shots.yaml uses for sizes, moves and shot types, as a crew would say them.</summary>
public static class ShotWords
{
    static readonly (ShotSize Size, string Word, string Short)[] Sizes =
    [
        (ShotSize.ExtremeWide, "extreme-wide", "ews"),
        (ShotSize.Wide, "wide", "ws"),
        (ShotSize.Full, "full", "fs"),
        (ShotSize.Medium, "medium", "ms"),
        (ShotSize.MediumClose, "medium-close", "mcu"),
        (ShotSize.Close, "close", "cu"),
        (ShotSize.ExtremeClose, "extreme-close", "ecu"),
    ];

    static readonly (CameraMove Move, string Word)[] Moves =
    [
        (CameraMove.Static, "static"), (CameraMove.Pan, "pan"), (CameraMove.Tilt, "tilt"), (CameraMove.DollyIn, "dolly-in"),
        (CameraMove.DollyOut, "dolly-out"), (CameraMove.Truck, "truck"), (CameraMove.Crane, "crane"), (CameraMove.Handheld, "handheld"),
        (CameraMove.Orbit, "orbit"), (CameraMove.Follow, "follow"),
    ];

    static readonly (ShotType Type, string Word)[] Types =
        [(ShotType.Single, "single"), (ShotType.OverTheShoulder, "over-the-shoulder"), (ShotType.TwoShot, "two-shot"), (ShotType.Group, "group")];

    static readonly (Transition Transition, string Word)[] Transitions =
        [(Transition.Cut, "cut"), (Transition.Fade, "fade"), (Transition.Dissolve, "dissolve")];

    public static string Of(ShotSize size) => Sizes.First(s => s.Size == size).Word;

    public static string Of(CameraMove move) => Moves.First(m => m.Move == move).Word;

    public static string Of(ShotType type) => Types.First(t => t.Type == type).Word;

    public static string Of(Transition transition) => Transitions.First(t => t.Transition == transition).Word;

    public static string TransitionChoices => string.Join(", ", Transitions.Select(t => t.Word));

    public static bool TryParse(string word, out Transition transition)
    {
        string w = Normal(word);
        foreach (var t in Transitions)
            if (w == t.Word || (t.Transition == Transition.Cut && w == "smash-cut")) { transition = t.Transition; return true; }
        transition = default;
        return false;
    }

    public static string SizeChoices => string.Join(", ", Sizes.Select(s => s.Word));

    public static string MoveChoices => string.Join(", ", Moves.Select(m => m.Word));

    public static string TypeChoices => string.Join(", ", Types.Select(t => t.Word));

    public static bool TryParse(string word, out ShotSize size)
    {
        string w = Normal(word);
        foreach (var s in Sizes)
            if (w == s.Word || w == s.Short) { size = s.Size; return true; }
        size = default;
        return false;
    }

    public static bool TryParse(string word, out CameraMove move)
    {
        string w = Normal(word);
        foreach (var m in Moves)
            if (w == m.Word) { move = m.Move; return true; }
        move = default;
        return false;
    }

    public static bool TryParse(string word, out ShotType type)
    {
        string w = Normal(word);
        foreach (var t in Types)
            if (w == t.Word || (t.Type == ShotType.OverTheShoulder && w == "ots")) { type = t.Type; return true; }
        type = default;
        return false;
    }

    // People write "Medium Close", "medium_close" or "MEDIUM-CLOSE"; all mean the same.
    static string Normal(string word) => word.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
}
